/**
 * POST /v1/parse: stateless; the article in, the document out.
 */
import { parse } from '@copydesk/parser'
import { Hono } from 'hono'
import { readParseRequest } from '../body.js'
import type { AppEnv } from '../env.js'

export const parseRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const request = await readParseRequest(c, c.get('limits').maxBodyBytes)
  const document = parse(request.text, { referenceDate: request.referenceDate })
  return c.json(document, 200)
})

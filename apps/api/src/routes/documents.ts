/**
 * /v1/documents: parse and store, read one, list.
 */
import { parse } from '@copydesk/parser'
import { Hono } from 'hono'
import { z } from 'zod'
import { readParseRequest } from '../body.js'
import type { AppEnv } from '../env.js'
import { contentHash, newDocumentId } from '../ids.js'
import { ProblemError } from '../problem.js'

const DEFAULT_PAGE_SIZE = 20
const MAX_PAGE_SIZE = 100

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).optional(),
})

export const documentRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const request = await readParseRequest(c, c.get('limits').maxBodyBytes)
    const document = parse(request.text, { referenceDate: request.referenceDate })
    const { document: stored, created } = await c.get('store').save({
      id: newDocumentId(),
      contentHash: await contentHash(request.text, request.referenceDate),
      createdAt: new Date().toISOString(),
      text: request.text,
      document,
    })
    const location = new URL(`${c.req.path.replace(/\/$/u, '')}/${stored.id}`, c.req.url).pathname
    c.header('Location', location)
    return c.json(
      { id: stored.id, createdAt: stored.createdAt, document: stored.document },
      created ? 201 : 200,
    )
  })
  .get('/', async (c) => {
    const query = listQuery.safeParse(c.req.query())
    if (!query.success) {
      const errors = query.error.issues.map((i) => ({
        field: i.path.join('.'),
        message: i.message,
      }))
      throw new ProblemError(
        'invalid-request',
        errors.map((e) => `${e.field}: ${e.message}`).join('; '),
        errors,
      )
    }
    const page = await c.get('store').list(query.data)
    return c.json(page, 200)
  })
  .get('/:id', async (c) => {
    const stored = await c.get('store').get(c.req.param('id'))
    if (!stored) throw new ProblemError('not-found', `No document has the id ${c.req.param('id')}.`)
    return c.json(
      { id: stored.id, createdAt: stored.createdAt, text: stored.text, document: stored.document },
      200,
    )
  })

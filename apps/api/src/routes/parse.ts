/**
 * POST /v1/parse: stateless; the article in, the document out, in the format
 * the client asks for (JSON, Markdown, HTML or plain text).
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import type { TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'
import type { ArticleDocument } from '@copydesk/parser'
import { readParseRequest } from '../body.js'
import { VARY_ACCEPT_AND_ENCODING, shouldGzip } from '../compression.js'
import type { AppEnv } from '../env.js'
import { negotiate, renderText, textContentType } from '../negotiate.js'
import { ArticleDocumentSchema } from '../openapi/parser-schema.js'
import {
  FormatParam,
  PARAMETERS,
  ReferenceDateParam,
  alsoInTextFormats,
  problemResponses,
} from '../openapi/schemas.js'
import { jsonText, notAcceptable, queryParam } from '../respond.js'
import { ARTICLE_BODY } from './content.js'

const parseRoute = alsoInTextFormats(
  createRoute({
    method: 'post',
    path: '/',
    tags: ['Parse'],
    summary: 'Parse an article',
    description:
      'Parses the article and returns its document without storing it. The format follows `?format=`, else `Accept`.',
    parameters: [PARAMETERS.format, PARAMETERS.referenceDate],
    request: { body: ARTICLE_BODY },
    responses: {
      200: {
        description: 'The parsed document.',
        content: { 'application/json': { schema: ArticleDocumentSchema } },
      },
      ...problemResponses(
        'invalid-request',
        'invalid-json',
        'unauthorized',
        'not-acceptable',
        'payload-too-large',
        'unsupported-media-type',
        'too-many-requests',
      ),
    },
  }),
)

export const parseRoutes = new OpenAPIHono<AppEnv>().openapi(parseRoute, async (c) => {
  const format = negotiate(queryParam(c, 'format', FormatParam), c.req.header('accept'))
  if (!format) throw notAcceptable()
  const referenceDate = queryParam(c, 'referenceDate', ReferenceDateParam)
  const request = await readParseRequest(c, c.get('limits').maxBodyBytes, referenceDate)
  const parsed = c.get('parser').parse(request.text, request.referenceDate)
  c.header('Vary', VARY_ACCEPT_AND_ENCODING)
  if (format === 'json') {
    if (!shouldGzip(parsed.json.byteLength, c.req.header('accept-encoding')))
      return jsonText<ArticleDocument, 200>(c, parsed.json, 200)
    const gzipped = await parsed.gzipped()
    return jsonText<ArticleDocument, 200>(c, gzipped, 200, { 'Content-Encoding': 'gzip' })
  }
  const body = renderText(parsed.document, format)
  // The typed contract is the JSON answer (a typed client asks for JSON); the
  // text formats are for curl and browsers, listed in the OpenAPI document.
  return c.body(body, 200, { 'Content-Type': textContentType(format) }) as unknown as TypedResponse<
    JSONParsed<ArticleDocument>,
    200,
    'json'
  >
})

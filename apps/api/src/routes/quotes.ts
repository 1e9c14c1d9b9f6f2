/**
 * /v1/quotes: every quote of the library, newest document first, filtered by
 * speaker and words ("what has Stoltenberg said"); each item names its
 * document and where the quote is in it.
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../env.js'
import { linkDocuments } from '../respond.js'
import { ListQuotesQuerySchema, QuotePageSchema, problemResponses } from '../openapi/schemas.js'

const listQuotes = createRoute({
  method: 'get',
  path: '/',
  tags: ['Library'],
  summary: 'Search quotes across documents',
  request: { query: ListQuotesQuerySchema },
  responses: {
    200: {
      description: 'A page of quotes.',
      content: { 'application/json': { schema: QuotePageSchema } },
    },
    ...problemResponses('invalid-request', 'unauthorized', 'too-many-requests'),
  },
})

export const quoteRoutes = new OpenAPIHono<AppEnv>().openapi(listQuotes, async (c) =>
  c.json(linkDocuments(c, await c.get('store').quotes(c.req.valid('query'))), 200),
)

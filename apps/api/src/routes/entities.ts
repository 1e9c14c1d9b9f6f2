/**
 * /v1/entities: the people, organisations and places of every document,
 * searched by name or alias ("which articles mention the Kremlin"); each item
 * names its document and where the entity is first mentioned.
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../env.js'
import { linkDocuments } from '../respond.js'
import { EntityPageSchema, ListEntitiesQuerySchema, problemResponses } from '../openapi/schemas.js'

const listEntities = createRoute({
  method: 'get',
  path: '/',
  tags: ['Library'],
  summary: 'Search entities across documents',
  request: { query: ListEntitiesQuerySchema },
  responses: {
    200: {
      description: 'A page of entities, one per document that names them.',
      content: { 'application/json': { schema: EntityPageSchema } },
    },
    ...problemResponses('invalid-request', 'unauthorized', 'too-many-requests'),
  },
})

export const entityRoutes = new OpenAPIHono<AppEnv>().openapi(listEntities, async (c) =>
  c.json(linkDocuments(c, await c.get('store').entities(c.req.valid('query'))), 200),
)

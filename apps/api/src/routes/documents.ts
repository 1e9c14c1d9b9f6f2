/**
 * /v1/documents: parse and store (idempotent by content hash), list with
 * full-text search and filters, read one in any format with ETag, delete.
 */
import { parse } from '@copydesk/parser'
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { readParseRequest } from '../body.js'
import { utf8 } from '../byte-cache.js'
import {
  MIN_GZIP_BYTES,
  VARY_ACCEPT_AND_ENCODING,
  acceptsGzip,
  gzip,
  weakETag,
} from '../compression.js'
import type { AppEnv } from '../env.js'
import { contentHash, newDocumentId } from '../ids.js'
import { negotiate, renderText, textContentType } from '../negotiate.js'
import {
  CreatedDocumentSchema,
  DocumentPageSchema,
  FormatParam,
  IdParamsSchema,
  ListDocumentsQuerySchema,
  PARAMETERS,
  ReferenceDateParam,
  StoredDocumentSchema,
  alsoInTextFormats,
  problemResponses,
} from '../openapi/schemas.js'
import { ProblemError } from '../problem.js'
import { ifNoneMatches, jsonText, notAcceptable, queryParam, withDocument } from '../respond.js'
import { ARTICLE_BODY } from './content.js'

/** Characters of the content hash in an ETag: plenty to tell documents apart. */
const ETAG_HASH_CHARS = 32
/** Stored documents never change, but may be deleted: caches must ask again. */
const CACHE_CONTROL = 'no-cache'

const createDocument = createRoute({
  method: 'post',
  path: '/',
  tags: ['Documents'],
  summary: 'Parse and store an article',
  description:
    'Stores the article and its document. Storing the same text (with the same reference date) again returns the stored document with 200 instead of a copy.',
  security: [{ bearer: [] }],
  parameters: [PARAMETERS.referenceDate],
  request: { body: ARTICLE_BODY },
  responses: {
    201: {
      description: 'Stored; `Location` names it.',
      content: { 'application/json': { schema: CreatedDocumentSchema } },
    },
    200: {
      description: 'Already stored; `Location` names it.',
      content: { 'application/json': { schema: CreatedDocumentSchema } },
    },
    ...problemResponses(
      'invalid-request',
      'invalid-json',
      'unauthorized',
      'payload-too-large',
      'unsupported-media-type',
      'too-many-requests',
    ),
  },
})

const listDocuments = createRoute({
  method: 'get',
  path: '/',
  tags: ['Documents'],
  summary: 'List documents',
  description:
    'Newest first, a page at a time. Filters combine: full-text `q`, `entity`, `speaker`, and publication dates `from`/`to`.',
  request: { query: ListDocumentsQuerySchema },
  responses: {
    200: {
      description: 'A page of summaries.',
      content: { 'application/json': { schema: DocumentPageSchema } },
    },
    ...problemResponses('invalid-request', 'unauthorized', 'too-many-requests'),
  },
})

const readDocument = alsoInTextFormats(
  createRoute({
    method: 'get',
    path: '/{id}',
    tags: ['Documents'],
    summary: 'Read a document',
    description:
      'The stored text and document as JSON, or the document alone as Markdown, HTML or plain text (`?format=` or `Accept`). Send `If-None-Match` with the `ETag` to get 304 when you have it.',
    parameters: [PARAMETERS.format],
    request: { params: IdParamsSchema },
    responses: {
      200: {
        description: 'The document.',
        headers: z.object({ ETag: z.string() }),
        content: { 'application/json': { schema: StoredDocumentSchema } },
      },
      304: { description: 'Not modified: the `ETag` sent in `If-None-Match` still matches.' },
      ...problemResponses('invalid-request', 'unauthorized', 'not-found', 'not-acceptable'),
    },
  }),
)

const deleteDocument = createRoute({
  method: 'delete',
  path: '/{id}',
  tags: ['Documents'],
  summary: 'Delete a document',
  security: [{ bearer: [] }],
  request: { params: IdParamsSchema },
  responses: {
    204: { description: 'Deleted.' },
    ...problemResponses('invalid-request', 'unauthorized', 'not-found', 'too-many-requests'),
  },
})

function notFound(id: string): ProblemError {
  return new ProblemError('not-found', `No document has the id ${id}.`)
}

export const documentRoutes = new OpenAPIHono<AppEnv>()
  .openapi(createDocument, async (c) => {
    const referenceDate = queryParam(c, 'referenceDate', ReferenceDateParam)
    const request = await readParseRequest(c, c.get('limits').maxBodyBytes, referenceDate)
    const store = c.get('store')
    const hash = await contentHash(request.text, request.referenceDate)
    const existing = await store.getByHash(hash)
    const { document: stored, created } = existing
      ? { document: existing, created: false }
      : await store.save({
          ...newDocumentId(),
          contentHash: hash,
          text: request.text,
          document: parse(request.text, { referenceDate: request.referenceDate }),
        })
    c.header('Location', `${c.req.path.replace(/\/$/u, '')}/${stored.id}`)
    const body = withDocument({ id: stored.id, createdAt: stored.createdAt }, stored.documentJson)
    type Created = z.infer<typeof CreatedDocumentSchema>
    return created ? jsonText<Created, 201>(c, body, 201) : jsonText<Created, 200>(c, body, 200)
  })
  .openapi(listDocuments, async (c) => {
    return c.json(await c.get('store').list(c.req.valid('query')), 200)
  })
  .openapi(readDocument, async (c) => {
    const { id } = c.req.valid('param')
    const format = negotiate(queryParam(c, 'format', FormatParam), c.req.header('accept'))
    if (!format) throw notAcceptable()
    // Documents never change, so their encoded answers are kept in memory,
    // plain and gzipped (for clients that accept gzip, as browsers and fetch
    // do); a hit still asks whether the document exists (it may have been
    // deleted through another instance), of the store at most once a second
    // (see recent-heads.ts).
    const store = c.get('store')
    const cache = c.get('representations')
    const plainKey = `${id}:${format}`
    const gzipKey = `${plainKey}:gzip`
    const wantsGzip = acceptsGzip(c.req.header('accept-encoding'))
    let gzipped = wantsGzip ? cache.get(gzipKey) : undefined
    let plain = gzipped ? undefined : cache.get(plainKey)
    const cached = gzipped ?? plain
    const heads = c.get('heads')
    // What a delete during this request's awaits took back is not cached again.
    const forgotten = heads.forgotten
    const stored = cached ? null : await store.get(id)
    const head = cached ? await heads.get(id, store) : stored
    if (!head) {
      cache.deletePrefix(`${id}:`)
      heads.forget(id)
      throw notFound(id)
    }
    if (!gzipped) {
      if (!plain) {
        if (!stored) throw notFound(id)
        plain = utf8(
          format === 'json'
            ? withDocument(
                { id: stored.id, createdAt: stored.createdAt, text: stored.text },
                stored.documentJson,
              )
            : renderText(stored.document, format),
        )
        if (heads.forgotten === forgotten) cache.set(plainKey, plain)
      }
      if (wantsGzip && plain.byteLength >= MIN_GZIP_BYTES) {
        gzipped = await gzip(plain)
        if (heads.forgotten === forgotten) cache.set(gzipKey, gzipped)
      }
    }
    const etag = `"${head.contentHash.slice(0, ETAG_HASH_CHARS)}-${format}"`
    const headers: Record<string, string> = {
      ETag: gzipped ? weakETag(etag) : etag,
      Vary: VARY_ACCEPT_AND_ENCODING,
      'Cache-Control': CACHE_CONTROL,
    }
    if (ifNoneMatches(c.req.header('if-none-match'), etag)) {
      return c.body(null, 304, headers)
    }
    const body = gzipped ?? plain
    if (!body) throw notFound(id)
    if (gzipped) headers['Content-Encoding'] = 'gzip'
    if (format !== 'json') {
      return c.body(body, 200, { ...headers, 'Content-Type': textContentType(format) })
    }
    type Stored = z.infer<typeof StoredDocumentSchema>
    return jsonText<Stored, 200>(c, body, 200, headers)
  })
  .openapi(deleteDocument, async (c) => {
    const { id } = c.req.valid('param')
    const deleted = await c.get('store').delete(id)
    c.get('representations').deletePrefix(`${id}:`)
    c.get('heads').forget(id)
    if (!deleted) throw notFound(id)
    return c.body(null, 204)
  })

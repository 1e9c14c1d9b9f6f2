/**
 * The zod schemas of the API: they validate requests (through
 * @hono/zod-openapi) and generate the OpenAPI document, so what is documented
 * is what is enforced. Request bodies are read by `body.ts` with these same
 * schemas (it streams the body under the size limit first).
 */
import { z } from '@hono/zod-openapi'
import { FORMATS } from '../negotiate.js'
import { PROBLEM_MEDIA_TYPE, PROBLEMS, type ProblemType } from '../problem.js'
import { decodeCursor, MAX_CURSOR_CHARS } from '../storage/cursor.js'
import { ftsQuery } from '../storage/fts.js'
import { DOCUMENT_CURSOR, ITEM_CURSOR } from '../storage/sql.js'
import { ArticleDocumentSchema, NullablePositionSchema } from './parser-schema.js'

/** Items on a page when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 20
/** Most items on one page. */
export const MAX_PAGE_SIZE = 100
/** Longest search term (`q`, `entity`, `speaker`), in characters. */
export const MAX_SEARCH_CHARS = 200
/** Longest id accepted in a path. */
export const MAX_ID_CHARS = 64

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u

/** Whether `value` is YYYY-MM-DD and that day exists (Date.parse takes 2023-02-30). */
function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const time = Date.parse(value)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
}

/** A real calendar date as YYYY-MM-DD. */
export const isoDate = z
  .string()
  .refine(isRealDate, 'must be a real date as YYYY-MM-DD')
  .openapi({ format: 'date', example: '2023-04-20' })

// ------------------------------------------------------------------ bodies

/** The JSON body of POST /v1/parse and POST /v1/documents. */
export const ParseRequestSchema = z
  .object({
    text: z
      .string({ error: 'must be a string' })
      .refine((text) => text.trim() !== '', 'must contain some text')
      .openapi({ description: 'The article, as plain text.' }),
    referenceDate: isoDate
      .optional()
      .openapi({ description: 'Anchors relative times such as "on Thursday".' }),
    options: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'Reserved for parser options; ignored today.' }),
  })
  .openapi('ParseRequest')

/** The multipart form of the same requests. */
export const ParseFormSchema = z
  .object({
    file: z.string().optional().openapi({ format: 'binary', description: 'The article file.' }),
    text: z.string().optional().openapi({ description: 'The article, when there is no file.' }),
    referenceDate: isoDate.optional(),
  })
  .openapi('ParseForm')

// ---------------------------------------------------------------- responses

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://copydesk.dev/problems/invalid-request' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'Fields that failed validation.' }),
    requestId: z.string().optional().openapi({ description: 'Quote it when reporting a 5xx.' }),
  })
  .openapi('Problem')

export const StoredDocumentSchema = z
  .object({
    id: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    text: z.string().openapi({ description: 'The article as it was sent.' }),
    document: ArticleDocumentSchema,
  })
  .openapi('StoredDocument')

export const CreatedDocumentSchema = z
  .object({
    id: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    document: ArticleDocumentSchema,
  })
  .openapi('CreatedDocument')

const DocumentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    publishedAt: z.string().nullable(),
    wordCount: z.number().int(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('DocumentSummary')

const nextCursor = z
  .string()
  .nullable()
  .openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' })

export const DocumentPageSchema = z
  .object({ items: z.array(DocumentSummarySchema), nextCursor })
  .openapi('DocumentPage')

const DocumentRefSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    publishedAt: z.string().nullable(),
    url: z.string().openapi({ description: 'Where to read the document.' }),
  })
  .openapi('DocumentRef')

const QuoteItemSchema = z
  .object({
    document: DocumentRefSchema,
    id: z.string().openapi({ description: "The quote's id inside its document." }),
    kind: z.string().openapi({ example: 'direct' }),
    text: z.string(),
    speaker: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    source: z.string().nullable(),
    cue: z.string().nullable(),
    position: NullablePositionSchema,
  })
  .openapi('QuoteItem')

export const QuotePageSchema = z
  .object({ items: z.array(QuoteItemSchema), nextCursor })
  .openapi('QuotePage')

const EntityItemSchema = z
  .object({
    document: DocumentRefSchema,
    id: z.string().openapi({ description: "The entity's id inside its document." }),
    kind: z.string().openapi({ example: 'person' }),
    name: z.string(),
    aliases: z.array(z.string()),
    titles: z.array(z.string()),
    mentions: z.number().int(),
    position: NullablePositionSchema,
  })
  .openapi('EntityItem')

export const EntityPageSchema = z
  .object({ items: z.array(EntityItemSchema), nextCursor })
  .openapi('EntityPage')

export const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health')

// ------------------------------------------------------------------- query

const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE)
  .default(DEFAULT_PAGE_SIZE)
  .openapi({ type: 'integer', description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` })

const cursorOf = (shape: readonly ('string' | 'number')[]) =>
  z
    .string()
    .max(MAX_CURSOR_CHARS)
    .refine((cursor) => decodeCursor(cursor, shape) !== null, 'is not a cursor this list gave')
    .optional()
    .openapi({ description: 'The `nextCursor` of the previous page.' })

const searchText = (description: string) =>
  z.string().trim().min(1).max(MAX_SEARCH_CHARS).optional().openapi({ description })

// Optional parameters of routes the site calls with a typed client: declared
// as parameter components (so the typed client does not require a `query`
// argument) and read with `queryParam` against these same schemas.

/** `?format=`: the format of the answer; overrides `Accept`. */
export const FormatParam = z
  .enum(FORMATS)
  .optional()
  .openapi({
    param: { name: 'format', in: 'query' },
    description: 'The format of the answer; overrides `Accept`.',
  })

/** `?referenceDate=`: anchors relative times, for bodies that cannot carry it. */
export const ReferenceDateParam = isoDate.optional().openapi({
  param: { name: 'referenceDate', in: 'query' },
  description: 'For text/plain and form bodies: anchors relative times such as "on Thursday".',
})

/** References to the parameter components, for a route's `parameters`. */
export const PARAMETERS = {
  format: { $ref: '#/components/parameters/format' },
  referenceDate: { $ref: '#/components/parameters/referenceDate' },
}

export const ListDocumentsQuerySchema = z
  .object({
    limit,
    cursor: cursorOf(DOCUMENT_CURSOR),
    q: searchText('Words that must all be in the title or the text (full-text search).').refine(
      (q) => q === undefined || ftsQuery(q) !== null,
      'must contain a word',
    ),
    entity: searchText('Only documents naming an entity whose name or an alias contains this.'),
    speaker: searchText('Only documents quoting a speaker whose name or an alias contains this.'),
    from: isoDate.optional().openapi({ description: 'Published on or after this day.' }),
    to: isoDate.optional().openapi({ description: 'Published on or before this day.' }),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: 'must not be before from',
  })

export const ListQuotesQuerySchema = z.object({
  limit,
  cursor: cursorOf(ITEM_CURSOR),
  speaker: searchText("Only quotes whose speaker's name or an alias contains this."),
  q: searchText('Only quotes whose words contain this.'),
  kind: z.enum(['direct', 'partial', 'indirect']).optional(),
})

export const ListEntitiesQuerySchema = z.object({
  limit,
  cursor: cursorOf(ITEM_CURSOR),
  q: searchText('Only entities whose name or an alias contains this.'),
  kind: z.enum(['person', 'organization', 'place', 'other']).optional(),
})

export const IdParamsSchema = z.object({
  id: z
    .string()
    .max(MAX_ID_CHARS)
    .openapi({ param: { name: 'id', in: 'path' }, example: '01jb8x3k2mq4r7t5vwx' }),
})

// ------------------------------------------------------------- route parts

/** Error responses of a route, each a problem+json, for its OpenAPI description. */
export function problemResponses<const T extends ProblemType>(...types: T[]) {
  const responses = {} as Record<(typeof PROBLEMS)[T]['status'], ProblemResponse>
  for (const type of types) {
    const status = PROBLEMS[type].status as (typeof PROBLEMS)[T]['status']
    const existing = responses[status]
    responses[status] = {
      description: existing
        ? `${existing.description}; ${PROBLEMS[type].title}`
        : PROBLEMS[type].title,
      content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
    }
  }
  return responses
}

interface ProblemResponse {
  description: string
  content: { [PROBLEM_MEDIA_TYPE]: { schema: typeof ProblemSchema } }
}

/** The text formats a document can also be read in, for the OpenAPI description. */
export const TEXT_FORMAT_CONTENT = {
  'text/markdown': { schema: { type: 'string' as const } },
  'text/html': { schema: { type: 'string' as const } },
  'text/plain': { schema: { type: 'string' as const } },
}

/**
 * Lists the text formats under a route's 200 answer in the OpenAPI document.
 * Only there: the route's type (and so the typed client's) stays the JSON
 * answer, since a typed client always asks for JSON.
 *
 * @example
 * const route = alsoInTextFormats(createRoute({ ... }))
 */
export function alsoInTextFormats<R extends { responses: { 200: { content: object } } }>(
  route: R,
): R {
  Object.assign(route.responses[200].content, TEXT_FORMAT_CONTENT)
  return route
}

/**
 * Small helpers the routes share: JSON answers from JSON the API already has
 * (no parse and stringify of a document that is stored as JSON), conditional
 * requests (`ETag` / `If-None-Match`), optional query parameters checked with
 * their zod schema, and links from list items to their documents.
 */
import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { JSONParsed } from 'hono/utils/types'
import type { z } from 'zod'
import { validationProblem } from './body.js'
import { ProblemError } from './problem.js'
import type { DocumentRef, Page } from './storage/store.js'

/**
 * A JSON answer from text that already is the JSON of a `T`: typed as
 * `c.json(value)` would be, without serializing `value` again.
 *
 * @example
 * return jsonText<StoredDocument>(c, `{"id":"…","document":${stored.documentJson}}`, 200)
 */
export function jsonText<T, S extends ContentfulStatusCode>(
  c: Context,
  json: string | Uint8Array<ArrayBuffer>,
  status: S,
  headers: Record<string, string> = {},
): Response & TypedResponse<JSONParsed<T>, S, 'json'> {
  // The same call twice: `c.body` has one overload per kind of body.
  const response =
    typeof json === 'string'
      ? c.body(json, status, { 'Content-Type': 'application/json', ...headers })
      : c.body(json, status, { 'Content-Type': 'application/json', ...headers })
  return response as unknown as Response & TypedResponse<JSONParsed<T>, S, 'json'>
}

/**
 * `fields` and a document's JSON text as one JSON object: `{ …fields, "document": … }`.
 *
 * @example
 * withDocument({ id: 'x' }, '{"type":"article"}') // '{"id":"x","document":{"type":"article"}}'
 */
export function withDocument(fields: Record<string, string>, documentJson: string): string {
  const head = JSON.stringify(fields)
  return `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"document":${documentJson}}`
}

/** The 406 problem for a client that accepts none of the formats. */
export function notAcceptable(): ProblemError {
  return new ProblemError(
    'not-acceptable',
    'Ask for application/json, text/markdown, text/html or text/plain (Accept or ?format=).',
  )
}

/**
 * Whether `If-None-Match` (RFC 9110 section 13.1.2, weak comparison) matches `etag`.
 *
 * @example
 * ifNoneMatches('W/"abc-json", "def"', '"abc-json"') // true
 */
export function ifNoneMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = (tag: string): string => tag.trim().replace(/^W\//u, '')
  const wanted = opaque(etag)
  return header.split(',').some((tag) => opaque(tag) === wanted)
}

/**
 * The query parameter `name` of `c`, validated with `schema` (a 400 naming it when invalid).
 *
 * @example
 * const format = queryParam(c, 'format', FormatParam) // 'markdown' | … | undefined
 */
export function queryParam<S extends z.ZodType>(c: Context, name: string, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query(name))
  if (result.success) return result.data
  throw validationProblem(
    result.error.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })),
  )
}

/**
 * Adds to each item's `document` the path to read it, under the prefix the
 * app is mounted at (the site mounts it at `/api`).
 *
 * @example
 * linkDocuments(c, page) // items[0].document.url === '/api/v1/documents/01jb…'
 */
export function linkDocuments<T extends { document: DocumentRef }>(
  c: Context,
  page: Page<T>,
): Page<T & { document: DocumentRef & { url: string } }> {
  const base = c.req.path.slice(0, Math.max(0, c.req.path.indexOf('/v1/')))
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((item) => ({
      ...item,
      document: { ...item.document, url: `${base}/v1/documents/${item.document.id}` },
    })),
  }
}

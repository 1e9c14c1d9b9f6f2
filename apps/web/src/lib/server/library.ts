/**
 * The library as the site reads it through the API's typed client: documents
 * filtered and paged, quotes and entities across every document, deletes and
 * exports. Each function turns the API's answer into what a page shows, or a
 * message a reader can act on.
 */
import type { Client, DocumentSummary, EntityItem, Page, QuoteItem } from '@copydesk/api'
import type { ExportFormat } from '#lib/export-formats.ts'
import { problemMessage } from './documents.ts'

/** How many documents a page of the library shows. */
export const LIBRARY_PAGE_SIZE = 20

/** The library's filters, as the list's form sends them. Empty fields are left out. */
export interface DocumentFilters {
  q?: string
  entity?: string
  speaker?: string
  from?: string
  to?: string
}

/** The names of the filters, in the order the form shows them. */
export const FILTER_NAMES = ['q', 'entity', 'speaker', 'from', 'to'] as const

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u
/** Longer filters are cut: nobody types more, and the API need not search for it. */
const MAX_FILTER_LENGTH = 200

/**
 * The filters in `search`: trimmed, empty ones dropped, dates only when they are dates.
 *
 * @example
 * readFilters(new URLSearchParams('q=nato&from=2023-01-01&to=soon')) // { q: 'nato', from: '2023-01-01' }
 */
export function readFilters(search: URLSearchParams): DocumentFilters {
  const filters: DocumentFilters = {}
  for (const name of FILTER_NAMES) {
    const value = search.get(name)?.trim().slice(0, MAX_FILTER_LENGTH)
    if (!value) continue
    if ((name === 'from' || name === 'to') && !ISO_DATE.test(value)) continue
    filters[name] = value
  }
  return filters
}

/** The kinds an entity filter takes. */
export type EntityItemKind = 'person' | 'organization' | 'place' | 'other'

/** A list, or why it could not be read. */
export type ListResult<Item> =
  ({ ok: true } & Page<Item>) | { ok: false; status: number; message: string }

async function pageOf<Item>(response: Response): Promise<ListResult<Item>> {
  if (!response.ok) {
    return { ok: false, status: response.status, message: await problemMessage(response) }
  }
  const page = (await response.json()) as Page<Item>
  return { ok: true, items: page.items, nextCursor: page.nextCursor }
}

/**
 * A page of the library, newest first, narrowed by `filters`.
 *
 * @example
 * const page = await listDocuments(locals.api, { speaker: 'Stoltenberg' })
 */
export async function listDocuments(
  api: Client,
  filters: DocumentFilters,
  options: { cursor?: string; limit?: number } = {},
): Promise<ListResult<DocumentSummary>> {
  const query = {
    ...filters,
    limit: String(options.limit ?? LIBRARY_PAGE_SIZE),
    ...(options.cursor ? { cursor: options.cursor } : {}),
  }
  return pageOf(await api.v1.documents.$get({ query }))
}

/**
 * What `speaker` said across the library, newest documents first.
 *
 * @example
 * const quotes = await findQuotes(locals.api, { speaker: 'Jens Stoltenberg' })
 */
export async function findQuotes(
  api: Client,
  filters: { speaker?: string; q?: string; cursor?: string; limit?: number },
): Promise<ListResult<QuoteItem>> {
  const { limit, ...rest } = filters
  const query = { ...rest, ...(limit ? { limit: String(limit) } : {}) }
  return pageOf(await api.v1.quotes.$get({ query }))
}

/**
 * Entities across the library whose name or an alias contains `q`, one item
 * per document that names them.
 *
 * @example
 * const named = await findEntities(locals.api, { q: 'Kremlin' })
 */
export async function findEntities(
  api: Client,
  filters: { q?: string; kind?: EntityItemKind; cursor?: string; limit?: number },
): Promise<ListResult<EntityItem>> {
  const { limit, ...rest } = filters
  const query = { ...rest, ...(limit ? { limit: String(limit) } : {}) }
  return pageOf(await api.v1.entities.$get({ query }))
}

/** Whether a delete went through, or why not. */
export type DeleteResult = { ok: true } | { ok: false; status: number; message: string }

/**
 * Deletes a document.
 *
 * @example
 * const result = await deleteDocument(locals.api, params.id)
 */
export async function deleteDocument(api: Client, id: string): Promise<DeleteResult> {
  const response = await api.v1.documents[':id'].$delete({ param: { id } })
  if (response.ok) return { ok: true }
  return { ok: false, status: response.status, message: await problemMessage(response) }
}

/**
 * The document as the API serializes it in `format`, asked for by `Accept`;
 * or why it could not be had.
 *
 * @example
 * const markdown = await exportDocument(locals.api, id, exportFormat('markdown')!)
 */
export async function exportDocument(
  api: Client,
  id: string,
  format: ExportFormat,
): Promise<{ ok: true; body: string } | { ok: false; status: number; message: string }> {
  const { mediaType } = format
  // The route documents `?format=` but types only `Accept`; either gives the same answer.
  const response = await api.v1.documents[':id'].$get(
    { param: { id } },
    { headers: { accept: mediaType } },
  )
  if (!response.ok) {
    return { ok: false, status: response.status, message: await problemMessage(response) }
  }
  const answered = response.headers.get('content-type')?.split(';', 1)[0]?.trim() ?? ''
  if (answered !== mediaType) {
    return {
      ok: false,
      status: 502,
      message: `The API answered ${answered || 'no media type'} instead of ${mediaType}.`,
    }
  }
  return { ok: true, body: await response.text() }
}

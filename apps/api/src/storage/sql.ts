/**
 * The SQL both stores run, written once. Each store only binds parameters and
 * maps rows, so node:sqlite and D1 behave the same by construction.
 */
import type { ArticleDocument } from '@copydesk/parser'
import type { DocumentSummary, NewDocument, StoredDocument } from './store.js'

export const INSERT_DOCUMENT = `INSERT INTO documents
  (id, content_hash, title, published_at, word_count, created_at, source_text, document)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (content_hash) DO NOTHING`

export const SELECT_BY_ID = `SELECT id, content_hash, created_at, source_text, document
  FROM documents WHERE id = ?`

export const SELECT_BY_HASH = `SELECT id, content_hash, created_at, source_text, document
  FROM documents WHERE content_hash = ?`

export const SELECT_PAGE = `SELECT id, title, published_at, word_count, created_at
  FROM documents
  WHERE (? IS NULL OR created_at < ? OR (created_at = ? AND id < ?))
  ORDER BY created_at DESC, id DESC
  LIMIT ?`

export const DELETE_BY_ID = `DELETE FROM documents WHERE id = ?`

export const COUNT_DOCUMENTS = `SELECT COUNT(*) AS n FROM documents`

/** Parameters of `INSERT_DOCUMENT`, in order. */
export function insertParameters(input: NewDocument): (string | number | null)[] {
  return [
    input.id,
    input.contentHash,
    input.document.meta.title,
    input.document.meta.publishedAt,
    input.document.meta.wordCount,
    input.createdAt,
    input.text,
    JSON.stringify(input.document),
  ]
}

/** A row of `SELECT_BY_ID` / `SELECT_BY_HASH`. */
export interface DocumentRow {
  id: string
  content_hash: string
  created_at: string
  source_text: string
  document: string
}

/** A row of `SELECT_PAGE`. */
export interface SummaryRow {
  id: string
  title: string | null
  published_at: string | null
  word_count: number
  created_at: string
}

export function toStoredDocument(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    text: row.source_text,
    document: JSON.parse(row.document) as ArticleDocument,
  }
}

export function toSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    publishedAt: row.published_at,
    wordCount: Number(row.word_count),
    createdAt: row.created_at,
  }
}

/** Cursors are opaque to clients: the last row's sort key, base64url-encoded. */
export function encodeCursor(summary: DocumentSummary): string {
  return btoa(JSON.stringify([summary.createdAt, summary.id]))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '')
}

/** The sort key in `cursor`, or null when it is not one of ours. */
export function decodeCursor(cursor: string): { createdAt: string; id: string } | null {
  try {
    const json = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))
    const value: unknown = JSON.parse(json)
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return { createdAt: value[0] as string, id: value[1] as string }
    }
  } catch {
    // fall through: not a cursor of ours
  }
  return null
}

/** Parameters of `SELECT_PAGE`. */
export function pageParameters(
  cursor: { createdAt: string; id: string } | null,
  limit: number,
): (string | number | null)[] {
  const at = cursor?.createdAt ?? null
  return [at, at, at, cursor?.id ?? null, limit + 1]
}

/** Cuts the extra row that tells whether there is a next page. */
export function toPage(
  rows: SummaryRow[],
  limit: number,
): { items: DocumentSummary[]; nextCursor: string | null } {
  const items = rows.slice(0, limit).map(toSummary)
  const last = items[items.length - 1]
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null }
}

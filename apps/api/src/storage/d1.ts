/**
 * The Cloudflare store: D1, over the same SQL as the SQLite store.
 */
import {
  COUNT_DOCUMENTS,
  DELETE_BY_ID,
  INSERT_DOCUMENT,
  SELECT_BY_HASH,
  SELECT_BY_ID,
  SELECT_PAGE,
  decodeCursor,
  insertParameters,
  pageParameters,
  toPage,
  toStoredDocument,
  type DocumentRow,
  type SummaryRow,
} from './sql.js'
import type { DocumentStore } from './store.js'

/** The part of D1's binding this store uses. */
export interface D1Like {
  prepare(sql: string): {
    bind(...values: unknown[]): {
      run(): Promise<{ meta: { changes?: number } }>
      first<T>(): Promise<T | null>
      all<T>(): Promise<{ results: T[] }>
    }
  }
}

/** A store over the D1 database `db` (migrations applied by wrangler). */
export function d1Store(db: D1Like): DocumentStore {
  return {
    async save(input) {
      const result = await db
        .prepare(INSERT_DOCUMENT)
        .bind(...insertParameters(input))
        .run()
      const row = await db.prepare(SELECT_BY_HASH).bind(input.contentHash).first<DocumentRow>()
      if (!row) throw new Error(`document ${input.id} was neither stored nor found`)
      return { document: toStoredDocument(row), created: (result.meta.changes ?? 0) > 0 }
    },
    async get(id) {
      const row = await db.prepare(SELECT_BY_ID).bind(id).first<DocumentRow>()
      return row ? toStoredDocument(row) : null
    },
    async list({ limit, cursor }) {
      const key = cursor ? decodeCursor(cursor) : null
      const { results } = await db
        .prepare(SELECT_PAGE)
        .bind(...pageParameters(key, limit))
        .all<SummaryRow>()
      return toPage(results, limit)
    },
    async delete(id) {
      const result = await db.prepare(DELETE_BY_ID).bind(id).run()
      return (result.meta.changes ?? 0) > 0
    },
    async count() {
      const row = await db.prepare(COUNT_DOCUMENTS).bind().first<{ n: number }>()
      return Number(row?.n ?? 0)
    },
  }
}

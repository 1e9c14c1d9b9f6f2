/**
 * The document store, written once over a tiny SQL runner. node:sqlite and
 * D1 each supply a runner (`sqlite.ts`, `d1.ts`): how to read rows and how to
 * run statements atomically. Everything else, the SQL and the mapping of its
 * rows, is shared, so the two stores cannot drift apart.
 */
import { ProblemError } from '../problem.js'
import { indexDocument } from './index-rows.js'
import {
  COUNT_DOCUMENTS,
  SELECT_BY_HASH,
  SELECT_BY_ID,
  SELECT_HEAD,
  deleteStatements,
  entitiesStatement,
  pageStatement,
  quotesStatement,
  saveStatements,
  toDocumentPage,
  toEntityPage,
  toQuotePage,
  toStoredDocument,
  type DocumentRow,
  type EntityRow,
  type QuoteRow,
  type SqlValue,
  type Statement,
  type SummaryRow,
} from './sql.js'
import type { DocumentStore } from './store.js'

/** How a store talks to its database. */
export interface SqlRunner {
  all<T>(sql: string, params: SqlValue[]): Promise<T[]>
  first<T>(sql: string, params: SqlValue[]): Promise<T | null>
  /** Runs `statements` in one transaction; returns the rows each one changed. */
  batch(statements: Statement[]): Promise<number[]>
}

/** Options of `sqlStore`. */
export interface SqlStoreOptions {
  /**
   * Largest row the database takes, in bytes (D1: 2,000,000); a document over
   * it is refused with 413 instead of failing inside the database.
   */
  maxRowBytes?: number
}

/**
 * A document store over `runner`.
 *
 * @example
 * const store = sqlStore(d1Runner(env.DB), { maxRowBytes: D1_MAX_ROW_BYTES })
 */
export function sqlStore(runner: SqlRunner, options: SqlStoreOptions = {}): DocumentStore {
  const encoder = new TextEncoder()
  return {
    async save(input) {
      const statements = saveStatements(input, indexDocument(input.document))
      if (options.maxRowBytes !== undefined) {
        const bytes = statements[0]?.params.reduce<number>(
          (sum, value) => sum + (typeof value === 'string' ? encoder.encode(value).length : 8),
          0,
        )
        if (bytes !== undefined && bytes > options.maxRowBytes) {
          throw new ProblemError(
            'payload-too-large',
            `The article and its parsed document take ${bytes} bytes; this store keeps at most ${options.maxRowBytes} per document.`,
          )
        }
      }
      const [created = 0] = await runner.batch(statements)
      const row = await runner.first<DocumentRow>(SELECT_BY_HASH, [input.contentHash])
      if (!row) throw new Error(`document ${input.id} was neither stored nor found`)
      return { document: toStoredDocument(row), created: created > 0 }
    },
    async get(id) {
      const row = await runner.first<DocumentRow>(SELECT_BY_ID, [id])
      return row ? toStoredDocument(row) : null
    },
    async head(id) {
      const row = await runner.first<Omit<DocumentRow, 'source_text' | 'document'>>(SELECT_HEAD, [
        id,
      ])
      return row ? { id: row.id, contentHash: row.content_hash, createdAt: row.created_at } : null
    },
    async getByHash(contentHash) {
      const row = await runner.first<DocumentRow>(SELECT_BY_HASH, [contentHash])
      return row ? toStoredDocument(row) : null
    },
    async list(query) {
      const { sql, params } = pageStatement(query)
      return toDocumentPage(await runner.all<SummaryRow>(sql, params), query.limit)
    },
    async quotes(query) {
      const { sql, params } = quotesStatement(query)
      return toQuotePage(await runner.all<QuoteRow>(sql, params), query.limit)
    },
    async entities(query) {
      const { sql, params } = entitiesStatement(query)
      return toEntityPage(await runner.all<EntityRow>(sql, params), query.limit)
    },
    async delete(id) {
      const changes = await runner.batch(deleteStatements(id))
      return (changes.at(-1) ?? 0) > 0
    },
    async count() {
      const row = await runner.first<{ n: number }>(COUNT_DOCUMENTS, [])
      return Number(row?.n ?? 0)
    },
  }
}

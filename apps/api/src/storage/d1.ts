/**
 * The Cloudflare store: D1, over the same SQL and migrations as the SQLite
 * store (`wrangler d1 migrations apply` applies migrations/ to D1).
 */
import { sqlStore, type SqlRunner } from './sql-store.js'
import type { DocumentStore } from './store.js'

/** D1 refuses a row over 2,000,000 bytes; documents are checked against it first. */
export const D1_MAX_ROW_BYTES = 2_000_000

/** A prepared D1 statement, as far as this store uses it. */
export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike
  run(): Promise<{ meta: { changes?: number } }>
  first<T>(): Promise<T | null>
  all<T>(): Promise<{ results: T[] }>
}

/** The part of D1's binding this store uses (structural, so Node code needs no Workers types). */
export interface D1Like {
  prepare(sql: string): D1StatementLike
  batch(statements: D1StatementLike[]): Promise<{ meta: { changes?: number } }[]>
}

/**
 * A store over the D1 database `db`.
 *
 * @example
 * const store = d1Store(env.DB)
 */
export function d1Store(db: D1Like): DocumentStore {
  const runner: SqlRunner = {
    async all<T>(sql: string, params: unknown[]) {
      return (
        await db
          .prepare(sql)
          .bind(...params)
          .all<T>()
      ).results
    },
    async first<T>(sql: string, params: unknown[]) {
      return db
        .prepare(sql)
        .bind(...params)
        .first<T>()
    },
    async batch(statements) {
      const results = await db.batch(
        statements.map(({ sql, params }) => db.prepare(sql).bind(...params)),
      )
      return results.map((result) => result.meta.changes ?? 0)
    },
  }
  return sqlStore(runner, { maxRowBytes: D1_MAX_ROW_BYTES })
}

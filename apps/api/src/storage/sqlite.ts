/**
 * The embedded store: a SQLite file through Node's built-in `node:sqlite`, in
 * WAL mode so readers never wait for the writer. Node only; Workers use D1.
 *
 * Durability: every save is one transaction committed before the API answers
 * 201. With WAL and `synchronous = NORMAL` a committed transaction survives the
 * process being killed (SIGKILL, a crash); only an operating-system crash or
 * power loss can take back the last commits. Set COPYDESK_SQLITE_SYNC=full
 * (see the README) to trade write speed for that too.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite'
import { MIGRATIONS } from './migrations.generated.js'
import { sqlStore, type SqlRunner } from './sql-store.js'
import type { DocumentStore } from './store.js'

/** A store over a SQLite file; `close` it when done. */
export interface SqliteStore extends DocumentStore {
  close(): void
}

/** Options of `openSqliteStore`. */
export interface SqliteOptions {
  /** `normal` (the default) survives process crashes; `full` survives power loss too. */
  synchronous?: 'normal' | 'full'
}

/** How long a write waits for another connection's lock before failing, in ms. */
export const BUSY_TIMEOUT_MS = 5000

/**
 * Opens (creating when needed) the SQLite file at `path` and applies migrations.
 *
 * @example
 * const store = openSqliteStore('./data/copydesk.sqlite')
 */
export function openSqliteStore(path: string, options: SqliteOptions = {}): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new DatabaseSync(path, { enableForeignKeyConstraints: true })
  db.exec('PRAGMA journal_mode = WAL')
  db.exec(`PRAGMA synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`)
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
  migrate(db)
  const statements = new Map<string, StatementSync>()
  const prepare = (sql: string): StatementSync => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      statements.set(sql, statement)
    }
    return statement
  }
  const runner: SqlRunner = {
    async all<T>(sql: string, params: SQLInputValue[]) {
      return prepare(sql).all(...params) as T[]
    },
    async first<T>(sql: string, params: SQLInputValue[]) {
      return (prepare(sql).get(...params) as T | undefined) ?? null
    },
    async batch(batch) {
      db.exec('BEGIN IMMEDIATE')
      try {
        const changes = batch.map(({ sql, params }) => Number(prepare(sql).run(...params).changes))
        db.exec('COMMIT')
        return changes
      } catch (error) {
        db.exec('ROLLBACK')
        throw error
      }
    },
  }
  return {
    ...sqlStore(runner),
    close() {
      if (db.isOpen) db.close()
    },
  }
}

function migrate(db: DatabaseSync): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`,
  )
  const applied = new Set(
    (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map(
      (r) => r.name,
    ),
  )
  for (const { name, sql } of MIGRATIONS) {
    if (applied.has(name)) continue
    db.exec('BEGIN IMMEDIATE')
    try {
      db.exec(sql)
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(
        name,
        new Date().toISOString(),
      )
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  }
}

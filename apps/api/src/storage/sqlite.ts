/**
 * The embedded store: a SQLite file through Node's built-in `node:sqlite`, in
 * WAL mode so readers never wait for the writer. Node only; Workers use D1.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { MIGRATIONS } from './migrations.generated.js'
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

/** A store over a SQLite file; `close` it when done. */
export interface SqliteStore extends DocumentStore {
  close(): void
}

/**
 * Opens (creating when needed) the SQLite file at `path` and applies migrations.
 *
 * @example
 * const store = openSqliteStore('./data/copydesk.sqlite')
 */
export function openSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new DatabaseSync(path)
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = NORMAL')
  db.exec('PRAGMA busy_timeout = 5000')
  migrate(db)
  const insert = db.prepare(INSERT_DOCUMENT)
  const byId = db.prepare(SELECT_BY_ID)
  const byHash = db.prepare(SELECT_BY_HASH)
  const page = db.prepare(SELECT_PAGE)
  const remove = db.prepare(DELETE_BY_ID)
  const count = db.prepare(COUNT_DOCUMENTS)
  return {
    async save(input) {
      const result = insert.run(...insertParameters(input))
      const row = byHash.get(input.contentHash) as DocumentRow | undefined
      if (!row) throw new Error(`document ${input.id} was neither stored nor found`)
      return { document: toStoredDocument(row), created: Number(result.changes) > 0 }
    },
    async get(id) {
      const row = byId.get(id) as DocumentRow | undefined
      return row ? toStoredDocument(row) : null
    },
    async list({ limit, cursor }) {
      const key = cursor ? decodeCursor(cursor) : null
      const rows = page.all(...pageParameters(key, limit)) as unknown as SummaryRow[]
      return toPage(rows, limit)
    },
    async delete(id) {
      return Number(remove.run(id).changes) > 0
    },
    async count() {
      const row = count.get() as { n: number } | undefined
      return Number(row?.n ?? 0)
    },
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
    db.exec('BEGIN')
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

/**
 * The SQL migrations: embedded in the source as generated, and applied to a
 * database made before the search tables, whose documents become searchable.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/storage/migrations.generated.js'
import { openSqliteStore } from '../../src/storage/sqlite.js'

const dir = mkdtempSync(join(tmpdir(), 'copydesk-migrations-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the migrations', () => {
  it('are embedded exactly as the SQL files say', () => {
    const script = fileURLToPath(new URL('../../scripts/embed-migrations.js', import.meta.url))
    expect(() =>
      execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' }),
    ).not.toThrow()
  })

  it('bring a database from before the search tables up to date, searchable', async () => {
    const path = join(dir, 'old.sqlite')
    const old = new DatabaseSync(path)
    const first = MIGRATIONS[0]
    if (!first) throw new Error('no migrations')
    old.exec(first.sql)
    old.exec(`CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`)
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(first.name, '2026-01-01')
    old
      .prepare(
        `INSERT INTO documents (id, content_hash, title, published_at, word_count, created_at, source_text, document)
         VALUES ('old1', 'hash1', 'An old headline', NULL, 3, '2026-01-01T00:00:00.000Z', 'An old headline about Kyiv', '{}')`,
      )
      .run()
    old.close()

    const store = openSqliteStore(path)
    const page = await store.list({ limit: 10, q: 'kyiv' })
    expect(page.items.map((item) => item.id)).toEqual(['old1'])
    expect(await store.count()).toBe(1)
    store.close()
  })

  it('are applied once: reopening a database changes nothing', async () => {
    const path = join(dir, 'twice.sqlite')
    openSqliteStore(path).close()
    const store = openSqliteStore(path)
    expect(await store.count()).toBe(0)
    store.close()
    const db = new DatabaseSync(path)
    const names = db.prepare('SELECT name FROM schema_migrations ORDER BY name').all()
    expect(names.map((row) => row.name)).toEqual(MIGRATIONS.map((m) => m.name))
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
    db.close()
  })
})

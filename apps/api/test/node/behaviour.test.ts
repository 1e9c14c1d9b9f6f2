/**
 * The behaviour suite on Node: the app over a real SQLite file in a fresh
 * temporary folder, client addresses from X-Forwarded-For (as behind a
 * trusted proxy), and, for the 5xx case, a store whose database was closed.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { nodeAddress } from '../../src/middleware/client-address.js'
import { openSqliteStore, type SqliteStore } from '../../src/storage/sqlite.js'
import { defineBehaviour } from '../behaviour/suite.js'

let dir: string
let store: SqliteStore
let broken: SqliteStore

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-api-'))
  store = openSqliteStore(join(dir, 'copydesk.sqlite'))
  broken = openSqliteStore(join(dir, 'broken.sqlite'))
  broken.close()
})

afterAll(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

defineBehaviour({
  runtime: 'node',
  store: () => store,
  brokenStore: () => broken,
  clientAddress: nodeAddress({ trustProxy: true }),
  from: (address) => ({ 'x-forwarded-for': address }),
})

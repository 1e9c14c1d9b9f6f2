/**
 * Node entry: the app over a SQLite file, served by @hono/node-server.
 * Configured by environment variables (see the README): COPYDESK_DB, PORT,
 * HOST, COPYDESK_MAX_BODY_BYTES. Stops cleanly on SIGINT and SIGTERM.
 */
import { serve } from '@hono/node-server'
import { pathToFileURL } from 'node:url'
import { createApp, type App } from './app.js'
import { openSqliteStore, type SqliteStore } from './storage/sqlite.js'

export { openSqliteStore, type SqliteStore } from './storage/sqlite.js'

/** The default database file, relative to the working directory. */
export const DEFAULT_DB_PATH = './data/copydesk.sqlite'

/** The app over a SQLite store, configured from `env`. */
export function createNodeApp(env: NodeJS.ProcessEnv = process.env): {
  app: App
  store: SqliteStore
} {
  const store = openSqliteStore(env.COPYDESK_DB ?? DEFAULT_DB_PATH)
  const maxBodyBytes = Number(env.COPYDESK_MAX_BODY_BYTES)
  const app = createApp({
    store,
    limits: Number.isFinite(maxBodyBytes) && maxBodyBytes > 0 ? { maxBodyBytes } : {},
  })
  return { app, store }
}

function main(): void {
  const { app, store } = createNodeApp()
  const port = Number(process.env.PORT ?? 8787)
  const hostname = process.env.HOST ?? '127.0.0.1'
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    console.log(`Copydesk API listening on http://${hostname}:${info.port}`)
  })
  const stop = (): void => {
    server.close(() => {
      store.close()
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()

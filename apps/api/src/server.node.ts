/**
 * Node entry: the app over a SQLite file, served by @hono/node-server and
 * configured by environment variables (see the README). Binds 127.0.0.1 by
 * default and says whether it is open; it refuses to listen beyond loopback
 * without API keys unless told to. Stops cleanly on SIGINT and SIGTERM.
 */
import { serve } from '@hono/node-server'
import { pathToFileURL } from 'node:url'
import { createApp, type App } from './app.js'
import { ConfigError, flag, integer, optionsFromEnv, type EnvVars } from './config.js'
import { nodeAddress } from './middleware/client-address.js'
import { openSqliteStore, type SqliteStore } from './storage/sqlite.js'

export { openSqliteStore, type SqliteStore } from './storage/sqlite.js'

/** The default database file, relative to the working directory. */
export const DEFAULT_DB_PATH = './data/copydesk.sqlite'
/** The default port (Wrangler's, so both runtimes answer at the same place). */
export const DEFAULT_PORT = 8787
/** The default address: this machine only. */
export const DEFAULT_HOST = '127.0.0.1'
/** How long a stop waits for open requests before exiting anyway. */
export const SHUTDOWN_GRACE_MS = 5000

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

/**
 * The app over a SQLite store, configured from `env`.
 *
 * @example
 * const { app, store } = createNodeApp({ COPYDESK_DB: './data/test.sqlite' })
 * await app.request('/healthz')
 * store.close()
 */
export function createNodeApp(env: EnvVars = process.env): { app: App; store: SqliteStore } {
  const { trustProxy, ...options } = optionsFromEnv(env)
  const sync = env.COPYDESK_SQLITE_SYNC?.trim().toLowerCase()
  if (sync !== undefined && sync !== '' && sync !== 'normal' && sync !== 'full') {
    throw new ConfigError(`COPYDESK_SQLITE_SYNC must be normal or full, not "${sync}".`)
  }
  const store = openSqliteStore(env.COPYDESK_DB || DEFAULT_DB_PATH, {
    synchronous: sync === 'full' ? 'full' : 'normal',
  })
  const app = createApp({ store, ...options, clientAddress: nodeAddress({ trustProxy }) })
  return { app, store }
}

function main(): void {
  const env = process.env
  const hostname = env.HOST?.trim() || DEFAULT_HOST
  const port = integer(env, 'PORT', 0) ?? DEFAULT_PORT
  const keyed = optionsFromEnv(env).apiKeyHashes?.length ?? 0
  if (!LOOPBACK.has(hostname) && keyed === 0 && !flag(env, 'COPYDESK_ALLOW_OPEN')) {
    throw new ConfigError(
      `Refusing to listen on ${hostname} with no API keys: anyone could write. Set COPYDESK_API_KEY_HASHES (npm run key makes one), or COPYDESK_ALLOW_OPEN=true.`,
    )
  }
  const { app, store } = createNodeApp(env)
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    const reach = LOOPBACK.has(hostname) ? 'localhost only' : `reachable on ${hostname}`
    const access = keyed > 0 ? `${keyed} API key(s) required for writes` : 'open: no API keys'
    console.error(`Copydesk API listening on http://${hostname}:${info.port} (${reach}; ${access})`)
  })
  const stop = (): void => {
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref()
    server.close(() => {
      store.close()
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main()
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error)
    process.exit(1)
  }
}

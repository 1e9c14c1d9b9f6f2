/**
 * @copydesk/api: the Hono app, its storage interface and its typed client.
 * Runtime entries live beside it: `server.node.ts` (Node + SQLite) and
 * `worker.ts` (Cloudflare Workers + D1).
 */
export { createApp, DEFAULT_MAX_BODY_BYTES, type App, type AppOptions } from './app.js'
export { createClient, type Client, type ClientOptions } from './client.js'
export { optionsFromEnv, ConfigError, type EnvVars } from './config.js'
export type { LogLine, LogSink } from './middleware/access-log.js'
export { PROBLEMS, type ProblemDetails, type ProblemType } from './problem.js'
export type {
  DocumentHead,
  DocumentQuery,
  DocumentStore,
  DocumentSummary,
  EntityItem,
  EntityQuery,
  Page,
  QuoteItem,
  QuoteQuery,
  StoredDocument,
} from './storage/store.js'
export { d1Store, type D1Like } from './storage/d1.js'

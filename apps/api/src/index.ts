/**
 * @copydesk/api: the Hono app, its storage interface and its typed client.
 * Runtime entries live beside it: `server.node.ts` (Node + SQLite) and
 * `worker.ts` (Cloudflare Workers + D1).
 */
export { createApp, DEFAULT_MAX_BODY_BYTES, type App, type AppOptions } from './app.js'
export { createClient, type Client, type ClientOptions } from './client.js'
export type { ProblemDetails } from './problem.js'
export type { DocumentStore, DocumentSummary, Page, StoredDocument } from './storage/store.js'

/**
 * What every handler can read from the context: the store, the limits, the
 * memoized parser and what the middleware found out about the request.
 */
import type { ByteCache } from './byte-cache.js'
import type { ParseCache } from './parse-cache.js'
import type { RecentHeads } from './recent-heads.js'
import type { DocumentStore } from './storage/store.js'

/** Limits on what a request may ask. */
export interface Limits {
  /** Largest body accepted, in bytes. */
  maxBodyBytes: number
}

/** Hono's environment for this app. */
export interface AppEnv {
  /** What the runtime passes: Node's `{ incoming, outgoing }`, a Worker's bindings, or nothing. */
  Bindings: Record<string, unknown>
  Variables: {
    store: DocumentStore
    limits: Limits
    parser: ParseCache
    /** Encoded answers of GET /v1/documents/:id, by `id:format`. */
    representations: ByteCache
    /** Heads of the documents read lately, trusted for a moment. */
    heads: RecentHeads
    requestId: string
    /** Short id of the API key the request proved, when it sent one. */
    apiKeyId?: string
    /** Who the rate limit counted the request against: `key:<id>` or `ip:<address>`. */
    client?: string
  }
}

/**
 * What every handler can read from the context: the store and the limits.
 */
import type { DocumentStore } from './storage/store.js'

/** Limits on what a request may ask. */
export interface Limits {
  /** Largest body accepted, in bytes. */
  maxBodyBytes: number
}

/** Hono's environment for this app. */
export interface AppEnv {
  Variables: {
    store: DocumentStore
    limits: Limits
    requestId: string
  }
}

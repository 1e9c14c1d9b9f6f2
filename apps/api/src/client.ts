/**
 * A typed client for the API, over Hono's RPC types.
 *
 * @example
 * const api = createClient('http://127.0.0.1:3000/api')
 * const response = await api.v1.documents.$get({ query: {} })
 */
import { hc } from 'hono/client'
import type { App } from './app.js'

/** Options of `createClient`: a custom `fetch` lets a server call the app in-process. */
export interface ClientOptions {
  fetch?: typeof fetch
  headers?: Record<string, string>
}

/** A client for the API at `baseUrl`. */
export function createClient(baseUrl: string, options: ClientOptions = {}) {
  return hc<App>(baseUrl, options)
}

export type Client = ReturnType<typeof createClient>

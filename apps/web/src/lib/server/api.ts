/**
 * The API inside the site's server: one app over the SQLite store, mounted at
 * `/api` so the site answers the API's routes too, and a typed client that
 * calls it in-process (no socket, no second port) for load functions and
 * actions.
 */
import { createClient, type Client } from '@copydesk/api'
import { createNodeApp, type SqliteStore } from '@copydesk/api/node'
import { Hono } from 'hono'

/** Where the API is mounted in the site. */
export const API_BASE = '/api'

/** The mounted API: its `fetch` answers `/api/*` requests. */
export interface MountedApi {
  /**
   * Answers `request`; `clientAddress` is who sent it, for the API's rate
   * limit (in-process calls have none and are not limited).
   */
  fetch: (request: Request, clientAddress?: string) => Response | Promise<Response>
  store: SqliteStore
}

/**
 * Opens the store named by `env.COPYDESK_DB` and mounts the API at `/api`.
 *
 * @example
 * const api = mountApi(process.env)
 * const response = await api.fetch(new Request('http://localhost/api/healthz'))
 */
export function mountApi(env: NodeJS.ProcessEnv): MountedApi {
  const { app, store } = createNodeApp(env)
  const site = new Hono().route(API_BASE, app)
  // A mounted app keeps its routes and error handler but not its not-found
  // handler; hand misses back to the API so they are problem+json too.
  site.notFound((c) => app.fetch(c.req.raw))
  // The API reads the caller's address from the Node socket it is given, as @hono/node-server does.
  return {
    fetch: (request, clientAddress) =>
      site.fetch(
        request,
        clientAddress ? { incoming: { socket: { remoteAddress: clientAddress } } } : {},
      ),
    store,
  }
}

/**
 * A typed client for `api` that calls it in-process. `origin` only builds the
 * URLs the API sees (and so its Location headers). When the API requires keys
 * for writes (COPYDESK_API_KEY_HASHES), the site sends its own, `apiKey`.
 *
 * @example
 * const client = apiClient(api, 'http://127.0.0.1:3000', process.env.COPYDESK_SITE_API_KEY)
 * const response = await client.v1.documents.$get({ query: {} })
 */
export function apiClient(api: MountedApi, origin: string, apiKey?: string): Client {
  const fetch: typeof globalThis.fetch = async (input, init) => api.fetch(new Request(input, init))
  const headers: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {}
  return createClient(origin + API_BASE, { fetch, headers })
}

/**
 * Cloudflare Workers entry: wires D1 and the Worker's variables into the app.
 * The app is built once per isolate (per bindings object), so the parse
 * cache and the rate limit's counters live as long as the isolate does.
 */
import { createApp, type App } from './app.js'
import { optionsFromEnv, type EnvVars } from './config.js'
import { cloudflareAddress } from './middleware/client-address.js'
import { d1Store, type D1Like } from './storage/d1.js'

/** The Worker's bindings (see wrangler.jsonc); variables are the ones the README lists. */
export interface Bindings {
  DB: D1Like
  [variable: string]: unknown
}

const apps = new WeakMap<Bindings, App>()

/**
 * The app for the bindings `env`.
 *
 * @example
 * const response = await createWorkerApp(env).request('/healthz')
 */
export function createWorkerApp(env: Bindings): App {
  let app = apps.get(env)
  if (!app) {
    const variables: EnvVars = Object.fromEntries(
      Object.entries(env).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
    const { trustProxy: _trustProxy, ...options } = optionsFromEnv(variables)
    app = createApp({ store: d1Store(env.DB), ...options, clientAddress: cloudflareAddress() })
    apps.set(env, app)
  }
  return app
}

export default {
  async fetch(request: Request, env: Bindings): Promise<Response> {
    return sentAsEncoded(await createWorkerApp(env).fetch(request, env))
  },
}

/**
 * `response` with its body marked as already encoded when it has a
 * Content-Encoding: workerd otherwise compresses a body to match that header
 * itself (`encodeBody: "automatic"`), and the API's gzipped answers would go
 * out gzipped twice.
 */
function sentAsEncoded(response: Response): Response {
  if (!response.headers.has('Content-Encoding')) return response
  const init: ResponseInit & { encodeBody: 'manual' } = {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    encodeBody: 'manual',
  }
  return new Response(response.body, init)
}

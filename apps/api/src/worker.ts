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
  fetch(request: Request, env: Bindings): Response | Promise<Response> {
    return createWorkerApp(env).fetch(request, env)
  },
}

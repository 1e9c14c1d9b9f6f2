/**
 * Cloudflare Workers entry: wires D1 into the app. Nothing else lives here.
 */
import { createApp } from './app.js'
import { d1Store, type D1Like } from './storage/d1.js'

/** The Worker's bindings (see wrangler.jsonc). */
export interface Bindings {
  DB: D1Like
  MAX_BODY_BYTES?: string
}

export default {
  fetch(request: Request, env: Bindings): Response | Promise<Response> {
    const app = createApp({
      store: d1Store(env.DB),
      limits: env.MAX_BODY_BYTES ? { maxBodyBytes: Number(env.MAX_BODY_BYTES) } : {},
    })
    return app.fetch(request)
  },
}

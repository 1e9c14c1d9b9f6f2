/**
 * Browser-facing safety for an API: secure headers on every answer (a CSP
 * that allows nothing, since the API serves data, not pages) and CORS for an
 * allow-list of origins only. Both are Hono's own middleware, configured here
 * once so that the app and its tests agree on them.
 */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'

/** Headers a browser script may read from a cross-origin answer. */
export const EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'RateLimit',
  'RateLimit-Policy',
  'Retry-After',
  'X-Request-Id',
]

/** How long a browser may cache a CORS preflight, in seconds. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600

/**
 * Secure headers for data answers; a route that serves a page (the docs) sets
 * its own `Content-Security-Policy`, which is kept.
 *
 * @example
 * app.use(apiSecureHeaders())
 */
export function apiSecureHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'cross-origin',
    xFrameOptions: 'DENY',
    overwrite: false,
  })
  return async function apiSecureHeaders(c, next) {
    return headers(c, next)
  }
}

/** Options of `corsAllowList`. */
export interface CorsOptions {
  /** Origins allowed to call the API from a browser, e.g. `https://app.example.com`; `*` for any. */
  origins: readonly string[]
}

/**
 * CORS for the origins listed; with none listed, no CORS headers at all (so
 * browsers keep other sites out).
 *
 * @example
 * app.use(corsAllowList({ origins: ['https://app.example.com'] }))
 */
export function corsAllowList(options: CorsOptions): MiddlewareHandler {
  const handler =
    options.origins.length === 0
      ? undefined
      : cors({
          origin: options.origins.includes('*') ? '*' : [...options.origins],
          allowMethods: ['GET', 'HEAD', 'POST', 'DELETE'],
          allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match', 'X-Request-Id'],
          exposeHeaders: EXPOSED_HEADERS,
          maxAge: PREFLIGHT_MAX_AGE_SECONDS,
        })
  return async function corsAllowList(c, next) {
    if (!handler) return next()
    return handler(c, next)
  }
}

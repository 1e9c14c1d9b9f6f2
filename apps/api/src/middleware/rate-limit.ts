/**
 * Rate limiting per API key, else per client address: a fixed window of
 * `limit` requests every `windowSeconds`, counted in memory (per process on
 * Node, per isolate on Workers). Every counted answer carries the `RateLimit`
 * and `RateLimit-Policy` fields (draft-ietf-httpapi-ratelimit-headers); a
 * request over the limit is answered 429 with `Retry-After`. Requests with
 * no client to count (in-process calls such as the site's) are not limited.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.js'
import { ProblemError } from '../problem.js'
import type { ClientAddress } from './client-address.js'

/** Requests per window when not configured. */
export const DEFAULT_RATE_LIMIT = 600
/** Length of a window when not configured, in seconds. */
export const DEFAULT_RATE_WINDOW_SECONDS = 60
/** Most clients tracked at once; past it, windows that have ended are dropped, then the oldest. */
export const MAX_TRACKED_CLIENTS = 10_000

const POLICY_NAME = 'default'
const MS_PER_SECOND = 1000

/** Options of `rateLimit`. */
export interface RateLimitOptions {
  limit?: number
  windowSeconds?: number
  /** The client's address; the key's id is used instead when the request proved a key. */
  clientAddress?: ClientAddress
  /** The clock in milliseconds; `Date.now` by default. */
  now?: () => number
}

interface Window {
  start: number
  count: number
}

/**
 * Limits each client to `limit` requests per window.
 *
 * @example
 * app.use('/v1/*', rateLimit({ limit: 100, windowSeconds: 60, clientAddress: nodeAddress() }))
 */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const limit = options.limit ?? DEFAULT_RATE_LIMIT
  const windowMs = (options.windowSeconds ?? DEFAULT_RATE_WINDOW_SECONDS) * MS_PER_SECOND
  const now = options.now ?? Date.now
  const windows = new Map<string, Window>()
  const policy = `"${POLICY_NAME}";q=${limit};w=${windowMs / MS_PER_SECOND}`

  const clientOf = (c: Context<AppEnv>): string | undefined => {
    const keyId = c.get('apiKeyId')
    if (keyId) return `key:${keyId}`
    const address = options.clientAddress?.(c)
    return address ? `ip:${address}` : undefined
  }

  const prune = (time: number): void => {
    for (const [client, window] of windows) {
      if (time - window.start >= windowMs) windows.delete(client)
    }
    for (const client of windows.keys()) {
      if (windows.size < MAX_TRACKED_CLIENTS) break
      windows.delete(client)
    }
  }

  return async function rateLimit(c, next) {
    const client = clientOf(c)
    if (!client) return next()
    c.set('client', client)
    const time = now()
    let window = windows.get(client)
    if (!window || time - window.start >= windowMs) {
      if (!window && windows.size >= MAX_TRACKED_CLIENTS) prune(time)
      window = { start: time, count: 0 }
      windows.delete(client)
      windows.set(client, window)
    }
    window.count += 1
    const resetSeconds = Math.max(1, Math.ceil((window.start + windowMs - time) / MS_PER_SECOND))
    const remaining = Math.max(0, limit - window.count)
    const headers = {
      'RateLimit-Policy': policy,
      RateLimit: `"${POLICY_NAME}";r=${remaining};t=${resetSeconds}`,
    }
    if (window.count > limit) {
      throw new ProblemError(
        'too-many-requests',
        `Over the limit of ${limit} requests in ${windowMs / MS_PER_SECOND} seconds; try again in ${resetSeconds} s.`,
        undefined,
        { ...headers, 'Retry-After': String(resetSeconds) },
      )
    }
    await next()
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
  }
}

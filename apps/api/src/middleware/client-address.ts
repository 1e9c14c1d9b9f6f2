/**
 * Who is calling, as far as the runtime can tell: the socket's address on
 * Node (or the first `X-Forwarded-For` hop when a trusted proxy sets it), the
 * `CF-Connecting-IP` header on Cloudflare. Undefined when there is no client
 * to speak of, as when the site calls the app in-process.
 */
import type { Context } from 'hono'

/** Finds the client's address of a request, when there is one. */
export type ClientAddress = (c: Context) => string | undefined

/** Longest address accepted from a header (an IPv6 address with a zone fits). */
const MAX_ADDRESS_CHARS = 64

/** Options of `nodeAddress`. */
export interface NodeAddressOptions {
  /** Believe `X-Forwarded-For` (only behind a proxy that sets it). Off by default. */
  trustProxy?: boolean
}

/**
 * The address on @hono/node-server: the socket's, or the proxy's `X-Forwarded-For`.
 *
 * @example
 * createApp({ store, clientAddress: nodeAddress({ trustProxy: true }) })
 */
export function nodeAddress(options: NodeAddressOptions = {}): ClientAddress {
  return function nodeAddress(c) {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
      if (forwarded) return forwarded.slice(0, MAX_ADDRESS_CHARS)
    }
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
    return env?.incoming?.socket?.remoteAddress
  }
}

/**
 * The address on Cloudflare Workers, which sets `CF-Connecting-IP` on every request.
 *
 * @example
 * createApp({ store, clientAddress: cloudflareAddress() })
 */
export function cloudflareAddress(): ClientAddress {
  return function cloudflareAddress(c) {
    return c.req.header('cf-connecting-ip')?.trim().slice(0, MAX_ADDRESS_CHARS) || undefined
  }
}

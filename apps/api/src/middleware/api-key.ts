/**
 * API keys. When keys are configured, writes and deletes need
 * `Authorization: Bearer <key>` (and reads too when `protectReads` is set).
 * Keys are configured as SHA-256 hashes, never in clear: the server only ever
 * compares the hash of what it is sent. A key that is sent must be valid, even
 * on a public read, so a client learns at once that its key is wrong.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.js'
import { sha256Hex } from '../ids.js'
import { ProblemError } from '../problem.js'

/** Options of `apiKey`. */
export interface ApiKeyOptions {
  /** Lower-case hex SHA-256 of each valid key; none means the API is open. */
  keyHashes: readonly string[]
  /** Ask for a key on reads too. Off by default: reads are public. */
  protectReads?: boolean
}

/** Characters of a key's hash that name it in logs and rate limits. */
export const KEY_ID_CHARS = 12
/** Longest key accepted; longer ones are refused without hashing. */
export const MAX_KEY_CHARS = 256

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const BEARER = /^Bearer +(\S+) *$/iu
const CHALLENGE = 'Bearer realm="copydesk"'

/**
 * Checks the request's API key; sets `apiKeyId` when it has a valid one.
 *
 * @example
 * app.use('/v1/*', apiKey({ keyHashes: ['9f86d08…'] }))
 */
export function apiKey(options: ApiKeyOptions): MiddlewareHandler<AppEnv> {
  const hashes = new Set(options.keyHashes.map((hash) => hash.toLowerCase()))
  return async function apiKey(c, next) {
    if (hashes.size === 0) return next()
    const header = c.req.header('authorization')
    if (header !== undefined) {
      const key = BEARER.exec(header)?.[1]
      const hash = key && key.length <= MAX_KEY_CHARS ? await sha256Hex(key) : undefined
      if (!hash || !hashes.has(hash)) {
        throw new ProblemError('unauthorized', 'The API key is not valid.', undefined, {
          'WWW-Authenticate': `${CHALLENGE}, error="invalid_token"`,
        })
      }
      c.set('apiKeyId', hash.slice(0, KEY_ID_CHARS))
      return next()
    }
    const write = !SAFE_METHODS.has(c.req.method)
    if (write || options.protectReads) {
      throw new ProblemError(
        'unauthorized',
        `${write ? 'Writes need' : 'This API needs'} an API key: send Authorization: Bearer <key>.`,
        undefined,
        { 'WWW-Authenticate': CHALLENGE },
      )
    }
    return next()
  }
}

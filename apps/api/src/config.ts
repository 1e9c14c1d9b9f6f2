/**
 * The API's configuration from environment variables (Node) or Worker
 * bindings (Cloudflare): the same names on both, read and checked here once.
 * A bad value stops the server at start with a message naming the variable,
 * rather than surfacing later as odd behaviour. The README lists them all.
 */
import type { AppOptions } from './app.js'
import { consoleSink, silentSink } from './middleware/access-log.js'

/** The variables, by what they configure. */
export const ENV = {
  maxBodyBytes: 'COPYDESK_MAX_BODY_BYTES',
  apiKeyHashes: 'COPYDESK_API_KEY_HASHES',
  protectReads: 'COPYDESK_PROTECT_READS',
  rateLimit: 'COPYDESK_RATE_LIMIT',
  rateLimitWindow: 'COPYDESK_RATE_LIMIT_WINDOW',
  corsOrigins: 'COPYDESK_CORS_ORIGINS',
  trustProxy: 'COPYDESK_TRUST_PROXY',
  log: 'COPYDESK_LOG',
  parseCacheBytes: 'COPYDESK_PARSE_CACHE_BYTES',
  documentCacheBytes: 'COPYDESK_DOCUMENT_CACHE_BYTES',
} as const

/** Variables as a runtime gives them. */
export type EnvVars = Readonly<Record<string, string | undefined>>

/** A configuration value that cannot be used. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const SHA256_HEX = /^[0-9a-f]{64}$/u
const ORIGIN = /^https?:\/\/[^/\s]+$/u
const TRUE = new Set(['1', 'true', 'yes', 'on'])
const FALSE = new Set(['0', 'false', 'no', 'off'])

/** The options of `createApp` that come from configuration, plus `trustProxy`. */
export type EnvOptions = Omit<AppOptions, 'store' | 'clientAddress'> & { trustProxy: boolean }

/**
 * Reads the API's configuration from `env`.
 *
 * @example
 * const options = optionsFromEnv(process.env)
 * const app = createApp({ store, ...options })
 */
export function optionsFromEnv(env: EnvVars): EnvOptions {
  const maxBodyBytes = integer(env, ENV.maxBodyBytes, 1)
  const rateLimit = integer(env, ENV.rateLimit, 0)
  const windowSeconds = integer(env, ENV.rateLimitWindow, 1)
  const parseCacheBytes = integer(env, ENV.parseCacheBytes, 0)
  const documentCacheBytes = integer(env, ENV.documentCacheBytes, 0)
  const log = text(env, ENV.log)
  if (log !== undefined && log !== 'json' && log !== 'off') {
    throw new ConfigError(`${ENV.log} must be json or off, not "${log}".`)
  }
  return {
    limits: maxBodyBytes === undefined ? {} : { maxBodyBytes },
    apiKeyHashes: list(env, ENV.apiKeyHashes).map((hash) => {
      const lower = hash.toLowerCase()
      if (!SHA256_HEX.test(lower)) {
        throw new ConfigError(
          `${ENV.apiKeyHashes} holds SHA-256 hashes (64 hex digits), comma-separated; "${hash.slice(0, 8)}…" is not one. Make one with npm run key.`,
        )
      }
      return lower
    }),
    protectReads: flag(env, ENV.protectReads) ?? false,
    rateLimit:
      rateLimit === 0 ? false : { limit: rateLimit, windowSeconds: windowSeconds ?? undefined },
    corsOrigins: list(env, ENV.corsOrigins).map((origin) => {
      if (origin !== '*' && !ORIGIN.test(origin)) {
        throw new ConfigError(
          `${ENV.corsOrigins} holds origins such as https://app.example.com (or *), not "${origin}".`,
        )
      }
      return origin
    }),
    log: log === 'off' ? silentSink : consoleSink,
    ...(parseCacheBytes === undefined ? {} : { parseCacheBytes }),
    ...(documentCacheBytes === undefined ? {} : { documentCacheBytes }),
    trustProxy: flag(env, ENV.trustProxy) ?? false,
  }
}

function text(env: EnvVars, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === '' ? undefined : value
}

function list(env: EnvVars, name: string): string[] {
  return (text(env, name) ?? '').split(/[\s,]+/u).filter((item) => item !== '')
}

/** A whole number of at least `min`, or undefined when unset. */
export function integer(env: EnvVars, name: string, min: number): number | undefined {
  const value = text(env, name)
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, not "${value}".`)
  }
  return number
}

/** A yes/no value, or undefined when unset. */
export function flag(env: EnvVars, name: string): boolean | undefined {
  const value = text(env, name)?.toLowerCase()
  if (value === undefined) return undefined
  if (TRUE.has(value)) return true
  if (FALSE.has(value)) return false
  throw new ConfigError(`${name} must be true or false, not "${value}".`)
}

import { describe, expect, it } from 'vitest'
import { ConfigError, optionsFromEnv } from './config.js'
import { consoleSink, silentSink } from './middleware/access-log.js'

const HASH = 'a'.repeat(64)

describe('optionsFromEnv', () => {
  it('gives the defaults for an empty environment', () => {
    expect(optionsFromEnv({})).toEqual({
      limits: {},
      apiKeyHashes: [],
      protectReads: false,
      rateLimit: { limit: undefined, windowSeconds: undefined },
      corsOrigins: [],
      log: consoleSink,
      trustProxy: false,
    })
  })

  it('reads every variable', () => {
    const options = optionsFromEnv({
      COPYDESK_MAX_BODY_BYTES: '1024',
      COPYDESK_API_KEY_HASHES: `${HASH}, ${'B'.repeat(64)}`,
      COPYDESK_PROTECT_READS: 'yes',
      COPYDESK_RATE_LIMIT: '10',
      COPYDESK_RATE_LIMIT_WINDOW: '5',
      COPYDESK_CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      COPYDESK_TRUST_PROXY: 'true',
      COPYDESK_LOG: 'off',
      COPYDESK_PARSE_CACHE_BYTES: '0',
      COPYDESK_DOCUMENT_CACHE_BYTES: '1048576',
    })
    expect(options).toEqual({
      limits: { maxBodyBytes: 1024 },
      apiKeyHashes: [HASH, 'b'.repeat(64)],
      protectReads: true,
      rateLimit: { limit: 10, windowSeconds: 5 },
      corsOrigins: ['https://a.example', 'http://localhost:5173'],
      log: silentSink,
      parseCacheBytes: 0,
      documentCacheBytes: 1048576,
      trustProxy: true,
    })
  })

  it('turns rate limiting off with 0', () => {
    expect(optionsFromEnv({ COPYDESK_RATE_LIMIT: '0' }).rateLimit).toBe(false)
  })

  it.each([
    ['COPYDESK_MAX_BODY_BYTES', '0'],
    ['COPYDESK_MAX_BODY_BYTES', '2MB'],
    ['COPYDESK_API_KEY_HASHES', 'my-secret-key'],
    ['COPYDESK_PROTECT_READS', 'maybe'],
    ['COPYDESK_RATE_LIMIT', '-1'],
    ['COPYDESK_RATE_LIMIT_WINDOW', '0'],
    ['COPYDESK_CORS_ORIGINS', 'app.example.com'],
    ['COPYDESK_LOG', 'verbose'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => optionsFromEnv({ [name]: value })).toThrow(ConfigError)
    expect(() => optionsFromEnv({ [name]: value })).toThrow(name)
  })

  it('never echoes a key given in clear where a hash belongs', () => {
    expect(() => optionsFromEnv({ COPYDESK_API_KEY_HASHES: 'cdk_supersecretvalue' })).toThrow(
      /"cdk_supe…"/u,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { MIN_GZIP_BYTES, acceptsGzip, gzip, shouldGzip, weakETag } from './compression.js'

describe('acceptsGzip', () => {
  it('accepts gzip named, or covered by *, with a q above 0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true)
    expect(acceptsGzip('x-gzip')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('br, *;q=0.1')).toBe(true)
  })

  it('refuses when gzip is absent, refused by q=0, or the header is missing', () => {
    expect(acceptsGzip(undefined)).toBe(false)
    expect(acceptsGzip('')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip('br, deflate')).toBe(false)
    expect(acceptsGzip('gzip;q=0, br')).toBe(false)
    expect(acceptsGzip('*, gzip;q=0')).toBe(false)
    expect(acceptsGzip('*;q=0')).toBe(false)
  })

  it('ignores malformed q-values rather than trusting them', () => {
    expect(acceptsGzip('gzip;q=2')).toBe(false)
    expect(acceptsGzip('gzip;q=abc, br')).toBe(false)
  })
})

describe('shouldGzip', () => {
  it('leaves small bodies alone', () => {
    expect(shouldGzip(MIN_GZIP_BYTES - 1, 'gzip')).toBe(false)
    expect(shouldGzip(MIN_GZIP_BYTES, 'gzip')).toBe(true)
    expect(shouldGzip(MIN_GZIP_BYTES, 'br')).toBe(false)
  })
})

describe('gzip', () => {
  it('gives bytes that DecompressionStream turns back into the same text', async () => {
    const text = JSON.stringify({ words: 'Stoltenberg said. '.repeat(500) })
    const zipped = await gzip(new TextEncoder().encode(text))
    expect(zipped.byteLength).toBeLessThan(text.length / 10)
    const back = new Blob([zipped]).stream().pipeThrough(new DecompressionStream('gzip'))
    expect(await new Response(back).text()).toBe(text)
  })
})

describe('weakETag', () => {
  it('makes a strong tag weak, once', () => {
    expect(weakETag('"abc-json"')).toBe('W/"abc-json"')
    expect(weakETag('W/"abc-json"')).toBe('W/"abc-json"')
  })
})

import { describe, expect, it } from 'vitest'
import { createParseCache, PARSE_CACHE_MAX_TEXT_CHARS } from './parse-cache.js'

const article = (n: number) => `Headline ${n}\n\nA paragraph about ${n}.\n`

describe('createParseCache', () => {
  it('parses the same text with the same reference date once', () => {
    const cache = createParseCache()
    const first = cache.parse(article(1), undefined)
    const again = cache.parse(article(1), undefined)
    expect(again.json).toBe(first.json)
    expect(again.document).toEqual(first.document)
    expect(cache.parse(article(1), '2023-04-20').json).not.toBe(first.json)
    expect(cache.size).toBe(2)
  })

  it('does not keep very long texts, or anything when its budget is 0', () => {
    const cache = createParseCache()
    cache.parse(`Long\n\n${'word '.repeat(PARSE_CACHE_MAX_TEXT_CHARS / 5)}`, undefined)
    expect(cache.size).toBe(0)
    const off = createParseCache(0)
    off.parse(article(1), undefined)
    expect(off.size).toBe(0)
  })

  it('gives the document itself after a miss and decodes it after a hit', () => {
    const cache = createParseCache()
    const miss = cache.parse(article(2), undefined)
    const hit = cache.parse(article(2), undefined)
    expect(hit.document).toEqual(miss.document)
    expect(hit.document.meta.title).toBe('Headline 2')
  })

  it('gzips a cached document once, and gives those bytes to the next request', async () => {
    const cache = createParseCache()
    const first = await cache.parse(article(1), undefined).gzipped()
    const second = await cache.parse(article(1), undefined).gzipped()
    expect(second).toBe(first)
    const dated = await cache.parse(article(1), '2023-04-20').gzipped()
    expect(dated).not.toBe(first)
    const unzipped = new Blob([second]).stream().pipeThrough(new DecompressionStream('gzip'))
    expect(await new Response(unzipped).text()).toBe(
      new TextDecoder().decode(cache.parse(article(1), undefined).json),
    )
    expect(cache.size).toBe(4)
  })
})

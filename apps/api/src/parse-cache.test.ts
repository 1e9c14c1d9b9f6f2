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
})

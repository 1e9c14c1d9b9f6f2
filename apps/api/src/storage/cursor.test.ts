import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor, MAX_CURSOR_CHARS } from './cursor.js'
import { ftsQuery, MAX_SEARCH_TERMS } from './fts.js'

describe('cursors', () => {
  it('round-trip a sort key through URL-safe text', () => {
    const key = ['2026-11-28T10:00:00.000Z', '1m8g1kmx1jq2p2vcw9m', 3] as const
    const cursor = encodeCursor(key)
    expect(cursor).toMatch(/^[\w-]+$/u)
    expect(decodeCursor(cursor, ['string', 'string', 'number'])).toEqual([...key])
  })

  it('refuse a cursor of another shape, or none of ours', () => {
    const cursor = encodeCursor(['2026-11-28', 'x'])
    expect(decodeCursor(cursor, ['string', 'string', 'number'])).toBeNull()
    expect(decodeCursor(encodeCursor(['a', 1]), ['string', 'string'])).toBeNull()
    for (const bad of [
      '',
      'not-a-cursor',
      '%%%',
      btoa('{"a":1}'),
      'x'.repeat(MAX_CURSOR_CHARS + 1),
    ]) {
      expect(decodeCursor(bad, ['string', 'string'])).toBeNull()
    }
  })
})

describe('ftsQuery', () => {
  it('quotes every word and ANDs them', () => {
    expect(ftsQuery('Stoltenberg, Kyiv!')).toBe('"Stoltenberg" "Kyiv"')
  })

  it('turns search syntax into plain words', () => {
    expect(ftsQuery('NATO OR "Kremlin* NEAR(x)')).toBe('"NATO" "OR" "Kremlin" "NEAR" "x"')
    expect(ftsQuery('-"*()')).toBeNull()
  })

  it('keeps words of any script and at most MAX_SEARCH_TERMS of them', () => {
    expect(ftsQuery('Зеленський Münster')).toBe('"Зеленський" "Münster"')
    expect(ftsQuery('w '.repeat(MAX_SEARCH_TERMS + 5))?.split(' ')).toHaveLength(MAX_SEARCH_TERMS)
  })
})

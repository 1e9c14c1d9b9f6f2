import { describe, expect, it } from 'vitest'
import { createByteCache } from './byte-cache.js'

const bytes = (n: number) => new Uint8Array(n)

describe('createByteCache', () => {
  it('keeps within its budget, dropping the least recently used first', () => {
    const cache = createByteCache(2 * (100 + 2))
    cache.set('a', bytes(100))
    cache.set('b', bytes(100))
    cache.get('a')
    cache.set('c', bytes(100))
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toHaveLength(100)
    expect(cache.get('c')).toHaveLength(100)
    expect(cache.bytes).toBe(204)
  })

  it('refuses an entry bigger than the whole budget', () => {
    const cache = createByteCache(50)
    cache.set('big', bytes(100))
    expect(cache.size).toBe(0)
  })

  it('drops every key under a prefix, and replaces a key in place', () => {
    const cache = createByteCache(1000)
    cache.set('doc1:json', bytes(10))
    cache.set('doc1:html', bytes(10))
    cache.set('doc2:json', bytes(10))
    cache.set('doc2:json', bytes(20))
    cache.deletePrefix('doc1:')
    expect(cache.size).toBe(1)
    expect(cache.bytes).toBe('doc2:json'.length * 2 + 20)
  })
})

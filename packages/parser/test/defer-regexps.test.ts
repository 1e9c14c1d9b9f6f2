/**
 * The bundle's regular-expression literals become constructor calls
 * (scripts/defer-regexps.ts): the code must do what it did.
 */
import { describe, expect, it } from 'vitest'
import { deferRegExps } from '../scripts/defer-regexps.js'

/** Runs `code`, a module that ends with its exports, and gives them. */
function run(code: string): unknown {
  return new Function(code.replace('export {', 'return {'))() as unknown
}

const SOURCE = `
const CAPITAL = /^\\p{Lu}/u
function startsCapital(word) { return CAPITAL.test(word) }
function isQuote(word) { return/^["“]/u.test(word) }
function sameQuote(word) { return /^["“]/u.test(word) }
const GLOBAL_AT_TOP = /a/gu
function countAs(text) {
  const each = /a/gu
  let count = 0
  while (each.exec(text) !== null) count++
  return count
}
class Reader { pattern = /x/iu; static shared = /y/u }
export { startsCapital, isQuote, sameQuote, GLOBAL_AT_TOP, countAs, Reader }
`

describe('deferRegExps', () => {
  const deferred = deferRegExps(SOURCE)

  it('builds every literal without g or y once, at the top', () => {
    // /^\p{Lu}/u, /^["“]/u twice, /x/iu and /y/u: four objects for five literals.
    expect(deferred.shared).toBe(5)
    expect(deferred.objects).toBe(4)
    expect(deferred.code.startsWith('\nconst __copydeskRegExp0 = new RegExp(')).toBe(true)
    expect(deferred.code).not.toMatch(/\/\^\\p\{Lu\}\/u|\/\^\["“\]\/u|\/x\/iu|\/y\/u/u)
  })

  it('builds a top-level literal with g in place, and keeps one in a function', () => {
    expect(deferred.inPlace).toBe(1)
    expect(deferred.kept).toBe(1)
    expect(deferred.code).toContain('const GLOBAL_AT_TOP =  new RegExp("a", "gu") ')
    expect(deferred.code).toContain('const each = /a/gu')
  })

  it('gives code that behaves as the literals did', () => {
    const before = run(SOURCE) as Record<string, (text: string) => unknown>
    const after = run(deferred.code) as Record<string, (text: string) => unknown>
    for (const name of ['startsCapital', 'isQuote', 'sameQuote', 'countAs'] as const) {
      for (const text of ['Éclair', 'éclair', '“Yes', '"No', 'banana', '']) {
        expect(after[name]?.(text)).toBe(before[name]?.(text))
      }
    }
    // A global literal in a function is still a new object at each call.
    expect(after['countAs']?.('banana')).toBe(3)
    expect(after['countAs']?.('banana')).toBe(3)
    const Reader = after['Reader'] as unknown as { new (): { pattern: RegExp }; shared: RegExp }
    expect(new Reader().pattern.test('X')).toBe(true)
    expect(Reader.shared.flags).toBe('u')
  })

  it('maps the new code back to the old', () => {
    expect(deferred.map.mappings.length).toBeGreaterThan(0)
  })

  it('refuses a chunk that already uses its names', () => {
    expect(() => deferRegExps('const __copydeskRegExp0 = 1')).toThrow(/already uses/u)
  })
})

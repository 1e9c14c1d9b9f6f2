/**
 * The bundle's regular-expression literals are built at their first use
 * (scripts/defer-regexps.ts): the code must do what it did, and an import
 * must build none of them but those it runs.
 */
import { describe, expect, it } from 'vitest'
import { deferRegExps } from '../scripts/defer-regexps.js'

/** What the rewritten code calls: `new RegExp(pattern, flags)`. */
type RegExpConstructor = new (pattern: string, flags?: string) => RegExp

/** A RegExp that counts how many are built. */
function countingRegExp(): { Counted: RegExpConstructor; built: () => number } {
  let count = 0
  class Counted extends RegExp {
    constructor(pattern: string, flags?: string) {
      super(pattern, flags)
      count++
    }
  }
  return { Counted, built: () => count }
}

/** Runs `code`, a module that ends with its exports, with `RegExp` as given, and gives them. */
function run(code: string, regExp: RegExpConstructor = RegExp): Record<string, unknown> {
  return new Function('RegExp', code.replace('export {', 'return {'))(regExp) as Record<
    string,
    unknown
  >
}

const SOURCE = `
const CAPITAL = /^\\p{Lu}/u
function startsCapital(word) { return CAPITAL.test(word) }
function shadows(CAPITAL) { return CAPITAL }
const table = { CAPITAL }
function capitalInTable(word) { return table.CAPITAL.test(word) }
function isQuote(word) { return/^["“]/u.test(word) }
function sameQuote(word) { return /^["“]/u.test(word) }
const EXPORTED = /^e/u
const GLOBAL_AT_TOP = /a/gu
function countAs(text) {
  const each = /a/gu
  let count = 0
  while (each.exec(text) !== null) count++
  return count
}
class Reader { pattern = /x/iu; static shared = /y/u }
const WORD = String.raw\`\\p{L}+\`
const BUILT = new RegExp(\`^\${WORD}$\`, 'u')
function isWord(word) { return BUILT.test(word) }
const STICKY = /b/y
function stickyAt(text, at) { STICKY.lastIndex = at; return STICKY.test(text) }
let changing = 'a'
const FROM_CHANGING = new RegExp(changing)
changing = 'b'
const COUNTED = new RegExp(String(changing.length++))
function fromChanging(text) { return FROM_CHANGING.test(text) }
export { startsCapital, shadows, capitalInTable, isQuote, sameQuote, EXPORTED, GLOBAL_AT_TOP, countAs, Reader, isWord, stickyAt, fromChanging }
`

describe('deferRegExps', () => {
  const deferred = deferRegExps(SOURCE)

  it('makes a top-level constant a variable that its first use builds', () => {
    // CAPITAL, BUILT and STICKY.
    expect(deferred.constants).toBe(3)
    expect(deferred.code).toContain('var CAPITAL;')
    expect(deferred.code).toContain('return  (CAPITAL ??= new RegExp("^\\\\p{Lu}", "u")) .test')
    // A parameter of the same name is another variable; a shorthand property keeps its key.
    expect(deferred.code).toContain('function shadows(CAPITAL) { return CAPITAL }')
    expect(deferred.code).toContain('{ CAPITAL: (CAPITAL ??= ')
    // An exported constant stays one: its module's users read it.
    expect(deferred.code).toContain('const EXPORTED =  (__copydeskRegExp')
  })

  it('builds a constant made by the constructor at its first use, from the arguments where they were', () => {
    expect(deferred.code).toContain(
      "var BUILT; function __copydeskRegExpMake0() { return BUILT = new RegExp(`^${WORD}$`, 'u') }",
    )
    expect(deferred.code).toContain('return  (BUILT ?? __copydeskRegExpMake0()) .test')
    // Arguments that read a variable that changes, or change one, run where they were.
    expect(deferred.code).toContain('const FROM_CHANGING = new RegExp(changing)')
    expect(deferred.code).toContain('const COUNTED = new RegExp(String(changing.length++))')
  })

  it('writes a long pattern read in several places once, in a function that builds it', () => {
    const long = 'a'.repeat(300)
    const code = `const LONG = /${long}/u\nfunction one(w) { return LONG.test(w) }\nfunction two(w) { return LONG.exec(w) }\nexport { one, two }`
    const rewritten = deferRegExps(code).code
    expect(rewritten.split(long)).toHaveLength(2)
    expect(rewritten).toContain('return  (LONG ?? __copydeskRegExpMake0()) .test(w)')
    expect(rewritten).toContain('return  (LONG ?? __copydeskRegExpMake0()) .exec(w)')
    const { one, two } = run(rewritten) as {
      one: (w: string) => boolean
      two: (w: string) => unknown
    }
    expect(one(long)).toBe(true)
    expect(two('b')).toBeNull()
  })

  it('gives every other literal without g or y one name for its pattern', () => {
    // /^["“]/u twice, /^e/u, /x/iu and /y/u: four names for five literals.
    expect(deferred.shared).toBe(5)
    expect(deferred.objects).toBe(4)
    expect(deferred.code.startsWith('\nvar __copydeskRegExp0, __copydeskRegExp1')).toBe(true)
    expect(deferred.code).not.toMatch(/\/\^\\p\{Lu\}\/u|\/\^\["“\]\/u|\/x\/iu|\/y\/u/u)
  })

  it('builds a top-level literal with g in place, and keeps one in a function', () => {
    expect(deferred.inPlace).toBe(1)
    expect(deferred.kept).toBe(1)
    expect(deferred.code).toContain('const GLOBAL_AT_TOP =  new RegExp("a", "gu") ')
    expect(deferred.code).toContain('const each = /a/gu')
  })

  it('builds at import only what the import runs, and each pattern once', () => {
    const { Counted, built } = countingRegExp()
    const after = run(deferred.code, Counted) as Record<string, (text: string) => unknown>
    // The table's property, the exported constant, the global one, the static field,
    // and the two constants whose arguments must run where they were.
    expect(built()).toBe(6)
    after['startsCapital']?.('Yes')
    after['startsCapital']?.('no')
    expect(built()).toBe(6)
    after['isWord']?.('Yes')
    after['isWord']?.('No!')
    expect(built()).toBe(7)
    after['isQuote']?.('"Yes')
    after['sameQuote']?.('"Yes')
    after['isQuote']?.('No')
    expect(built()).toBe(8)
  })

  it('gives code that behaves as the literals did', () => {
    const before = run(SOURCE) as Record<string, (text: string) => unknown>
    const after = run(deferred.code) as Record<string, (text: string) => unknown>
    const names = ['startsCapital', 'capitalInTable', 'isQuote', 'sameQuote', 'countAs', 'isWord']
    for (const name of [...names, 'fromChanging']) {
      for (const text of ['Éclair', 'éclair', '“Yes', '"No', 'banana', '']) {
        expect(after[name]?.(text)).toBe(before[name]?.(text))
      }
    }
    expect(after['shadows']?.('kept')).toBe('kept')
    const stickyAt = after['stickyAt'] as unknown as (text: string, at: number) => boolean
    expect(stickyAt('abb', 1)).toBe(true)
    expect(stickyAt('abb', 0)).toBe(false)
    expect((after['EXPORTED'] as unknown as RegExp).test('e')).toBe(true)
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

  it('keeps a use that opens a statement from joining the statement before', () => {
    const code = [
      'const RE = /a/u',
      'const seen = []',
      'function g() { return 1 }',
      'function h() { g()',
      "  RE.test('a') && seen.push('a')",
      "  if (seen) /b/u.test('b') && seen.push('b')",
      '  return seen }',
      'export { h }',
    ].join('\n')
    const rewritten = deferRegExps(code).code
    const h = run(rewritten)['h'] as () => string[]
    expect(h()).toEqual(['a', 'b'])
    // The body of an `if` keeps no semicolon, which would empty it.
    expect(rewritten).toContain('if (seen)  (__copydeskRegExp0')
  })

  it('refuses a chunk that names a variable RegExp, which the rewritten code would call', () => {
    expect(() => deferRegExps('function f(RegExp) { return /a/u.test(RegExp) }')).toThrow(
      /variable named RegExp/u,
    )
  })

  it('refuses a chunk that already uses its names', () => {
    expect(() => deferRegExps('const __copydeskRegExp0 = 1')).toThrow(/already uses/u)
  })
})

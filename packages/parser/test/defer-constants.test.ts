/**
 * The bundle's top-level tables are built by the package's first call
 * (scripts/defer-constants.ts): the code must do what it did, an import must
 * build none of the tables that nothing at import reads, and a table whose
 * value could differ when built later must stay where it was.
 */
import { describe, expect, it } from 'vitest'
import { deferConstants } from '../scripts/defer-constants.js'

/** A Set that counts how many are built, by their first element. */
function countingSet(): { Counted: SetConstructor; built: () => string[] } {
  const built: string[] = []
  class Counted<T> extends Set<T> {
    constructor(values?: Iterable<T> | null) {
      const list = [...(values ?? [])]
      super(list)
      built.push(String(list[0]))
    }
  }
  return { Counted: Counted as SetConstructor, built: () => built }
}

/** Runs `code`, a module that ends with its export list, with `Set` as given, and gives the exports. */
function run(code: string, set: SetConstructor): Record<string, (...args: unknown[]) => unknown> {
  return new Function('Set', code.replace('export {', 'return {'))(set) as Record<
    string,
    (...args: unknown[]) => unknown
  >
}

const SOURCE = `
const WORDS = new Set(['words'])
const UPPER = new Set([...WORDS].map((word) => word.toUpperCase()))
function isWord(word) { return WORDS.has(word) && UPPER.has(word.toUpperCase()) }
const SEEN = new Set(['seen'])
let seenCount = 0
for (const word of SEEN) seenCount += word.length
function seen() { return seenCount + SEEN.size }
const BASE = ['base']
const COPY = new Set(BASE)
BASE.push('pushed')
function copied() { return [...COPY] }
let calls = 0
function counted() { calls++; return calls }
const COUNTED = new Set([counted()])
function countedAtImport() { return [...COUNTED] }
function fill(list) { list.push('filled'); return list }
const FILLED = new Set(fill([]))
function filled() { return [...FILLED] }
const EXPORTED = new Set(['exported'])
const PATTERN = /^p/u
function startsP(word) { return PATTERN.test(word) }
const DEFAULTS = new Set(['defaults'])
function withDefaults(given = DEFAULTS) { return [...given] }
const MADE = new Set([String(Date.now() > 0)])
function made() { return [...MADE] }
const STATIC_TABLE = new Set(['static'])
class Holder { static table = STATIC_TABLE }
function held() { return [...Holder.table] }
const METHOD_TABLE = new Set(['method'])
class Reader { has(word) { return METHOD_TABLE.has(word) } }
function reads(word) { return new Reader().has(word) }
const BUILT_TABLE = new Set(['built'])
class Built { has(word) { return BUILT_TABLE.has(word) } }
let builtAtImport = null
builtAtImport = new Built()
function built(word) { return builtAtImport.has(word) }
export { isWord, seen, copied, countedAtImport, filled, EXPORTED, startsP, withDefaults, made, held, reads, built }
`

/** Every export's answers, called in one order. */
function answers(exports: Record<string, (...args: unknown[]) => unknown>): unknown[] {
  return [
    exports['isWord']?.('words'),
    exports['isWord']?.('other'),
    exports['seen']?.(),
    exports['copied']?.(),
    exports['countedAtImport']?.(),
    exports['filled']?.(),
    exports['startsP']?.('pea'),
    exports['withDefaults']?.(),
    exports['made']?.(),
    exports['held']?.(),
    exports['reads']?.('method'),
    exports['built']?.('built'),
  ]
}

describe('deferConstants', () => {
  const deferred = deferConstants(SOURCE)

  it('gives the same answers as the code it rewrites', () => {
    expect(answers(run(deferred.code, countingSet().Counted))).toEqual(
      answers(run(SOURCE, countingSet().Counted)),
    )
    expect(answers(run(SOURCE, Set))).toEqual([
      true,
      false,
      5,
      ['base'],
      [1],
      ['filled'],
      true,
      ['defaults'],
      ['true'],
      ['static'],
      true,
      true,
    ])
  })

  it('builds at import only the tables that something run at import reads', () => {
    const { Counted, built } = countingSet()
    run(SOURCE, Counted)
    // Every table, as the code was.
    expect(built()).toHaveLength(12)
    const later = countingSet()
    const exports = run(deferred.code, later.Counted)
    expect(later.built()).toEqual([
      // Read by a loop at the top level.
      'seen',
      // Built from a list that the top level changes after it.
      'base',
      // Built by a function that changes a variable.
      '1',
      'exported',
      // Read by an exported function's default, which runs before its first statement.
      'defaults',
      // Built from the clock.
      'true',
      // Read by a class's static part, or by a class that a top-level statement builds.
      'static',
      'built',
    ])
    expect(deferred.deferred).toBe(4)
    // The first call builds the others, in their order in the source, once.
    exports['seen']?.()
    expect(later.built().slice(8)).toEqual(['words', 'WORDS', 'filled', 'method'])
    exports['isWord']?.('words')
    expect(later.built()).toHaveLength(12)
  })

  it('leaves a regular expression to defer-regexps', () => {
    expect(deferred.code).toContain('const PATTERN = /^p/u')
  })
})

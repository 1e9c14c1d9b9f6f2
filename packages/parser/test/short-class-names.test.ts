/**
 * The minified bundle's own classes take short names
 * (scripts/short-class-names.ts): the code must do what it did.
 */
import { describe, expect, it } from 'vitest'
import { shortClassNames } from '../scripts/short-class-names.js'
import { runModule } from './run-module.js'

const SOURCE = [
  'var LongWordSet = class { has(e) { return e === 1 } }',
  'var ChronoParser = class { kind() { return `chrono` } }',
  'var Exported = class {}',
  'class Declared {}',
  'function make() { const $0 = 2; return { LongWordSet, set: new LongWordSet(), $0 } }',
  'const made = new LongWordSet().has(1)',
  'export { make, made, ChronoParser, Exported, Declared }',
].join('\n')

describe('shortClassNames', () => {
  const shortened = shortClassNames(SOURCE, new Set(['ChronoParser']))

  it('renames the top-level classes made as `var Name = class`, but those kept and exported', () => {
    expect([...shortened.renamed.values()]).toEqual(['LongWordSet'])
    expect(shortened.code).not.toMatch(/\bLongWordSet\b(?!:)/u)
    expect(shortened.code).toContain('var ChronoParser = class')
    expect(shortened.code).toContain('var Exported = class')
    expect(shortened.code).toContain('class Declared')
  })

  it('takes a name no scope uses, and keeps the key of a shorthand property', () => {
    const [short] = shortened.renamed.keys()
    expect(short).not.toBe('$0')
    expect(shortened.code).toContain(
      `{ LongWordSet:${short as string}, set: new ${short as string}()`,
    )
  })

  it('leaves code that does what it did', () => {
    const before = runModule(SOURCE)
    const after = runModule(shortened.code)
    expect(after['made']).toBe(true)
    const made = (after['make'] as () => Record<string, unknown>)()
    expect(made['$0']).toBe(2)
    expect(typeof made['LongWordSet']).toBe('function')
    expect(Object.keys(made)).toEqual(Object.keys((before['make'] as () => object)()))
    expect(shortened.map.mappings.length).toBeGreaterThan(0)
  })
})

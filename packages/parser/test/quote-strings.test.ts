/**
 * The minified bundle's plain templates become string literals
 * (scripts/quote-strings.ts): the code must do what it did.
 */
import { describe, expect, it } from 'vitest'
import { runModule } from './run-module.js'
import { quoteStrings } from '../scripts/quote-strings.js'

const SOURCE = [
  'const words = [`said`, `it\'s`, `"quoted"`, `back\\`tick`, `line\\nbreak`, `\u2019`, `$\\{not}`]',
  'const raw = String.raw`\\p{Lu}\\u2019`',
  'const name = `x`',
  'const filled = `${name}-${words.length}`',
  'function f(e) { switch (e) { case`a`: return`b`; default: return typeof`c` } }',
  'export { words, raw, filled, f }',
].join('\n')

describe('quoteStrings', () => {
  const quoted = quoteStrings(SOURCE)

  it('writes each plain template as a string literal, in ASCII', () => {
    // Seven words, `x`, and the switch's three.
    expect(quoted.templates).toBe(11)
    expect(quoted.code).toContain(
      '"said", "it\'s", "\\"quoted\\"", "back`tick", "line\\nbreak", "\\u2019"',
    )
    expect(quoted.code).toContain('case"a": return"b"; default: return typeof"c"')
    expect(quoted.code).toMatch(/^[\0-\x7f]*$/u)
  })

  it('writes a character beyond U+FFFF as its two halves, in ASCII', () => {
    const emoji = quoteStrings('const smile = `\\u{1F600}`')
    expect(emoji.code).toBe('const smile = "\\ud83d\\ude00"')
    expect(runModule(`${emoji.code}\nexport { smile }`)['smile']).toBe('\u{1F600}')
  })

  it('leaves a template that stands as a statement, which as a string could be a directive', () => {
    const code = 'function f(a = 1) { `use strict`; return a }\nexport { f }'
    expect(quoteStrings(code).code).toBe(code)
  })

  it('leaves a tagged template and one with substitutions as they were', () => {
    expect(quoted.code).toContain('String.raw`\\p{Lu}\\u2019`')
    expect(quoted.code).toContain('`${name}-${words.length}`')
  })

  it('gives code that behaves as the templates did', () => {
    const before = runModule(SOURCE)
    const after = runModule(quoted.code)
    expect(after['words']).toEqual(before['words'])
    expect(after['raw']).toBe(before['raw'])
    expect(after['filled']).toBe(before['filled'])
    const [f, g] = [after['f'], before['f']] as ((e: string) => string)[]
    for (const e of ['a', 'z']) expect(f?.(e)).toBe(g?.(e))
  })

  it('maps the new code back to the old', () => {
    expect(quoted.map.mappings.length).toBeGreaterThan(0)
  })
})

/**
 * The minified bundle loses the pure annotations inside functions
 * (scripts/inner-annotations.ts), and keeps those of its top level, which a
 * user's bundler reads.
 */
import { describe, expect, it } from 'vitest'
import { runModule } from './run-module.js'
import { dropInnerAnnotations, PURE_ANNOTATION } from '../scripts/inner-annotations.js'

const SOURCE = [
  `const table = ${PURE_ANNOTATION}new Map([[1, 2]])`,
  `function f(e) { const s = ${PURE_ANNOTATION}new Set([e]); return () => ${PURE_ANNOTATION}String(s.size) }`,
  `const g = (e) => ${PURE_ANNOTATION}Number(e)`,
  `class C { #seen = ${PURE_ANNOTATION}new Set(); static table = ${PURE_ANNOTATION}new Map(); m() { return ${PURE_ANNOTATION}Object.keys(this) } }`,
  `const made = ${PURE_ANNOTATION}(function () { return 3 })()`,
  'export { table, f, g, C, made }',
].join('\n')

describe('dropInnerAnnotations', () => {
  const dropped = dropInnerAnnotations(SOURCE)

  it('drops the annotations inside functions, methods and fields, and keeps those of the top level and of static fields', () => {
    expect(dropped.dropped).toBe(5)
    expect(dropped.code.split(PURE_ANNOTATION).length - 1).toBe(3)
    expect(dropped.code).toContain('#seen = new Set()')
    expect(dropped.code).toContain(`static table = ${PURE_ANNOTATION}new Map()`)
    expect(dropped.code).toContain(`const table = ${PURE_ANNOTATION}new Map`)
    expect(dropped.code).toContain(`const made = ${PURE_ANNOTATION}(function`)
    expect(dropped.code).toContain('const g = (e) => Number(e)')
  })

  it('leaves code that does what it did', () => {
    const before = runModule(SOURCE)
    const after = runModule(dropped.code)
    const f = after['f'] as (e: number) => () => string
    expect(f(7)()).toBe((before['f'] as typeof f)(7)())
    expect((after['g'] as (e: string) => number)('5')).toBe(5)
    expect(new (after['C'] as new () => { m(): string[] })().m()).toEqual([])
    expect(after['made']).toBe(3)
    expect(after['table']).toEqual(before['table'])
  })

  it('maps the code it leaves to the code given', () => {
    expect(dropped.map.mappings.length).toBeGreaterThan(0)
  })
})

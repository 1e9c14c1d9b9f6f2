/**
 * The fast offset table agrees with the step-by-step cursor on every literal
 * of real articles and of arbitrary text.
 */
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type Node } from '../src/index.js'
import { fillOffsets, ValueCursor } from '../src/offsets.js'

function* literals(node: Node): Generator<Node & { value: string }> {
  if ('value' in node && typeof node.value === 'string' && node.position)
    yield node as Node & { value: string }
  if ('children' in node && Array.isArray(node.children))
    for (const child of node.children as Node[]) yield* literals(child)
}

function agree(text: string): void {
  const doc = parse(text)
  const repair = doc.diagnostics.some((d) => d.ruleId === 'mojibake')
  for (const block of doc.children) {
    for (const literal of literals(block)) {
      const start = literal.position?.start.offset ?? 0
      const table = new Int32Array(literal.value.length)
      fillOffsets(text, start, literal.value, repair, table, 0)
      const cursor = new ValueCursor(text, start, literal.value, repair)
      const expected = Array.from({ length: literal.value.length }, (_, i) => cursor.offsetOf(i))
      expect(Array.from(table)).toEqual(expected)
    }
  }
}

describe('fillOffsets', () => {
  it('agrees with the cursor on the corpus articles', () => {
    const dir = new URL('../../../../shared/corpus/web-dev-wrapped/', import.meta.url)
    const names = readdirSync(dir).filter((name) => name.endsWith('.txt'))
    expect(names.length).toBeGreaterThan(10)
    for (const name of names) agree(readFileSync(new URL(name, dir), 'utf8'))
    agree(readFileSync(new URL('./fixtures/pdf-copy.txt', import.meta.url), 'utf8'))
  })

  it('agrees with the cursor on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), agree), { numRuns: 200 })
    const shaped = fc
      .array(
        fc.constantFrom('word', ' ', '\n', '-\n', 'long-', '\u200b', 'â€™', 'Ã©', '  ', '\t'),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''))
    fc.assert(fc.property(shaped, agree), { numRuns: 300 })
  })
})

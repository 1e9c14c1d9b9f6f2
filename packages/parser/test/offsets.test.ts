/**
 * The fast offset table agrees with the step-by-step cursor on every literal
 * of real articles and of arbitrary text.
 */
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type Node } from '../src/index.js'
import { fillOffsetRuns, fillOffsets, OffsetRuns, ValueCursor } from '../src/offsets.js'
import { collectSegments } from '../src/annotate/segments.js'
import { readStructure } from '../src/structure.js'

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

describe('fillOffsetRuns', () => {
  /** The runs of every block's literals answer as the table of `fillOffsets` does. */
  function agreeRuns(text: string): void {
    const doc = parse(text)
    const repair = doc.diagnostics.some((d) => d.ruleId === 'mojibake')
    for (const block of doc.children) {
      const all = [...literals(block)]
      const total = all.reduce((sum, literal) => sum + literal.value.length, 0)
      const table = new Int32Array(total + 1)
      const runs = new OffsetRuns()
      let at = 0
      for (const literal of all) {
        const start = literal.position?.start.offset ?? 0
        fillOffsets(text, start, literal.value, repair, table, at)
        fillOffsetRuns(text, start, literal.value, repair, runs, at)
        at += literal.value.length
        table[at] = literal.position?.end.offset ?? 0
        runs.set(at, literal.position?.end.offset ?? 0)
      }
      const answers = Array.from({ length: total + 3 }, (_, i) => runs.at(i - 1))
      expect(answers).toEqual([undefined, ...Array.from(table), undefined])
      expect(runs.at(0.5)).toBeUndefined()
      // Backwards too, where the last answer's run does not hold the index.
      for (let i = total; i >= 0; i -= 7) expect(runs.at(i)).toBe(table[i])
    }
  }

  it('agrees with the table on the corpus articles', () => {
    const dir = new URL('../../../../shared/corpus/web-dev-wrapped/', import.meta.url)
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')))
      agreeRuns(readFileSync(new URL(name, dir), 'utf8'))
    agreeRuns(readFileSync(new URL('./fixtures/pdf-copy.txt', import.meta.url), 'utf8'))
  })

  it('agrees with the table on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), agreeRuns), {
      numRuns: 200,
    })
    const shaped = fc
      .array(
        fc.constantFrom(
          'word',
          ' ',
          '\n',
          '-\n',
          'long-',
          '\u200b',
          'â€™',
          'Ã©',
          '  ',
          '\t',
          '\r\n',
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''))
    fc.assert(fc.property(shaped, agreeRuns), { numRuns: 300 })
  })

  it('agrees with the table when a value is a stretch of its source as it stands', () => {
    const parts = fc.constantFrom(
      ...['word', ' ', '  ', '\n', '-', '-\n', 'long-', '\u200b', '\u00ad', '\u00a0'],
      ...['â€™', 'Ã©', 'é', '’', '\t', '\r\n', '\u0085', 'x-y', '- '],
    )
    const stretch = fc.tuple(fc.array(parts, { maxLength: 30 }), fc.nat(), fc.nat(), fc.boolean())
    fc.assert(
      fc.property(stretch, ([list, a, b, repair]) => {
        const text = list.join('')
        const start = text.length === 0 ? 0 : a % text.length
        const value = text.slice(start, start + (b % (text.length - start + 1)))
        const table = new Int32Array(value.length + 1)
        const runs = new OffsetRuns()
        fillOffsets(text, start, value, repair, table, 0)
        fillOffsetRuns(text, start, value, repair, runs, 0)
        for (let i = 0; i < value.length; i++) expect(runs.at(i)).toBe(table[i])
      }),
      { numRuns: 3000 },
    )
  })
})

describe('segment offset runs', () => {
  /**
   * Each segment's runs (where a one-line value that reflow copied as it
   * stands is taken as mapping character for character) answer as its table.
   */
  function agreeSegments(text: string): void {
    const { document, source } = readStructure(text, {})
    for (const segment of collectSegments(document, source)) {
      const answers = Array.from({ length: segment.value.length + 1 }, (_, i) =>
        segment.offsetRuns.at(i),
      )
      expect(answers).toEqual(Array.from(segment.offsets))
    }
  }

  it('agree with the table on the corpus articles', () => {
    for (const part of ['web-dev/', 'web-dev-wrapped/']) {
      const dir = new URL(`../../../../shared/corpus/${part}`, import.meta.url)
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')))
        agreeSegments(readFileSync(new URL(name, dir), 'utf8'))
    }
  })

  it('agree with the table on arbitrary text', () => {
    const shaped = fc
      .array(
        fc.constantFrom(
          ...['Word', 'word', ' ', '  ', '\n', '\n\n', '-\n', 'long-', '\u200b', '\u00ad'],
          ...['â€™', 'Ã©', '’', '\t', '\r\n', 'By Jane Doe\n', '2\n', 'x-y', '- ', '“'],
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''))
    fc.assert(fc.property(shaped, agreeSegments), { numRuns: 500 })
  })
})

/**
 * parse never throws, is deterministic, and copes with hostile shapes.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

const MB = 1024 * 1024

describe('parse', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(() => parse(text)).not.toThrow()
      }),
      { numRuns: 500 },
    )
  })

  it('gives the same document for the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 800 }), (text) => {
        expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)))
      }),
      { numRuns: 200 },
    )
  })

  it('returns an empty body for empty text', () => {
    const document = parse('')
    expect(document.children).toEqual([])
    expect(document.meta.title).toBeNull()
    expect(document.meta.wordCount).toBe(0)
  })

  const hostile: [string, () => string][] = [
    ['1 MB without a newline', () => 'word '.repeat(MB / 5)],
    ['100k blank lines', () => '\n'.repeat(100_000)],
    ['1 MB of quotation marks', () => '"'.repeat(MB)],
    ['1 MB of hyphens', () => '-'.repeat(MB)],
    ['deeply indented lines', () => `${' '.repeat(10_000)}deep\n`.repeat(100)],
    ['hyphens at every line end', () => 'informa-\ntion '.repeat(50_000)],
    [
      '1 MB of attributed quotes in one endless sentence',
      () =>
        '"we will win," said Jane Smith, who spoke at length about the plans of the party and '.repeat(
          MB / 87,
        ),
    ],
    [
      '1 MB of reporting verbs without a full stop',
      () => 'officials said that sources say, '.repeat(MB / 32),
    ],
    ['1 MB of capitalised names', () => 'Jane Smith Maria Lopez NATO U.S. '.repeat(MB / 33)],
    ['1 MB of relative dates in one paragraph', () => `Vote\n\n${'last week, '.repeat(MB / 11)}`],
    [
      '1 MB of compound words, acronyms and groups of names',
      () =>
        'Iran-backed (IRGC) readers of The New York Times, anti-Trump Office for Budget Responsibility (OBR) said she '.repeat(
          MB / 110,
        ),
    ],
    [
      '1 MB of bodies and "the bank" in one paragraph',
      () =>
        `Banks meet\n\n${'Goldman Sachs and Morgan Stanley met Citigroup officials, and the bank agreed to the terms. '.repeat(MB / 92)}`,
    ],
    [
      '1 MB of weekdays in one sentence',
      () =>
        `Vote\n\n${'officials met Friday and talked at length about the plans, '.repeat(MB / 60)}`,
    ],
    [
      '1 MB of possessives in opening phrases, no comma',
      () => `Talks\n\nJane Smith spoke. ${'In her speech she spoke. '.repeat(MB / 25)}`,
    ],
  ]
  it.each(hostile)('parses %s without failing', (_name, make) => {
    const text = make()
    const document = parse(text)
    expect(document.diagnostics.filter((d) => d.ruleId === 'internal')).toEqual([])
    for (const block of document.children) {
      expect(block.position?.end.offset ?? 0).toBeLessThanOrEqual(text.length)
    }
  })

  describe('on hostile shapes, against a normal article of the same size', () => {
    const SAMPLE = readFileSync(
      new URL('./fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
      'utf8',
    )
    const normal = `${SAMPLE}\n\n`.repeat(Math.ceil(MB / SAMPLE.length)).slice(0, MB)
    const time = (text: string): number => {
      const start = performance.now()
      parse(text)
      return performance.now() - start
    }
    /**
     * Generous: the hostile shapes measure 0.01 to 1.2 times a normal article (2026-12-01), while a
     * quadratic path costs 100 times and more at this size.
     */
    const MAX_RATIO = 5

    it.each(hostile)(
      'parses %s in at most a few times the time of a normal 1 MB article',
      (_name, make) => {
        const text = make()
        // Interleaved, best of two each: a busy machine slows both alike.
        let baseline = Number.POSITIVE_INFINITY
        let hostileTime = Number.POSITIVE_INFINITY
        for (let round = 0; round < 2; round++) {
          baseline = Math.min(baseline, time(normal))
          hostileTime = Math.min(hostileTime, time(text))
        }
        expect(hostileTime / baseline).toBeLessThan(MAX_RATIO)
      },
    )
  })
})

/**
 * The parsers that skip windows without the words their patterns need find
 * exactly what chrono-node's own parsers find, on the windows of the corpus
 * articles and on arbitrary text made of date words.
 */
import * as chrono from 'chrono-node/en'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findWindows } from '../src/times/candidates.js'
import { prefiltered } from '../src/times/prefilter.js'

const plain = new chrono.Chrono({
  parsers: chrono.casual.parsers,
  refiners: chrono.casual.refiners,
})
const filtered = new chrono.Chrono({
  parsers: chrono.casual.parsers.map(prefiltered),
  refiners: chrono.casual.refiners,
})
const reference = { instant: new Date(Date.UTC(2023, 3, 20, 12)), timezone: 'UTC' }

/** What a chrono instance reads in `text`, as plain data. */
function read(instance: chrono.Chrono, text: string): unknown[] {
  return instance.parse(text, reference).map((result) => ({
    index: result.index,
    text: result.text,
    start: result.start.date().toISOString(),
    end: result.end?.date().toISOString() ?? null,
    certain: ['day', 'month', 'year', 'weekday'].map((part) =>
      result.start.isCertain(part as 'day'),
    ),
  }))
}

describe('prefiltered chrono parsers', () => {
  it('skip some parsers: the ones the tests know by name', () => {
    const skipping = chrono.casual.parsers.filter((parser) => prefiltered(parser) !== parser)
    expect(skipping.length).toBeGreaterThan(10)
  })

  it('read the same as chrono in the windows of the corpus articles', () => {
    const root = new URL('../../../../shared/corpus/', import.meta.url)
    for (const part of ['web-dev/', 'polnear/dev/text/']) {
      const dir = new URL(part, root)
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
        for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
          for (const window of findWindows(line)) {
            const text = line.slice(window.start, window.end)
            expect(read(filtered, text)).toEqual(read(plain, text))
          }
        }
      }
    }
  })

  it('read the same as chrono in arbitrary text of date words', () => {
    const parts = fc.constantFrom(
      ...['May', 'may', 'MARCH', 'Sept.', 'sept', 'Thurs.', 'mon', 'Weekend', 'today', 'tmrw'],
      ...['last', 'NEXT', 'after this', 'year', 'weeks', 'ago', 'Before', 'later', 'from now'],
      ...['out', 'night', 'on', 'of', 'the', 'a few', '2023', '04', '4', '12th', '1st', '-'],
      ...['/', '.', ',', ' ', '  ', 'ſun', 'é', '\n', 'BC', 'AD', 'twenty-first', 'noon'],
    )
    const text = fc.array(parts, { maxLength: 24 }).map((list) => list.join(' '))
    fc.assert(
      fc.property(text, (value) => {
        expect(read(filtered, value)).toEqual(read(plain, value))
      }),
      { numRuns: 3000 },
    )
  })
})

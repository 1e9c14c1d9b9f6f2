import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords, forEachWord } from '../src/words.js'

describe('countWords', () => {
  it('counts what forEachWord visits, on any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc
        .array(
          fc.constantFrom('word', ' ', '-', '.', "'", '’', 'U.S.', 'é', '日本', '\n', '1,000'),
          { maxLength: 40 },
        )
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(text, (value) => {
        let visited = 0
        forEachWord(value, () => {
          visited++
        })
        expect(countWords(value)).toBe(visited)
      }),
      { numRuns: 500 },
    )
  })
})

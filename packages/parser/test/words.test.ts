import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { frontDecoded } from '../src/entities/front-coding.js'
import { CITIES, CITIES_SHARED } from '../src/lexicon/generated/gazetteer.js'
import { COMMON_WORDS, COMMON_WORDS_SHARED } from '../src/lexicon/generated/tagger-model.js'
import { frontCoded } from '../scripts/front-code.js'
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

describe('frontDecoded', () => {
  it('reads a front-coded list back into its entries', () => {
    const { shared } = frontCoded(['abe', 'abel', 'bo', 'bonn', 'new york', 'new jersey'])
    expect(frontDecoded(shared, 'abe|l|bo|nn|new york|jersey')).toEqual([
      'abe',
      'abel',
      'bo',
      'bonn',
      'new york',
      'new jersey',
    ])
  })

  it('reads back whatever the scripts front-code, in its order', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((entry) => !entry.includes('|'))), (entries) => {
        const { shared, rests } = frontCoded(entries)
        expect(frontDecoded(shared, rests)).toEqual(entries.length > 0 ? entries : [''])
      }),
      { numRuns: 500 },
    )
  })

  it('codes the counts of shared characters in fewer digits than entries, as they are read', () => {
    // Counts that follow one another as sorted lists make them: runs of the same few.
    const entries = Array.from({ length: 2000 }, (_, i) => `word${String(i).padStart(4, '0')}`)
    const { shared, rests } = frontCoded(entries)
    expect(shared.length).toBeLessThan(entries.length / 4)
    expect(frontDecoded(shared, rests)).toEqual(entries)
  })

  it('gives the tagger’s common words back sorted', () => {
    const words = frontDecoded(COMMON_WORDS_SHARED, COMMON_WORDS)
    expect([...words].sort()).toEqual(words)
    expect(words).toContain('according')
  })

  it('gives every place of the generated gazetteer back whole', () => {
    const cities = frontDecoded(CITIES_SHARED, CITIES)
    expect(cities).toContain('kyiv')
    expect(cities).toContain('new york city')
    expect([...cities].sort()).toEqual(cities)
  })
})

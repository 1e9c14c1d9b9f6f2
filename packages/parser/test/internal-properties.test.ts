/**
 * The names the bundle shortens are checked before it is built
 * (scripts/internal-properties.ts): none may be a field of the document, a
 * property of chrono-node's, or a key our code reads by its name.
 */
import { describe, expect, it } from 'vitest'
import { INTERNAL_PROPERTIES, unsafeInternalProperties } from '../scripts/internal-properties.js'

describe('unsafeInternalProperties', () => {
  const publicTypes = 'export interface Quote { speaker: string | null; cue: Cue | null }'
  const chrono = 'this.knownValues = {}; result.refDate = date; const o = { impliedValues: 1 }'

  it('names a word of the public types, a property of chrono and a string of the code', () => {
    expect(
      unsafeInternalProperties(
        ['speaker', 'refDate', 'impliedValues', 'lookup', 'votes'],
        publicTypes,
        chrono,
        "const key = 'lookup'; tally.votes += 1",
      ),
    ).toEqual(['speaker', 'refDate', 'impliedValues', 'lookup'])
  })

  it('passes a name that a comment alone quotes', () => {
    expect(
      unsafeInternalProperties(
        ['votes'],
        publicTypes,
        chrono,
        "/** Adds to `votes`. */\nfunction add() {} // 'votes'\nvotes.set(1, 2)",
      ),
    ).toEqual([])
  })

  it('passes a name that a list of words or a compared string holds, not one read by a key', () => {
    const code = [
      "const WORDS = new Set([...['upper', 'lower', ...OTHERS], 'head', 'tail'])",
      "if (role !== 'head' && which === 'lower') return",
      "type Pick2 = Pick<Word, 'text' | 'lower'>",
    ].join('\n')
    expect(unsafeInternalProperties(['lower', 'head'], publicTypes, chrono, code)).toEqual([])
    expect(
      unsafeInternalProperties(['lower', 'head'], publicTypes, chrono, "word['lower']; f('head')"),
    ).toEqual(['lower', 'head'])
  })

  it('names a property of the runtime’s objects, and not a word of a comment of the public types', () => {
    expect(
      unsafeInternalProperties(
        ['lastIndex', 'segment', 'groups', 'votes'],
        '/** The votes of the first word. */ export interface Quote { speaker: string }',
        chrono,
        '',
      ),
    ).toEqual(['lastIndex', 'segment', 'groups'])
  })

  it('lists each name once', () => {
    expect(new Set(INTERNAL_PROPERTIES).size).toBe(INTERNAL_PROPERTIES.length)
  })
})

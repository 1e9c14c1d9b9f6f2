/**
 * Whether a word is a common English word: one the tagger's training data
 * writes in lower case, or one of those with an inflection's ending. The
 * reflow asks it of the parts of a word broken at a line's end, the entity
 * stage of a word of a headline in capitals.
 */
import { hashOf } from './hash.js'
import { commonWords } from './model.js'

/** Endings of inflected words and what their stems end in: "backed" is "back", "occupied" is "occupy". */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['es', ''],
  ['ies', 'y'],
  ['ed', ''],
  ['d', ''],
  ['ied', 'y'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['er', ''],
  ['ers', ''],
]
/** Fewest letters of a stem that an ending is taken off. */
const MIN_STEM = 3

/**
 * Whether `lower` is a common English word (the tagger's list of words
 * written in lower case), or one with an inflection's ending ("backed",
 * "occupied", "ranging", "stopped").
 */
export function isCommonWord(lower: string): boolean {
  const common = commonWords()
  if (common.has(hashOf(lower))) return true
  for (const [ending, stemEnd] of INFLECTIONS) {
    if (lower.length < ending.length + MIN_STEM || !lower.endsWith(ending)) continue
    const stem = lower.slice(0, lower.length - ending.length)
    if (common.has(hashOf(stem + stemEnd))) return true
    // "stopped": a consonant doubled before the ending.
    if (stemEnd === '' && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2))
      if (common.has(hashOf(stem.slice(0, -1)))) return true
  }
  return false
}

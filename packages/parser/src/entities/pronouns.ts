/**
 * Person pronouns ("he", "She", "himself") in a text, found from each "h"
 * by one scan rather than by a regular expression over the whole text.
 */
import { STYLE_WORDS } from '../lexicon/address.js'
import { isAsciiWordCode } from './words.js'

/** What follows "h" or "H" in a pronoun: he, him, his, her, himself, herself. */
const AFTER_H = ['e', 'im', 'is', 'er', 'imself', 'erself']
const LOWER_H = 0x68
const UPPER_H = 0x48
const LOWER_S_CODE = 0x73
const UPPER_S_CODE = 0x53

/**
 * The person pronouns of `value` as start and end offsets, in order: the
 * matches of /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself)\b/gu,
 * that is the runs of ASCII word characters that spell one. Every such run
 * has an "h" or "H" first or second, so only those are looked at.
 *
 * @example
 * findPronouns('She said he would') // [0, 3, 9, 11]
 */
export function findPronouns(value: string): number[] {
  const found: number[] = []
  let lower = value.indexOf('h')
  let upper = value.indexOf('H')
  while (lower >= 0 || upper >= 0) {
    let at: number
    if (upper < 0 || (lower >= 0 && lower < upper)) {
      at = lower
      lower = value.indexOf('h', lower + 1)
    } else {
      at = upper
      upper = value.indexOf('H', upper + 1)
    }
    // The run starts at the "h" or, for "she", just before it.
    let start: number
    if (at === 0 || !isAsciiWordCode(value.charCodeAt(at - 1))) start = at
    else {
      const s = value.charCodeAt(at - 1)
      if (s !== LOWER_S_CODE && s !== UPPER_S_CODE) continue
      if (at - 1 > 0 && isAsciiWordCode(value.charCodeAt(at - 2))) continue
      start = at - 1
    }
    let end = at + 1
    while (end < value.length && isAsciiWordCode(value.charCodeAt(end))) end++
    if (spellsPronoun(value, start, end) && !opensStyle(value, start, end)) found.push(start, end)
  }
  return found
}

/**
 * Whether the pronoun at `start`..`end` opens a style of address, which names
 * no one before it: "His Majesty", "Her Royal Highness", "Her Honour".
 */
function opensStyle(value: string, start: number, end: number): boolean {
  if (end - start !== 3 || value.charCodeAt(end) !== SPACE) return false
  const first = value.charCodeAt(end + 1)
  if (first < UPPER_A || first > UPPER_Z) return false
  let wordEnd = end + 2
  while (wordEnd < value.length && isAsciiWordCode(value.charCodeAt(wordEnd))) wordEnd++
  return STYLES.has(value.slice(end + 1, wordEnd).toLowerCase())
}
const STYLES: ReadonlySet<string> = new Set(STYLE_WORDS)
const SPACE = 0x20
const UPPER_A = 0x41
const UPPER_Z = 0x5a

function spellsPronoun(value: string, start: number, end: number): boolean {
  const first = value.charCodeAt(start)
  if (first === LOWER_S_CODE || first === UPPER_S_CODE)
    return end - start === 3 && value.startsWith('he', start + 1)
  if (first !== LOWER_H && first !== UPPER_H) return false
  for (const rest of AFTER_H) {
    if (end - start === rest.length + 1 && value.startsWith(rest, start + 1)) return true
  }
  return false
}

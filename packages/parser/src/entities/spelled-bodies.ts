/**
 * Bodies whose short name in brackets spells more words than the tagger took
 * in: "The Computer and Communications Industry Association (CCIA)", read
 * "Computer", then "Communications Industry Association". The words before
 * the name whose initials the short name spells first are put back.
 */
import { isCapital } from './organization-names.js'
import type { TaggedName } from './tagger.js'
import { isMark, lowerAt, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

/**
 * Words inside a body's name that its initials leave out ("and", "&", "of",
 * "for", "the", "in"), or give a letter to ("Economic Community of West
 * African States (ECOWAS)").
 */
const LINKS = new WordSet(['and', '&', 'of', 'for', 'the', 'on', 'in', 'de', 'des', 'du', 'la'])
/** Most lower-case words other than links inside a body's name: "Healthcare products". */
const MAX_LOWER_WORDS = 1
/** Fewest and most letters of a short name a body's initials spell. */
const MIN_LETTERS = 3
const MAX_LETTERS = 8

/** `names` (in reading order) with each body's name made whole to the initials it spells. */
export function withSpelledBodies(doc: DocumentView, names: readonly TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const out: TaggedName[] = []
  for (const name of names) {
    const { from, to } = doc.texts[name.text] as TextView
    const first = from + name.first
    const short = shortNameAt(tokens, from + name.last + 1, to)
    const start = short === null ? -1 : spelledStart(tokens, first, from + name.last, from, short)
    if (start < 0 || start === first) {
      out.push(name)
      continue
    }
    // The names the body's name now holds go ("Computer" of "Computer and Communications").
    while (out.length > 0) {
      const previous = out[out.length - 1] as TaggedName
      if (previous.text !== name.text || from + previous.last < start) break
      out.pop()
    }
    out.push({ ...name, first: start - from, type: 'ORG' })
  }
  return out
}

/**
 * The letters of the short name in brackets at token `k` ("(CCIA)", "(CCIA
 * Europe)": "ccia"), in capitals of three to eight letters; else null.
 */
function shortNameAt(tokens: Tokens, k: number, to: number): string | null {
  if (k + 2 >= to || !isMark(tokens, k, '(')) return null
  const flags = tokens.flags[k + 1] as number
  if (!(flags & TokenFlag.allCaps) || !(flags & TokenFlag.word)) return null
  const closes =
    isMark(tokens, k + 2, ')') ||
    (k + 3 < to && isCapital(tokens, k + 2) && isMark(tokens, k + 3, ')'))
  if (!closes) return null
  const letters = lowerAt(tokens, k + 1).replace(/[^\p{L}]/gu, '')
  return letters.length >= MIN_LETTERS && letters.length <= MAX_LETTERS ? letters : null
}

/**
 * Where a body's name from `first` to `last` starts for its initials to spell
 * `short`: `first` when they spell it already, an earlier capitalised word
 * when the words before (past links) give the letters it lacks; else -1.
 */
function spelledStart(
  tokens: Tokens,
  first: number,
  last: number,
  from: number,
  short: string,
): number {
  let initials = ''
  for (let k = first; k <= last; k++)
    if (!LINKS.hasToken(tokens, k)) initials += initialAt(tokens, k)
  if (initials === short) return first
  if (!short.endsWith(initials) || initials.length === 0) return -1
  let wanted = short.slice(0, short.length - initials.length)
  let start = -1
  let lowerWords = 0
  for (let k = first - 1; k >= from && wanted.length > 0; k--) {
    const letter = initialAt(tokens, k) === wanted.charAt(wanted.length - 1)
    if (!isCapital(tokens, k)) {
      // A link gives its letter where the short name wants it ("of" of ECOWAS), else none.
      if (LINKS.hasToken(tokens, k)) {
        if (letter && k - 1 >= from && isCapital(tokens, k - 1)) wanted = wanted.slice(0, -1)
        continue
      }
      // "Medicines and Healthcare products Regulatory Agency (MHRA)": a common word inside.
      if (++lowerWords <= MAX_LOWER_WORDS && (tokens.flags[k] as number) & TokenFlag.word) continue
      return -1
    }
    if (!letter) return -1
    wanted = wanted.slice(0, -1)
    start = k
  }
  return wanted.length === 0 ? start : -1
}

/** The first letter of token `k`, lower-cased. */
function initialAt(tokens: Tokens, k: number): string {
  return lowerAt(tokens, k).charAt(0)
}

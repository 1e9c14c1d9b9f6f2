/**
 * Nominal mentions: "the" and up to three modifiers before a head noun that
 * names a role or a body ("the NATO chief", "the Western military alliance").
 * One scan from each "the", reading words in place: no slice and no regular
 * expression a word, with the same matches as the expressions each step
 * names.
 */
import { DETERMINER_WORDS } from '../lexicon/determiners.js'
import { ROYAL_WORDS } from '../lexicon/address.js'
import { ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS } from '../lexicon/titles.js'
import { isAsciiWordCode, isSpaceCode, LowerSet } from './words.js'
import { OBJECT_PREPOSITION_WORDS } from '../lexicon/grammar-words.js'

/** Modifiers a nominal may have before its head noun: "the Western military alliance". */
const MAX_MODIFIERS = 3

/** A nominal mention: "the" + up to three modifiers + a head noun that names a role or a body. */
export interface Nominal {
  start: number
  end: number
  head: string
  modifiers: string
}

const HEAD_NOUNS = new LowerSet([...PERSON_ROLE_NOUNS, ...ORGANIZATION_NOUNS, ...ROYAL_WORDS])
/** Royal titles, heads of a nominal in capitals too: "the King", "the Queen". */
const ROYAL_HEADS = new LowerSet(ROYAL_WORDS)
/** Words that open a noun phrase of their own, which no modifier of a nominal is. */
const DETERMINERS = new LowerSet(DETERMINER_WORDS)
/** Prepositions, which no modifier of a nominal is: "the toppling of Libyan leader". */
const PREPOSITIONS = new LowerSet([
  // ("told the Chronicle outside court": where, not a word of the body's name.)
  ...OBJECT_PREPOSITION_WORDS,
  ...['against', 'into', 'beyond'],
])
/** How far a nominal word is read (longer runs are cut there). */
const MAX_NOMINAL_WORD = 40
const SPACE = 0x20

/** The nominal mentions of `value`: at each "the", the first head noun within reach. */
export function findNominals(value: string): Nominal[] {
  const found: Nominal[] = []
  for (let the = nextThe(value, 0); the >= 0; the = nextThe(value, theEnd)) {
    // Modifiers are words one space apart from the first after "the": one range of the text.
    const modifiersStart = theEnd
    let modifiersEnd = theEnd
    let at = theEnd
    // Where the word before the one read starts; whether an "and" after no role was read.
    let previousStart = at
    let joinedClauses = false
    for (let i = 0; i <= MAX_MODIFIERS; i++) {
      const runEnd = nominalWordEnd(value, at, Math.min(value.length, at + MAX_NOMINAL_WORD))
      if (runEnd === at) break
      // "the NATO chief’s visit": the possessive is not part of the mention.
      const possessive = endsWithPossessive(value, at, runEnd)
      const end = possessive ? runEnd - 2 : runEnd
      // "the report says the company": another determiner starts a phrase of its own, and a
      // preposition a phrase of its own inside it ("the toppling of Libyan leader"; not the
      // "in" of "the editor in chief").
      if (DETERMINERS.lookup(value, at, end) !== null) break
      if (PREPOSITIONS.lookup(value, at, end) !== null && !value.startsWith(' chief', end)) break
      if (
        end > at &&
        (startsLower(value, at) ||
          isHolderStyle(value, at, end, ROYAL_HEADS, false) ||
          isHolderStyle(value, at, end, CAPITALISED_ROLES, true))
      ) {
        const head = HEAD_NOUNS.lookup(value, at, end)
        if (head !== null && joinedClauses && isBeforeCapital(value, end)) break
        if (head !== null) {
          found.push({
            start: the,
            end,
            head,
            modifiers: value.slice(modifiersStart, modifiersEnd),
          })
          break
        }
      }
      if (possessive) break
      // "the chairman and chief executive", "the state and national party": "and" joins two
      // roles or two modifiers; before a name, after a word that is no role, it joins clauses
      // ("would lead the search and first-team coach Gary Lomas would take charge").
      if (
        CONJUNCTIONS.lookup(value, at, end) !== null &&
        (at === modifiersStart || HEAD_NOUNS.lookup(value, previousStart, at - 1) === null)
      )
        joinedClauses = true
      // "the meeting. White House spokesman": a full stop after a word (not "U.S.") ends it.
      if (endsSentence(value, at, end)) break
      modifiersEnd = end
      previousStart = at
      at = end
      if (value.charCodeAt(at) !== SPACE) break
      at++
    }
  }
  return found
}

/**
 * Whether the capitalised word at `start`..`end` is one of `heads` that names
 * its holder alone: a royal title ("the King", "the Queen") or a role that
 * British style writes so ("the Chancellor", "the Home Secretary"); not the
 * title of a name or of an office it opens ("the King Center", "the Prince of
 * Wales", "the Secretary of State", "the Health Secretary Wes Streeting", and
 * with `forToo`, "the Minister for Women").
 */
function isHolderStyle(
  value: string,
  start: number,
  end: number,
  heads: LowerSet,
  forToo: boolean,
): boolean {
  if (heads.lookup(value, start, end) === null) return false
  if (value.startsWith(' of ', end) || (forToo && value.startsWith(' for ', end))) return false
  return !isBeforeCapital(value, end)
}
const UPPER_A = 0x41
const UPPER_Z = 0x5a

/** Whether a space and a capital letter follow offset `end` of `value`: a name after a role. */
function isBeforeCapital(value: string, end: number): boolean {
  const next = value.charCodeAt(end + 1)
  return value.charCodeAt(end) === SPACE && next >= UPPER_A && next <= UPPER_Z
}

/** Words that join two modifiers of a nominal: "the chairman and chief executive". */
const CONJUNCTIONS = new LowerSet(['and', 'or'])

/** Roles a capital may open as a nominal's head: "the Chancellor", "the Home Secretary", "the Governor". */
const CAPITALISED_ROLES = new LowerSet([
  ...['chancellor', 'secretary', 'minister', 'premier', 'governor', 'president', 'mayor'],
  'treasurer',
])

/** Whether the word at `start`..`end` ends in a full stop that ends a sentence: "meeting.". */
function endsSentence(value: string, start: number, end: number): boolean {
  return (
    end - start > 2 &&
    value.charCodeAt(end - 1) === FULL_STOP &&
    value.lastIndexOf('.', end - 2) < start
  )
}
const FULL_STOP = 0x2e

/** The end of the match {@link nextThe} last found. */
let theEnd = 0

/**
 * Where the next "the" or "The" that starts a word and is followed by white
 * space starts, from `from` on (-1 for none); the end of the white space goes
 * to {@link theEnd}. The same matches as /\b[Tt]he\s+/gu, without a regular
 * expression run over the whole text.
 */
function nextThe(value: string, from: number): number {
  for (let at = value.indexOf('he', from + 1); at > 0; at = value.indexOf('he', at + 1)) {
    const start = at - 1
    if (start < from) continue
    const first = value.charCodeAt(start)
    if (first !== LOWER_T && first !== UPPER_T) continue
    if (start > 0 && isAsciiWordCode(value.charCodeAt(start - 1))) continue
    let end = at + 2
    while (end < value.length && isSpaceCode(value.charCodeAt(end))) end++
    if (end === at + 2) continue
    theEnd = end
    return start
  }
  return -1
}
const LOWER_T = 0x74
const UPPER_T = 0x54

const NOMINAL_CHAR = /^[\p{L}.’'-]$/u
const LOWER_LETTER = /^\p{Ll}$/u
/** Per character of the Basic Multilingual Plane: 0 until asked, else KNOWN and its classes. */
const NOMINAL_CLASSES = new Uint8Array(0x10000)
const IN_WORD = 1
const LOWER = 2
const KNOWN = 4

/** Classes of a code point: {@link IN_WORD} (/[\p{L}.’'-]/u), {@link LOWER} (/\p{Ll}/u). */
function nominalClass(code: number): number {
  if (code < 0x10000) {
    const known = NOMINAL_CLASSES[code] as number
    if (known) return known & ~KNOWN
  }
  const char = String.fromCodePoint(code)
  const kind = (NOMINAL_CHAR.test(char) ? IN_WORD : 0) | (LOWER_LETTER.test(char) ? LOWER : 0)
  if (code < 0x10000) NOMINAL_CLASSES[code] = kind | KNOWN
  return kind
}

/** The code point at `at` of `value` when it is whole before `limit`, else the code unit. */
function codePointBefore(value: string, at: number, limit: number): number {
  const code = value.charCodeAt(at)
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < limit) {
    const low = value.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000
  }
  return code
}

/** The end of the run of /[\p{L}.’'-]/u from `at`, read no further than `limit`. */
function nominalWordEnd(value: string, at: number, limit: number): number {
  let end = at
  while (end < limit) {
    const code = codePointBefore(value, end, limit)
    if (!(nominalClass(code) & IN_WORD)) break
    end += code > 0xffff ? 2 : 1
  }
  return end
}

/** The word `at`..`end` starts with a lower-case letter (/^\p{Ll}/u). */
function startsLower(value: string, at: number): boolean {
  return (nominalClass(codePointBefore(value, at, value.length)) & LOWER) !== 0
}

/** The word `at`..`end` ends with an apostrophe and "s" (/[’']s$/u). */
function endsWithPossessive(value: string, at: number, end: number): boolean {
  if (end - at < 2 || value.charCodeAt(end - 1) !== LOWER_S) return false
  const mark = value.charCodeAt(end - 2)
  return mark === APOSTROPHE || mark === RIGHT_SINGLE_QUOTE
}
const LOWER_S = 0x73
const APOSTROPHE = 0x27
const RIGHT_SINGLE_QUOTE = 0x2019

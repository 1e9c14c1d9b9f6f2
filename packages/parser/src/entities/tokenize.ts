/**
 * Tokens for the name tagger: one linear scan of a text that cuts it the way
 * CoNLL-2003 (the tagger's training data) is cut, so that what the tagger
 * learned applies. Words keep inner hyphens, apostrophes, dots and ampersands
 * ("Soviet-era", "O'Neill", "U.S.", "AT&T"); a possessive is its own token
 * ("Stoltenberg" "'s"), so a name's span never covers it; a final dot stays
 * on an abbreviation ("U.S.", "Inc.", "J.") and is a token elsewhere; every
 * other mark is a token, a run of the same mark one token ("...").
 */
import { HASH_OFFSET, HASH_PRIME, hashOf } from './hash.js'

/** One token: a range of the text and what the tagger reads of it. */
export interface Token {
  start: number
  end: number
  /** The token as written. */
  text: string
  /** Lower-cased, typographic apostrophes straightened. */
  lower: string
  /** {@link hashOf} `lower`. */
  hash: number
  /** Bits of {@link TokenFlag}. */
  flags: number
}

/** What a token is, as bits. */
export const TokenFlag = {
  /** Has a letter or a digit. */
  word: 1,
  /** Starts with an upper-case letter. */
  capitalised: 2,
  /** Has an upper-case letter and no lower-case one. */
  allCaps: 4,
  /** Has an upper-case letter anywhere ("iPhone", "al-Assad"). */
  hasUpper: 8,
  /** Opens a sentence (first of the text, after a full stop, after an opening quote). */
  sentenceStart: 16,
  /** Has a digit. */
  hasDigit: 32,
} as const

const APOSTROPHE = 0x27
const RIGHT_SINGLE_QUOTE = 0x2019
const FULL_STOP = 0x2e
const HYPHEN = 0x2d
const AMPERSAND = 0x26
const COMMA = 0x2c
const SLASH = 0x2f
const LOWER_S = 0x73
const UPPER_S = 0x53
const FIRST_NON_ASCII = 0x80
/** Setting this bit lower-cases an ASCII capital. */
const ASCII_LOWER_BIT = 0x20

/** Abbreviations that keep their final dot (lower-cased, without it). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr st mt ft jr sr inc corp co ltd plc bros gen sen rep gov lt col maj sgt capt ' +
    'adm cmdr rev prof gov messrs no nos vs jan feb mar apr aug sept sep oct nov dec ' +
    'ave blvd dept univ assn est cie ste'
  ).split(' '),
)

/** Marks after which the next word opens a sentence. */
const SENTENCE_ENDS = '.!?'
/** Marks that may stand between a full stop and the next sentence. */
const CLOSERS = '"\'”’)]»'
/** Opening quotes: a word after one opens a (quoted) sentence. */
const OPENERS = '"“‘«'

/** Character classes, as bits. */
const LETTER = 1
const UPPER = 2
const DIGIT = 4
const ASCII_CLASSES = new Uint8Array(FIRST_NON_ASCII).map((_, code) =>
  code >= 0x30 && code <= 0x39
    ? DIGIT
    : code >= 0x41 && code <= 0x5a
      ? LETTER | UPPER
      : code >= 0x61 && code <= 0x7a
        ? LETTER
        : 0,
)
const LETTER_PATTERN = /\p{L}|\p{M}/u
const UPPER_PATTERN = /\p{Lu}|\p{Lt}/u

function classOf(code: number): number {
  if (code < FIRST_NON_ASCII) return ASCII_CLASSES[code] as number
  const char = String.fromCharCode(code)
  if (!LETTER_PATTERN.test(char)) return 0
  return UPPER_PATTERN.test(char) ? LETTER | UPPER : LETTER
}

function isWordCode(code: number): boolean {
  return classOf(code) !== 0
}

function isLetterCode(code: number): boolean {
  return (classOf(code) & LETTER) !== 0
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isBreak(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE
}

/** The tokens of `value`, in order. */
export function tokenize(value: string): Token[] {
  const tokens: Token[] = []
  const length = value.length
  let at = 0
  let opensSentence = true
  while (at < length) {
    const code = value.charCodeAt(at)
    if (isBreak(code)) {
      at++
      continue
    }
    const start = at
    if (isWordCode(code)) {
      at = wordEnd(value, at)
      const token = makeToken(value.slice(start, at), start, at)
      if (opensSentence) token.flags |= TokenFlag.sentenceStart
      opensSentence = false
      tokens.push(token)
      continue
    }
    if (isApostrophe(code) && possessiveAt(value, at)) at += 2
    else {
      // A run of one mark is one token ("...", "--"): a wall of quotes costs one token.
      at++
      while (at < length && value.charCodeAt(at) === code) at++
    }
    const text = value.slice(start, at)
    const lower = text.length > 1 && !isMarkRun(text) ? text.toLowerCase().replace('’', "'") : text
    tokens.push({ start, end: at, text, lower, hash: hashOf(lower), flags: 0 })
    const mark = text.charAt(0)
    if (SENTENCE_ENDS.includes(mark) || OPENERS.includes(mark)) opensSentence = true
    else if (!CLOSERS.includes(mark)) opensSentence = false
  }
  return tokens
}

function isMarkRun(text: string): boolean {
  return text.charCodeAt(0) === text.charCodeAt(1)
}

/** The end of the word that starts at `at`. */
function wordEnd(value: string, at: number): number {
  const length = value.length
  let end = at + 1
  let dotted = false
  for (;;) {
    while (end < length && isWordCode(value.charCodeAt(end))) end++
    if (end + 1 >= length) break
    const joiner = value.charCodeAt(end)
    const next = value.charCodeAt(end + 1)
    if (isApostrophe(joiner) && possessiveAt(value, end)) break
    if (
      dotted &&
      joiner === FULL_STOP &&
      next === HYPHEN &&
      isWordCode(value.charCodeAt(end + 2))
    ) {
      // "U.S.-designed": an abbreviation joined to a word.
      end += 3
      continue
    }
    const inner =
      ((joiner === HYPHEN || joiner === AMPERSAND || isApostrophe(joiner)) && isWordCode(next)) ||
      (joiner === FULL_STOP && isLetterCode(next) && isLetterCode(value.charCodeAt(end - 1))) ||
      ((joiner === COMMA || joiner === SLASH || joiner === FULL_STOP) &&
        isDigitCode(next) &&
        isDigitCode(value.charCodeAt(end - 1)))
    if (!inner) break
    if (joiner === FULL_STOP) dotted = true
    end += 2
  }
  if (end < length && value.charCodeAt(end) === FULL_STOP) {
    const word = value.slice(at, end)
    const single = end - at === 1 && isLetterCode(value.charCodeAt(at))
    const dottedLetters = dotted && isLetterCode(value.charCodeAt(end - 1))
    if (single || dottedLetters || ABBREVIATIONS.has(word.toLowerCase())) end++
  }
  return end
}

/** An apostrophe and an "s" that end a word: the possessive "'s". */
function possessiveAt(value: string, at: number): boolean {
  const s = value.charCodeAt(at + 1)
  if (s !== LOWER_S && s !== UPPER_S) return false
  if (at === 0 || !isWordCode(value.charCodeAt(at - 1))) return false
  return at + 2 >= value.length || !isWordCode(value.charCodeAt(at + 2))
}

/** The token for `text` found at `start`..`end`. */
function makeToken(text: string, start: number, end: number): Token {
  let flags = TokenFlag.word
  let upper = false
  let lower = false
  // The hash of the lower-cased form, as long as lower-casing is ASCII.
  let hash = HASH_OFFSET
  let plain = true
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    const kind = classOf(code)
    if (kind & DIGIT) flags |= TokenFlag.hasDigit
    else if (kind & UPPER) {
      upper = true
      if (i === 0) flags |= TokenFlag.capitalised
      if (code < FIRST_NON_ASCII) code |= ASCII_LOWER_BIT
      else plain = false
    } else if (kind & LETTER) lower = true
    else if (code === RIGHT_SINGLE_QUOTE) plain = false
    hash = Math.imul(hash ^ code, HASH_PRIME)
  }
  if (upper) flags |= TokenFlag.hasUpper
  if (upper && !lower) flags |= TokenFlag.allCaps
  if (plain) return { start, end, text, lower: upper ? text.toLowerCase() : text, hash, flags }
  const folded = text.toLowerCase().replaceAll('’', "'")
  return { start, end, text, lower: folded, hash: hashOf(folded), flags }
}

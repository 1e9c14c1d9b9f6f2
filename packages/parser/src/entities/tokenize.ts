/**
 * Tokens for the name tagger: one linear scan of a text that cuts it the way
 * CoNLL-2003 (the tagger's training data) is cut, so that what the tagger
 * learned applies. Words keep inner hyphens, apostrophes, dots and ampersands
 * ("Soviet-era", "O'Neill", "U.S.", "AT&T"); a possessive is its own token
 * ("Stoltenberg" "'s"), so a name's span never covers it; a final dot stays
 * on an abbreviation ("U.S.", "Inc.", "J.") and is a token elsewhere; every
 * other mark is a token, a run of the same mark one token ("...").
 *
 * The tokens of a whole document go into one table of flat typed arrays
 * ({@link Tokens}) that every later step reads by index: no object and no
 * string a token. Each token's lower-cased form is hashed as it is cut, from
 * the characters in place (see {@link foldAt}); the form itself is made only
 * for the rare word whose lower-casing is not one character for one.
 */
import { HASH_MASK, HASH_OFFSET, HASH_PRIME, hashOf, hashOn } from './hash.js'
import { isDigit, isUpperLetter } from '../chars.js'

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
  /** Has a typographic apostrophe (straightened in the lower-cased form). */
  curly: 64,
  /**
   * Lower-cased by `toLowerCase` over characters beyond ASCII (its form may
   * differ in length: "İ"), or a mark with a capital that stays ("'S"): its
   * form is made as a string ({@link lowerAt}). Every other token lower-cases
   * one character for one ({@link foldAt}).
   */
  complex: 128,
} as const

/** The tokens of the texts of one document, as flat arrays indexed by token. */
export interface Tokens {
  /** The texts, in order. */
  values: readonly string[]
  /** The index of the first token of each text, and the token count at the end. */
  textStart: Int32Array
  /**
   * The index of the first token of each text's own words: past its dateline
   * ("LOS ANGELES —"), else its first token. Neither the dateline's words nor
   * its marks are context of the words after it.
   */
  opening: Int32Array
  count: number
  start: Int32Array
  end: Int32Array
  /** Bits of {@link TokenFlag}. */
  flags: Uint8Array
  /** {@link hashOf} the lower-cased form. */
  hash: Int32Array
  /** The text of each token (where a step needs the characters). */
  text: Int32Array
}

/**
 * One token as an object: for the training scripts and tests, which read
 * tokens one by one. Its text and lower-cased form are made when asked for.
 */
export class Token {
  constructor(
    readonly source: string,
    readonly start: number,
    readonly end: number,
    /** Bits of {@link TokenFlag}. */
    readonly flags: number,
    /** {@link hashOf} `lower`. */
    readonly hash: number,
  ) {}

  /** The code of the token's first character. */
  get first(): number {
    return this.source.charCodeAt(this.start)
  }

  /** The token as written. */
  get text(): string {
    return this.source.slice(this.start, this.end)
  }

  /** Lower-cased, typographic apostrophes straightened. */
  get lower(): string {
    return lowerOf(this.source, this.start, this.end, this.flags)
  }
}

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
const CASE_BIT = 0x20
const SPACE = 0x20

/** Abbreviations that keep their final dot (lower-cased, without it). */
const ABBREVIATIONS: readonly string[] = (
  'mr mrs ms dr st mt ft jr sr inc corp co ltd plc bros gen sen rep gov gens sens reps govs lt col maj sgt capt ' +
  'adm cmdr rev prof gov messrs no nos vs jan feb mar apr aug sept sep oct nov dec ' +
  'ave blvd dept univ assn est cie ste'
).split(' ')
const ABBREVIATION_SET: ReadonlySet<string> = new Set(ABBREVIATIONS)
const ABBREVIATION_HASHES: ReadonlySet<number> = new Set(ABBREVIATIONS.map((word) => hashOf(word)))
/** The longest abbreviation: longer words are never looked up. */
const LONGEST_ABBREVIATION = Math.max(...ABBREVIATIONS.map((word) => word.length))

/** Marks after which the next word opens a sentence: full stops, opening quotes. */
const SENTENCE_ENDS = '.!?"“‘«'
/** Marks that may stand between a full stop and the next sentence. */
const CLOSERS = "'”’)]»"
const OPENS = 1
const KEEPS = 2
const OTHER = 0

/** What each mark does to the sentence, for the marks below 256; the others are looked up. */
const LATIN_ROLES = new Uint8Array(0x100)
const OTHER_ROLES: ReadonlyMap<number, number> = new Map([
  ...[...CLOSERS].map((char) => [char.charCodeAt(0), KEEPS] as const),
  ...[...SENTENCE_ENDS].map((char) => [char.charCodeAt(0), OPENS] as const),
])
for (const [code, role] of OTHER_ROLES) if (code < LATIN_ROLES.length) LATIN_ROLES[code] = role

/** What a mark does to the sentence: opens the next one, keeps the state, or ends the opening. */
function markRole(code: number): number {
  if (code < LATIN_ROLES.length) return LATIN_ROLES[code] as number
  return OTHER_ROLES.get(code) ?? OTHER
}

/** Character classes, as bits. */
const LETTER = 1
const UPPER = 2
const DIGIT = 4
/** A letter that is not upper case (a mark counts): what tells "Nato" from "NATO". */
const LOWER = 8
const ASCII_CLASSES = new Uint8Array(FIRST_NON_ASCII).map((_, code) =>
  code >= 0x30 && code <= 0x39
    ? DIGIT
    : code >= 0x41 && code <= 0x5a
      ? LETTER | UPPER
      : code >= 0x61 && code <= 0x7a
        ? LETTER | LOWER
        : 0,
)
/** ASCII characters lower-cased. */
const ASCII_FOLDS = new Uint8Array(FIRST_NON_ASCII).map((_, code) =>
  code >= 0x41 && code <= 0x5a ? code | CASE_BIT : code,
)
const LETTER_PATTERN = /\p{L}|\p{M}/u
const UPPER_PATTERN = /\p{Lu}|\p{Lt}/u

/** Classes of the other characters of the Basic Multilingual Plane, plus one; 0 until asked. */
const OTHER_CLASSES = new Uint8Array(0x10000)

function classOf(code: number): number {
  if (code < FIRST_NON_ASCII) return ASCII_CLASSES[code] as number
  const known = OTHER_CLASSES[code] as number
  if (known) return known - 1
  const char = String.fromCharCode(code)
  const kind = !LETTER_PATTERN.test(char)
    ? 0
    : UPPER_PATTERN.test(char)
      ? LETTER | UPPER
      : LETTER | LOWER
  OTHER_CLASSES[code] = kind + 1
  return kind
}

function isWordCode(code: number): boolean {
  return classOf(code) !== 0
}

function isLetterCode(code: number): boolean {
  return (classOf(code) & LETTER) !== 0
}

function isBreak(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE
}

/**
 * The lower-cased form of a character of a token that is not
 * {@link TokenFlag.complex}: ASCII capitals lowered, the typographic
 * apostrophe straightened, the rest as is.
 */
export function foldAt(value: string, at: number): number {
  const code = value.charCodeAt(at)
  if (code < FIRST_NON_ASCII)
    return (ASCII_CLASSES[code] as number) & UPPER ? code | CASE_BIT : code
  return code === RIGHT_SINGLE_QUOTE ? APOSTROPHE : code
}

/** The lower-cased form of the token `start`..`end` of `value` whose flags are `flags`. */
export function lowerOf(value: string, start: number, end: number, flags: number): string {
  let folded = value.slice(start, end)
  if (flags & TokenFlag.hasUpper) folded = folded.toLowerCase()
  if (flags & TokenFlag.curly) folded = folded.replaceAll('’', "'")
  return folded
}

/** Whether token `k` is a word with no capital and no digit ("on", "senator"). */
export function isLowerWord(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags[k] as number
  return (flags & TokenFlag.word) !== 0 && (flags & (TokenFlag.hasUpper | TokenFlag.hasDigit)) === 0
}

/** Whether token `k` is a capitalised word with no digit, not in capitals: "LeBron", not "NBA" or "F1". */
export function isNameCased(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags[k] as number
  return (
    (flags & TokenFlag.capitalised) !== 0 &&
    (flags & (TokenFlag.hasDigit | TokenFlag.allCaps)) === 0
  )
}

/** A first name's initial as a token, lower-cased: "j.". */
export const INITIAL = /^\p{L}\.$/u

/** Whether token `k` is a first name's initial: "J.", "C.". */
export function isInitialAt(tokens: Tokens, k: number): boolean {
  return INITIAL.test(lowerAt(tokens, k))
}

/** Whether token `k` is one of the marks `marks` holds: "(", a quotation mark. */
export function isMark(tokens: Tokens, k: number, marks: string): boolean {
  const start = tokens.start[k] as number
  const value = tokens.values[tokens.text[k] as number] as string
  return (tokens.end[k] as number) - start === 1 && marks.includes(value.charAt(start))
}

/** The characters of token `k` of `tokens`, as written. */
export function textAt(tokens: Tokens, k: number): string {
  const value = tokens.values[tokens.text[k] as number] as string
  return value.slice(tokens.start[k] as number, tokens.end[k] as number)
}

/** The lower-cased form of token `k` of `tokens`. */
export function lowerAt(tokens: Tokens, k: number): string {
  const value = tokens.values[tokens.text[k] as number] as string
  return lowerOf(
    value,
    tokens.start[k] as number,
    tokens.end[k] as number,
    tokens.flags[k] as number,
  )
}

/** Continues `hash` over the lower-cased form of token `k`. */
export function hashOnToken(hash: number, tokens: Tokens, k: number): number {
  const flags = tokens.flags[k] as number
  const value = tokens.values[tokens.text[k] as number] as string
  if (flags & TokenFlag.complex) return hashOn(hash, lowerAt(tokens, k))
  let h = hash
  const end = tokens.end[k] as number
  for (let i = tokens.start[k] as number; i < end; i++)
    h = Math.imul(h ^ foldAt(value, i), HASH_PRIME) & HASH_MASK
  return h
}

/** Where a document's tokens are written as they are cut; grows by doubling. */
class TokenWriter {
  count = 0
  start: Int32Array
  end: Int32Array
  flags: Uint8Array
  hash: Int32Array
  text: Int32Array

  constructor(capacity: number) {
    this.start = new Int32Array(capacity)
    this.end = new Int32Array(capacity)
    this.flags = new Uint8Array(capacity)
    this.hash = new Int32Array(capacity)
    this.text = new Int32Array(capacity)
  }

  /** The written tokens as the table of texts `values`, whose first tokens `textStart` gives. */
  table(values: readonly string[], textStart: Int32Array, opening: Int32Array): Tokens {
    const { count, start, end, flags, hash, text } = this
    return { values, textStart, opening, count, start, end, flags, hash, text }
  }

  push(text: number, start: number, end: number, flags: number, hash: number): void {
    const k = this.count
    if (k === this.start.length) this.grow()
    this.start[k] = start
    this.end[k] = end
    this.flags[k] = flags
    this.hash[k] = hash
    this.text[k] = text
    this.count = k + 1
  }

  private grow(): void {
    const capacity = this.start.length * 2
    const grown = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const next = make(capacity)
      next.set(array)
      return next
    }
    this.start = grown(this.start, (n) => new Int32Array(n))
    this.end = grown(this.end, (n) => new Int32Array(n))
    this.flags = grown(this.flags, (n) => new Uint8Array(n))
    this.hash = grown(this.hash, (n) => new Int32Array(n))
    this.text = grown(this.text, (n) => new Int32Array(n))
  }
}

/** Characters a token takes on average, at least (to size the table: it grows if need be). */
const CHARS_PER_TOKEN = 4
const MIN_CAPACITY = 16

/**
 * The tokens of every text of `values` (one document), in order. A text's
 * `openings` offset, past its dateline ("LOS ANGELES —"), is where its first
 * sentence starts.
 */
export function tokenizeAll(values: readonly string[], openings?: readonly number[]): Tokens {
  let chars = 0
  for (const value of values) chars += value.length
  const out = new TokenWriter(Math.ceil(chars / CHARS_PER_TOKEN) + MIN_CAPACITY)
  const textStart = new Int32Array(values.length + 1)
  const opening = new Int32Array(values.length)
  values.forEach((value, t) => {
    textStart[t] = out.count
    opening[t] = scan(value, t, out, openings?.[t] ?? 0)
  })
  textStart[values.length] = out.count
  return out.table(values, textStart, opening)
}

/** The tokens of `value`, in order, as objects. */
export function tokenize(value: string): Token[] {
  return tokenObjects(tokenizeAll([value]), 0)
}

/** The tokens of text `t` of `tokens`, as objects. */
export function tokenObjects(tokens: Tokens, t: number): Token[] {
  const value = tokens.values[t] as string
  const list: Token[] = []
  const last = tokens.textStart[t + 1] as number
  for (let k = tokens.textStart[t] as number; k < last; k++) {
    list.push(
      new Token(
        value,
        tokens.start[k] as number,
        tokens.end[k] as number,
        tokens.flags[k] as number,
        tokens.hash[k] as number,
      ),
    )
  }
  return list
}

/** The table of tokens given as objects, one list a text (as {@link tokenize} makes them). */
export function tokensFrom(texts: readonly (readonly Token[])[]): Tokens {
  const total = texts.reduce((sum, list) => sum + list.length, 0)
  const out = new TokenWriter(total + 1)
  const textStart = new Int32Array(texts.length + 1)
  const values: string[] = []
  texts.forEach((list, t) => {
    textStart[t] = out.count
    values.push(list[0]?.source ?? '')
    for (const token of list) out.push(t, token.start, token.end, token.flags, token.hash)
  })
  textStart[texts.length] = out.count
  return out.table(values, textStart, textStart.subarray(0, texts.length))
}

/**
 * Cuts `value` (text `t`) into tokens written to `out`; its first sentence
 * starts at `opening`. Returns the index of the token there.
 */
function scan(value: string, t: number, out: TokenWriter, opening: number): number {
  const length = value.length
  let at = 0
  let opensSentence = true
  // "LOS ANGELES — Firefighters battled": the word after a dateline opens the story's sentence.
  let dateline = opening > 0
  let own = out.count
  const first = out.count
  while (at < length) {
    const code = value.charCodeAt(at)
    if (isBreak(code)) {
      at++
      continue
    }
    const start = at
    if (dateline && start >= opening) {
      opensSentence = true
      dateline = false
      own = out.count
    }
    if (isWordCode(code)) {
      at = wordEnd(value, at)
      let flags = scannedFlags
      if (opensSentence) flags |= TokenFlag.sentenceStart
      // "bought Glowlab Inc. Shares rose": a legal form ends its name, and a capital after it
      // opens a sentence.
      opensSentence =
        value.charCodeAt(at - 1) === DOT &&
        (endsCompanyName(value, start, at) || isPlatformX(value, start, at))
      out.push(t, start, at, flags, scannedHash)
      continue
    }
    if (isApostrophe(code) && possessiveAt(value, at)) at += 2
    else {
      // A run of one mark is one token ("...", "--"): a wall of quotes costs one token.
      at++
      while (at < length && value.charCodeAt(at) === code) at++
    }
    // A mark is not lower-cased: its form is itself, apostrophes straightened. Only the
    // possessive "'S" has a capital, which must stay: it is left to lowerOf.
    let flags = code === RIGHT_SINGLE_QUOTE ? TokenFlag.curly : 0
    let hash = HASH_OFFSET
    if (value.charCodeAt(at - 1) === UPPER_S) {
      flags |= TokenFlag.complex
      hash = hashOf(lowerOf(value, start, at, flags))
    } else {
      for (let i = start; i < at; i++)
        hash = Math.imul(hash ^ foldAt(value, i), HASH_PRIME) & HASH_MASK
    }
    out.push(t, start, at, flags, hash)
    const role = markRole(code)
    // "Q: You've said", "Photo: The wreckage of", "Correction: An earlier version": a label,
    // then a sentence.
    if (
      role === OPENS ||
      (code === COLON && out.count - first === 2 && isLabel(value, start)) ||
      (isOpeningSingleQuote(value, start, at) && isQuoteIntroducer(value, start))
    )
      opensSentence = true
    else if (role !== KEEPS) opensSentence = false
  }
  return own
}
const COLON = 0x3a
const DOT = 0x2e

/** Whether the mark before the space before `start` of `value` introduces a quotation: "wrote: 'Thank". */
function isQuoteIntroducer(value: string, start: number): boolean {
  const mark = value.charCodeAt(start - 2)
  return start >= 2 && (mark === COLON || mark === COMMA)
}

/**
 * Whether the mark at `start`..`end` of `value` is a single quotation mark
 * that opens a quotation of a capitalised sentence ("He wrote: 'Thank you'"),
 * as a double one does: an apostrophe or a right single mark (the left one
 * opens always) after a space or the start, before a capital.
 */
export function isOpeningSingleQuote(value: string, start: number, end: number): boolean {
  return (
    end === start + 1 &&
    isApostrophe(value.charCodeAt(start)) &&
    (start === 0 || isBreak(value.charCodeAt(start - 1))) &&
    isUpperLetter(value.charCodeAt(end))
  )
}

/** Legal forms written with a dot that end a company's name, and so the sentence when it ends there. */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set(['inc.', 'corp.', 'ltd.', 'plc.', 'llc.'])

/** Whether the word at `start`..`end` of `value` is one of {@link COMPANY_ENDINGS}. */
function endsCompanyName(value: string, start: number, end: number): boolean {
  return end - start <= 5 && COMPANY_ENDINGS.has(value.slice(start, end).toLowerCase())
}
/** Whether the word at `start`..`end` is "X." after "on": the platform, "a post on X. Tesla ...". */
function isPlatformX(value: string, start: number, end: number): boolean {
  return (
    end - start === 2 &&
    value.charCodeAt(start) === UPPER_X &&
    value.slice(start - 3, start) === 'on '
  )
}
const UPPER_X = 0x58
/**
 * Whether the word before the colon at `colon`, the text's first, is a label:
 * an interview's letter ("Q", "A"), or a caption's or a notice's ("Photo",
 * "Correction"); not a headline's hook ("Revealed: Here Are ...").
 */
function isLabel(value: string, colon: number): boolean {
  if (colon <= 1) return true
  return colon <= MAX_LABEL && LABELS.has(value.slice(0, colon).toLowerCase())
}
/** Labels of captions and notices, lower-cased. */
const LABELS: ReadonlySet<string> = new Set([
  ...['photo', 'photos', 'photograph', 'image', 'images', 'picture', 'pictured', 'video'],
  ...['videos', 'caption', 'file', 'map', 'chart', 'graphic', 'illustration', 'above', 'top'],
  ...['correction', 'corrections', 'clarification', 'update', 'note', 'credit', 'source'],
  ...['disclaimer', 'warning'],
])
/** Where the colon after a label stands at most: "Clarification". */
const MAX_LABEL = 15

/** The end of the word that starts at `at`; its flags and hash are left in `scanned*`. */
function wordEnd(value: string, at: number): number {
  const length = value.length
  const first = value.charCodeAt(at)
  const firstKind = classOf(first)
  let kinds = firstKind
  let curly = false
  let end = at + 1
  let dotted = false
  // The lower-cased form is hashed as the word is read (see foldAt); a capital
  // beyond ASCII sends the word to toLowerCase at the end.
  let wide = first >= FIRST_NON_ASCII
  let hash = Math.imul(HASH_OFFSET ^ foldAt(value, at), HASH_PRIME) & HASH_MASK
  for (;;) {
    while (end < length) {
      const code = value.charCodeAt(end)
      let kind: number
      if (code < FIRST_NON_ASCII) {
        kind = ASCII_CLASSES[code] as number
        if (kind === 0) break
        hash = Math.imul(hash ^ (ASCII_FOLDS[code] as number), HASH_PRIME) & HASH_MASK
      } else {
        kind = classOf(code)
        if (kind === 0) break
        wide = true
        hash = Math.imul(hash ^ code, HASH_PRIME) & HASH_MASK
      }
      kinds |= kind
      end++
    }
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
      hash = Math.imul(hash ^ FULL_STOP, HASH_PRIME) & HASH_MASK
      hash = Math.imul(hash ^ HYPHEN, HASH_PRIME) & HASH_MASK
      end += 2
      continue
    }
    const inner =
      ((joiner === HYPHEN || joiner === AMPERSAND || isApostrophe(joiner)) && isWordCode(next)) ||
      (joiner === FULL_STOP && isLetterCode(next) && isLetterCode(value.charCodeAt(end - 1))) ||
      ((joiner === COMMA || joiner === SLASH || joiner === FULL_STOP) &&
        isDigit(next) &&
        isDigit(value.charCodeAt(end - 1)))
    if (!inner) break
    if (joiner === FULL_STOP) dotted = true
    if (joiner === RIGHT_SINGLE_QUOTE) curly = true
    hash = Math.imul(hash ^ foldAt(value, end), HASH_PRIME) & HASH_MASK
    end++
  }
  let flags = TokenFlag.word
  if (kinds & DIGIT) flags |= TokenFlag.hasDigit
  if (firstKind & UPPER) flags |= TokenFlag.capitalised
  if (kinds & UPPER)
    flags |= kinds & LOWER ? TokenFlag.hasUpper : TokenFlag.hasUpper | TokenFlag.allCaps
  if (curly) flags |= TokenFlag.curly
  const complex = wide && (flags & TokenFlag.hasUpper) !== 0
  if (
    end < length &&
    value.charCodeAt(end) === FULL_STOP &&
    keepsDot(value, at, end, dotted, complex, hash)
  ) {
    end++
    hash = Math.imul(hash ^ FULL_STOP, HASH_PRIME) & HASH_MASK
  }
  if (complex) {
    flags |= TokenFlag.complex
    hash = hashOf(lowerOf(value, at, end, flags))
  }
  scannedFlags = flags
  scannedHash = hash
  return end
}

/** The flags and hash of the word that {@link wordEnd} last scanned. */
let scannedFlags = 0
let scannedHash = 0

/**
 * The word `at`..`end` keeps the dot after it: one letter, dotted letters
 * (the last one alone), an abbreviation.
 */
function keepsDot(
  value: string,
  at: number,
  end: number,
  dotted: boolean,
  complex: boolean,
  hash: number,
): boolean {
  if (end - at === 1 && isLetterCode(value.charCodeAt(at))) return true
  // "U.S.", "Ph.D.", "a.m.", "W.Va.": dotted letters; not a web name's domain in lower case
  // ("PowerOutage.us.", "Amazon.com.").
  if (dotted && isLetterCode(value.charCodeAt(end - 1)) && !isDomainEnd(value, at, end)) return true
  if (end - at > LONGEST_ABBREVIATION) return false
  if (complex) return ABBREVIATION_SET.has(value.slice(at, end).toLowerCase())
  // The hash of the lower-cased word finds the one abbreviation it may be.
  if (!ABBREVIATION_HASHES.has(hash)) return false
  for (const word of ABBREVIATIONS) {
    if (word.length === end - at && sameLower(value, at, word)) return true
  }
  return false
}

/** Whether the dotted word ending at `end` ends in a domain: a dot and two lower-case letters or more. */
function isDomainEnd(value: string, start: number, end: number): boolean {
  let at = end
  while (at > start && (ASCII_CLASSES[value.charCodeAt(at - 1)] ?? 0) & LOWER) at--
  return end - at >= MIN_DOMAIN_LENGTH && value.charCodeAt(at - 1) === FULL_STOP
}
const MIN_DOMAIN_LENGTH = 2

/** The characters from `at` in `value`, lower-cased as `toLowerCase` does for ASCII, spell `word`. */
function sameLower(value: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = value.charCodeAt(at + i)
    const lowered =
      code < FIRST_NON_ASCII && (ASCII_CLASSES[code] as number) & UPPER ? code | CASE_BIT : code
    if (lowered !== word.charCodeAt(i)) return false
  }
  return true
}

/** An apostrophe and an "s" that end a word: the possessive "'s". */
function possessiveAt(value: string, at: number): boolean {
  const s = value.charCodeAt(at + 1)
  if (s !== LOWER_S && s !== UPPER_S) return false
  if (at === 0 || !isWordCode(value.charCodeAt(at - 1))) return false
  return at + 2 >= value.length || !isWordCode(value.charCodeAt(at + 2))
}

/**
 * The hash of the lower-cased tokens `first`..`last` joined by one space (as
 * the gazetteers are keyed, see hashJoin): "new york" for "New York".
 */
export function nameKey(tokens: Tokens, first: number, last: number): number {
  let key = tokens.hash[first] as number
  for (let k = first + 1; k <= last; k++)
    key = hashOnToken(Math.imul(key ^ SPACE, HASH_PRIME) & HASH_MASK, tokens, k)
  return key
}

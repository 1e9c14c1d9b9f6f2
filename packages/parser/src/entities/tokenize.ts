/**
 * Tokens for the name tagger: one linear scan of a text that cuts it the way
 * CoNLL-2003 (the tagger's training data) is cut, so that what the tagger
 * learned applies. Words keep inner hyphens, apostrophes, dots and ampersands
 * ("Soviet-era", "O'Neill", "U.S.", "AT&T"); a possessive is its own token
 * ("Stoltenberg" "'s"), so a name's span never covers it; a final dot stays
 * on an abbreviation ("U.S.", "Inc.", "J.") and is a token elsewhere; every
 * other mark is a token, a run of the same mark one token ("...").
 */
import { hashJoin, hashOf } from './hash.js'

/**
 * One token: a range of the text and what the tagger reads of it. Its text,
 * lower-cased form and hash are made when first asked for: most tokens are
 * lower-case words that the tagger only steps over.
 */
export class Token {
  private written: string | null = null
  private folded: string | null = null
  private hashed = UNKNOWN
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** Bits of {@link TokenFlag}. */
    public flags: number,
  ) {}

  /** The code of the token's first character. */
  get first(): number {
    return this.source.charCodeAt(this.start)
  }

  /** The token as written. */
  get text(): string {
    return (this.written ??= this.source.slice(this.start, this.end))
  }

  /** Lower-cased, typographic apostrophes straightened. */
  get lower(): string {
    if (this.folded !== null) return this.folded
    let folded = this.flags & TokenFlag.hasUpper ? this.text.toLowerCase() : this.text
    if (this.flags & TokenFlag.curly) folded = folded.replaceAll('’', "'")
    this.folded = folded
    return folded
  }

  /** {@link hashOf} `lower`. */
  get hash(): number {
    if (this.hashed === UNKNOWN) this.hashed = hashOf(this.lower)
    return this.hashed
  }
}

const UNKNOWN = -1

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

/** Abbreviations that keep their final dot (lower-cased, without it). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr st mt ft jr sr inc corp co ltd plc bros gen sen rep gov lt col maj sgt capt ' +
    'adm cmdr rev prof gov messrs no nos vs jan feb mar apr aug sept sep oct nov dec ' +
    'ave blvd dept univ assn est cie ste'
  ).split(' '),
)

/** Marks after which the next word opens a sentence: full stops, opening quotes. */
const SENTENCE_ENDS = '.!?"“‘«'
/** Marks that may stand between a full stop and the next sentence. */
const CLOSERS = "'”’)]»"
const OPENS = 1
const KEEPS = 2
const OTHER = 0

const MARK_ROLES: ReadonlyMap<number, number> = new Map([
  ...[...CLOSERS].map((char) => [char.charCodeAt(0), KEEPS] as const),
  ...[...SENTENCE_ENDS].map((char) => [char.charCodeAt(0), OPENS] as const),
])

/** What a mark does to the sentence: opens the next one, keeps the state, or ends the opening. */
function markRole(code: number): number {
  return MARK_ROLES.get(code) ?? OTHER
}

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

/** Classes of the other characters of the Basic Multilingual Plane, plus one; 0 until asked. */
const OTHER_CLASSES = new Uint8Array(0x10000)

function classOf(code: number): number {
  if (code < FIRST_NON_ASCII) return ASCII_CLASSES[code] as number
  const known = OTHER_CLASSES[code] as number
  if (known) return known - 1
  const char = String.fromCharCode(code)
  const kind = !LETTER_PATTERN.test(char) ? 0 : UPPER_PATTERN.test(char) ? LETTER | UPPER : LETTER
  OTHER_CLASSES[code] = kind + 1
  return kind
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
      const token = new Token(value, start, at, scannedFlags)
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
    const token = new Token(value, start, at, code === RIGHT_SINGLE_QUOTE ? TokenFlag.curly : 0)
    tokens.push(token)
    const role = markRole(code)
    if (role === OPENS) opensSentence = true
    else if (role !== KEEPS) opensSentence = false
  }
  return tokens
}

/** The end of the word that starts at `at`. */
function wordEnd(value: string, at: number): number {
  const length = value.length
  const firstKind = classOf(value.charCodeAt(at))
  let kinds = firstKind
  let lower = (firstKind & (LETTER | UPPER)) === LETTER
  let curly = false
  let end = at + 1
  let dotted = false
  for (;;) {
    while (end < length) {
      const kind = classOf(value.charCodeAt(end))
      if (kind === 0) break
      kinds |= kind
      if ((kind & (LETTER | UPPER)) === LETTER) lower = true
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
      end += 2
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
    if (joiner === RIGHT_SINGLE_QUOTE) curly = true
    end++
  }
  if (end < length && value.charCodeAt(end) === FULL_STOP) {
    const single = end - at === 1 && isLetterCode(value.charCodeAt(at))
    const dottedLetters = dotted && isLetterCode(value.charCodeAt(end - 1))
    if (single || dottedLetters || ABBREVIATIONS.has(value.slice(at, end).toLowerCase())) end++
  }
  let flags = TokenFlag.word
  if (kinds & DIGIT) flags |= TokenFlag.hasDigit
  if (firstKind & UPPER) flags |= TokenFlag.capitalised
  if (kinds & UPPER) flags |= lower ? TokenFlag.hasUpper : TokenFlag.hasUpper | TokenFlag.allCaps
  if (curly) flags |= TokenFlag.curly
  scannedFlags = flags
  return end
}

/** The flags of the word that {@link wordEnd} last scanned. */
let scannedFlags = 0

/** An apostrophe and an "s" that end a word: the possessive "'s". */
function possessiveAt(value: string, at: number): boolean {
  const s = value.charCodeAt(at + 1)
  if (s !== LOWER_S && s !== UPPER_S) return false
  if (at === 0 || !isWordCode(value.charCodeAt(at - 1))) return false
  return at + 2 >= value.length || !isWordCode(value.charCodeAt(at + 2))
}

/**
 * The hash of the lower-cased tokens `first`..`last` joined by one space (as
 * the gazetteers are keyed): "new york" for "New York".
 */
export function nameKey(tokens: readonly Token[], first: number, last: number): number {
  let key = (tokens[first] as Token).hash
  for (let i = first + 1; i <= last; i++) key = hashJoin(key, (tokens[i] as Token).lower)
  return key
}

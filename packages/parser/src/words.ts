/**
 * A fast word scanner shared by the counters: letters and digits, with
 * apostrophes, hyphens and dots inside a word ("don't", "long-range", "U.S").
 * A loop over character codes, with Unicode's letter test only for non-ASCII.
 */

const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]/u
const NON_ASCII = 0x80
const APOSTROPHE = 0x27
const RIGHT_SINGLE_QUOTE = 0x2019
const HYPHEN = 0x2d
const FULL_STOP = 0x2e
/** ASCII letters and digits, by character code: the common case without a regular expression. */
const ASCII_WORD = new Uint8Array(NON_ASCII)
for (let code = 0; code < NON_ASCII; code++) {
  const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  ASCII_WORD[code] = letter || (code >= 0x30 && code <= 0x39) ? 1 : 0
}

/** Other characters' answers, found once each: 0 not asked yet, then `WORD` or `NOT_WORD`. */
const UNICODE_WORD = new Uint8Array(0x10000)
const WORD = 1
const NOT_WORD = 2

/** Whether the character at `i` of `text` is a letter, digit or mark. */
export function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < NON_ASCII) return ASCII_WORD[code] === 1
  // Outside the text there is no character, so no word character: a year that ends a segment
  // ("since 2019") stands alone.
  if (!(i >= 0 && i < text.length && Math.floor(i) === i)) return false
  return isWordCode(code)
}

/**
 * Whether the UTF-16 unit `code`, found in a text, is a letter, digit or mark.
 * One unit decides: a surrogate alone is no letter, as the regular expression says.
 */
function isWordCode(code: number): boolean {
  if (code < NON_ASCII) return ASCII_WORD[code] === 1
  let known = UNICODE_WORD[code] ?? 0
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? WORD : NOT_WORD
    UNICODE_WORD[code] = known
  }
  return known === WORD
}

/** Calls `visit(start, end)` for each word of `text`; stops early when it returns false. */
export function forEachWord(
  text: string,
  visit: (start: number, end: number) => boolean | void,
): void {
  for (let start = wordStartAt(text, 0); start < text.length;) {
    const end = wordEndAt(text, start)
    if (visit(start, end) === false) return
    start = wordStartAt(text, end)
  }
}

/**
 * Where the first word of `text` at or after `from` starts; `text.length`
 * when none does. With `wordEndAt`, a loop over words that needs no callback.
 */
export function wordStartAt(text: string, from: number): number {
  let i = from
  // The loop tests ASCII inline; only other characters pay for the Unicode test.
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < NON_ASCII ? ASCII_WORD[code] === 1 : isWordCode(code)) break
  }
  return i
}

/** Where the word of `text` that starts at `start` ends: past joiners between word characters. */
export function wordEndAt(text: string, start: number): number {
  const length = text.length
  let i = start
  for (;;) {
    for (; i < length; i++) {
      const code = text.charCodeAt(i)
      if (!(code < NON_ASCII ? ASCII_WORD[code] === 1 : isWordCode(code))) break
    }
    if (i + 1 < length && isJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
      i++
      continue
    }
    return i
  }
}

/**
 * Whether the word that {@link casedWordEnd} last read has a character that
 * lower-casing may change: an ASCII capital, or anything beyond ASCII (whose
 * case a table would have to know).
 */
export let wordHasCase = false

/**
 * {@link wordEndAt}, noting in {@link wordHasCase} whether the word may change
 * when lower-cased: one pass over the word where a second would read each of
 * its characters again (this runs for every word of every paragraph). The
 * comma of a number is inside its word: "14,000" is one, so that no phrase
 * ends at it ("according to a study of 14,000 adults").
 */
export function casedWordEnd(text: string, start: number): number {
  const length = text.length
  let cased = false
  let i = start
  for (;;) {
    for (; i < length; i++) {
      const code = text.charCodeAt(i)
      if (code < NON_ASCII) {
        if (ASCII_WORD[code] !== 1) break
        if (code <= UPPER_Z && code >= UPPER_A) cased = true
      } else {
        if (!isWordCode(code)) break
        cased = true
      }
    }
    if (i + 1 < length && isJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
      // The joiner is read as part of the word: only the typographic apostrophe is beyond ASCII.
      if (text.charCodeAt(i) === RIGHT_SINGLE_QUOTE) cased = true
      i++
      continue
    }
    if (isThousandsComma(text, i)) {
      i++
      continue
    }
    wordHasCase = cased
    return i
  }
}
const UPPER_A = 0x41
const UPPER_Z = 0x5a

/** Whether the UTF-16 unit `code` is a letter, digit or mark (as {@link isWordChar} says of a character). */
export function isWordUnit(code: number): boolean {
  return code < NON_ASCII ? ASCII_WORD[code] === 1 : isWordCode(code)
}

/**
 * How many words `text` has: a loop without a callback, since every article is
 * counted, and without a branch on what each character is (see WORD_STARTS).
 */
export function countWords(text: string): number {
  let count = 0
  let state: number = OUTSIDE
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const step = state * CLASSES + charClass(code)
    count += WORD_STARTS[step] as number
    state = NEXT_STATE[step] as number
  }
  return count
}

/**
 * The states of the word count: outside a word, in one, or right after a
 * joiner that follows a word ("don" + "'" of "don't", "long" + "-" of
 * "long-range", "U" + "." of "U.S"), where a word character goes on the same
 * word.
 */
const OUTSIDE = 0
const IN_WORD = 1
const AFTER_JOINER = 2
/** The classes of characters (see {@link charClass}): other, word (letter, digit, mark), joiner. */
const OTHER = 0
const WORD_CLASS = 1
const JOINER = 2
const CLASSES = 3
/** The state after a character of each class, by `state * CLASSES + class`. */
const NEXT_STATE = Uint8Array.from([
  ...[OUTSIDE, IN_WORD, OUTSIDE],
  ...[OUTSIDE, IN_WORD, AFTER_JOINER],
  ...[OUTSIDE, IN_WORD, OUTSIDE],
])
/**
 * 1 where a character starts a word, by `state * CLASSES + class`: a word
 * character outside a word. Added to the count whatever the character: the
 * loop then has no branch that the text's words would make hard to predict.
 */
const WORD_STARTS = Uint8Array.from([0, 1, 0, ...[0, 0, 0], ...[0, 0, 0]])
/** The class of each ASCII character. */
const ASCII_CLASS = new Uint8Array(NON_ASCII)
for (let code = 0; code < NON_ASCII; code++)
  ASCII_CLASS[code] = ASCII_WORD[code] === 1 ? WORD_CLASS : isJoiner(code) ? JOINER : OTHER

/**
 * The class of the UTF-16 unit `code` in the word scanners: {@link WORD_CLASS}
 * for a letter, digit or mark, {@link JOINER} for what joins two word
 * characters into one word ("don't", "long-range", "U.S"), else {@link OTHER}.
 */
function charClass(code: number): number {
  return code < NON_ASCII ? (ASCII_CLASS[code] as number) : unicodeClass(code)
}

/** The class of a character beyond ASCII: the typographic apostrophe joins. */
function unicodeClass(code: number): number {
  if (code === RIGHT_SINGLE_QUOTE) return JOINER
  return isWordCode(code) ? WORD_CLASS : OTHER
}

/** Characters inside a word between word characters: "don't", "long-range", "U.S". */
/** Whether `text` has at `i` a comma between a digit and three digits that end a group: "14,000". */
function isThousandsComma(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== COMMA || !isDigitCode(text.charCodeAt(i - 1))) return false
  for (let k = i + 1; k <= i + 3; k++) if (!isDigitCode(text.charCodeAt(k))) return false
  return !isDigitCode(text.charCodeAt(i + 4))
}
const COMMA = 0x2c

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isJoiner(code: number): boolean {
  return code === FULL_STOP || code === HYPHEN || code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE
}

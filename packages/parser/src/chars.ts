/**
 * Character classes the scanners share. Pasted text carries NBSPs, zero-width
 * characters, BOMs and control characters; these decide what counts as space
 * and what is dropped from values (positions still cover the original).
 */

export const SPACE = 0x20
export const TAB = 0x09
export const LINE_FEED = 0x0a
export const CARRIAGE_RETURN = 0x0d
export const HYPHEN = 0x2d
export const EN_DASH = 0x2013
/** A hyphen and an en dash, which open list items, sign quotes and set off asides at a line's start. */
export const LINE_DASHES: ReadonlySet<number> = new Set([HYPHEN, EN_DASH])
export const NO_BREAK_SPACE = 0xa0
export const SOFT_HYPHEN = 0xad
export const ZERO_WIDTH_SPACE = 0x200b
export const ZERO_WIDTH_JOINER = 0x200d
export const WORD_JOINER = 0x2060
export const BYTE_ORDER_MARK = 0xfeff
export const LINE_SEPARATOR = 0x2028
export const PARAGRAPH_SEPARATOR = 0x2029

/** Characters that carry nothing and are dropped from values. */
export function isInvisible(code: number): boolean {
  return (
    (code >= ZERO_WIDTH_SPACE && code <= ZERO_WIDTH_JOINER) ||
    code === WORD_JOINER ||
    code === BYTE_ORDER_MARK ||
    code === SOFT_HYPHEN ||
    (code < SPACE && code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN) ||
    (code >= 0x7f && code < NO_BREAK_SPACE)
  )
}

/** Characters that separate words (line ends excluded). */
export function isSpace(code: number): boolean {
  return (
    code === SPACE ||
    code === TAB ||
    code === NO_BREAK_SPACE ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === LINE_SEPARATOR ||
    code === PARAGRAPH_SEPARATOR ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** Space or invisible: what a blank line is made of. */
export function isBlankChar(code: number): boolean {
  return isSpace(code) || isInvisible(code)
}

/** Whether a character code is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** ASCII capital letter, A to Z. */
export function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

/** ASCII small letter, a to z. */
export function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

/** ASCII or Latin letter, lower case. */
export function isLowerLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7)
}

/** ASCII or Latin letter, upper case. */
export function isUpperLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)
}

/** Any letter, by Unicode's reckoning. */
export function isLetter(char: string): boolean {
  return LETTER.test(char)
}

const LETTER = /^\p{L}$/u

/** `text` without its combining marks: "Léon" -> "Leon", "Jürgen" -> "Jurgen". */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(MARKS, '')
}
/** Combining marks, which NFD splits from the letters they sit on. */
const MARKS = /\p{M}+/gu

/**
 * List item markers at the start of a line: "- ", "* ", "• ", "1. ", "1) ".
 * A linear scan of at most a few characters, no regular expression.
 */
import { isDigit, isSpace } from './chars.js'

/** What a list marker says about its item. */
export interface ListMarker {
  ordered: boolean
  /** The number of an ordered item, else null. */
  number: number | null
  /** Offset of the item's first character after the marker and its space. */
  contentStart: number
}

const BULLETS = new Set([0x2d, 0x2a, 0x2022, 0x25aa, 0x25cf, 0x2013, 0x2043, 0x25e6])
const MAX_ORDINAL_DIGITS = 3

/** The list marker that starts `text` at `start`, or null. */
export function readListMarker(text: string, start: number, end: number): ListMarker | null {
  const code = text.charCodeAt(start)
  if (BULLETS.has(code)) {
    const after = start + 1
    if (after < end && isSpace(text.charCodeAt(after))) {
      // "- - -" and "* * *" are thematic breaks, not items.
      if (text.charCodeAt(after + 1) === code) return null
      return { ordered: false, number: null, contentStart: skipSpaces(text, after, end) }
    }
    return null
  }
  let i = start
  while (i < end && i - start < MAX_ORDINAL_DIGITS && isDigit(text.charCodeAt(i))) i++
  if (i === start || i >= end) return null
  const punctuation = text.charCodeAt(i)
  if (punctuation !== 0x2e && punctuation !== 0x29) return null
  if (i + 1 >= end || !isSpace(text.charCodeAt(i + 1))) return null
  return {
    ordered: true,
    number: Number(text.slice(start, i)),
    contentStart: skipSpaces(text, i + 1, end),
  }
}

/** Whether a list marker starts `text` at `start`. */
export function startsListItem(text: string, start: number, end: number): boolean {
  return readListMarker(text, start, end) !== null
}

function skipSpaces(text: string, start: number, end: number): number {
  let i = start
  while (i < end && isSpace(text.charCodeAt(i))) i++
  return i
}

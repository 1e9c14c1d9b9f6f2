/**
 * Crossheads: the short lines that title sections of an article ("Opting
 * out?", "Pricing and the competition"). Plain text has no markup for them, so
 * they are told by shape: short, no sentence-ending punctuation, and followed
 * by more text.
 */

const MAX_HEADING_LENGTH = 100
const MAX_HEADING_WORDS = 14
const MAX_HEADING_LINES = 2
/** Endings of sentences, clauses, quotes and citations: never a crosshead's. */
const NOT_HEADING_END = /[.,;:!"”’'\]…]$/u
const LETTER = /\p{L}/u

/** Whether a block with `value` over `lineCount` lines is a crosshead. */
export function isHeading(value: string, lineCount: number, hasNext: boolean): boolean {
  if (!hasNext || lineCount > MAX_HEADING_LINES) return false
  if (value.length === 0 || value.length > MAX_HEADING_LENGTH) return false
  if (NOT_HEADING_END.test(value) || !LETTER.test(value)) return false
  // "($1 = 18.2900 rand)": a note in brackets, no crosshead.
  if (value.startsWith('(') && value.endsWith(')')) return false
  let words = 1
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 0x20) words++
  return words <= MAX_HEADING_WORDS
}

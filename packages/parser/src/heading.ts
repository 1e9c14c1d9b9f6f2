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
/** The label that opens a question or an answer of an interview or a transcript: "Q:", "A:". */
const INTERVIEW_LABEL = /^[QA]:\s/u
/**
 * A speaker's name in capitals and a colon opening a paragraph, after an optional quotation
 * mark: a transcript's turn ("PENCE: Well, look, ...", "KHUMALO: Did anyone respond?").
 */
export const TURN_LABEL = /^["“]?(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}):\s+(?=\S)/u
/** A line that opens with a quotation mark and closes it: a title in marks. */
const QUOTED_TITLE = /^["“][^"”]*["”]/u

/** Whether a block with `value` over `lineCount` lines is a crosshead. */
export function isHeading(value: string, lineCount: number, hasNext: boolean): boolean {
  if (!hasNext || lineCount > MAX_HEADING_LINES) return false
  if (value.length === 0 || value.length > MAX_HEADING_LENGTH) return false
  // ("OPPOSITION 'DISAPPOINTED'": a line in capitals may end in a quoted word.)
  if (
    (NOT_HEADING_END.test(value) &&
      !isQuotedPhrase(value) &&
      !isShoutedWithQuote(value) &&
      !endsInQuotedPhrase(value)) ||
    !LETTER.test(value)
  )
    return false
  // "($1 = 18.2900 rand)": a note in brackets, no crosshead.
  if (value.startsWith('(') && value.endsWith(')')) return false
  // "Q: Were you solvent?", "KHUMALO: Did anyone respond?": an interview's or a hearing's
  // question, no crosshead (but a title in marks is: "“RIGS: Mechanized Combat League” ($50)").
  if (INTERVIEW_LABEL.test(value) || (TURN_LABEL.test(value) && !QUOTED_TITLE.test(value)))
    return false
  let words = 1
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 0x20) words++
  return words <= MAX_HEADING_WORDS
}

/** Quotation marks that open a quoted crosshead, and the marks that close each. */
const CLOSING: Readonly<Record<string, string>> = { "'": "'", '‘': '’', '"': '"', '“': '”' }
/** What ends a quoted sentence or question, never a quoted crosshead: "'It is over.'", "'Who will pay?'" */
const SENTENCE_END = /[.,;:!?…]/u
const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * Whether `value` is a phrase in quotation marks, a crosshead that quotes the
 * section below it ("'We had about ten minutes'", "“A matter of
 * definitions”"): one quotation, its closing mark the last character, no
 * sentence's end before it (an apostrophe between letters is no mark).
 */
export function isQuotedPhrase(value: string): boolean {
  const close = CLOSING[value.charAt(0)]
  if (close === undefined || value.length < 3 || !value.endsWith(close)) return false
  if (SENTENCE_END.test(value.charAt(value.length - 2))) return false
  for (let i = 1; i < value.length - 1; i++) {
    if (value.charAt(i) !== close) continue
    if (!(WORD_CHAR.test(value.charAt(i - 1)) && WORD_CHAR.test(value.charAt(i + 1)))) return false
  }
  return true
}

/** Whether `value` is in capitals and ends in a closing quotation mark: "OPPOSITION 'DISAPPOINTED'". */
function isShoutedWithQuote(value: string): boolean {
  return CLOSING_MARK_END.test(value) && value === value.toUpperCase() && UPPER_LETTER.test(value)
}
const CLOSING_MARK_END = /[^.,;:!?…]["”’']$/u
const UPPER_LETTER = /\p{Lu}/u

/**
 * Whether `value` opens with a capital and ends in a phrase in quotation marks,
 * no sentence's end inside or after it: the crossheads that quote a word of the
 * section below, "Farage hails 'earthquake'", 'Staff "pushed to breaking
 * point"' (a sentence ends in its full stop: 'He called it "a disgrace".').
 */
function endsInQuotedPhrase(value: string): boolean {
  if (!UPPER_LETTER.test(value.charAt(0))) return false
  const last = value.charAt(value.length - 1)
  // No sentence's end before the closing mark, inside the quote or before it.
  if (SENTENCE_END.test(value.slice(0, -1))) return false
  for (const [open, close] of Object.entries(CLOSING)) {
    if (close !== last) continue
    // The opening mark after a space, a word's first character after it.
    const opening = value.lastIndexOf(` ${open}`, value.length - 2)
    if (opening > 0 && WORD_CHAR.test(value.charAt(opening + 2))) return true
  }
  return false
}

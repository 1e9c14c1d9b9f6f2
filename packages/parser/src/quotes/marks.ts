/**
 * Quotation marks in one text: which are opening, which closing, which are
 * apostrophes, and how they pair up, with nesting (single inside double and
 * the other way round). A linear scan with a stack; an opening mark left
 * open at the end of the text runs to its end, as news quotes that go on into
 * the next paragraph do.
 */
import { isDigit } from '../chars.js'

/** A pair of marks and the words between them: a range of the text. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or the text's length when unclosed. */
  close: number
  /** True when no closing mark was found in this text. */
  unclosed: boolean
  /** The family of the marks: double, single or guillemet. */
  family: 'double' | 'single' | 'guillemet'
  /** Nesting depth: 0 for outermost. */
  depth: number
  /** Length of the opening mark: 2 for a doubled apostrophe (''), else 1. */
  openLength: number
}

type Family = QuotedSpan['family']

const LEFT_DOUBLE = 0x201c
const RIGHT_DOUBLE = 0x201d
const LOW_DOUBLE = 0x201e
const STRAIGHT_DOUBLE = 0x22
const LEFT_SINGLE = 0x2018
const RIGHT_SINGLE = 0x2019
const STRAIGHT_SINGLE = 0x27
const EQUALS = 0x3d
const LEFT_GUILLEMET = 0xab
const RIGHT_GUILLEMET = 0xbb
/** Every character that can be a quotation mark, for the search from one to the next. */
const MARK = /["'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB]/gu
/** Deepest nesting followed; deeper marks are read as text. */
const MAX_DEPTH = 4

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** ASCII letters, by character code: every apostrophe asks about its neighbours. */
const SMALL_A = 0x61
const SMALL_Z = 0x7a
/** The bit that makes an ASCII capital small. */
const LOWER_CASE_BIT = 0x20
const NON_ASCII = 0x80

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false
  const code = char.charCodeAt(0)
  if (code < NON_ASCII) {
    const letter = code | LOWER_CASE_BIT
    return isDigit(code) || (letter >= SMALL_A && letter <= SMALL_Z)
  }
  return LETTER_OR_DIGIT.test(char)
}

/** What a mark at `i` can be: its family and whether it can open and/or close. */
function classify(
  value: string,
  i: number,
): { family: Family; opens: boolean; closes: boolean } | null {
  let code = value.charCodeAt(i)
  // Not value[-1]: a read before a string's start is a slow property lookup.
  const before = i > 0 ? value[i - 1] : undefined
  let after = value[i + 1]
  // Two apostrophes stand for a double quotation mark in some newspapers' text ('').
  if (code === STRAIGHT_SINGLE && after === "'") {
    code = STRAIGHT_DOUBLE
    after = value[i + 2]
  }
  // An apostrophe inside a word ("don't", or typed as a left mark: "Trump‘s"), the commonest mark,
  // is known before the spaces around it.
  if (
    (code === RIGHT_SINGLE || code === STRAIGHT_SINGLE || code === LEFT_SINGLE) &&
    isWordChar(before) &&
    isWordChar(after)
  )
    return null
  // A decade's elision: "the 1970s and '80s", "the ‘90s".
  if (
    (code === STRAIGHT_SINGLE || code === LEFT_SINGLE || code === RIGHT_SINGLE) &&
    isDecade(value, i)
  )
    return null
  // An invisible format character (a direction mark pasted with a post) stands as a space.
  const spaceBefore = before === undefined || /[\s([{\u2014\u2013/\p{Cf}-]/u.test(before)
  const spaceAfter = after === undefined || /[\s.,;:!?)\]}\u2014\u2013-]/u.test(after)
  switch (code) {
    case LEFT_DOUBLE:
      // Some texts close with the left mark too: 'an "expedited review“ of'.
      return { family: 'double', opens: true, closes: !spaceBefore && spaceAfter }
    case LOW_DOUBLE:
      return { family: 'double', opens: true, closes: false }
    case RIGHT_DOUBLE:
      // Some texts open with the right mark too: '”Fear. I am truly afraid,”', and '” … he
      // delivered ...,” Barabak wrote' opening a paragraph that closes it again (a stray closing
      // mark alone at a paragraph's start opens nothing).
      return {
        family: 'double',
        opens: (spaceBefore && isWordChar(after)) || (i === 0 && value.indexOf('\u201D', 1) > 0),
        closes: !spaceBefore || spaceAfter,
      }
    case STRAIGHT_DOUBLE:
      return {
        family: 'double',
        opens: !spaceAfter || spaceBefore,
        closes: !spaceBefore || spaceAfter,
      }
    case LEFT_GUILLEMET:
      return { family: 'guillemet', opens: true, closes: false }
    case RIGHT_GUILLEMET:
      return { family: 'guillemet', opens: false, closes: true }
    case LEFT_SINGLE:
      return { family: 'single', opens: true, closes: false }
    case RIGHT_SINGLE:
    case STRAIGHT_SINGLE:
      // An apostrophe: inside a word ("don't"), or an elision ("'90s", "rock 'n' roll").
      if (isWordChar(before) && isWordChar(after)) return null
      if (code === RIGHT_SINGLE)
        return spaceAfter && !spaceBefore ? { family: 'single', opens: false, closes: true } : null
      return {
        family: 'single',
        opens: spaceBefore && isWordChar(after),
        closes: !spaceBefore && spaceAfter && !/s/iu.test(before ?? ''),
      }
    default:
      return null
  }
}

/** Two digits and an "s" after the mark at `i`, ending a word: "'80s". */
function isDecade(value: string, i: number): boolean {
  return (
    isDigit(value.charCodeAt(i + 1)) &&
    isDigit(value.charCodeAt(i + 2)) &&
    (value[i + 3] === 's' || value[i + 3] === 'S') &&
    !isWordChar(value[i + 4])
  )
}

/** The quoted spans of each text read so far, by the segment that holds it: two stages read them. */
const SPANS_OF = new WeakMap<object, readonly QuotedSpan[]>()

/**
 * The quoted spans of `segment`'s text ({@link findQuotedSpans}), found once
 * for the stages that read them: the entity stage, for the pronouns inside
 * quotations, and the quote stage. The list is shared: never change it.
 */
export function quotedSpansOf(segment: { readonly value: string }): readonly QuotedSpan[] {
  let spans = SPANS_OF.get(segment)
  if (spans === undefined) {
    spans = findQuotedSpans(segment.value)
    SPANS_OF.set(segment, spans)
  }
  return spans
}

/** The quoted spans of `value`, outermost first within each position. */
export function findQuotedSpans(value: string): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  const stack: OpenMark[] = []
  // The engine's search jumps from mark to mark; most characters are not marks.
  MARK.lastIndex = 0
  for (let found = MARK.exec(value); found !== null; found = MARK.exec(value)) {
    const i = found.index
    const code = value.charCodeAt(i)
    // Markup pasted with the text (<tweet author="...">): an attribute's value is not a quote.
    if (code === STRAIGHT_DOUBLE && value.charCodeAt(i - 1) === EQUALS) {
      const end = value.indexOf('"', i + 1)
      MARK.lastIndex = end < 0 ? value.length : end + 1
      continue
    }
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined
    // "... 'We'll bomb them,''' said McCain": a single quote closes before the doubled one.
    const closesSingleFirst = top?.family === 'single' && isTripleApostrophe(value, i)
    const mark = closesSingleFirst ? SINGLE_CLOSE : classify(value, i)
    if (!mark) continue
    const length =
      !closesSingleFirst && code === STRAIGHT_SINGLE && value.charCodeAt(i + 1) === STRAIGHT_SINGLE
        ? 2
        : 1
    if (mark.closes && top && top.family === mark.family) {
      stack.pop()
      spans.push({
        open: top.at,
        close: i,
        unclosed: false,
        family: mark.family,
        depth: stack.length,
        openLength: top.length,
      })
      MARK.lastIndex = i + length
      continue
    }
    // A closing mark of an outer family closes what is open inside it (a nested quote left open).
    if (mark.closes && !mark.opens) {
      const index = findLast(stack, mark.family)
      if (index >= 0) {
        const open = stack[index] as OpenMark
        stack.length = index
        spans.push({
          open: open.at,
          close: i,
          unclosed: false,
          family: mark.family,
          depth: index,
          openLength: open.length,
        })
      }
      MARK.lastIndex = i + length
      continue
    }
    // "to 'working the referees' at a game": a plural's apostrophe that may close the quote open.
    if (!mark.opens && !mark.closes && top?.family === 'single' && /s/iu.test(value[i - 1] ?? ''))
      top.possessive = i
    // "the 'tough choices' she had made ... were 'paying the price'": a single quote does not
    // nest in another, so one that opens closes the one open at its plural's apostrophe.
    if (mark.opens && top?.family === 'single' && mark.family === 'single' && top.possessive) {
      stack.pop()
      spans.push({
        open: top.at,
        close: top.possessive,
        unclosed: false,
        family: 'single',
        depth: stack.length,
        openLength: top.length,
      })
    }
    if (mark.opens && stack.length < MAX_DEPTH) stack.push({ at: i, family: mark.family, length })
    MARK.lastIndex = i + length
  }
  // Marks still open run to the end of the text; only an outer double quote is a real continuation.
  for (let depth = 0; depth < stack.length; depth++) {
    const open = stack[depth] as OpenMark
    if (open.family === 'single' && depth > 0) continue
    // A single quote that nothing closed ends at the apostrophe after a plural in it, if any.
    if (open.family === 'single' && open.possessive !== undefined && depth === stack.length - 1) {
      spans.push({
        open: open.at,
        close: open.possessive,
        unclosed: false,
        family: open.family,
        depth,
        openLength: open.length,
      })
      continue
    }
    spans.push({
      open: open.at,
      close: value.length,
      unclosed: true,
      family: open.family,
      depth,
      openLength: open.length,
    })
  }
  return spans.sort((a, b) => a.open - b.open || b.close - a.close)
}

/**
 * Whether a paragraph is an excerpt: opened with a straight double mark that
 * nothing closes, holding quotes in curly marks, it is text pasted from
 * another article ('"Trump walked onto the stage, chanting “U-S-A! U-S-A!”'),
 * not one speaker's words; so is a paragraph so opened right after one
 * (`afterExcerpt`). The quotes inside it are quotes (see `insideExcerpt`).
 */
export function isExcerpt(
  value: string,
  spans: readonly QuotedSpan[],
  afterExcerpt: boolean,
): boolean {
  const outer = spans[0]
  return (
    outer !== undefined &&
    outer.open === 0 &&
    outer.unclosed &&
    value.charCodeAt(0) === STRAIGHT_DOUBLE &&
    (afterExcerpt ||
      spans.some((span) => span.depth === 1 && value.charCodeAt(span.open) === LEFT_DOUBLE))
  )
}

/** The spans of an excerpt's paragraph without the excerpt's own, one level shallower. */
export function insideExcerpt(spans: readonly QuotedSpan[]): QuotedSpan[] {
  return spans.slice(1).map((span) => ({ ...span, depth: span.depth - 1 }))
}

const SINGLE_CLOSE = { family: 'single', opens: false, closes: true } as const

/** A mark on the stack, open; for a single one, the last apostrophe after a plural inside it. */
interface OpenMark {
  at: number
  family: Family
  length: number
  possessive?: number
}

/** Three apostrophes in a row at `i`: a single and a doubled mark together. */
function isTripleApostrophe(value: string, i: number): boolean {
  return (
    value.charCodeAt(i) === STRAIGHT_SINGLE &&
    value.charCodeAt(i + 1) === STRAIGHT_SINGLE &&
    value.charCodeAt(i + 2) === STRAIGHT_SINGLE
  )
}

function findLast(stack: readonly { family: Family }[], family: Family): number {
  for (let i = stack.length - 1; i >= 0; i--)
    if ((stack[i] as { family: Family }).family === family) return i
  return -1
}

/**
 * Whether the text opens with the single mark `mark` before a word, a quote in
 * single marks going on from the paragraph before (British style: "'Today we
 * say enough."); not a decade ("'90s").
 */
export function opensWithSingle(value: string, mark: string): boolean {
  return (
    (mark === '\u2018' || mark === "'") &&
    value.charAt(0) === mark &&
    isWordChar(value[1]) &&
    !isDecade(value, 0)
  )
}

/** Whether the text opens with a quotation mark (a quote going on from the paragraph before). */
export function opensWithQuote(value: string): boolean {
  const code = value.charCodeAt(0)
  return (
    code === LEFT_DOUBLE ||
    code === STRAIGHT_DOUBLE ||
    code === LEFT_GUILLEMET ||
    code === LOW_DOUBLE ||
    (code === RIGHT_DOUBLE && isWordChar(value[1])) ||
    (code === STRAIGHT_SINGLE && value.charCodeAt(1) === STRAIGHT_SINGLE)
  )
}

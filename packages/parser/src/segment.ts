/**
 * Groups lines into raw blocks: the paragraphs, headings and inserts of the
 * text, before anything says what each is. Copies from the web put one block on
 * a line or separate blocks by blank lines; copies from a PDF wrap lines at a
 * fixed width and mark a new paragraph by a blank line, an indent, or nothing but
 * a short previous line. One pass learns the layout, a second pass cuts.
 */
import { isBlankLine, type Line } from './lines.js'
import { isDigit, isLetter, isLowerLetter, isSpace, LINE_DASHES, SPACE } from './chars.js'
import { readListMarker, startsListItem } from './list-marker.js'

/** A run of lines that belong together, as indices into the line array. */
export interface RawBlock {
  /** The lines of the block, none of them blank. */
  lines: Line[]
  /** True when a blank line (or the start of the input) comes before it. */
  afterBlank: boolean
}

/** How the text is laid out, learnt from the text itself. */
export interface Layout {
  /** The width at which lines are hard-wrapped, or null when they are not. */
  wrapWidth: number | null
  /** The indent most lines have; a deeper one starts a paragraph. */
  baseIndent: number
  /**
   * True when lines break exactly where the next word would not fit (text
   * wrapped by a program at a column); false for proportional fonts (PDF),
   * where a line's length in characters only roughly tells how full it is.
   */
  greedy: boolean
}

/** A wrapped line is "close" when at least this share of the wrap width. */
const CLOSE_TO_WIDTH = 0.75
/** Widest wrap width we believe; longer lines are paragraphs, not wraps. */
const MAX_WRAP_WIDTH = 160
/** Narrowest wrap width we believe. */
const MIN_WRAP_WIDTH = 24
/** Fewest line breaks inside sentences that can establish wrapping. */
const MIN_PAIRS = 3
/** Share of line breaks that must fall inside a sentence in wrapped text. */
const MID_SENTENCE_SHARE = 0.3
/** Percentile of continued-line widths taken as the wrap width. */
const WIDTH_PERCENTILE = 0.9
/** Slack for wrappers that count a trailing space or a character differently. */
const WIDTH_SLACK = 1

/** Learns the layout of `lines` (all of `text`). */
export function learnLayout(text: string, lines: Line[]): Layout {
  const indents = new Map<number, number>()
  const widths: number[] = []
  const reaches: number[] = []
  let midSentence = 0
  let onWord = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (isBlankLine(line)) continue
    indents.set(line.indent, (indents.get(line.indent) ?? 0) + 1)
    const next = lines[i + 1]
    if (!next || isBlankLine(next) || startsListItem(text, next.contentStart, next.contentEnd))
      continue
    widths.push(line.contentEnd - line.start)
    reaches.push(line.contentEnd - line.start + 1 + firstWordWidth(text, next))
    if (startsLowerCase(text, next) || endsMidSentence(text, line)) midSentence++
    else if (endsOnWord(text, line)) onWord++
  }
  const baseIndent = baseIndentOf(indents)
  // Wrapped prose breaks lines inside sentences; a web copy's lines are whole blocks. Lines that
  // end on a word count only with enough breaks that punctuation or a lower case shows.
  const wrapped =
    midSentence >= MIN_PAIRS && midSentence + onWord >= widths.length * MID_SENTENCE_SHARE
  const wrapWidth = wrapped ? wrapWidthOf(widths) : null
  return {
    wrapWidth,
    baseIndent,
    greedy: wrapWidth !== null && isGreedy(widths, reaches, wrapWidth),
  }
}

/** Share of lines an indent must have to count as the base rather than a stray. */
const BASE_INDENT_SHARE = 0.1

/**
 * The smallest indent that a fair share of lines have. Not the most common
 * one: when every paragraph opens with a space, most lines may be openers.
 */
function baseIndentOf(indents: Map<number, number>): number {
  let total = 0
  for (const count of indents.values()) total += count
  const sorted = [...indents.keys()].sort((a, b) => a - b)
  for (const indent of sorted)
    if ((indents.get(indent) ?? 0) >= total * BASE_INDENT_SHARE) return indent
  return sorted[0] ?? 0
}

/** Share of full lines whose next word would not have fitted, for greedy wrapping. */
const GREEDY_SHARE = 0.85

function isGreedy(widths: number[], reaches: number[], wrapWidth: number): boolean {
  let full = 0
  let overflowing = 0
  widths.forEach((width, i) => {
    if (width < wrapWidth * CLOSE_TO_WIDTH) return
    full++
    if ((reaches[i] ?? 0) > wrapWidth - WIDTH_SLACK) overflowing++
  })
  return full > 0 && overflowing / full >= GREEDY_SHARE
}

function wrapWidthOf(widths: number[]): number | null {
  const sorted = [...widths].sort((a, b) => a - b)
  const width =
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * WIDTH_PERCENTILE))] ?? 0
  return width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH ? width : null
}

/**
 * Cuts `lines` into raw blocks according to `layout`, passing over the lines
 * in `skip` (page furniture): when a page turn falls inside a paragraph (the
 * line before does not end a sentence, and the line after starts in lower
 * case or the line before is a wrapped paragraph's full line), the blank
 * lines around it do not end the paragraph.
 */
export function segment(
  text: string,
  lines: Line[],
  layout: Layout,
  skip: ReadonlySet<number> = new Set(),
): RawBlock[] {
  const blocks: RawBlock[] = []
  let current: Line[] = []
  let afterBlank = true
  let blankBefore = true
  const flush = (): void => {
    if (current.length > 0) blocks.push({ lines: current, afterBlank })
    current = []
  }
  let pageTurn = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (skip.has(index)) {
      pageTurn = true
      continue
    }
    if (isBlankLine(line)) {
      if (!pageTurn && !skip.has(index + 1)) flush()
      blankBefore = true
      continue
    }
    // Not current[-1] at a block's first line: a read before an array's start is a slow lookup.
    const previous = current.length > 0 ? current[current.length - 1] : undefined
    if (pageTurn) {
      pageTurn = false
      // ("... watching what happened in" / "Manchester.": a capital after a hard-wrapped
      // paragraph's full line that ends in no sentence's end goes on too, unless set in as a
      // paragraph's first line; not after one line alone, a crosshead, nor after a short line.)
      const joins =
        previous !== undefined &&
        !endsSentence(text, previous) &&
        (startsLowerCase(text, line) ||
          (current.length > 1 &&
            layout.wrapWidth !== null &&
            previous.contentEnd - previous.start >= layout.wrapWidth * SHORT_LINE &&
            line.indent <= layout.baseIndent))
      if (!joins) flush()
    } else if (previous && !continues(text, current, line, layout, blocks.length === 0)) flush()
    if (current.length === 0) afterBlank = blankBefore
    current.push(line)
    blankBefore = false
  }
  flush()
  return blocks
}

/**
 * Whether `next` is set in under the text of a list item that `first` opens,
 * as a hanging indent: "1. Affected States Parties should strengthen" over
 * "   and case isolation" (not a new item, nor a line set in further than a
 * marker's width).
 */
function hangsUnderItem(text: string, first: Line, next: Line): boolean {
  return (
    next.indent > first.indent &&
    next.indent <= first.indent + MAX_MARKER_WIDTH &&
    startsListItem(text, first.contentStart, first.contentEnd) &&
    !startsListItem(text, next.contentStart, next.contentEnd)
  )
}
/** Widest list marker with its space: "10. ", "(iv) ". */
const MAX_MARKER_WIDTH = 5

/** Whether `next` continues the block of `lines` so far (the document's first block when `first`). */
function continues(
  text: string,
  lines: readonly Line[],
  next: Line,
  layout: Layout,
  first = false,
): boolean {
  const previous = lines[lines.length - 1] as Line
  const count = lines.length
  if (hangsUnderItem(text, lines[0] as Line, next)) return true
  // An indent deeper than most lines starts a paragraph, unless the whole block
  // is set in by it (a block quote), which shows from its second line on.
  if (next.indent > layout.baseIndent && (count < 2 || next.indent !== previous.indent))
    return false
  if (
    startsListItem(text, next.contentStart, next.contentEnd) &&
    !dashGoesOn(text, previous, next, layout) &&
    !numberGoesOn(text, lines, next, layout)
  )
    return false
  if (brokenWord(text, previous, next)) return true
  // A line that opens in lower case after one that stops mid-sentence goes on with it.
  if (startsLowerCase(text, next) && !endsSentence(text, previous) && !opensByline(text, next))
    return true
  // So does one that opens with a figure after a full line that stops mid-sentence ("examined"
  // + "312 cases"), which no headline is.
  if (
    startsWithDigit(text, next) &&
    !endsSentence(text, previous) &&
    previous.contentEnd - previous.contentStart >= FULL_LINE
  )
    return true
  if (layout.wrapWidth === null) return false
  const previousWidth = previous.contentEnd - previous.start
  // "Nestly parent admits breach exposed data of 41 million smart-home users" over "FTC opens
  // inquiry; ...": a headline in sentence case that ends on a word in lower case, over a line
  // that opens with a capital, is over its deck when the two would be longer than a headline,
  // though the body is wrapped as wide (not "... talks with President" over "Zelensky.").
  if (
    first &&
    count === 1 &&
    previousWidth >= FULL_LINE &&
    previousWidth + next.contentEnd - next.contentStart > LONGEST_HEADLINE &&
    !startsLowerCase(text, next) &&
    isLowerLetter(text.charCodeAt(previous.contentEnd - 1)) &&
    !endsOnDanglingWord(text, previous) &&
    isSentenceCase(text, previous)
  )
    return false
  // "... discussed a new aid package for" + "Ukraine ...": a long line that stops on a word no
  // sentence or headline ends on goes on, though a narrower column (a standfirst's) wrapped it.
  if (previousWidth >= layout.wrapWidth * HALF_WIDTH && endsOnDanglingWord(text, previous))
    return true
  if (layout.greedy)
    return (
      previousWidth + 1 + firstWordWidth(text, next) > layout.wrapWidth - WIDTH_SLACK ||
      // "Under cross-examination, Justice Department trial attorney David" + "Okafor ...": a
      // long line with a clause's comma that ends no sentence, wrapped by hand short of a word
      // that would have fitted, is no crosshead.
      (previousWidth >= layout.wrapWidth * SHORT_LINE &&
        !endsSentence(text, previous) &&
        hasInnerComma(text, previous))
    )
  // Proportional type: only a clearly short line that ends a sentence ends a paragraph.
  return previousWidth >= layout.wrapWidth * SHORT_LINE || !endsSentence(text, previous)
}

/**
 * Whether a wrapped line that opens with a dash ("– with speculation to fill
 * in the gaps –") goes on with the sentence of a full line before it that does
 * not end one, rather than starting an item of a list.
 */
function dashGoesOn(text: string, previous: Line, next: Line, layout: Layout): boolean {
  if (layout.wrapWidth === null || !LINE_DASHES.has(text.charCodeAt(next.contentStart)))
    return false
  if (startsListItem(text, previous.contentStart, previous.contentEnd)) return false
  return (
    previous.contentEnd - previous.start >= layout.wrapWidth * CLOSE_TO_WIDTH &&
    !endsSentence(text, previous)
  )
}

/**
 * Whether a wrapped line that opens with a number and a full stop ("19. He
 * said", after "... the company noticed on Feb.") goes on with the full line
 * before it: a list of none of the block's lines before, which would start at
 * 19, is no list.
 */
function numberGoesOn(text: string, lines: readonly Line[], next: Line, layout: Layout): boolean {
  if (layout.wrapWidth === null) return false
  const marker = readListMarker(text, next.contentStart, next.contentEnd)
  if (marker === null || !marker.ordered || (marker.number ?? 0) <= 1) return false
  if (lines.some((line) => startsListItem(text, line.contentStart, line.contentEnd))) return false
  const previous = lines[lines.length - 1] as Line
  return previous.contentEnd - previous.start >= layout.wrapWidth * CLOSE_TO_WIDTH
}

/** A share of the wrap width past which a line is long enough to have been wrapped. */
const HALF_WIDTH = 0.5

/** Words no sentence, headline or list item ends on: articles, prepositions, conjunctions. */
const DANGLING_WORDS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'of', 'for', 'to', 'and', 'or', 'nor', 'with', 'from', 'into'],
  ...['its', 'their', 'whose', 'than', 'between', 'among', 'amid'],
])
/** Longest of {@link DANGLING_WORDS}. */
const LONGEST_DANGLING = Math.max(...[...DANGLING_WORDS].map((word) => word.length))

/** Whether `line` ends on one of {@link DANGLING_WORDS}. */
function endsOnDanglingWord(text: string, line: Line): boolean {
  const end = line.contentEnd
  let start = end
  while (
    start > line.contentStart &&
    end - start <= LONGEST_DANGLING &&
    isLowerLetter(text.charCodeAt(start - 1))
  )
    start--
  if (start === end || end - start > LONGEST_DANGLING) return false
  if (start > line.contentStart && !isSpace(text.charCodeAt(start - 1))) return false
  return DANGLING_WORDS.has(text.slice(start, end))
}

/** Whether `line` holds a comma and a space inside it. */
function hasInnerComma(text: string, line: Line): boolean {
  const at = text.indexOf(', ', line.contentStart)
  return at >= 0 && at < line.contentEnd
}

/** Below this share of the wrap width, a line of proportional type is short. */
const SHORT_LINE = 0.8
/** Characters that end a sentence (or a line that introduces what follows) at a line's end. */
const SENTENCE_END: ReadonlySet<string> = new Set([
  '.',
  '!',
  '?',
  ':',
  '"',
  '”',
  "'",
  '’',
  ')',
  '…',
])

/**
 * A word broken at a line end by a hyphen: "informa-" + "tion", "Noa Ben-" +
 * "David" (a word's hyphen ends no paragraph, whatever case follows).
 */
function brokenWord(text: string, previous: Line, next: Line): boolean {
  const end = previous.contentEnd
  return (
    end - previous.contentStart >= 2 &&
    text.charCodeAt(end - 1) === 0x2d &&
    isLetter(text[end - 2] as string) &&
    isLetter(text[next.contentStart] ?? '')
  )
}

function endsMidSentence(text: string, line: Line): boolean {
  const last = text.charCodeAt(line.contentEnd - 1)
  return last === 0x2c || last === 0x3b || last === 0x2d
}

/**
 * "... taken out of Lupita's room at The London": a long line that stops on a
 * lower-case word. Headlines without a full stop do too, so it only adds to
 * breaks that already show wrapping (see learnLayout).
 */
function endsOnWord(text: string, line: Line): boolean {
  return (
    isLowerLetter(text.charCodeAt(line.contentEnd - 1)) &&
    line.contentEnd - line.contentStart >= LONG_LINE
  )
}

/** Characters of a line long enough that ending in a lower-case word may mean it was wrapped. */
const LONG_LINE = 48

/** "by Lucas Nolan": a lower-case line that is a byline, not a continuation. */
function opensByline(text: string, line: Line): boolean {
  return BYLINE_START.test(
    text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + BYLINE_PEEK)),
  )
}

const BYLINE_START = /^by \p{Lu}/u
const BYLINE_PEEK = 8

function startsWithDigit(text: string, line: Line): boolean {
  return isDigit(text.charCodeAt(line.contentStart))
}
/** Characters of a line long enough to have been wrapped, past a headline's usual length. */
const FULL_LINE = 50

/**
 * Whether `line` is set in sentence case, as a headline may be: words of
 * content in lower case ("admits breach exposed data"), not only the short
 * words a title in capitals leaves small ("of", "the").
 */
function isSentenceCase(text: string, line: Line): boolean {
  let small = 0
  let start = -1
  for (let i = line.contentStart; i <= line.contentEnd; i++) {
    const code = i < line.contentEnd ? text.charCodeAt(i) : SPACE
    if (code === SPACE) {
      if (start >= 0 && i - start >= CONTENT_WORD && isLowerLetter(text.charCodeAt(start)))
        if (++small >= SENTENCE_CASE_WORDS) return true
      start = -1
    } else if (start < 0) start = i
  }
  return false
}
/** Characters of the longest headline read whole: a longer first block holds a deck. */
const LONGEST_HEADLINE = 110
/** Letters of a word long enough to be one of content, which a title in capitals would capitalise. */
const CONTENT_WORD = 4
/** Words of content in lower case that make a line sentence case. */
const SENTENCE_CASE_WORDS = 2

function startsLowerCase(text: string, line: Line): boolean {
  const code = text.charCodeAt(line.contentStart)
  return code >= 0x61 && code <= 0x7a
}

/**
 * Whether `line` ends a sentence, or introduces what follows (a colon). A
 * closing mark ends one after the sentence's own mark ('... said."'), not
 * right after a word: 'there was "no reliable system"' + "for escalating ...",
 * "the workers'" + "union".
 */
export function endsSentence(text: string, line: Line): boolean {
  const last = text[line.contentEnd - 1] ?? ''
  if (!SENTENCE_END.has(last)) return false
  if (!CLOSING_MARKS.has(last) || line.contentEnd - 2 < line.contentStart) return true
  const before = text.charAt(line.contentEnd - 2)
  // ('"I cannot speak to every word an analyst put,"' + "she said.": a clause's comma or
  // semicolon inside the mark ends no sentence.)
  if (before === ',' || before === ';') return false
  return !isDigit(before.charCodeAt(0)) && !isLetter(before)
}
/** The closing marks of {@link SENTENCE_END}: quotation marks and a bracket. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', "'", '’', ')'])

function firstWordWidth(text: string, line: Line): number {
  let end = line.contentStart
  while (end < line.contentEnd && !isSpace(text.charCodeAt(end))) end++
  return end - line.contentStart
}

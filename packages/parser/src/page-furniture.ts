/**
 * Page furniture in PDF copies: page numbers ("2", "Page 2 of 5", "- 2 -"),
 * running headers or footers repeated on every page, and a running head set
 * out in columns with its page number ("THE DAILY REVIEW        Page 2") or,
 * on the first page, a date. They are taken out
 * before blocks are cut, and a paragraph broken by a page turn is joined again.
 */
import { isBlankLine, type Line } from './lines.js'
import { startsListItem } from './list-marker.js'
import { endsSentence } from './segment.js'

/** Lines repeated this often are running heads. */
const MIN_REPEATS = 3
const MAX_FURNITURE_LENGTH = 100
const DIGIT = /\d/u
const DIGITS = /\d+/gu
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/iu
/** A page number between dashes: "- 2 -". */
const DASHED_NUMBER = /^[-–—]\s*\d{1,4}\s*[-–—]$/u

/**
 * Indices of the lines of `lines` that are page furniture. A running head
 * repeats between different text on each page; a line that repeats with the
 * same neighbours every time (an article pasted twice) is the text itself.
 */
export function findPageFurniture(text: string, lines: readonly Line[]): Set<number> {
  // Short lines by their text with digits as "#"; null for the others.
  const counts = new Map<string, number>()
  // The short lines' own text, cut once for both passes that read it.
  const owns: string[] = []
  const keys: (string | null)[] = lines.map((line, i) => {
    if (isBlankLine(line) || line.contentEnd - line.contentStart > MAX_FURNITURE_LENGTH) return null
    const own = text.slice(line.contentStart, line.contentEnd)
    owns[i] = own
    const key = DIGIT.test(own) ? own.replace(DIGITS, '#') : own
    counts.set(key, (counts.get(key) ?? 0) + 1)
    return key
  })
  // The neighbours of each line that repeats often enough, up to as many settings as needed.
  const settings = new Map<string, Set<string>>()
  keys.forEach((key, i) => {
    if (key === null || (counts.get(key) ?? 0) < MIN_REPEATS) return
    const seen = settings.get(key)
    // Enough settings seen: the line is known to repeat between different text.
    if (seen !== undefined && seen.size >= MIN_REPEATS) return
    const setting = `${neighbour(text, lines, i, -1)}\n${neighbour(text, lines, i, 1)}`
    if (seen === undefined) settings.set(key, new Set([setting]))
    else seen.add(setting)
  })
  const furniture = new Set<number>()
  // "THE HARBOUR GAZETTE        Page 2": a running head set out in columns with its page
  // number; its other column marks the same head on the pages that print a date there.
  // A head is one that says "Page" before its number, or stands on two lines or more (a
  // table's rows, "Arsenal      89", each name their own row once).
  const heads = new Map<string, number>()
  const columnsOf: (readonly string[] | undefined)[] = []
  keys.forEach((key, i) => {
    const own = owns[i] as string
    if (key === null || (!own.includes('   ') && !own.includes('\t')) || !standsAlone(lines, i))
      return
    const columns = own.split(COLUMN_GAP)
    // "WYRE FOREST COURIER        Monday, March 3, 2025        7": a paper's name in capitals, the
    // day's date and the page number, in three columns, a running head though it be seen once.
    if (
      columns.length === 3 &&
      PAGE_NUMBER.test(columns[2] as string) &&
      SHOUTED_NAME.test(columns[0] as string) &&
      DIGIT.test(columns[1] as string)
    ) {
      furniture.add(i)
      return
    }
    if (columns.length !== 2) return
    columnsOf[i] = columns
    for (const [head, number] of [columns, [...columns].reverse()] as [string, string][]) {
      if (!PAGE_NUMBER.test(number) || !/\p{L}/u.test(head)) continue
      const said = /^page\b/iu.test(number) ? 2 : 1
      heads.set(head, (heads.get(head) ?? 0) + said)
    }
  })
  columnsOf.forEach((columns, i) => {
    if (columns?.some((column) => (heads.get(column) ?? 0) >= MIN_HEAD_SIGNS)) furniture.add(i)
  })
  keys.forEach((key, i) => {
    if (key === null || furniture.has(i)) return
    const own = owns[i] as string
    // Without a digit (its own key) and not repeated, a line is neither a page number nor a head.
    if (key === own && (counts.get(key) ?? 0) < MIN_REPEATS) return
    const line = lines[i] as Line
    // ("- 2 -": a page number between dashes, though a dash opens it as it opens a list's item.)
    if (startsListItem(text, line.contentStart, line.contentEnd) && !DASHED_NUMBER.test(own)) return
    // A page number has a digit: a line without one (its own key) is none.
    if (key !== own && PAGE_NUMBER.test(own) && standsAlone(lines, i)) furniture.add(i)
    else if (
      (counts.get(key) ?? 0) >= MIN_REPEATS &&
      (settings.get(key)?.size ?? 0) >= MIN_REPEATS &&
      isRunningHead(own) &&
      !endsWrappedSentence(text, own, lines, i)
    )
      furniture.add(i)
  })
  return furniture
}

/** A name in capitals: "WYRE FOREST COURIER", "THE DAILY REVIEW". */
const SHOUTED_NAME = /^\p{Lu}[\p{Lu}&'’. -]*\p{Lu}$/u
/** A running head in columns says "Page" before its number, or stands on two pages. */
const MIN_HEAD_SIGNS = 2
/** Spaces between the columns of a running head: three or more, or a tab. */
const COLUMN_GAP = / {3,}|\t+/u

/** Whether line `i` has a blank line (or the start of the text) above or below it. */
function standsAlone(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line
  return i === 0 || isBlankLine(lines[i - 1] ?? line) || isBlankLine(lines[i + 1] ?? line)
}

/**
 * Whether line `i`, whose text is `own`, ends a sentence wrapped from the line
 * right above it: "said." in lower case under "... Mr. McHugh", or "SP]" under
 * "... [MP3", however often the text has it.
 */
function endsWrappedSentence(
  text: string,
  own: string,
  lines: readonly Line[],
  i: number,
): boolean {
  const above = lines[i - 1]
  if (above === undefined || isBlankLine(above)) return false
  // "... buy time. [MP3 / SP]": the line closes a bracket the line above left open.
  if (closesBracketOf(own, text.slice(above.contentStart, above.contentEnd))) return true
  if (!/^\p{Ll}/u.test(own)) return false
  // "... ten / years." then a footer "politico.com": the line above ended its sentence.
  return !endsSentence(text, above)
}

/** Whether `own` closes, before opening any, a bracket that `above` leaves open. */
function closesBracketOf(own: string, above: string): boolean {
  for (const [open, close] of BRACKETS) {
    const closing = own.indexOf(close)
    if (closing < 0) continue
    const opening = own.indexOf(open)
    if (opening >= 0 && opening < closing) continue
    if (above.lastIndexOf(open) > above.lastIndexOf(close)) return true
  }
  return false
}
const BRACKETS = [
  ['[', ']'],
  ['(', ')'],
] as const

/** A repeated line is a running head unless it is a prompt the body repeats (those are boilerplate). */
function isRunningHead(value: string): boolean {
  return /\p{L}/u.test(value) || PAGE_NUMBER.test(value)
}

/** The nearest non-blank line's text before (`step` -1) or after (1) line `i`, clipped. */
function neighbour(text: string, lines: readonly Line[], i: number, step: -1 | 1): string {
  for (let j = i + step, hops = 0; j >= 0 && j < lines.length && hops < 3; j += step, hops++) {
    const line = lines[j] as Line
    if (!isBlankLine(line)) {
      return text.slice(
        line.contentStart,
        Math.min(line.contentEnd, line.contentStart + MAX_FURNITURE_LENGTH),
      )
    }
  }
  return ''
}

/**
 * chrono-node runs each of its parsers' regular expressions over every window,
 * and most of them cannot match there: the month parsers in "last year", the
 * "... ago" parser in "on Thursday". Each parser's pattern needs some word
 * (a month's first three letters, "ago", a digit); a window without it is
 * skipped for that parser, which is exactly what the parser would have found
 * there: nothing. The words are read from chrono-node 2.10's patterns; the
 * test `times-prefilter.test.ts` checks them against the parsers themselves.
 */
import type * as chrono from 'chrono-node/en'

/**
 * What a parser's pattern cannot match without: one of a few words, in any
 * case. chrono's patterns are case-insensitive without the Unicode flag, so
 * their ASCII letters match ASCII letters only; with the flag these tests
 * also match a few other letters ("ſ" for "s"), which only lets more through.
 */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu
/** Weekdays ("thurs.", "wed") and "weekend", "weekday". */
const WEEKDAY = /sun|mon|tue|wed|thu|fri|sat|week/iu
/** "now", "today", "tonight", "(over)morrow", "tmr(w)", "yesterday", "last night". */
const CASUAL = /now|today|morrow|tmr|yesterday|night/iu
/** "this", "last", "past", "next", "after this" before a unit. */
const RELATIVE = /this|last|past|next/iu
const AGO = /ago|before|earlier/iu
const LATER = /later|after|from now|henceforth|forward|out/iu
const DIGIT = /\d/u

/** A test of the window's text, each answered once per window (several parsers share one). */
class Needs {
  readonly #pattern: RegExp
  #text: string | null = null
  #answer = false

  constructor(pattern: RegExp) {
    this.#pattern = pattern
  }

  test(text: string): boolean {
    if (text !== this.#text) {
      this.#text = text
      this.#answer = this.#pattern.test(text)
    }
    return this.#answer
  }
}

const hasMonth = new Needs(MONTH)
const hasDigit = new Needs(DIGIT)
/** chrono's parsers by class name, with the tests their patterns need to pass. */
const NEEDS = new Map<string, readonly Needs[]>([
  ['ENYearMonthDayParser', [hasDigit]],
  ['ISOFormatParser', [hasDigit]],
  ['SlashDateFormatParser', [hasDigit]],
  ['ENSlashMonthFormatParser', [hasDigit]],
  ['ENMonthNameLittleEndianParser', [hasMonth]],
  ['ENMonthNameMiddleEndianParser', [hasMonth]],
  ['ENMonthNameParser', [hasMonth]],
  ['ENYearMonthNameParser', [hasDigit, hasMonth]],
  ['ENWeekdayParser', [new Needs(WEEKDAY)]],
  ['ENCasualDateParser', [new Needs(CASUAL)]],
  ['ENRelativeDateFormatParser', [new Needs(RELATIVE)]],
  ['ENTimeUnitAgoFormatParser', [new Needs(AGO)]],
  ['ENTimeUnitLaterFormatParser', [new Needs(LATER)]],
])

/** A pattern that fails at once: anchored at the start, it is tried there only. */
const NEVER = /^(?!)/u

/**
 * `parser`, skipping the windows its pattern cannot match in; parsers of
 * other names (or renamed by a bundler) are returned as they are.
 */
export function prefiltered(parser: chrono.Parser): chrono.Parser {
  const needs = NEEDS.get(parser.constructor.name)
  if (!needs) return parser
  return {
    pattern: (context) =>
      needs.every((test) => test.test(context.text)) ? parser.pattern(context) : NEVER,
    extract: (context, match) => parser.extract(context, match),
  }
}

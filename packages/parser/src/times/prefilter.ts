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
 * Each test is a bit of the mask {@link neededIn} gives.
 */
const TESTS = {
  month: 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec',
  /** Weekdays ("thurs.", "wed") and "weekend", "weekday". */
  weekday: 'sun|mon|tue|wed|thu|fri|sat|week',
  /** "now", "today", "tonight", "(over)morrow", "tmr(w)", "yesterday", "last night". */
  casual: 'now|today|morrow|tmr|yesterday|night',
  /** "this", "last", "past", "next", "after this" before a unit. */
  relative: 'this|last|past|next',
  ago: 'ago|before|earlier',
  later: 'later|after|from now|henceforth|forward|out',
  digit: '\\d',
} as const
type Test = keyof typeof TESTS
const TEST_NAMES = Object.keys(TESTS) as Test[]
const bit = (test: Test): number => 1 << TEST_NAMES.indexOf(test)
const ALL_FOUND = (1 << TEST_NAMES.length) - 1

/**
 * The words of all the tests, a group for each: one search of a window
 * answers them all, where a search for each would read it seven times. No
 * word of one test starts another test's word, so at most one group matches
 * where a word starts; the search goes on from the next character, and finds
 * every test's words, even inside another's ("Monday" holds "mon" and "day").
 */
const NEEDED_WORDS = new RegExp(TEST_NAMES.map((test) => `(${TESTS[test]})`).join('|'), 'giu')

/** The text {@link neededIn} read last, and its answer: several parsers ask of one window. */
let lastText: string | null = null
let lastFound = 0

/** The tests that `text` passes, as a mask of their bits. */
function neededIn(text: string): number {
  if (text === lastText) return lastFound
  let found = 0
  NEEDED_WORDS.lastIndex = 0
  for (
    let match = NEEDED_WORDS.exec(text);
    match !== null && found !== ALL_FOUND;
    match = NEEDED_WORDS.exec(text)
  ) {
    for (let group = 1; group < match.length; group++)
      if (match[group] !== undefined) found |= 1 << (group - 1)
    NEEDED_WORDS.lastIndex = match.index + 1
  }
  lastText = text
  lastFound = found
  return found
}

/** chrono's parsers by class name, with the tests their patterns need to pass (a mask). */
const NEEDS = new Map<string, number>([
  ['ENYearMonthDayParser', bit('digit')],
  ['ISOFormatParser', bit('digit')],
  ['SlashDateFormatParser', bit('digit')],
  ['ENSlashMonthFormatParser', bit('digit')],
  ['ENMonthNameLittleEndianParser', bit('month')],
  ['ENMonthNameMiddleEndianParser', bit('month')],
  ['ENMonthNameParser', bit('month')],
  ['ENYearMonthNameParser', bit('digit') | bit('month')],
  ['ENWeekdayParser', bit('weekday')],
  ['ENCasualDateParser', bit('casual')],
  ['ENRelativeDateFormatParser', bit('relative')],
  ['ENTimeUnitAgoFormatParser', bit('ago')],
  ['ENTimeUnitLaterFormatParser', bit('later')],
])

/** A pattern that fails at once: anchored at the start, it is tried there only. */
const NEVER = /^(?!)/u

/**
 * `parser`, skipping the windows its pattern cannot match in; parsers of
 * other names (or renamed by a bundler) are returned as they are.
 */
export function prefiltered(parser: chrono.Parser): chrono.Parser {
  const needs = NEEDS.get(parser.constructor.name)
  if (needs === undefined) return parser
  return {
    pattern: (context) =>
      (neededIn(context.text) & needs) === needs ? parser.pattern(context) : NEVER,
    extract: (context, match) => parser.extract(context, match),
  }
}

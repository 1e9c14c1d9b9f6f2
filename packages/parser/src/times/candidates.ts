/**
 * Where time expressions may be: one linear scan for month and weekday names,
 * deictic words ("yesterday"), calendar units next to a word that makes them a
 * time ("last year", "a week ago") and numeric dates, giving small windows of
 * text for the date parser to read. Running the date parser on whole articles
 * would cost more than all other stages together.
 *
 * The engine's search jumps from one word that may start a trigger to the
 * next (a month, a unit, "last", a digit): it skips the rest of the text in
 * native code, where a loop over every character would pay for each one.
 * Each start is then checked in code: a trigger is a whole word (or two
 * words, or a numeric date) between word boundaries, so the word is the key
 * of a set lookup.
 */
import { isDigit } from '../chars.js'
import { SEASON_FIRST_MONTHS } from '../lexicon/calendar.js'

/** A window of a text to hand to the date parser. */
export interface Window {
  start: number
  end: number
}

/**
 * Month and weekday names with a capital (so the modal "may" and the verb
 * "march" are not read), whole words in ALL-CAPS headlines too, and the
 * deictic words in either case. "Sepember" is kept from the pattern these
 * sets replace (`Sept?(?:ember)?`), so that the windows stay the same.
 */
const WHOLE_WORDS = new Set([
  ...['Jan', 'January', 'Feb', 'February', 'Mar', 'March', 'Apr', 'April', 'May'],
  ...['Jun', 'June', 'Jul', 'July', 'Aug', 'August', 'Sep', 'Sept', 'Sepember', 'September'],
  ...['Oct', 'October', 'Nov', 'November', 'Dec', 'December'],
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ...['Christmas', 'Boxing', 'Halloween', 'Juneteenth', 'Hogmanay'],
  ...['JAN', 'JANUARY', 'FEB', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY'],
  ...['AUG', 'AUGUST', 'SEPT', 'SEPTEMBER', 'OCT', 'OCTOBER', 'NOV', 'NOVEMBER'],
  ...['DEC', 'DECEMBER'],
  ...['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
  ...['Today', 'today', 'Tonight', 'tonight', 'Yesterday', 'yesterday'],
  ...['Tomorrow', 'tomorrow'],
])
/** Calendar units, which make a time with a word before or after them. */
const UNITS = new Set([
  ...['year', 'years', 'month', 'months', 'week', 'weeks', 'weekend', 'weekends'],
  ...['decade', 'decades', 'day', 'days', 'fortnight', 'fortnights'],
])
/** The seasons, a time after a preposition and "the": "in the fall". */
const SEASONS = new Set(Object.keys(SEASON_FIRST_MONTHS))
/** Prepositions that make a season after them and "the" a time: "in the fall", "During the summer". */
export const SEASON_PREPOSITIONS = '[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Oo]ver|[Tt]hrough|[Ss]ince'
/** What stands before a season that makes it a time: "in the ", "During the ". */
const SEASON_BEFORE = new RegExp(`\\b(?:${SEASON_PREPOSITIONS}) the $`, 'u')
const SEASON_BEFORE_REACH = 12
/** Hours, a unit only of a counted span: "within 72 hours", "in the past 24 hours". */
const HOURS = new Set(['hour', 'hours'])
/** Words that make a time of the unit after them, one space away: "last year". */
const BEFORE_UNIT = new Set([
  ...['Last', 'last', 'Next', 'next', 'This', 'this', 'Past', 'past'],
  ...['Previous', 'previous', 'Coming', 'coming', 'Recent', 'recent', 'That', 'that'],
  ...['Following', 'following'],
])
/**
 * The seasons and the parts of a day, which make a time with a word before
 * them: "last summer", "this morning", "last night" (the time stage reads them).
 */
const UNITS_AND_SEASONS: ReadonlySet<string> = new Set([
  ...UNITS,
  ...Object.keys(SEASON_FIRST_MONTHS),
  ...['morning', 'afternoon', 'evening', 'night'],
])
/** Words that make a time of the unit before them, one space away: "days ago". */
const AFTER_UNIT = new Set(['ago', 'earlier', 'later', 'before', 'after'])
const ASCII = 128
/**
 * Where a trigger may start: a word that is one of the words above, or a
 * digit that starts a word. The engine's search skips the text between them
 * (almost all of it) in native code; each start is then checked as before.
 * `\\b` here is the boundary of ASCII word characters, the scan's own words.
 */
const TRIGGER_START = new RegExp(
  `\\b(?:[0-9]|(?:${[...WHOLE_WORDS, ...UNITS, ...BEFORE_UNIT, ...HOURS, ...SEASONS, 'quarter', 'half'].join('|')})\\b)`,
  'gu',
)

/** What stands before "year" or "month" in a part of one: "the end of the ". */
const PART_BEFORE = /\b(?:start|beginning|end|middle)\s+of\s+the\s+$/u
const PART_BEFORE_REACH = 22
/** What stands before "quarter" in a quarter of a year: "third ", "fourth-". */
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth)[- ]$/iu
const ORDINAL_BEFORE_REACH = 7
/** What stands before "half" in a half of a year: "first ", "second-". */
const HALF_BEFORE = /\b(?:first|second)[- ]$/iu
const HALF_BEFORE_REACH = 7

/** Counts of a span's units, in figures or words: "12", "three", "a few". */
export const SPAN_COUNTS = [
  ...['\\d+', 'a few', 'few', 'several', 'a couple of', 'couple of', 'two', 'three', 'four'],
  ...['five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen'],
  ...['eighteen', 'twenty', 'thirty', 'forty', 'fifty'],
].join('|')
/** What stands before the unit of a counted span: "past 12 ", "within three ", "within a ". */
const COUNTED_BEFORE = new RegExp(
  `(?:^|\\s)(?:(?:[Pp]ast|[Ll]ast|[Pp]revious|[Nn]ext|[Cc]oming) (?:${SPAN_COUNTS})|[Ww]ithin (?:the next )?(?:a|an|one|${SPAN_COUNTS})) $`,
  'u',
)
/** The longest text {@link COUNTED_BEFORE} matches: " within the next a couple of ". */
const COUNTED_BEFORE_REACH = 32

/** Characters of context on each side of a trigger. */
const REACH = 24
const SPACE = 0x20
const HYPHEN = 0x2d
const SLASH = 0x2f
const ISO_YEAR_DIGITS = 4
const ISO_PART_DIGITS = 2
const MAX_SLASH_PART_DIGITS = 2
const MIN_SLASH_YEAR_DIGITS = 2
const MAX_SLASH_YEAR_DIGITS = 4

/** The ASCII word characters (`\w`): a trigger stands between characters that are not. */
const WORD_CHAR = new Uint8Array(ASCII)
for (let code = 0; code < ASCII; code++) {
  const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  WORD_CHAR[code] = letter || isDigit(code) || code === 0x5f ? 1 : 0
}

/** Windows of `value` that may hold a time expression, merged and in order. */
export function findWindows(value: string): Window[] {
  const windows: Window[] = []
  const length = value.length
  const search = TRIGGER_START
  search.lastIndex = 0
  for (let match = search.exec(value); match !== null; match = search.exec(value)) {
    const start = match.index
    const end = triggerEnd(value, start, endOfWord(value, start))
    if (end < 0) continue
    const from = Math.max(0, start - REACH)
    const to = Math.min(length, end + REACH)
    // Not windows[-1] before the first: a read before an array's start is a slow property lookup.
    const last = windows.length > 0 ? windows[windows.length - 1] : undefined
    if (last && from <= last.end) last.end = Math.max(last.end, to)
    else windows.push({ start: from, end: to })
    // The next word starts after the trigger (which may be two words or a date).
    search.lastIndex = end
  }
  for (const window of windows) snapToWords(value, window)
  return windows
}

/** Where the trigger that starts with the word `[start, wordEnd)` ends, or -1 when none does. */
function triggerEnd(value: string, start: number, wordEnd: number): number {
  if (isDigit(value.charCodeAt(start))) return numericDateEnd(value, start)
  const word = value.slice(start, wordEnd)
  if (WHOLE_WORDS.has(word)) return wordEnd
  // "by the end of the year": a part of the year or the month the article is in.
  if (
    (word === 'year' || word === 'month') &&
    PART_BEFORE.test(value.slice(Math.max(0, start - PART_BEFORE_REACH), start))
  )
    return wordEnd
  // "the third quarter", "third-quarter revenue".
  if (
    word === 'quarter' &&
    ORDINAL_BEFORE.test(value.slice(Math.max(0, start - ORDINAL_BEFORE_REACH), start))
  )
    return wordEnd
  // "the first half of 2027": a half of a year.
  if (
    word === 'half' &&
    HALF_BEFORE.test(value.slice(Math.max(0, start - HALF_BEFORE_REACH), start))
  )
    return wordEnd
  // "over the weekend", "before the weekend".
  if (word === 'weekend' && isAfterThe(value, start)) return wordEnd
  // "in the fall", "during the summer".
  if (
    SEASONS.has(word) &&
    SEASON_BEFORE.test(value.slice(Math.max(0, start - SEASON_BEFORE_REACH), start))
  )
    return wordEnd
  // "over the past 12 months", "within three weeks": a unit a count and a word before it make a span.
  if (
    (UNITS.has(word) || HOURS.has(word)) &&
    COUNTED_BEFORE.test(value.slice(Math.max(0, start - COUNTED_BEFORE_REACH), start))
  )
    return wordEnd
  const after = BEFORE_UNIT.has(word) ? UNITS_AND_SEASONS : UNITS.has(word) ? AFTER_UNIT : null
  if (after === null || value.charCodeAt(wordEnd) !== SPACE) return -1
  const nextEnd = endOfWord(value, wordEnd + 1)
  return after.has(value.slice(wordEnd + 1, nextEnd)) ? nextEnd : -1
}

/** Whether the word at `start` comes right after the word "the" and one space. */
function isAfterThe(value: string, start: number): boolean {
  return value.startsWith('the ', start - 4) && !isWordCode(value.charCodeAt(start - 5))
}

/** The end of an ISO date ("2023-04-20") or a slashed one ("4/20/23") at `start`, or -1. */
function numericDateEnd(value: string, start: number): number {
  const first = digitsAt(value, start)
  if (first === ISO_YEAR_DIGITS) {
    const month = start + first + 1
    if (value.charCodeAt(month - 1) !== HYPHEN || digitsAt(value, month) !== ISO_PART_DIGITS)
      return -1
    const day = month + ISO_PART_DIGITS + 1
    if (value.charCodeAt(day - 1) !== HYPHEN || digitsAt(value, day) !== ISO_PART_DIGITS) return -1
    return isWordCode(value.charCodeAt(day + ISO_PART_DIGITS)) ? -1 : day + ISO_PART_DIGITS
  }
  if (first > MAX_SLASH_PART_DIGITS || value.charCodeAt(start + first) !== SLASH) return -1
  const second = start + first + 1
  const secondDigits = digitsAt(value, second)
  if (secondDigits === 0 || secondDigits > MAX_SLASH_PART_DIGITS) return -1
  const year = second + secondDigits + 1
  if (value.charCodeAt(year - 1) !== SLASH) return -1
  const yearDigits = digitsAt(value, year)
  if (yearDigits < MIN_SLASH_YEAR_DIGITS || yearDigits > MAX_SLASH_YEAR_DIGITS) return -1
  return isWordCode(value.charCodeAt(year + yearDigits)) ? -1 : year + yearDigits
}

/** Widens a window to whole words so the date parser never sees half a word. */
function snapToWords(value: string, window: Window): void {
  let { start, end } = window
  while (start > 0 && value.charCodeAt(start - 1) !== SPACE) start--
  while (end < value.length && value.charCodeAt(end) !== SPACE) end++
  window.start = start
  window.end = end
}

function endOfWord(value: string, start: number): number {
  let i = start
  while (i < value.length && isWordCode(value.charCodeAt(i))) i++
  return i
}

function digitsAt(value: string, start: number): number {
  let i = start
  while (i < value.length && isDigit(value.charCodeAt(i))) i++
  return i - start
}

function isWordCode(code: number): boolean {
  return code < ASCII && WORD_CHAR[code] === 1
}

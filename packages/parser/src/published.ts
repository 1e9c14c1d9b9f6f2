/**
 * "Published ..." / "Updated ..." lines under the headline, and the date that
 * says when the article came out: from such a line, else a date glued to the
 * byline, else the dateline's date in the reference date's year.
 */
import { notAhead, readDate } from './calendar.js'
import { CALENDAR_WORD_FORMS } from './lexicon/calendar.js'
import { NEWS_AGENCIES, PAPER_HEAD_WORDS, WIRE_SERVICES } from './lexicon/credits.js'

const MAX_TIMESTAMP_LENGTH = 120
const TIMESTAMP = /^(?:published|updated|last updated|posted|first published|date)\b\s*:?/iu

/**
 * Whether `value`, a header block, is a published/updated line: one that
 * says so ("Updated: 10 March 2023"), a wire's date line its name opens
 * ("KYODO NEWS - Sep 16, 2025 - 21:05 | Politics"), or a bare date and time as web pages
 * print them under the byline ("Wed 8 Mar 2023 07.00 GMT", "March 8, 2023
 * 7:00 AM ET", "Wed 8 Mar 2023 07.00 GMT Last modified on Wed 8 Mar 2023 10.12 GMT").
 */
export function isTimestampLine(value: string): boolean {
  return (
    value.length <= MAX_TIMESTAMP_LENGTH &&
    (TIMESTAMP.test(value) || isBareDate(value) || stampedPublisher(value) !== null)
  )
}

/**
 * The publisher that opens a wire's date line, in capitals before a dash,
 * the date and time after it and maybe the section after a bar: "KYODO NEWS"
 * of "KYODO NEWS - Sep 16, 2025 - 21:05 | Politics, All"; null when `value`
 * is no such line.
 */
export function stampedPublisher(value: string): string | null {
  const match = STAMPED.exec(value)
  if (match === null || !isPublisherName(match[1] as string)) return null
  const bar = value.indexOf('|', match[0].length)
  const stamp = value.slice(match[0].length, bar < 0 ? value.length : bar)
  return isBareDate(stamp) ? (match[1] as string) : null
}
/**
 * Whether `name` (in capitals) is a publisher's: an agency the lists know
 * ("KYODO", "AFP") or a name a publication's word ends ("KYODO NEWS", "THE
 * JAPAN TIMES"); not a dateline's place ("TOKYO - Sep 16, 2025").
 */
export function isPublisherName(name: string): boolean {
  const lower = name.toLowerCase()
  const words = lower.split(' ')
  // ("BREAKING NEWS", "LATEST NEWS": a kicker, no one's name.)
  if (KICKER_WORDS.has(words[0] as string)) return false
  return (
    AGENCIES.has(lower) ||
    AGENCIES.has(words[0] as string) ||
    PUBLICATION_WORDS.has(words[words.length - 1] as string)
  )
}
const AGENCIES: ReadonlySet<string> = new Set([...NEWS_AGENCIES, ...WIRE_SERVICES])
/** First words of a kicker that a publication's word ends: "BREAKING NEWS", "LATEST NEWS". */
const KICKER_WORDS: ReadonlySet<string> = new Set(['breaking', 'latest', 'top', 'live', 'more'])
/** Last words of publications' names: "News", "Times", "Post". */
const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  ...PAPER_HEAD_WORDS,
  ...['news', 'press', 'agency'],
])
/** A publisher's name in capitals and the dash after it: "KYODO NEWS - ", "AFP — ". */
const STAMPED = /^(\p{Lu}[\p{Lu}&.'’]*(?: \p{Lu}[\p{Lu}&.'’]*){0,3}) [-\u2013\u2014] /u

const CALENDAR_WORDS: ReadonlySet<string> = new Set(CALENDAR_WORD_FORMS)

/** Words a printed date and time may hold besides its numbers and names. */
const STAMP_WORDS: ReadonlySet<string> = new Set([
  'am',
  'pm',
  'a.m',
  'p.m',
  'at',
  'on',
  'of',
  'last',
  'modified',
  'updated',
  'published',
  'posted',
  'first',
  // "Updated 2 hours ago".
  ...['ago', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins'],
])

/** Day, year, time or numeric date: "8", "8th", "2023", "07.00", "7:00am", "08/03/2023". */
const STAMP_NUMBER =
  /^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[ap]m)?|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})$/u
/** A time zone's abbreviation, maybe with its offset: "GMT", "BST", "ET", "UTC", "GMT+1". */
const TIME_ZONE = /^(?:[A-Z]{1,4}T|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?$/u
/** Marks between the parts of a printed date: "|", "-", "•", "·", "/". */
const STAMP_MARKS = /^[|/\u2013\u2014\u2022\u00b7-]$/u

/** Whether `value` is nothing but a printed date (and time) with a day in a written year. */
function isBareDate(value: string): boolean {
  let named = false
  let numbers = 0
  // ("18-Feb-2026": a date's parts joined by hyphens.)
  for (const raw of value.split(/[\s,()]+|(?<=\d)-(?=\p{L})|(?<=\p{L})-(?=\d)/u)) {
    if (raw === '' || STAMP_MARKS.test(raw)) continue
    const word = raw.endsWith('.') && !raw.endsWith('m.') ? raw.slice(0, -1) : raw
    const lower = word.toLowerCase().replace(/\.$/u, '')
    if (CALENDAR_WORDS.has(lower)) named = true
    else if (STAMP_NUMBER.test(word)) numbers++
    else if (!TIME_ZONE.test(word) && !STAMP_WORDS.has(lower)) return false
  }
  return numbers > 0 && (named || numbers > 1) && readDate(value, null)?.granularity === 'day'
}

/** ISO date of the first of `candidates` that holds a date certain enough, or null. */
export function publishedDate(
  candidates: readonly (string | null)[],
  reference: Date | null,
): string | null {
  for (const candidate of candidates) {
    if (!candidate) continue
    const date = readDate(candidate, reference)
    if (date && date.granularity === 'day') return notAhead(date.value, candidate, reference)
  }
  return null
}

/**
 * Calendar dates from text, through chrono-node (a well-kept date parser, the
 * English locale only). Deterministic: without a reference date nothing is
 * resolved relative to "now"; a date is given only as far as the text or the
 * reference makes it certain.
 */
import * as chrono from 'chrono-node/en'
import { isDigit } from './chars.js'

/** A resolved date: ISO day, month or year, with how fine it is. */
export interface CalendarDate {
  value: string
  granularity: 'day' | 'month' | 'year'
  /** Offset of the date in the text it was read from. */
  index: number
  text: string
}

/** Instant used as chrono's reference when the caller has none: only certain parts are used then. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12))
/** An ISO date, alone or opening a date-time: "2023-04-20", "2023-04-20T09:30:00Z". */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T\d{2}:\d{2})/u

/** Whether `value` is a `Date` of any realm (an iframe's, a VM context's), not only this one's. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]'
}

/**
 * The reference date at noon UTC, or null when it is not a date: an ISO date
 * (YYYY-MM-DD), the date of an ISO date-time, or a valid `Date` (its UTC day).
 */
export function referenceInstant(reference: string | Date | undefined | null): Date | null {
  if (isDate(reference)) {
    if (Number.isNaN(reference.getTime())) return null
    return new Date(
      Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), 12),
    )
  }
  if (typeof reference !== 'string') return null
  const match = ISO_DATE.exec(reference)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2]) - 1
  const day = Number(match[3])
  const date = new Date(Date.UTC(year, month, day, 12))
  // "2023-02-30" is no date (Date.UTC would roll it over to March).
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null
}

/**
 * Whether `written` gives the year of `date` (an instant, or the year itself)
 * in digits, in full or by its last two ("2023", "12/05/23"). Without a reference date chrono reads a
 * relative expression ("last year", "two days ago") against a stand-in
 * instant and calls its year certain: only a year the text writes is one.
 */
export function isYearWritten(written: string, date: Date | number): boolean {
  const year = String(typeof date === 'number' ? date : date.getUTCFullYear())
  if (written.includes(year)) return true
  // Two digits after a slash, an apostrophe, a dot or a hyphen, and no digit after them.
  const short = year.slice(-2)
  for (let at = written.indexOf(short); at > 0; at = written.indexOf(short, at + 1)) {
    if (SHORT_YEAR_MARKS.includes(written.charAt(at - 1)) && !isDigit(written.charCodeAt(at + 2)))
      return true
  }
  return false
}
const SHORT_YEAR_MARKS = "/'’.-"

/** UTC, as chrono takes a zone by its offset in minutes (its table of zones' names is not bundled). */
export const UTC_OFFSET = 0

/**
 * The first date in `text` whose year is written or given by `reference`.
 *
 * @example
 * readDate('March 11, 2015 3:46 PM', null) // { value: '2015-03-11', granularity: 'day', ... }
 */
export function readDate(text: string, reference: Date | null): CalendarDate | null {
  // (UTC by its offset in minutes: chrono's table of zones' names is not bundled.)
  const results = chrono.parse(text, { instant: reference ?? NO_REFERENCE, timezone: UTC_OFFSET })
  for (const result of results) {
    const start = result.start
    const date = start.date()
    // The day as written, not the instant's day in UTC: "9:42 PM EDT, Tue March 26" is the 26th,
    // though 01:42 UTC on the 27th.
    const zoned = start.isCertain('timezoneOffset')
    const year = String(zoned ? (start.get('year') ?? 0) : date.getUTCFullYear()).padStart(4, '0')
    // Without a reference, a year chrono calls certain may come from its stand-in
    // instant ("2 days ago"): only a year the text writes is one.
    if (!reference && !(start.isCertain('year') && isYearWritten(result.text, Number(year))))
      continue
    const month = String(zoned ? (start.get('month') ?? 0) : date.getUTCMonth() + 1).padStart(
      2,
      '0',
    )
    const day = String(zoned ? (start.get('day') ?? 0) : date.getUTCDate()).padStart(2, '0')
    if (start.isCertain('day') || start.isCertain('weekday')) {
      return {
        value: `${year}-${month}-${day}`,
        granularity: 'day',
        index: result.index,
        text: result.text,
      }
    }
    if (start.isCertain('month')) {
      return {
        value: `${year}-${month}`,
        granularity: 'month',
        index: result.index,
        text: result.text,
      }
    }
    return { value: year, granularity: 'year', index: result.index, text: result.text }
  }
  return null
}

/**
 * `iso`, or the same day a year before when the text writes no year and the
 * date lies more than a week past `reference`: an article is dated before it
 * is read ("Feb 1" in a dateline read on 2024-12-03 is 2024-02-01, not the
 * nearer 2025-02-01).
 */
export function notAhead(iso: string, text: string, reference: Date | null): string {
  if (!reference || WRITTEN_YEAR.test(text)) return iso
  const time = Date.parse(`${iso}T00:00:00Z`)
  if (time - reference.getTime() <= AHEAD_MS) return iso
  const year = Number(iso.slice(0, 4)) - 1
  return `${String(year).padStart(4, '0')}${iso.slice(4)}`
}
/** A year the text writes: "2024". */
const WRITTEN_YEAR = /\b\d{4}\b/u
/** How far past the reference date an article's own date may lie: a week. */
const AHEAD_MS = 7 * 24 * 60 * 60 * 1000

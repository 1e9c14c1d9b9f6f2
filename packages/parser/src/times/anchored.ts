/**
 * Times counted from the one the text gave before: "She graduated in 1956
 * and from law school three years later" is 1959, not three years after the
 * article's date; "lost their jobs in 2024, down from 260,000 the year
 * before" is 2023. chrono-node counts them from the reference date; here
 * they are counted again from the nearest time before them that has a value
 * fine enough for the unit (a year for years, a month for months, a day for
 * weeks and days), and say which in `data.anchor`. With no such time before,
 * the value is null: a wrong date is worse than none.
 */
import type { PlacedTime } from './stage.js'

/** "three years later", "a month earlier", "two days later", "10 years later". */
const COUNTED =
  /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year|decade)s?\s+(later|earlier)$/iu
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
}
type Granularity = 'day' | 'month' | 'year'
/** The granularity a unit's count gives, and the finest its anchor may lack. */
const UNIT_GRANULARITY: Readonly<Record<string, Granularity>> = {
  day: 'day',
  week: 'day',
  month: 'month',
  year: 'year',
  decade: 'year',
}
const FINENESS: Readonly<Record<Granularity, number>> = { year: 0, month: 1, day: 2 }
const DAY_MS = 86_400_000

/** Resolves again, in place, the times of `times` (in reading order) counted from an earlier one. */
export function anchorCountedTimes(times: PlacedTime[]): void {
  let anchor: PlacedTime | null = null
  for (const time of times) {
    const counted = countedOf(time.text)
    if (counted === null) {
      if (time.value !== null) anchor = time
      continue
    }
    const { unit, count } = counted
    const granularity = UNIT_GRANULARITY[unit] as Granularity
    const from = anchor === null ? null : valueGranularity(anchor.value as string)
    if (anchor === null || from === null || FINENESS[from] < FINENESS[granularity]) {
      time.value = null
      time.data = { granularity }
      continue
    }
    time.value = shifted(anchor.value as string, unit, count, granularity)
    time.data = { granularity, anchor: anchor.id }
    // "in 1956 ... three years later ... two years later": each counts from the one before (but
    // "the day before" twice in a market report is one day).
    if (counted.chains) anchor = time
  }
}

/**
 * "the year before", "the previous day", "the following month": one unit
 * from the time before, which a story tells of as narrative does.
 */
const ONE_FROM =
  /^(?:(?:from|since|on|by|than|in)\s+)?the\s+(?:(day|month|year)\s+(before|after)|(previous|following)\s+(day|month|year))$/iu

/**
 * The unit and the signed count of a time counted from another, and whether
 * a time counted after it counts from it; or null.
 */
function countedOf(text: string): { unit: string; count: number; chains: boolean } | null {
  const counted = COUNTED.exec(text)
  if (counted !== null)
    return {
      unit: (counted[2] as string).toLowerCase(),
      count: countOf(counted[1] as string) * (counted[3]?.toLowerCase() === 'later' ? 1 : -1),
      chains: true,
    }
  const one = ONE_FROM.exec(text)
  if (one === null) return null
  const unit = (one[1] ?? one[4] ?? '').toLowerCase()
  const way = (one[2] ?? one[3] ?? '').toLowerCase()
  return { unit, count: way === 'after' || way === 'following' ? 1 : -1, chains: false }
}

function countOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word)
}

/** The granularity of an ISO value ("1956", "1956-03", "1956-03-03"), or null. */
function valueGranularity(value: string): Granularity | null {
  if (/^\d{4}$/u.test(value)) return 'year'
  if (/^\d{4}-\d{2}$/u.test(value)) return 'month'
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) return 'day'
  return null
}

/** `value` moved by `count` units, written to `granularity`. */
function shifted(value: string, unit: string, count: number, granularity: Granularity): string {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  if (unit === 'day' || unit === 'week') {
    date.setTime(date.getTime() + count * (unit === 'week' ? 7 : 1) * DAY_MS)
  } else if (unit === 'month') {
    date.setUTCMonth(date.getUTCMonth() + count)
  } else {
    date.setUTCFullYear(date.getUTCFullYear() + count * (unit === 'decade' ? 10 : 1))
  }
  const y = String(date.getUTCFullYear()).padStart(4, '0')
  const m = String(date.getUTCMonth() + 1).padStart(2, '0')
  const d = String(date.getUTCDate()).padStart(2, '0')
  return granularity === 'year' ? y : granularity === 'month' ? `${y}-${m}` : `${y}-${m}-${d}`
}

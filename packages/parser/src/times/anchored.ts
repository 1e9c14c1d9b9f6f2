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
  /^(?:(?:from|since|on|by|than|in)\s+)?the\s+(?:(day|month|year)\s+(before|after)|(previous|following)\s+(day|week|month|year))$/iu

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
export function shifted(
  value: string,
  unit: string,
  count: number,
  granularity: Granularity,
): string {
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

/**
 * Dates, in place, the clock times of `times` (in reading order) that their
 * sentence gives no day, where they tell when something happened (a past
 * verb dates them; not "airs weekdays from 6 a.m.", "will appear in the 9
 * a.m. hour"): "shattered the record on Sunday morning ... At about 9:40
 * a.m., a man collapsed" is Sunday, the day the story tells of when the clock
 * is read, and `data.dayFrom` says which time gave it. That is the day of the
 * last time before it with a value, outside quotations (a speaker's
 * "yesterday" is no day of the story); none when a time coarser than a day
 * stands after that day in the clock's own paragraph ("In March, ... at 9
 * a.m."), or when there is no day before. A clock that is a paragraph of its
 * own heads an entry of a live report ("The Latest: ... 2 p.m."): it is of
 * the reference date (`dayFrom: "reference"`), and so is what follows it.
 */
export function dateClockTimes(
  times: readonly PlacedTime[],
  read: {
    quoted: (time: PlacedTime) => boolean
    /** Whether the time is all its paragraph says. */
    alone: (time: PlacedTime) => boolean
    /** Whether the clause of the time tells of the past. */
    past: (time: PlacedTime) => boolean
    /** Whether the time is the day a verb of saying right before it was said: "said Tuesday". */
    said: (time: PlacedTime) => boolean
  },
  /** The reference date ("2016-10-03"), or null. */
  reference: string | null,
): void {
  let day: string | null = null
  let from = ''
  // The paragraph of the last time coarser than a day after it ("in 2019", "in March").
  let coarse = -1
  // The last day of a saying ("said late Tuesday"), with its paragraph.
  let saidDay: { value: string; id: string; segment: number } | null = null
  for (const time of times) {
    // '"I will pray for him tonight," Kiprop said': the day a speaker speaks of as theirs is the
    // day the story tells of, not the reference date.
    // ("Brooks said late Tuesday: 'We are not abolishing anything tonight'": the day its
    // paragraph says the words were said, first.)
    if (SPOKEN_DAY.test(time.text) && read.quoted(time)) {
      const spoken = saidDay?.segment === time.segment ? saidDay : null
      time.value = spoken?.value ?? day
      time.data =
        time.value === null
          ? { granularity: 'day' }
          : { granularity: 'day', dayFrom: spoken?.id ?? from }
      continue
    }
    if (time.value === null) {
      if (time.data?.['granularity'] !== 'time' || read.quoted(time)) continue
      const heading = read.alone(time)
      if (heading) {
        day = reference
        from = REFERENCE
        coarse = -1
      }
      if (
        day !== null &&
        coarse !== time.segment &&
        (heading ||
          // (A clock of the small hours may be of the day after an evening told of: "late Monday
          // ... at 1:48 a.m.". Nor a day still to come: "On Dec. 1, that changes".)
          ((time.data['time'] as string) >= DAY_BREAK &&
            (reference === null || day <= reference) &&
            read.past(time)))
      ) {
        time.value = day
        time.data = { ...time.data, dayFrom: from }
      }
    } else if (!read.quoted(time)) {
      // (Not the day a report was made, "Ortiz said Tuesday", nor a day told of as past or to
      // come, "two weeks ago", "at the Nov. 11 meeting": no day of what the story tells.)
      // ("its biggest gain since March, before easing by 1400 GMT": a span that runs to now moves
      // the story to no other time.)
      if (!DAY.test(time.value)) {
        if (!SINCE.test(time.text)) coarse = time.segment
      } else if (read.said(time)) {
        saidDay = { value: time.value, id: time.id, segment: time.segment }
      } else if (!AGO.test(time.text) && (reference === null || time.value <= reference)) {
        day = time.value
        from = time.id
        coarse = -1
      }
    }
  }
}
/** The earliest clock a day told of before dates: the small hours may be of the next. */
const DAY_BREAK = '06:00'
/** A time that opens a span running to now: "since March". */
const SINCE = /^since\b/iu
/** A day counted back from the reference date: "two weeks ago". */
const AGO = /\bago$/iu
/** A day's value: "2024-10-13". */
const DAY = /^\d{4}-\d{2}-\d{2}$/u
/**
 * The day a speaker speaks, as they name it: "tonight", "this morning". (Not "tomorrow" or
 * "yesterday", whose day depends on the day the words were said, which a story often leaves
 * out: '"I'll define that tomorrow," Trump told ABC' of a Monday speech, told the Sunday.)
 */
const SPOKEN_DAY = /^(?:tonight|this (?:morning|afternoon|evening))\b/iu
/** What `data.dayFrom` says of a clock dated by the reference date. */
const REFERENCE = 'reference'

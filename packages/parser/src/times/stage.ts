/**
 * The time stage: time expressions ("on Thursday", "last year", "in July",
 * "over the past year") found by chrono-node in the windows the candidate
 * scan gives, filtered for news (no modal "may", no verb "march", no "now"
 * or "today" inside quotations), resolved against the reference date or the
 * article's own date, with the granularity the text gives: a day, a month, a
 * year; durations and ranges keep `value: null` and say so in `data`.
 */
import * as chrono from 'chrono-node/en'
import { KEPT_CHRONO_PART, UNNEEDED_CHRONO_PARTS } from './unneeded-chrono.js'
import type { InlineAnnotation } from '../annotate/inline.js'
import { datelineEnd, positionOf, type Segment, type Source } from '../annotate/segments.js'
import { isYearWritten, notAhead, UTC_OFFSET } from '../calendar.js'
import {
  MONTH_NAMES,
  NAMED_DAY_NAMES,
  SEASON_FIRST_MONTHS,
  WEEKDAY_NAMES,
} from '../lexicon/calendar.js'
import { quotedSpansOf } from '../quotes/marks.js'
import { opensSentenceAt } from '../sentence-start.js'
import type { TimeExpression, TimeText } from '../types.js'
import { anchorCountedTimes, dateClockTimes, shifted } from './anchored.js'
import { namedDayDate } from './events.js'
import { findWindows, SEASON_PREPOSITIONS, SPAN_COUNTS, type Window } from './candidates.js'
import { prefiltered } from './prefilter.js'
import { BETWEEN_RANGES } from './between-ranges.js'
import { isWordChar } from '../words.js'
import { isDigit } from '../chars.js'
import { firstAtOrAfter, firstNotBefore } from '../bisect.js'
import { findClockTimes, type ClockTime } from './clock.js'

/** A time expression with where it stands. */
export interface PlacedTime extends TimeExpression {
  segment: number
  start: number
  end: number
}

/** The parts of chrono's casual parser that news dates do not need, by class name. */
const UNNEEDED: ReadonlySet<string> = new Set(UNNEEDED_CHRONO_PARTS)
/** Holidays of a fixed day, by name: month and day. */
const HOLIDAY_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  Christmas: [12, 25],
  'Christmas Day': [12, 25],
  'Christmas Eve': [12, 24],
  'Boxing Day': [12, 26],
  Halloween: [10, 31],
  Juneteenth: [6, 19],
  Hogmanay: [12, 31],
}
/** Nouns that a holiday's name qualifies: "in time for Christmas shopping". */
const HOLIDAY_NOUNS = [
  ...['shopping', 'gifts?', 'presents?', 'trees?', 'cards?', 'markets?', 'lights', 'dinners?'],
  ...['lunch', 'party', 'parties', 'songs?', 'music', 'message', 'season', 'holidays?', 'break'],
  ...['sales', 'decorations', 'costumes?', 'candy'],
]
/**
 * A holiday of a fixed day after a word that makes it a time ("since
 * Christmas", "before Halloween", "this Christmas"): not a name that
 * qualifies a noun ("a Christmas tree", "the Pope's Christmas message",
 * "in time for Christmas shopping").
 */
const HOLIDAY = new RegExp(
  `\\b(?:${Object.keys(HOLIDAY_DAYS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b(?!\\s+(?:${HOLIDAY_NOUNS.join('|')})\\b)`,
  'u',
)
/** The words before a holiday that make it a time. */
const HOLIDAY_LEAD =
  /\b(?:since|before|after|by|until|till|at|over|on|during|around|for|of|this|last|next)\s$/u
/** The first word of each holiday, which a window must hold for the parser to look. */
const HOLIDAY_WORDS = [
  ...new Set(Object.keys(HOLIDAY_DAYS).map((name) => name.split(' ')[0] as string)),
]
const NO_HOLIDAY = /^(?!)/u
/**
 * Reads the holidays of {@link HOLIDAY_DAYS}: their month and day, the year
 * the one nearest the reference (as chrono places a month and day: "before
 * Christmas", told in March, is the Christmas just past until a tense says
 * otherwise). The expression opens with the names, and the word before is
 * read after a match: an expression that opens with a look behind is tried
 * at every character.
 */
const HOLIDAY_PARSER: chrono.Parser = {
  pattern: (context) =>
    HOLIDAY_WORDS.some((word) => context.text.includes(word)) ? HOLIDAY : NO_HOLIDAY,
  extract: (context, match) => {
    const [month, day] = HOLIDAY_DAYS[match[0]] ?? []
    const at = match.index ?? 0
    const before = context.text.slice(Math.max(0, at - HOLIDAY_LEAD_REACH), at)
    if (month === undefined || day === undefined || !HOLIDAY_LEAD.test(before)) return null
    return context
      .createParsingComponents({ month, day })
      .imply('year', nearestYear(context.refDate, month, day))
  },
}
const HOLIDAY_LEAD_REACH = 8

/** The year whose `month` and `day` fall nearest `reference`. */
function nearestYear(reference: Date, month: number, day: number): number {
  const year = reference.getUTCFullYear()
  const at = (y: number): number => Math.abs(Date.UTC(y, month - 1, day) - reference.getTime())
  return [year - 1, year + 1].reduce((best, y) => (at(y) < at(best) ? y : best), year)
}

/**
 * "May" after a word that makes it the month ("since May", "by May", "early
 * May"), which chrono reads after "in" only (its filter drops a "May" alone
 * after any other word, so the word is part of the match); not the name of
 * someone ("since May took office"): the words after it must end the phrase
 * or go on to another time.
 */
const MAY =
  /\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Tt]hroughout|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id)[ -]May\b/u
const NO_MAY = /^(?!)/u
/** What may follow the month: the end of the phrase, or a word that goes on to another time. */
const MAY_FOLLOWS =
  /^(?:$|[.,;:)!?]|\s+(?:and|or|to|through|until|last|this|next|of|when|as|but|with|in)\b)/u
const MAY_FOLLOWS_REACH = 10
/** The months' names as written, capitalised: an alternation for the patterns below. */
const MONTHS = MONTH_NAMES.map((name) => name.charAt(0).toUpperCase() + name.slice(1))
/** A month before the word, whose range "May" ends: "March until " (May), chrono's to read. */
const MONTH_BEFORE = new RegExp(
  `\\b(?:${MONTHS.filter((name) => name !== 'May').join('|')})\\s+$`,
  'u',
)
const MONTH_BEFORE_REACH = 12
const MAY_PARSER: chrono.Parser = {
  pattern: (context) => (context.text.includes('May') ? MAY : NO_MAY),
  extract: (context, match) => {
    const start = match.index ?? 0
    const end = start + match[0].length
    return MAY_FOLLOWS.test(context.text.slice(end, end + MAY_FOLLOWS_REACH)) &&
      !MONTH_BEFORE.test(context.text.slice(Math.max(0, start - MONTH_BEFORE_REACH), start))
      ? { month: 5 }
      : null
  },
}

/**
 * "a fortnight ago", "two fortnights ago": British English's two weeks,
 * which chrono does not know, counted back from the reference as its "two
 * weeks ago" is.
 */
const FORTNIGHT = /\b(a|one|two|three|four|\d{1,2}) fortnights? ago\b/iu
const NO_FORTNIGHT = /^(?!)/u
const FORTNIGHT_COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
}
const FORTNIGHT_PARSER: chrono.Parser = {
  pattern: (context) => (context.text.includes('fortnight') ? FORTNIGHT : NO_FORTNIGHT),
  extract: (context, match) => {
    const count = match[1]?.toLowerCase() ?? ''
    const fortnights = FORTNIGHT_COUNTS[count] ?? Number(count)
    return chrono.ParsingComponents.createRelativeFromReference(context.reference, {
      day: -14 * fortnights,
    })
  },
}

const NEWS_CHRONO: chrono.Chrono = (() => {
  const parsers = chrono.casual.parsers
    .filter((parser) => !UNNEEDED.has(parser.constructor.name))
    .map(prefiltered)
  parsers.push(HOLIDAY_PARSER, MAY_PARSER, FORTNIGHT_PARSER)
  const refiners = chrono.casual.refiners.filter(
    (refiner) => !UNNEEDED.has(refiner.constructor.name),
  )
  refiners.push(BETWEEN_RANGES)
  // Chosen by class name (the bundle has left them out already): should a bundler have renamed
  // the classes, nothing matches and the full parser is used.
  const named = chrono.casual.parsers.some((parser) => parser.constructor.name === KEPT_CHRONO_PART)
  return named ? new chrono.Chrono({ parsers, refiners }) : chrono.casual
})()

/** Characters after a day read for the event it names: ", 2001 terrorist attacks". */
const NAMED_DAY_REACH = 24

/** Words that introduce a time expression and belong to it: "on Thursday", "in July". */
const LEAD_IN =
  /(?:^|\s)((?:on|in|since|until|till|by|from|between|during|through|over the|in the|during the|for the|over|early|late|mid)\s+|mid-)$/iu
/**
 * A part of a month or a year named before it, with its preposition: "by the
 * end of " (March), "since the start of " (August), "in the second half of "
 * (2025). The time is the month's or the year's.
 */
const PART_OF_PERIOD =
  /(?:^|\s)((?:(?:by|at|until|till|since|from|before|after|in|through|toward|towards)\s+)?the\s+(?:start|end|beginning|middle|rest|remainder|(?:first|second)\s+half)\s+of\s+)$/iu
/** Characters before a time read for {@link PART_OF_PERIOD}: "through the second half of ". */
const PART_OF_PERIOD_REACH = 32
/** The preposition before a year, at the end of the text before it: "in ", "since ", "mid-", "with " of "compared with ". */
const YEAR_LEAD =
  /(?:^|[^\p{L}\p{N}])((?:in|since|by|until|till|during|from|between|before|after|through|throughout|into|of|early|late|fiscal|fiscal year|(?<=compared )(?:with|to)) |mid-)$/iu
/**
 * The words before a decade that belong to it, "the" and what goes before:
 * "in the ", "since the early ", "the mid-" (not "1990s" alone, a count:
 * "temperatures in the high 1990s" is none either).
 */
const DECADE_LEAD =
  /(?:^|[^\p{L}\p{N}])((?:(?:in|since|by|until|till|during|from|through|throughout|into|before|after)\s+)?the\s+(?:(?:early|late|mid)\s+|mid-)?)$/iu
/** Characters before a decade read for {@link DECADE_LEAD}: "throughout the early ". */
const DECADE_LEAD_REACH = 24
/** Whether the four digits at `digits` of `value` and an "s" are a decade: "1990s", not "1995s". */
function isDecade(value: string, digits: number): boolean {
  return (
    value.charCodeAt(digits + 3) === ZERO &&
    value.charCodeAt(digits + 4) === LOWER_S &&
    !isWordChar(value, digits + 5)
  )
}
const ZERO = 0x30
const LOWER_S = 0x73
/** "for " before a year: "its forecast for 2026". */
const FOR_LEAD = /(?:^|[^\p{L}\p{N}])(for )$/iu
/**
 * The match of "for " before a year ("cut its forecast for 2026 to 3%"), or null:
 * not before a count's noun ("paid $5 for 2010 shares", "for 2000 people").
 */
function forYear(before: string, after: string): RegExpExecArray | null {
  const lead = FOR_LEAD.exec(before)
  if (lead === null) return null
  const word = /^ (\p{Ll}+)/u.exec(after)?.[1]
  if (
    word !== undefined &&
    (COUNTED_NOUNS.has(word) || (PLURAL.test(word) && !EVENT_PLURALS.has(word)))
  )
    return null
  return lead
}
/** What joins a year to the one before it: " and ", " or " (the group), ", ". */
const YEAR_JOINER = /^(?:,? (and|or) |, )$/u
/** The longest text {@link YEAR_JOINER} matches: ", and ". */
const MAX_YEAR_JOINER = 6
/** What follows a year a list goes on from: ", 2005", " and 2005". */
const LIST_GOES_ON = /^(?:,| and | or )/u
/** Characters read after a year for the noun it qualifies. */
const NOUN_AFTER_YEAR_REACH = 12
/**
 * Whether `after`, the text after a year and a determiner, opens with the
 * noun it qualifies: a name ("the 2016 Republican field") or a singular noun
 * ("the 2007 election"); not a count's plural or unit ("the 1995 passengers",
 * "the 2020 people", "a 2010 kg load").
 */
function isYearNoun(after: string): boolean {
  const word = /^ (\p{L}+)/u.exec(after)?.[1]
  if (word === undefined) return false
  if (/^\p{Lu}/u.test(word)) return true
  // ("the 2012 attacks", "the 2016 primaries": events, a year's; "the 2008 crisis": no plural.)
  if (PLURAL.test(word)) return EVENT_PLURALS.has(word)
  return !COUNTED_NOUNS.has(word)
}
/** A plural's ending: "passengers", not "crisis", "address", "campus". */
const PLURAL = /[^siu]s$/u
/** Plurals of events, dated by a year before them: "the 2016 primaries". */
const EVENT_PLURALS: ReadonlySet<string> = new Set([
  ...['elections', 'primaries', 'midterms', 'caucuses', 'attacks', 'riots', 'protests', 'talks'],
  ...['games', 'floods', 'fires', 'amendments', 'changes', 'debates', 'hearings', 'campaigns'],
  ...['playoffs', 'finals', 'sanctions', 'reforms', 'polls', 'results', 'figures', 'accords'],
  ...['profits', 'earnings', 'sales', 'revenues', 'losses', 'candidates', 'records'],
])
/** Nouns that a number before them counts: "people", "kg". */
const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  ...['people', 'kg', 'km', 'kilometre', 'kilometer', 'metre', 'meter', 'mile', 'tonne', 'ton'],
  ...['acre', 'hectare', 'foot', 'feet', 'pound', 'percent', 'per'],
])
/** A determiner right before a year that qualifies a noun: "the 2007 election", "its 2019 budget". */
const YEAR_DETERMINER = /(?:^|[^\p{L}])(?:the|a|its|his|her|their|this|that) $/iu
/** Characters before a year read for its preposition: "fiscal year ". */
const YEAR_LEAD_REACH = 16
/** What closes a range of years after its first: "from 2010 to 2014", "between 2010 and 2014". */
const YEAR_RANGE_END = /^ ?(?:to|until|through|and|–|-) ?((?:19|20)\d{2})(?![\p{L}\p{N}])/iu
/** The word of a range's second year by that of its first: "between" ... "and". */
const RANGE_WORDS: Readonly<Record<string, RegExp>> = {
  from: /^ ?(?:to|until|through|–|-) ?$/iu,
  between: /^ ?and ?$/iu,
}
/** Characters read after a year for the rest of its range: " through 2014". */
const YEAR_RANGE_REACH = 14

/** A preposition that opens chrono's own text: "on Monday". */
const OWN_LEAD = /^(?:on|in|at|by|since|from|until|during)\s/iu
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’'])

/**
 * Whether a possessive's mark stands at `at` of `value`: "'s" and no letter
 * after it ("Sunday's"), or an apostrophe after a plural ("two weeks'"); not
 * a closing single quotation mark ("'... until Friday' and left").
 */
function isPossessiveAt(value: string, at: number): boolean {
  if (!APOSTROPHES.has(value.charAt(at))) return false
  const next = value.charAt(at + 1)
  if (next === 's' || next === 'S') return !LETTER.test(value.charAt(at + 2))
  return value.charAt(at - 1) === 's' && !LETTER.test(next)
}
const LETTER = /^\p{L}$/u
/** A time that its word places, which takes no preposition: "this week", "next month". */
const DEICTIC_TIME = /^(?:this|next|last)\s/iu
/**
 * Lead-in words that such a time never takes: the "in" of "sworn in this week"
 * is the verb's (not that of a possessive: "in this year's race").
 */
const DEICTIC_LEAD = /^(?:in|on)\s+$/iu
/** Lead-in words that place a time in its day or month: "late on Wednesday". */
const PART_OF_TIME = /^(?:early|late|mid-?)\s*$/iu

/** A word that says which month, at the end of the text before its name: "last ", "next ". */
const MONTH_WHICH = /(?:^|\s)((last|next|this|this coming|past)\s+)$/iu
/** Characters before a month's name read for {@link MONTH_WHICH}. */
const MONTH_WHICH_REACH = 13

/** Whether chrono read a month alone: no day, no weekday, no year written. */
function isMonthAlone(result: chrono.ParsedResult): boolean {
  const start = result.start
  return (
    !result.end &&
    start.isCertain('month') &&
    !start.isCertain('day') &&
    !start.isCertain('weekday') &&
    !start.isCertain('year')
  )
}

/**
 * The month `month` (1 to 12) that `word` says, from `reference`: "last" the
 * latest before the reference's month ("last March" in March is a year
 * before), "next" the first after it, "this" the reference's year's.
 */
function monthSaid(word: string, month: number, reference: Date): string {
  const now = reference.getUTCMonth() + 1
  let year = reference.getUTCFullYear()
  const which = word.toLowerCase()
  if ((which === 'last' || which === 'past') && month >= now) year--
  else if ((which === 'next' || which === 'this coming') && month <= now) year++
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/** Month names that are also ordinary words: they need a date around them. */
const AMBIGUOUS_MONTH = /^(?:may|march|june|april|august|sun|sat|wed)$/iu
const TRAILING_MARKS = /[,;:]+$/u
/**
 * "today" and "tomorrow" said by a speaker, too loose to be days ("today's world", "a brighter
 * tomorrow"); "tonight" and "this morning" are dated by the day the story tells of (anchored.ts).
 */
const SPOKEN_LOOSE = /^(?:today|tomorrow)$/iu
const DURATION =
  /\b(?:past|previous|next|coming|last)\s+(?:\d+\s+|few\s+|several\s+|two\s+|three\s+)?(?:years?|months?|weeks?|days?|decades?)\b/iu
const CALENDAR_LAST = /^(?:last|next|this)\s+(?:year|month|week)$/iu
const CALENDAR_WEEK = /^(last|next|this)\s+week$/iu
/** A weekday of the week before, after or of the reference's: "Friday next week". */
const WEEKDAY_OF_WEEK =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(last|next|this)\s+week$/iu
const SPAN_OF_DAYS = /\bthe\s+(?:last|past|next|coming)\s+week$/iu
/**
 * "the last year", "the past month": a span of time before, a duration; so is
 * one after, "will miss the next month", "over the coming year".
 */
const SPAN_OF_MONTHS = /\bthe\s+(?:last|past|next|coming)\s+(?:year|month)$/iu
const SPANNED = { value: null, data: { granularity: 'duration' } } as const
/** How far before a week's expression its "the" is looked for. */
const SPAN_REACH = 12
/** "the last week of June": a week of a month, no span of days. */
const OF_AFTER = /^\s+of\b/u
const OF_AFTER_REACH = 4
const NOT_FOUND = -1
/** Before the first search: less than any offset, so the first call searches. */
const NOT_SEARCHED = -2

/** Finds and resolves the time expressions of `segments`. */
export function readTimes(
  segments: readonly Segment[],
  source: Source,
  reference: Date | null,
): PlacedTime[] {
  const times: PlacedTime[] = []
  // Each segment's quotations, read once at the first time that asks (here and when clocks are
  // dated, below).
  const quotedBySegment: ([number, number][] | undefined)[] = []
  const quotedIn = (segment: number): [number, number][] =>
    (quotedBySegment[segment] ??= quotedRanges(segments[segment] as Segment))
  segments.forEach((segment, segmentIndex) => {
    const value = segment.value
    const windows = findWindows(value)
    const first = times.length
    // Years alone ("in 2019"): chrono leaves them to the caller on purpose; one scan finds them.
    const years = (): void => {
      // Where "19" and "20" were last found (searched again once passed).
      const found: [number, number] = [NOT_SEARCHED, NOT_SEARCHED]
      // Where the last year read ends, for one joined to it.
      let lastYearEnd = -1
      for (
        let digits = nextYear(value, 0, found);
        digits >= 0;
        digits = nextYear(value, digits + 4, found)
      ) {
        if (isWordChar(value, digits - 1)) continue
        // "in the 1990s", "since the early 2000s": a decade.
        if (isDecade(value, digits)) {
          const lead = DECADE_LEAD.exec(
            value.slice(Math.max(0, digits - DECADE_LEAD_REACH), digits),
          )
          if (lead === null) continue
          const first = value.slice(digits, digits + 4)
          addTime(
            times,
            segment,
            segmentIndex,
            source,
            digits - (lead[1] as string).length,
            digits + 5,
            null,
            {
              granularity: 'decade',
              start: first,
              end: String(Number(first) + 9),
            },
          )
          continue
        }
        if (isWordChar(value, digits + 4)) continue
        const before = value.slice(Math.max(0, digits - YEAR_LEAD_REACH), digits)
        // What follows the year, read for the noun it qualifies.
        const after = value.slice(digits + 4, digits + 4 + NOUN_AFTER_YEAR_REACH)
        const lead =
          PART_OF_PERIOD.exec(value.slice(Math.max(0, digits - PART_OF_PERIOD_REACH), digits)) ??
          YEAR_LEAD.exec(before) ??
          forYear(before, after)
        // "in 2018 and 2019": a year joined to the year before; "the 2007 election": a year
        // before its noun (not a round one, which counts as often: "the 2000 workers").
        // (Read only when the year before ends close enough for a joiner: a slice back to it
        // from every number would cost the square of a long text's length.)
        const joiner =
          lastYearEnd >= 0 && digits - lastYearEnd <= MAX_YEAR_JOINER
            ? YEAR_JOINER.exec(value.slice(lastYearEnd, digits))
            : null
        const joined =
          lead === null &&
          // (After a bare comma, only a year the list goes on from: not "In 2019, 2020 people".)
          ((joiner !== null && (joiner[1] !== undefined || LIST_GOES_ON.test(after))) ||
            (YEAR_DETERMINER.test(before) &&
              !value.startsWith('00', digits + 2) &&
              isYearNoun(after)))
        if (!lead && !joined) continue
        const start = digits - ((lead?.[1] as string | undefined) ?? '').length
        const year = value.slice(digits, digits + 4)
        // "from 2010 to 2014", "between 2010 and 2014": one range.
        const word = (lead?.[1] ?? '').trim().toLowerCase()
        const rest = YEAR_RANGE_END.exec(value.slice(digits + 4, digits + 4 + YEAR_RANGE_REACH))
        const range =
          rest !== null &&
          (RANGE_WORDS[word]?.test(rest[0].slice(0, -4)) ?? false) &&
          (rest[1] as string) > year
            ? { end: rest[1] as string, length: rest[0].length }
            : null
        const end = digits + 4 + (range?.length ?? 0)
        const chrono = times.slice(first)
        if (chrono.some((time) => start < time.end && end > time.start)) continue
        addTime(
          times,
          segment,
          segmentIndex,
          source,
          start,
          end,
          range ? null : year,
          range ? { granularity: 'range', start: year, end: range.end } : { granularity: 'year' },
        )
        lastYearEnd = end
      }
    }
    const quotedOf = (): [number, number][] => quotedIn(segmentIndex)
    const read = times.length
    readWindows(segment, windows, segmentIndex, source, reference, times, quotedOf)
    // The times the readers found, which chrono's results inside them are parts of ("July" of
    // "the July-to-September period"): most segments have none.
    const readers = times.slice(read)
    if (windows.length === 0) {
      years()
      return
    }
    for (const window of windows) {
      const text = value.slice(window.start, window.end)
      const results = NEWS_CHRONO.parse(text, {
        instant: reference ?? new Date(Date.UTC(2000, 0, 1, 12)),
        // (UTC by its offset in minutes: chrono's table of zones' names is not bundled.)
        timezone: UTC_OFFSET,
      })
      for (const result of results) {
        let start = window.start + result.index
        const end = window.start + result.index + spokenLength(result.text)
        // (Not the comma or bracket that chrono's weekday pattern takes before it: "B.C., on
        // Tuesday".)
        while (start < end && LEADING_MARKS.includes(value.charAt(start))) start++
        if (readers.length > 0 && readers.some((time) => time.start < end && start < time.end))
          continue
        // "last July", "next March": a month that its word says is past or to come (chrono reads
        // the month alone, the nearest one).
        const which = isMonthAlone(result)
          ? MONTH_WHICH.exec(value.slice(Math.max(0, start - MONTH_WHICH_REACH), start))
          : null
        // Not a second preposition before chrono's own ("fell through on Monday"); a word that
        // places the time in its day stays ("late on Wednesday").
        const partOf = which
          ? null
          : PART_OF_PERIOD.exec(value.slice(Math.max(0, start - PART_OF_PERIOD_REACH), start))
        const before = which ?? partOf ?? LEAD_IN.exec(value.slice(Math.max(0, start - 16), start))
        // (The tense is read around the time itself: "began at the start of August" is past, not
        // a time that qualifies a noun, as "the" opening its text would say.)
        const timeStart = start
        // Nor a verb's particle before a time that takes no preposition ("sworn in this week"),
        // nor the preposition of the noun a time in the possessive qualifies ("in Sunday's
        // election", "in this year's race").
        const lead =
          before &&
          !which &&
          ((OWN_LEAD.test(result.text) && !PART_OF_TIME.test(before[1] as string)) ||
            (DEICTIC_LEAD.test(before[1] as string) && DEICTIC_TIME.test(result.text)) ||
            (isPossessiveAt(value, end) && !PART_OF_TIME.test(before[1] as string)))
            ? null
            : before
        if (lead) start -= (lead[1] as string).length
        const written = value.slice(start, end)
        const around = {
          before: () => value.slice(Math.max(0, start - HABIT_REACH), start),
          after: () => value.slice(end, end + 16),
        }
        // (A weekend is read by its own reader: chrono gives a Saturday.)
        if (result.text.includes('weekend')) continue
        if (!keep(written, result, value, start, end, quotedOf, around)) continue
        if (isInName(value, start, written) || isNamedDay(value, start, written)) continue
        // "the BBC's Today programme", "NBC's Today show": a programme's name.
        if (written === 'Today' && /['\u2019]s $/u.test(value.slice(start - 3, start))) continue
        if (which) {
          const month = result.start.get('month') as number
          addTime(
            times,
            segment,
            segmentIndex,
            source,
            start,
            end,
            reference ? monthSaid(which[2] as string, month, reference) : null,
            { granularity: 'month' },
          )
          continue
        }
        // "in July and August 2022": a month alone that shares the year of the month joined to it.
        const shared = isMonthAlone(result)
          ? YEAR_OF_JOINED_MONTH.exec(value.slice(end, end + JOINED_MONTH_REACH))
          : null
        if (shared) {
          const month = String(result.start.get('month')).padStart(2, '0')
          addTime(times, segment, segmentIndex, source, start, end, `${shared[1]}-${month}`, {
            granularity: 'month',
          })
          continue
        }
        // "the last week", "the past week": the seven days before, not the calendar week ("the
        // last week of June" is one of June's, no duration).
        const weekOf = OF_AFTER.test(value.slice(end, end + OF_AFTER_REACH))
          ? 'of'
          : SPAN_OF_DAYS.test(value.slice(Math.max(0, start - SPAN_REACH), end))
            ? 'span'
            : null
        // "opened 1,840 stores in the last year": the twelve months before, not the calendar year.
        const spanned =
          weekOf === null && SPAN_OF_MONTHS.test(value.slice(Math.max(0, start - SPAN_REACH), end))
        const resolved = spanned
          ? SPANNED
          : resolve(written, result, reference, weekOf, () => {
              const said = tenseAround(value, partOf === null ? start : timeStart, end, quotedOf())
              // (A possessive month dates itself where the clause only hints at the past.)
              return said === null || (!said.future && said.past === 'weak')
                ? (possessiveMonthTense(value, result, start, end) ?? said)
                : said
            })
        // The dateline's date is the article's, as the published date reads it: not ahead.
        // "the Sept. 11 attacks": a day that names its event is that event's.
        const resolvedValue =
          namedDayDate(
            written,
            value.slice(Math.max(0, start - NAMED_DAY_REACH), start),
            value.slice(end, end + NAMED_DAY_REACH),
          ) ??
          (resolved.value !== null && start < datelineEnd(segment) && reference
            ? notAhead(resolved.value, written, reference)
            : resolved.value)
        // "on Tuesday week": British writing's Tuesday a week after the one it would be, ahead
        // (not "on Tuesday, week after week").
        if (
          resolvedValue !== null &&
          reference !== null &&
          resolvedValue >= iso(reference, 'day') &&
          WEEKDAY_ALONE.test(written) &&
          value.startsWith(WEEK_ON, end) &&
          !isWordChar(value, end + WEEK_ON.length)
        ) {
          const weekOn = end + WEEK_ON.length
          const later = shifted(resolvedValue, 'week', 1, 'day')
          addTime(times, segment, segmentIndex, source, start, weekOn, later, {
            granularity: 'day',
          })
          continue
        }
        addTime(times, segment, segmentIndex, source, start, end, resolvedValue, resolved.data)
        // "on 27 and 28 January", "January 27 and 28": the other day is of the same month.
        const other = resolvedValue !== null ? coordinatedDay(value, start, end, written) : null
        const day = other ? dayOfMonth(resolvedValue as string, other.day) : null
        if (other && day)
          addTime(times, segment, segmentIndex, source, other.start, other.end, day, {
            granularity: 'day',
          })
      }
    }
    withYearsSaid(times, first, value, (start, end) => positionOf(segment, start, end, source))
    years()
    withFramingYears(times, first, value)
  })
  // Clock times last, dated by the days read around them (each segment's times in one list, read
  // once: a scan of all the times a segment would cost the square of a long text's).
  const bySegment = new Map<number, PlacedTime[]>()
  for (const time of times) {
    const list = bySegment.get(time.segment)
    if (list === undefined) bySegment.set(time.segment, [time])
    else list.push(time)
  }
  segments.forEach((segment, segmentIndex) =>
    withClockTimes(times, bySegment.get(segmentIndex) ?? [], segment, segmentIndex, source),
  )
  // Reading order, and ids in that order.
  times.sort((a, b) => a.segment - b.segment || a.start - b.start)
  times.forEach((time, i) => {
    time.id = `t${i + 1}`
  })
  withPartsOfDay(times, segments, source)
  anchorCountedTimes(times)
  withRangesForward(times, segments)
  dateClockTimes(
    times,
    {
      quoted: (time) => {
        // (The outermost quotations do not overlap: only the last that opens before the time may
        // hold it.)
        const ranges = quotedIn(time.segment)
        const holder = ranges[firstNotBefore(ranges, ([open]) => open < time.start) - 1]
        return holder !== undefined && time.end <= holder[1]
      },
      said: (time) => {
        const { value } = segments[time.segment] as Segment
        return SAID_ON.test(value.slice(Math.max(0, time.start - SAID_ON_REACH), time.start))
      },
      alone: (time) => {
        const { value } = segments[time.segment] as Segment
        return (
          value.length <= time.text.length + ALONE_SLACK &&
          HEADING_CLOCK.exec(value)?.[1] === time.text
        )
      },
      past: (time) => {
        const { value } = segments[time.segment] as Segment
        // (Not a clock that qualifies a noun: "a 3 a.m. call", "the show's 9 a.m. hour".)
        if (ATTRIBUTIVE_BEFORE.test(value.slice(Math.max(0, time.start - 4), time.start)))
          return false
        // (Nor one of every week: "every Friday, from 8 a.m. to noon", "airs weekdays from".)
        if (HABITUAL_BEFORE.test(value.slice(Math.max(0, time.start - HABITUAL_REACH), time.start)))
          return false
        return tenseAround(value, time.start, time.end, quotedIn(time.segment))?.future === false
      },
    },
    reference && reference.toISOString().slice(0, 10),
  )
  return times
}

/**
 * "on Sunday morning", "late Monday night": a day's time takes in the part of
 * the day written after it, named in `data.part` (the value stays the day).
 */
function withPartsOfDay(times: PlacedTime[], segments: readonly Segment[], source: Source): void {
  for (const time of times) {
    const granularity = time.data?.['granularity']
    // ("in the October-December quarter": a range of months takes in the noun that names it.)
    if (granularity === 'range') {
      const segment = segments[time.segment] as Segment
      const noun = RANGE_NOUN_AFTER.exec(
        segment.value.slice(time.end, time.end + PART_OF_DAY_REACH),
      )
      if (noun === null || !MONTH_RANGE.test(time.text)) continue
      time.end += noun[0].length
      time.text = segment.value.slice(time.start, time.end)
      time.position = positionOf(segment, time.start, time.end, source)
      continue
    }
    if (granularity !== 'day') continue
    const segment = segments[time.segment] as Segment
    const part = PART_OF_DAY_AFTER.exec(segment.value.slice(time.end, time.end + PART_OF_DAY_REACH))
    if (part === null) continue
    time.end += part[0].length
    time.text = segment.value.slice(time.start, time.end)
    time.position = positionOf(segment, time.start, time.end, source)
    time.data = { ...time.data, part: (part[1] as string).toLowerCase() }
  }
}
/** The noun right after a range of months that names it: " quarter" of "the July-September quarter". */
const RANGE_NOUN_AFTER = /^ (?:quarter|period|season)\b/u
/** A range of two months joined by a dash: "July-September", "Oct.–Dec.". */
const MONTH_RANGE = /\p{L}\.?\s?[-–]\s?\p{L}+\.?$/u
/** A part of the day right after a day: " morning" of "on Sunday morning" (not "mornings"). */
const PART_OF_DAY_AFTER = /^ (morning|afternoon|evening|night)\b/iu
const PART_OF_DAY_REACH = 12

/**
 * "from 07:00 on Friday until 07:00 on Wednesday": a weekday that ends a range
 * is after the day that opens it, a week on where it was read before.
 */
function withRangesForward(times: PlacedTime[], segments: readonly Segment[]): void {
  for (let i = 1; i < times.length; i++) {
    const opening = times[i - 1] as PlacedTime
    const closing = times[i] as PlacedTime
    if (opening.segment !== closing.segment || opening.value === null || closing.value === null)
      continue
    if (!DAY_VALUE.test(opening.value) || !DAY_VALUE.test(closing.value)) continue
    if (closing.value >= opening.value || !WEEKDAY_ALONE.test(closing.text)) continue
    const value = (segments[closing.segment] as Segment).value
    const between = value.slice(opening.end, closing.start)
    const before = value.slice(Math.max(0, opening.start - RANGE_OPENER_REACH), opening.start)
    if (!RANGE_CLOSER.test(between) || !RANGE_OPENER.test(before)) continue
    const from = Date.parse(`${opening.value}T00:00:00Z`)
    const to = Date.parse(`${closing.value}T00:00:00Z`)
    // (Only a weekday read in the days before the opening one: not across years.)
    if (!(from - to < 7 * DAY_MS)) continue
    closing.value = new Date(to + 7 * DAY_MS).toISOString().slice(0, 10)
  }
}
/** A verb of saying right before a day: "said ", "said on " (of "Ortiz said Tuesday"). */
const SAID_ON = /\b(?:said|says) (?:on )?$/u
const SAID_ON_REACH = 9
/** Most characters of white space around a clock that is all its paragraph says. */
const ALONE_SLACK = 8
/** A clock that is all its paragraph says, maybe with a colon: "2 p.m.:". */
const HEADING_CLOCK = /^\s*(.+?):?\s*$/u
/** Words of what is done every day or week, before a clock: "every Friday, from". */
const HABITUAL_BEFORE = /\b(?:every|each|weekdays|weeknights|daily|nightly)\b/iu
const HABITUAL_REACH = 30
/** An article or a possessive right before a clock that qualifies a noun: "a ", "the ", "'s ". */
const ATTRIBUTIVE_BEFORE = /(?:\b(?:a|an|the)|['’]s) $/iu
/** A day's value: "2025-09-24". */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/u
/** A weekday written alone, maybe after "on": "on Wednesday". */
const WEEKDAY_ALONE = /^(?:on\s+)?\p{L}+day$/iu
/** What opens a range before its first day: "from 07:00 BST " (on Friday). */
const RANGE_OPENER = /\b(?:from|between)\b[^.;!?]{0,16}$/iu
/** What closes it before its last: " until 07:00 " (on Wednesday). */
const RANGE_CLOSER = /^\s*(?:until|till|to|through|and)\b[^.;!?]{0,16}$/iu
const RANGE_OPENER_REACH = 24

/**
 * The day of the month written beside a day's date, joined to it by "and"
 * or "or": the "27" of "27 and 28 January" (before a date that opens with its
 * day) or the "28" of "January 27 and 28" (after one that ends with it).
 */
function coordinatedDay(
  value: string,
  start: number,
  end: number,
  written: string,
): { start: number; end: number; day: number } | null {
  if (DAY_FIRST.test(written)) {
    const before = DAY_BEFORE.exec(value.slice(Math.max(0, start - DAY_REACH), start))
    if (!before) return null
    const at = start - before[0].length + before[0].indexOf(before[1] as string)
    return { start: at, end: at + (before[1] as string).length, day: Number(before[1]) }
  }
  // ("between Aug. 13 and 15" is a range, which between-ranges.ts reads.)
  if (!DAY_LAST.test(written) || /between/iu.test(value.slice(Math.max(0, start - 8), end)))
    return null
  const after = DAY_AFTER.exec(value.slice(end, end + DAY_REACH))
  if (!after) return null
  const at = end + after[0].length - (after[1] as string).length
  return { start: at, end: at + (after[1] as string).length, day: Number(after[1]) }
}
/** A date written day first ("28 January"), or ending in its day ("January 28"). */
const DAY_FIRST = /^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}/u
const DAY_LAST = /\p{L}\.?\s+\d{1,2}(?:st|nd|rd|th)?$/u
/** A day right before a date, and its joining word: "27 and ". */
const DAY_BEFORE = /(?:^|[^\d,.])(\d{1,2})(?:st|nd|rd|th)? (?:and|or|&) $/u
/** A day right after a date, past its joining word: " and 28". */
const DAY_AFTER =
  /^ (?:and|or|&) (\d{1,2})(?:st|nd|rd|th)?(?=[.,;:)!?](?!\d)|$|\s+(?:in|at|on|of|to|for|and|or|when|after|before|with|by|from|this|next|last)\b)/u
/** Characters read around a date for such a day. */
const DAY_REACH = 12

/** `date` ("2026-01-28") with its day `day`, when that day is in its month; else null. */
function dayOfMonth(date: string, day: number): string | null {
  if (date.length !== 10 || day < 1) return null
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))]
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null
  return `${date.slice(0, 8)}${String(day).padStart(2, '0')}`
}

/** The year said right after a day or a month without one: " last year", " of next year". */
const YEAR_SAID = /^,? (?:of )?(?:last|next|this) year$/iu

/**
 * `times` from `first` on (of one text, `value`, in order), with a day, a
 * month or a range of days without its year that "last year", "next year" or
 * "this year" follows taken into one time of that year: "in February last
 * year" ("In January of last year", "from Jan. 19 to March 18 of last year")
 * was of the reference's year, and "last year" a time apart.
 */
function withYearsSaid(
  times: PlacedTime[],
  first: number,
  value: string,
  positionOf: (start: number, end: number) => TimeExpression['position'],
): void {
  for (let i = times.length - 2; i >= first; i--) {
    const time = times[i] as PlacedTime
    const year = times[i + 1] as PlacedTime
    const granularity = time.data?.granularity
    const range = granularity === 'range' ? time.data : undefined
    if (
      year.value === null ||
      !(
        (time.value !== null && (granularity === 'day' || granularity === 'month')) ||
        (typeof range?.start === 'string' && typeof range.end === 'string')
      ) ||
      !YEAR_SAID.test(value.slice(time.end, year.end)) ||
      /\d{4}/u.test(time.text)
    )
      continue
    if (time.value !== null) time.value = year.value + time.value.slice(4)
    else if (range) {
      // The range's first day in that year, its last as many years on as it ran over.
      const start = range.start as string
      const end = range.end as string
      const shift = Number(year.value) - Number(start.slice(0, 4))
      range.start = year.value + start.slice(4)
      range.end = String(Number(end.slice(0, 4)) + shift) + end.slice(4)
    }
    time.end = year.end
    time.text = value.slice(time.start, time.end)
    time.position = positionOf(time.start, time.end)
    times.splice(i + 1, 1)
  }
}

/**
 * `times` from `first` on (of one text, `value`, in order), with a day or a
 * month without its year in a sentence that a year opens taken to be of that
 * year: "In 2019, the fires started in July" is July 2019.
 */
function withFramingYears(times: PlacedTime[], first: number, value: string): void {
  let frame: PlacedTime | null = null
  // (The years are read after the other times: in reading order here.)
  for (const time of times.slice(first).sort((a, b) => a.start - b.start)) {
    if (frame !== null && SENTENCE_BREAK.test(value.slice(frame.end, time.start))) frame = null
    const granularity = time.data?.granularity
    if (
      granularity === 'year' &&
      time.value !== null &&
      FRAMING_YEAR.test(time.text) &&
      opensSentenceAt(value, time.start)
    ) {
      frame = time
      continue
    }
    if (
      frame !== null &&
      time.value !== null &&
      (granularity === 'day' || granularity === 'month') &&
      !/\d{4}/u.test(time.text)
    )
      time.value = (frame.value as string) + time.value.slice(4)
  }
}
/** A year written in full that frames what follows it: "In 2019", "2017". */
const FRAMING_YEAR = /^(?:in\s+)?\d{4}$/iu
/** The end of a sentence between two times. */
const SENTENCE_BREAK = /[.!?]["”’]?\s/u

/** Adds to `times` the time at `start`..`end` of `segment`, as written there, with its value and data. */
function addTime(
  times: PlacedTime[],
  segment: Segment,
  segmentIndex: number,
  source: Source,
  start: number,
  end: number,
  value: string | null,
  data: TimeExpression['data'],
): void {
  times.push({
    id: `t${times.length + 1}`,
    text: segment.value.slice(start, end),
    value,
    position: positionOf(segment, start, end, source),
    data,
    segment: segmentIndex,
    start,
    end,
  })
}

/**
 * The clock times of `segment` ("at 4:40 a.m.", "0340 GMT") added to `times`:
 * the day of the day's time of their sentence nearest them, where one is
 * near ("at 4:40 a.m. on Wednesday", "on Friday at 8 a.m."), else no value;
 * the time of day in `data`.
 */
function withClockTimes(
  times: PlacedTime[],
  /** The times read in the segment. */
  read: readonly PlacedTime[],
  segment: Segment,
  segmentIndex: number,
  source: Source,
): void {
  const value = segment.value
  const clocks = findClockTimes(value)
  if (clocks.length === 0) return
  // (In reading order, found by bisection: a text of many clock times and days stays linear.)
  const sorted = [...read].sort((a, b) => a.start - b.start)
  const days = sorted.filter(
    (time) =>
      time.value !== null && DAY_VALUE.test(time.value) && time.data?.['granularity'] === 'day',
  )
  for (const clock of clocks) {
    // Times do not overlap one another: the one before the first that starts after the clock's
    // start is the only one that may hold it.
    const after = firstAtOrAfter(sorted, clock.start)
    const around = [sorted[after - 1], sorted[after]]
    if (around.some((time) => time !== undefined && overlaps(time, clock))) continue
    const next = firstAtOrAfter(days, clock.end)
    let day: PlacedTime | null = null
    let nearest = CLOCK_DAY_REACH
    for (const time of [days[next - 1], days[next]]) {
      if (time === undefined) continue
      const gap = time.start >= clock.end ? time.start - clock.end : clock.start - time.end
      if (gap < 0 || gap > nearest) continue
      const between = value.slice(Math.min(time.end, clock.end), Math.max(time.start, clock.start))
      if (SENTENCE_BREAK.test(between)) continue
      nearest = gap
      day = time
    }
    addTime(times, segment, segmentIndex, source, clock.start, clock.end, day?.value ?? null, {
      granularity: 'time',
      time: clock.time,
      ...(clock.zone === undefined ? {} : { zone: clock.zone }),
    })
  }
}
/** How far a day's time may stand from a clock time it dates, in characters: "at 4:40 a.m. local time (0340 GMT) on". */
const CLOCK_DAY_REACH = 40

function overlaps(time: PlacedTime, clock: ClockTime): boolean {
  return time.start < clock.end && clock.start < time.end
}

/** A season that a word says is this one, the last or the next: "last summer", "this spring". */
const SEASON = new RegExp(
  `\\b(this coming|this|last|next|past) (${Object.keys(SEASON_FIRST_MONTHS).join('|')})\\b`,
  'giu',
)
const SEASON_MONTHS = 3
/** Months from a June to the December after it: a winter said in January to June is the one just past. */
const WINTER_AFTER = 6

/**
 * The season of `match` that a word places ("last summer": the last that
 * ended before the reference date; "next spring": the first that
 * starts after it; "this summer": the one of the reference's year, "this winter"
 * in the first half of a year the one that began the December before). A
 * season has no ISO value: it keeps `value: null` and gives its first and
 * last months in `data`, as a week gives its days.
 */
function seasonOf(match: RegExpExecArray, reference: Date | null): ReadTime {
  return seasonSaid(
    (match[1] as string).toLowerCase(),
    (match[2] as string).toLowerCase(),
    reference,
  )
}

/** The season `season` that `which` ("last", "next", "this") places against `reference`. */
function seasonSaid(which: string, season: string, reference: Date | null): ReadTime {
  const first = SEASON_FIRST_MONTHS[season] as number
  const data: TimeExpression['data'] = { granularity: 'season' }
  if (reference) {
    const year = reference.getUTCFullYear()
    // Months counted from year 0, so that a winter runs on into the next year.
    const now = year * 12 + reference.getUTCMonth()
    const opens = (of: number): number => of * 12 + first - 1
    // "this winter" in January to June is the one that began in December.
    let from = first === 12 && now <= opens(year) - WINTER_AFTER ? year - 1 : year
    if (which === 'last' || which === 'past') {
      from = year
      while (opens(from) + SEASON_MONTHS - 1 >= now) from--
    } else if (which === 'next' || which === 'this coming') {
      from = year - 1
      while (opens(from) <= now) from++
    }
    return seasonIn(from, first)
  }
  return { value: null, data }
}

/** The season that opens in month `first` (1 to 12) of year `from`: its first and last months. */
function seasonIn(from: number, first: number): ReadTime {
  return monthsOf('season', from, first - 1, SEASON_MONTHS)
}

/**
 * A part of a year of `count` months from month `first` (0 to 11) of year
 * `year`, as a season, a quarter or a half is read: no ISO value, its first
 * and last months in `data`.
 */
function monthsOf(granularity: string, year: number, first: number, count: number): ReadTime {
  const month = (index: number): string => iso(new Date(Date.UTC(year, index, 1)), 'month')
  return { value: null, data: { granularity, start: month(first), end: month(first + count - 1) } }
}

/**
 * A season after a preposition and "the": "in the fall", "during the summer", "in the spring of
 * 2019"; not "the fall of Kabul" or "the fall in prices".
 */
const SEASON_THE = new RegExp(
  `\\b(?:${SEASON_PREPOSITIONS}) the (${Object.keys(SEASON_FIRST_MONTHS).join('|')})\\b(?! in\\b| of (?!\\d{4}\\b))(?: of (\\d{4})\\b)?`,
  'gu',
)

/**
 * The season of `match` ({@link SEASON_THE}): of the year said after it, else the next one in
 * a clause of what is to come, the last one in a clause of what was, else this year's.
 */
function seasonAfterThe(
  match: RegExpExecArray,
  reference: Date | null,
  value: string,
  start: number,
  end: number,
): ReadTime {
  const season = match[1] as string
  const year = match[2]
  if (year !== undefined) return seasonIn(Number(year), SEASON_FIRST_MONTHS[season] as number)
  const tense = tenseAround(value, start, end)
  const which = tense === null ? 'this' : tense.future ? 'next' : 'last'
  return seasonSaid(which, season, reference)
}

/** A time a reader of the windows finds: its value and data. */
interface ReadTime {
  value: string | null
  data: TimeExpression['data']
}

/**
 * Adds to `times` what the readers of the windows ({@link WINDOW_READERS})
 * find in the windows of `segment`: seasons, parts of this year or month,
 * quarters. The windows open at their words as at chrono's (candidates.ts).
 */
function readWindows(
  segment: Segment,
  windows: readonly Window[],
  segmentIndex: number,
  source: Source,
  reference: Date | null,
  times: PlacedTime[],
  quoted: () => readonly (readonly [number, number])[],
): void {
  for (const window of windows) {
    // One slice of the window for all the readers.
    const text = segment.value.slice(window.start, window.end)
    for (const { pattern, read, needs } of WINDOW_READERS) {
      if (!text.includes(needs)) continue
      pattern.lastIndex = 0
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const start = window.start + match.index
        const end = start + match[0].length
        const time = read(match, reference, segment.value, start, end, quoted)
        if (time) addTime(times, segment, segmentIndex, source, start, end, time.value, time.data)
      }
    }
  }
}

/**
 * A quarter of a year, with its year maybe: "in the third quarter", "fourth-quarter", "the first
 * quarter of 2024", "the third quarter of last year".
 */
const QUARTER =
  /\b(?:(?:in|during|for|since|by|over|from)\s+)?(?:the\s+)?(first|second|third|fourth)[- ]quarter\b(?:\s+of\s+(?:(\d{4})|(last|this|next)\s+year)\b)?/giu
/** A half of a year with its year: "the first half of 2027", "in the second half of last year". */
const HALF =
  /\b(?:(?:in|during|for|since|by|over|from)\s+)?(?:the\s+)?(first|second)[- ]half\s+of\s+(?:(\d{4})|(last|this|next)\s+year)\b/giu
/** Years from the reference's of a year said by a word: "last year". */
const YEARS_FROM_THIS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 }
const MONTHS_A_HALF = 6

/**
 * The half of a year of `match` ("the first half of 2027"): no ISO value,
 * but its first and last months in `data`, as a quarter's.
 */
function halfOf(match: RegExpExecArray, reference: Date | null): ReadTime {
  const said = match[3]?.toLowerCase()
  const year =
    match[2] !== undefined
      ? Number(match[2])
      : reference && said !== undefined
        ? reference.getUTCFullYear() + (YEARS_FROM_THIS[said] ?? 0)
        : null
  if (year === null) return { value: null, data: { granularity: 'half' } }
  const first = (match[1] as string).toLowerCase() === 'first' ? 0 : MONTHS_A_HALF
  return monthsOf('half', year, first, MONTHS_A_HALF)
}
const QUARTER_NUMBERS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
}
const MONTHS_A_QUARTER = 3

/**
 * Whether the quarter at `start`..`end` of `value` is a year's: of a fiscal
 * year, or of the year said after it, or one whose figures or end the words
 * after it name ("third-quarter revenue", "the quarter ended Oct. 27"), or
 * after a figure or a business's measure earlier in its sentence
 * ("deliveries fell 27% in the third quarter"); not a game's ("early in the
 * third quarter").
 */
function isYearsQuarter(value: string, start: number, end: number): boolean {
  if (/\bfiscal\s+$/iu.test(value.slice(Math.max(0, start - FISCAL_REACH), start))) return true
  if (QUARTER_AFTER.test(value.slice(end, end + QUARTER_AFTER_REACH))) return true
  const before = value.slice(Math.max(0, start - QUARTER_BEFORE_REACH), start)
  return QUARTER_BEFORE.test(before.slice(before.lastIndexOf('. ') + 1))
}
const FISCAL_REACH = 8
/** A figure or a business's measure before a year's quarter: "27%", "$3 billion", "revenue". */
const QUARTER_BEFORE =
  /\d\s?%|\bper\s?cent\b|[$€£¥]\s?\d|\d\s?(?:m|bn|million|billion)\b|\b(?:revenues?|earnings|profits?|sales|loss(?:es)?|income|growth|gdp|economy|inflation|output|deliveries|shipments|orders|margins?|shares|charges?|writedowns?|spending|investment|(?:rate\s+)?(?:cut|hike|rise|increase)s?|forecasts?)\b/iu
const QUARTER_BEFORE_REACH = 80
/** What follows a year's quarter: its year, its end, or a figure of it. */
const QUARTER_AFTER =
  /^\s+(?:of\s+(?:the|last|this|next)\s+year|end(?:ed|ing|s)|(?:revenues?|earnings|results|profits?|sales|loss(?:es)?|income|growth|gdp|output|deliveries|shipments|figures|forecasts?|guidance|margins?|fundraising)\b)/iu
const QUARTER_AFTER_REACH = 24

/**
 * The quarter of a year of `match` (at `start`..`end` of `value`): no ISO
 * value, but its first and last months in `data`, as a season's ("the third
 * quarter" told in October 2025: 2025-07 to 2025-09); null for a game's.
 * Without its year, a quarter is the reference year's, or the year before's
 * when it has not begun yet ("fourth-quarter results" told in February).
 */
function quarterOf(
  match: RegExpExecArray,
  reference: Date | null,
  value: string,
  start: number,
  end: number,
): ReadTime | null {
  // ("of last year", "of next year", "of this year": the reference's year and the one either side,
  // as a half's.)
  const said = match[3]?.toLowerCase()
  // A game's quarter ("trailed early in the third quarter") is none of a year's.
  if (match[2] === undefined && said === undefined && !isYearsQuarter(value, start, end))
    return null
  const quarter = QUARTER_NUMBERS[(match[1] as string).toLowerCase()] as number
  const first = (quarter - 1) * MONTHS_A_QUARTER
  let year =
    match[2] !== undefined
      ? Number(match[2])
      : said !== undefined
        ? reference && reference.getUTCFullYear() + (YEARS_FROM_THIS[said] ?? 0)
        : null
  if (year === null && reference && said === undefined) {
    // "expects the next cut in the third quarter", told in January: this year's, to come; a
    // quarter wholly past in a clause of what is to come is next year's.
    const future = tenseAround(value, start, end)?.future === true
    const last = first + MONTHS_A_QUARTER - 1
    year =
      reference.getUTCFullYear() +
      (future ? (last < reference.getUTCMonth() ? 1 : 0) : first > reference.getUTCMonth() ? -1 : 0)
  }
  if (year === null) return { value: null, data: { granularity: 'quarter' } }
  return monthsOf('quarter', year, first, MONTHS_A_QUARTER)
}

/**
 * A span of time counted back or on from the time told, which chrono's parser
 * here leaves out: "over the past 12 months", "in the last three years", "the
 * next few days", "over the past decade", "within a year", "within 72 hours",
 * "within the next month".
 */
const COUNTED_SPAN = new RegExp(
  `\\b(?:(?:over|in|during|for|throughout|across)\\s+)?the\\s+(?:past|last|previous|next|coming)\\s+(?:(?:${SPAN_COUNTS})\\s+(?:years|months|weeks|days|hours|decades)|decade)\\b|\\bwithin\\s+(?:the\\s+next\\s+)?(?:(?:a|an|one)\\s+(?:year|month|week|day|hour|decade)|(?<=the\\s+next\\s+)(?:year|month|week|fortnight|decade)|(?:${SPAN_COUNTS})\\s+(?:years|months|weeks|days|hours|decades))\\b`,
  'giu',
)

/** " week" after a weekday, the British way of a week later: "on Tuesday week". */
const WEEK_ON = ' week'

/**
 * "the following year", "on the following day": one unit after the time the
 * text told of before, which anchored.ts counts from (its value is null here).
 */
const FOLLOWING = /\b(?:(?:in|on|by)\s+)?the\s+following\s+(day|week|month|year)\b/giu

/** The time of a match of {@link FOLLOWING}: of its unit's granularity, counted later. */
function followingOf(match: RegExpExecArray): ReadTime {
  const unit = (match[1] as string).toLowerCase()
  return { value: null, data: { granularity: unit === 'week' ? 'day' : unit } }
}

/**
 * The span of `match` (at `start`..`end` of `value`), a duration with no ISO
 * value, as "over the past year" is; null for a part of a named time ("the
 * last two days of the summit", "the last three months of 2024").
 */
function countedSpan(
  _match: RegExpExecArray,
  _reference: Date | null,
  value: string,
  _start: number,
  end: number,
): ReadTime | null {
  return OF_AFTER.test(value.slice(end, end + OF_AFTER_REACH)) ? null : SPANNED
}

/** A weekend, with the word that places it: "over the weekend", "this weekend", "next weekend". */
const WEEKEND =
  /\b(?:(?:over|at|during|on|before|after|until|till|by|through|for)\s+)?(the|this past|this coming|this|last|next)\s+weekend\b/giu
/** Prepositions of a deadline, before which a weekend is the one to come: "before the weekend". */
const WEEKEND_DEADLINE = /^(?:before|until|till|by)\b/iu

/**
 * The weekend of `match` (at `start`..`end` of `value`): no ISO value, but
 * its Saturday and Sunday in `data`, as a week gives its days. "last
 * weekend" is the one before the reference date, "next weekend" the one
 * after; "the weekend" and "this weekend" are the one the reference date is
 * in, else the last one when the clause tells what was ("fans met over the
 * weekend") and the coming one when it tells what is to come or sets a
 * deadline ("will strike before the weekend").
 */
function weekendOf(
  match: RegExpExecArray,
  reference: Date | null,
  value: string,
  start: number,
  end: number,
): ReadTime {
  if (!reference) return { value: null, data: { granularity: 'weekend' } }
  const which = (match[1] as string).toLowerCase()
  const day = reference.getUTCDay()
  const inWeekend = day === SATURDAY || day === SUNDAY
  // The Saturday of the weekend the reference date is in or last ended, and of the one to come.
  const lastSaturday = reference.getTime() - ((day + 1) % 7) * DAY_MS
  const nextSaturday = lastSaturday + 7 * DAY_MS
  let saturday: number
  if (which === 'last' || which === 'this past')
    saturday = inWeekend ? lastSaturday - 7 * DAY_MS : lastSaturday
  else if (which === 'next' || which === 'this coming') saturday = nextSaturday
  else if (inWeekend) saturday = lastSaturday
  else if (WEEKEND_DEADLINE.test(match[0])) saturday = nextSaturday
  else {
    const tense = tenseAround(value, start, end)
    saturday =
      tense?.future === true || (tense === null && which === 'this') ? nextSaturday : lastSaturday
  }
  return {
    value: null,
    data: {
      granularity: 'weekend',
      start: iso(new Date(saturday), 'day'),
      end: iso(new Date(saturday + DAY_MS), 'day'),
    },
  }
}
const SATURDAY = 6
const SUNDAY = 0

/** A part of the day the article is told: "this morning" (chrono's parser of it is left out). */
const THIS_DAY_PART = /\bthis\s+(?:morning|afternoon|evening)\b/giu

/**
 * The day of "this morning": the reference date (inside a quotation, the day the story tells of
 * when the speaker speaks: see anchored.ts).
 */
function thisDayPart(_match: RegExpExecArray, reference: Date | null): ReadTime {
  return { value: reference ? iso(reference, 'day') : null, data: { granularity: 'day' } }
}

/** A part of the year or the month the article is in: "by the end of the year". */
const PART_OF_THIS_PERIOD =
  /\b(?:(?:by|at|until|till|before|since|from|toward|towards|in)\s+)?the\s+(?:start|beginning|end|middle)\s+of\s+the\s+(year|month)\b/giu

/**
 * The part of the reference's year or month of `match` ("by the end of the
 * year", "since the start of the month"): that year or month, as "by the end
 * of March" is March.
 */
function partOfThisPeriod(match: RegExpExecArray, reference: Date | null): ReadTime {
  const granularity = (match[1] as string).toLowerCase() === 'year' ? 'year' : 'month'
  return { value: reference ? iso(reference, granularity) : null, data: { granularity } }
}

/** Months joined by "-to-" or "-through-": "the July-to-September period" (chrono reads "July-September"). */
const MONTH_TO_MONTH = new RegExp(
  `\\b(?:(?:for|in|during|over|since|from)\\s+)?(?:the\\s+)?(${MONTHS.join('|')})-(?:to|through|thru)-(${MONTHS.join('|')})\\b`,
  'gu',
)

/**
 * The months of `match` as a range from the first day of the first to the last day of the
 * second: the latest such months that have ended by the reference date, unless the clause
 * tells what is to come ("will rise in the October-to-December period").
 */
function monthToMonth(
  match: RegExpExecArray,
  reference: Date | null,
  value: string,
  start: number,
  end: number,
): ReadTime {
  if (!reference) return { value: null, data: { granularity: 'range' } }
  const first = MONTHS.indexOf(match[1] as string)
  const last = MONTHS.indexOf(match[2] as string)
  const month = reference.getUTCMonth()
  const future = tenseAround(value, start, end)?.future === true
  // The year the range ends in: this one, or the last when the months are still to come.
  let endYear = reference.getUTCFullYear()
  if (!future && last > month) endYear--
  const startYear = first > last ? endYear - 1 : endYear
  return {
    value: null,
    data: {
      granularity: 'range',
      start: iso(new Date(Date.UTC(startYear, first, 1)), 'day'),
      end: iso(new Date(Date.UTC(endYear, last + 1, 0)), 'day'),
    },
  }
}

/**
 * The readers of the windows beside chrono: each a pattern, and the time a
 * match of it is (null for none), from the match, the reference date, and
 * the match's place in the text.
 */
const WINDOW_READERS: readonly {
  pattern: RegExp
  /** What a window's text holds for the pattern to be tried on it (a native test first). */
  needs: string
  read: (
    match: RegExpExecArray,
    reference: Date | null,
    value: string,
    start: number,
    end: number,
    /** The segment's quotations, read when first asked. */
    quoted: () => readonly (readonly [number, number])[],
  ) => ReadTime | null
}[] = [
  { pattern: SEASON, read: seasonOf, needs: ' ' },
  { pattern: SEASON_THE, read: seasonAfterThe, needs: ' the ' },
  { pattern: PART_OF_THIS_PERIOD, read: partOfThisPeriod, needs: ' of the ' },
  { pattern: QUARTER, read: quarterOf, needs: 'quarter' },
  { pattern: HALF, read: halfOf, needs: 'half' },
  { pattern: COUNTED_SPAN, read: countedSpan, needs: ' ' },
  { pattern: WEEKEND, read: weekendOf, needs: 'weekend' },
  { pattern: FOLLOWING, read: followingOf, needs: 'following' },
  { pattern: THIS_DAY_PART, read: thisDayPart, needs: 'this' },
  { pattern: MONTH_TO_MONTH, read: monthToMonth, needs: '-' },
]

/** Characters chrono's patterns may take before a time: a comma, a bracket, white space. */
const LEADING_MARKS = ', \t\n(\uff08'

/**
 * The length of a chrono result's text without what its patterns take after
 * the date: spaces, a comma, a closing bracket with no opening one ("Wednesday,"
 * of "raised its rate Wednesday, its 10th increase").
 */
function spokenLength(text: string): number {
  let end = text.length
  for (;;) {
    const last = text.charAt(end - 1)
    if (last === ',' || last === ' ' || last === '\t' || last === '\n') end--
    // "between January and April -- driven by": chrono's "April -" reads a dash as a range's.
    else if (last !== '' && DASHES.includes(last) && text.charAt(end - 2) === ' ') end--
    else if ((last === ')' || last === '\uff09') && !text.includes('(')) end--
    // "convicted in March of racketeering": the "of" chrono took for a year's is not the time's.
    else if (end > OF.length && text.slice(end - OF.length, end).toLowerCase() === OF)
      end -= OF.length
    else return end
  }
}
const DASHES = '-\u2013\u2014'
/** The " of" a month's name may end with in chrono's text ("March of") when no year follows. */
const OF = ' of'

/**
 * Whether the month that opens `written` at `start` of `value` is a word of a
 * name: after a capitalised word that is no weekday or month, itself after a
 * word that is no preposition ("its Long March 10 rocket"; not "on Tuesday
 * March 10", "in Beijing March 10"), or a short name alone after a text's
 * first word ("Zhang Jun, the envoy").
 */
function isInName(value: string, start: number, written: string): boolean {
  if (!MONTH_FIRST.test(written)) return false
  const before = NAME_BEFORE.exec(value.slice(Math.max(0, start - NAME_REACH), start))
  if (!before) return false
  const [, previous, word] = before
  if (CALENDAR_WORD.test(word as string)) return false
  // "Zhang Jun, China's former ambassador": a month's short name alone after the text's first
  // word, a name's (not '"Through Sept,', "By Dec": no name, words before the month).
  if (previous === undefined)
    return (
      SHORT_MONTH.test(written) &&
      start === (word as string).length + 1 &&
      !PREPOSITIONS.has((word as string).toLowerCase()) &&
      !MONTH_LEADS.has((word as string).toLowerCase())
    )
  return !SENTENCE_END.test(previous) && !PREPOSITIONS.has(previous.toLowerCase())
}
/**
 * Whether `start`..`end` of `value` lies in a quotation that is all a title:
 * a few words, each capitalised ("Saturday Night Live", "Fox News Sunday").
 */
function inQuotedTitle(
  value: string,
  start: number,
  end: number,
  quoted: readonly (readonly [number, number])[],
): boolean {
  const quotation = quoted.find(([open, close]) => open < start && end <= close)
  if (quotation === undefined || quotation[1] - quotation[0] > MAX_TITLE_LENGTH) return false
  const words = value
    .slice(quotation[0] + 1, quotation[1])
    .replace(TITLE_TRIM, '')
    .split(' ')
  return words.length >= 2 && words.every((word) => TITLE_WORD.test(word))
}
/** Characters of the longest quotation read as a title. */
const MAX_TITLE_LENGTH = 60
/** What a title's quotation holds beside its words: marks and stops at its ends. */
const TITLE_TRIM = /^['\s]+|[\s.,!?'’]+$/gu
/** A word of a title: capitalised. */
const TITLE_WORD = /^\p{Lu}/u

/**
 * Whether `written`, a weekday at `start`, is the second word of a day named by
 * the word before it ("won on Super Tuesday", "the Black Saturday fires"),
 * which dates no day of the article's week.
 */
function isNamedDay(value: string, start: number, written: string): boolean {
  const before = WORD_BEFORE_DAY.exec(value.slice(Math.max(0, start - NAMED_DAY_REACH), start))
  return before !== null && NAMED_DAYS.has(`${before[1]} ${written}`.toLowerCase())
}
const NAMED_DAYS: ReadonlySet<string> = new Set(NAMED_DAY_NAMES)
/** The word right before a weekday, one space between them: "Super " of "Super Tuesday". */
const WORD_BEFORE_DAY = /(\p{L}+) $/u

/** Words that lead a month in: "Through Sept", "By Dec", "Since Jan". */
const MONTH_LEADS: ReadonlySet<string> = new Set([
  'through',
  'by',
  'since',
  'until',
  'till',
  'before',
  'after',
  'during',
  'for',
  'late',
  'early',
  'mid',
  'last',
  'next',
  'this',
])
/** A month's short name alone, no day nor year after it: "Jun". */
const SHORT_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u
/** A month's name, capitalised, at the start. */
const MONTH_FIRST = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u
/** The capitalised word right before a point, and the word before it. */
const NAME_BEFORE = /(?:(\S+) )?(\p{Lu}\p{Ll}+) $/u
/** How much text before a month is read for the name it may be in. */
const NAME_REACH = 40
/** Weekdays and months, which go before a month in a date ("Tuesday March 10"). */
const CALENDAR_WORD =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u
/** What ends a sentence, at the end of a word. */
const SENTENCE_END = /[.!?:;"”)]$/u
/** Prepositions before a place that a date follows: "in Beijing March 10". */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'to', 'of', 'near'])

/** Whether a chrono result is a time expression of the story. */
function keep(
  written: string,
  result: chrono.ParsedResult,
  value: string,
  start: number,
  end: number,
  quoted: () => readonly [number, number][],
  around: { before: () => string; after: () => string },
): boolean {
  const core = result.text.trim()
  if (/^now$/iu.test(core)) return false
  if (SPOKEN_LOOSE.test(core) && quoted().some(([s, e]) => start >= s && end <= e)) return false
  // A bare month that is also a word ("may", "march") needs a capital and a lead-in or a number.
  // (chrono may take the comma after it: "a statewide march, from Varanasi on Dec 1".)
  if (AMBIGUOUS_MONTH.test(core.replace(TRAILING_MARKS, ''))) {
    if (!/^\p{Lu}/u.test(core)) return false
    // ("in July and August": a month joined to one before it is one too.)
    if (written === core && !JOINED_TO_MONTH.test(around.before())) return false
  }
  // Times of day alone and bare numbers are not dates.
  if (
    !result.start.isCertain('day') &&
    !result.start.isCertain('month') &&
    !result.start.isCertain('year') &&
    !result.start.isCertain('weekday')
  ) {
    if (!DURATION.test(written) && !CALENDAR_LAST.test(core)) return false
  }
  if (/^\d+$/u.test(core) && !/^(?:19|20)\d{2}$/u.test(core)) return false
  // "in the weeks before the attack", "two days after the vote": a time from an event the text
  // names, not from the article's date.
  if (FROM_EVENT.test(core) && EVENT_AFTER.test(around.after())) return false
  // "five years earlier than planned", "a week later than expected": a span between two times
  // the text compares, neither of them the article's.
  if (COMPARED_SPAN.test(core) && THAN_AFTER.test(around.after())) return false
  // "on Saturday nights", "every Sunday morning": what is done on such days, no day of the
  // calendar.
  if (result.start.isCertain('weekday') && !result.start.isCertain('day')) {
    if (HABIT_AFTER.test(around.after()) || EVERY_BEFORE.test(around.before())) return false
    // "every Tuesday and Friday": a second weekday alone (not "every Monday and last Friday").
    if (BARE_WEEKDAY.test(written) && EVERY_PAIR_BEFORE.test(around.before())) return false
    // '"Saturday Night Live"', "''Fox News Sunday''": a word of a show's title in marks.
    if (inQuotedTitle(value, start, end, quoted())) return false
  }
  return true
}
/** What follows a month that shares a year: " and August 2022" (the year the group). */
const YEAR_OF_JOINED_MONTH = new RegExp(
  `^,?\\s+(?:and|or|to|through|until|till)\\s+(?:${MONTHS.join('|')})\\s+((?:19|20)\\d{2})(?!\\d)`,
  'u',
)
const JOINED_MONTH_REACH = 30
/** A month and a word that joins another to it, before that other: "July and " (August). */
const JOINED_TO_MONTH = new RegExp(
  `\\b(?:${MONTHS.join('|')})\\s+(?:and|or|to|through|until|till)\\s+$`,
  'u',
)
/** Parts of days in the plural after a weekday: "on Saturday nights". */
const HABIT_AFTER = /^\s+(?:nights|mornings|afternoons|evenings)\b/iu
/** Words before a weekday that make it any such day: "every Sunday", "every other Monday". */
const EVERY_BEFORE = /\bevery(?:\s+other)?\s+$/iu
/** The same before a second weekday: "every Tuesday and " (Friday). */
const EVERY_PAIR_BEFORE = /\bevery(?:\s+other)?\s+\p{L}+day\s+(?:and|or)\s+$/iu
/** A weekday written alone, no word with it. */
const BARE_WEEKDAY = /^\p{L}+day$/iu
/** How much text before a weekday is read for {@link EVERY_PAIR_BEFORE}: "every other Wednesday and ". */
const HABIT_REACH = 32
/** A span of time counted earlier or later: "five years earlier", "a week later". */
const COMPARED_SPAN =
  /^(?:[\p{L}\d-]+\s+){0,2}(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:earlier|later|sooner)$/iu
/** "than" after a compared span. */
const THAN_AFTER = /^\s+than\b/iu
/** A span of time counted before or after something: "the weeks before", "two days after". */
const FROM_EVENT =
  /^(?:[\p{L}\d-]+\s+){0,3}(?:days?|weeks?|months?|years?|hours?)\s+(?:before|after)$/iu
/** What names the event after "before" or "after": a word, not the end of the sentence. */
const EVENT_AFTER = /^\s+[\p{L}\p{N}]/u

/** The ISO value and granularity of a kept result. */
/**
 * Words of a clause that put what it tells ahead of the article's date, or
 * before it: a verb of saying, a regular past or a common irregular one
 * ("died", "fell"), not after "be" ("will be held on Friday", "to be independently
 * reviewed on October 15"). The groups:
 * 1 what is to come ("was unlikely to": what was still to come; "expected the company to
 * face", not "had expected"; what a forecast's object names: "expected the next hike in
 * July", "predicts a recovery by March"), 2 what
 * was ("was", "had"; not "was to", "was likely to", "was set to", nor the plan of "had been
 * scheduled to", which may be to come or not), 3 a verb of saying, 4 another
 * past ("visited", "became", "after losing"; not the adjectives in "-ed": "a hundred"), 5 what
 * would be ("said the board would certify the result on Monday": the future of a clause a saying
 * before it reports; before the time elsewhere, "had warned the storm would hit on Sunday", "could
 * finally reach the village on Monday", it says neither, while one after the time, the clause's
 * only marker, still puts it ahead: "hearings in September could become more appealing"; "would
 * have" is of what was, but not "would have a scan", "would have to pay", where "have" is the
 * verb: group 2 takes "would have" before group 5 is tried), 6 a modal denied, which says
 * neither.
 */
const TENSE_MARKERS =
  /\b(?:(will|won't|shall|(?:is|are|be) (?:expected|scheduled|set|due|slated|planned|going|forecast)|(?:is|are|was|were) (?:un)?likely to|(?:un)?likely (?:before|until|by)|(?<!\bhad been )(?:expected|scheduled|slated|planned|going) (?:to|for)|(?<!\bhad )hope[sd]? to|(?<!\bhad )expected (?:[A-Za-z]+ ){1,3}to|(?<!\bhad )expected (?:until|before)|(?<!\bhad )(?:expect(?:s|ed)?|predict(?:s|ed)?|forecasts?|anticipat(?:es?|ed)) (?:a|an|the|its|their|his|her|another|further|more) (?:[a-z]+ ){0,3}(?=(?:in|on|by|from|around|before|until) )|(?:was|were) (?:expected|forecast|predicted)(?! to have)\b|(?<!\bhad been )due (?:to|for|in)|plans? to|(?:is|are) to be|upcoming|starts|begins|resumes|continues|reconvenes|convenes|opens|closes|expires|arrives|returns|ends|meets?|visits?|lands|faces?|hosts?|plays?)|((?:was|were|had) (?:been )?(?!(?:scheduled|expected|slated|planned|invited)\b)[a-z]{3,}ed|(?:was|were)(?! (?:not )?(?:(?:un)?likely |expected |due |set |about |going )?(?:to|until)\b)|had(?! been (?:scheduled|expected|slated|planned|due|set) (?:to|for)\b)|did|ago|(?:would|could|might) (?:not )?have(?! (?:a|an|the|to|no|his|her|their|its|our|my|your|some|any|another|more|talks)\b))|(?<!\bbe )(said|says|told|announced|reported|wrote|added|adds)|(?<!\b(?:be|is|are|been|being|stay|stays|remain|remains) (?:[a-z]+ly )?|-)(died|met|lost|led|fell|rose|took|(?<!\b(?:will|would|to|could|may|might|must|should|can|shall|not|do|does|did) )(?:cut|hit)(?= (?:about |around |some |nearly |almost |more than )?(?:\d|the |its |their |his |her |jobs|prices|rates))|made|came|went|gave|held|spoke|began|sent|paid|struck|fled|sold|bought|brought|fought|broke|became|won(?!['’])|ran|saw|grew|built|chose|drew|withdrew|felt|thought|knew|kept|heard|stood|caught|meant|left(?![-\u2010])|found|spent|shot|drove|flew|threw|taught|sought|[Aa]fter [a-z]{3,}ing|(?!(?:indeed|hundred|speed|greed|breed|creed|bleed|naked|wicked|sacred|beloved|rugged|crooked|kindred)\b)[a-z]{3,}ed)|(would|could|might)(?! not\b)|((?:would|could|might) not))\b/gu
/** The figure a change is measured from, right before a time: "up from 128 shillings ". */
const CHANGE_FROM =
  /\b(?:up|down|rising|falling|climbing|dropping)\s+(?:sharply\s+|slightly\s+)?from\s+[^\s,;]+(?:\s+[^\s,;]+){0,3}\s+$/iu
const CHANGE_FROM_REACH = 60
/** Who a participle after them says: "those " (killed), "people " (detained). */
const WHO_BEFORE = /\b(?:those|people|anyone|everyone|others)\s+$/u
const WHO_BEFORE_REACH = 10
/** "as" right before a participle, which tells no time: "as planned", "as expected". */
const AS_BEFORE = /\bas\s+$/iu
const AS_BEFORE_REACH = 4
/**
 * An event's noun and "for" right before a weekday: "a march for " (Saturday); not a verb's
 * participle, which may tell of a plan since dropped ("had been scheduled for Monday").
 */
const FOR_BEFORE =
  /\b(?:march|rally|protest|strike|vote|meeting|hearing|session|summit|debate|talks|match|game)(?:es|s)? for\s$/iu
const FOR_BEFORE_REACH = 20
/** A present "is" right before a time: "Game 4 is " (Sunday). */
const SCHEDULED_BY_IS = /\b(?:is|are)\s+$/u
/** A deadline set before a time: "until at least Friday", "at least until the September meeting". */
const UNTIL_AT_LEAST =
  /\b(?:(?:until|till)\s+at\s+least|at\s+least\s+(?:until|till)(?:\s+the)?)\s+$/iu
const UNTIL_REACH = 20
/** A hearing or a vote put off to the time after it: "adjourned the matter to ", "postponed until ". */
const PUT_OFF_TO =
  /(?<!\bhad (?:been )?)\b(?:adjourn|postpon|defer|delay|reschedul|remand)[a-z]*\b[^.;:"\u201C\u201D]{0,40}?\b(?:to|until|till)\s+$/iu
const PUT_OFF_REACH = 70
const LEADING_UNTIL = /^(?:until|till|to)\s+/iu
/** A deadline given: "has until ", "had until ", "were given until ". */
const GIVEN_UNTIL = /\b(?:has|have|had|given)\s+(?:until|till)\s+$/iu
/** A span from now to the time after it: "between now and ", "from now until ". */
const FROM_NOW_TO = /\b(?:between|from)\s+now\s+(?:and|until|till|to)\s+$/iu
/** A deadline: "by the autumn". */
const BY_DEADLINE = /^by\s/iu
/** A condition open before a time, in its clause: "if a deal was reached ". */
const CONDITION_OPEN = /\b(?:if|unless)\b[^,.;:"\u201C\u201D]*$/iu
/** A "that" that opens a second clause a saying reports: "... and that cabinet would". */
const AND_THAT = /\b(?:and|but) that\b/u
/** A "that" that opens a clause a verb of saying before it reports. */
const THAT_BETWEEN = /\bthat\b/u
/**
 * What joins a second predicate to the clause, right before its verb: "would review it on
 * Friday but warned", "would launch a campaign on Friday and was considering".
 */
const SECOND_PREDICATE = /\b(?:but|and)\s+$/u
const SECOND_PREDICATE_REACH = 5
/**
 * What opens a clause of condition or time after the time, whose verb follows the tense of the
 * clause it hangs on: "would begin repairs on Thursday once winds eased".
 */
const SUBORDINATE_BETWEEN = /\b(?:once|when|if|unless|until|before|after|as soon as)\b/u
/** How far around a time expression its clause's markers are read, in characters. */
const TENSE_REACH = 100
/** What ends the clause a time expression is read in: a sentence's end, a semicolon, a quotation's mark. */
const CLAUSE_ENDS = ['. ', '; ', '"', '\u201C', '\u201D']
/**
 * An infinitive's few words in lower case in double marks, no sentence's end among them: "to
 * “fight”" (not a title: 'debate on ABC's "Good Morning America"'; nor a word quoted elsewhere
 * in the sentence, 'said the system is “complex” and he can win Tuesday', whose clause it ends).
 */
const PARTIAL_QUOTE = /(?<=\bto )["\u201C]([a-z][^"\u201C\u201D.!?]{0,39})["\u201D]/gu
/** A {@link PARTIAL_QUOTE} with its marks made spaces (so that offsets stay). */
function blankedMarks(_match: string, words: string): string {
  return ` ${words} `
}

/** Whether the full stop at `at` of `text` ends a clock's "a.m." or "p.m.". */
function isClockStop(text: string, at: number): boolean {
  return at >= 3 && CLOCK_STOP.test(text.slice(at - 3, at + 1))
}
const CLOCK_STOP = /^[ap]\.m\.$/iu

/**
 * Whether the clause around `start`..`end` tells of what is to come or of
 * what was, by the marker nearest the expression ("is expected to vote on
 * Friday", "said on Friday that it will"); null when it has none. Markers
 * are read in lower case ("United" is no past tense) and within the sentence
 * and the quotation that hold the expression.
 */
function tenseAround(
  value: string,
  start: number,
  end: number,
  /** The text's quotations, when known: one that holds the time bounds its clause. */
  quoted: readonly (readonly [number, number])[] = [],
): { future: boolean; past: 'plain' | 'weak' } | null {
  // "not to return until at least Friday": a deadline set is what is to come (not "Until
  // Friday, the department had declined").
  if (UNTIL_AT_LEAST.test(value.slice(Math.max(0, start - UNTIL_REACH), start)))
    return { future: true, past: 'weak' }
  // "said the company had until December 15 to comply": a deadline given is to come, whatever
  // the tense the report puts "has" in; so is the end of a span from now ("what Google does
  // between now and December").
  const lead = LEADING_UNTIL.exec(value.slice(start, end))?.[0].length ?? 0
  const leading = value.slice(Math.max(0, start - UNTIL_REACH), start + lead)
  if (GIVEN_UNTIL.test(leading) || FROM_NOW_TO.test(leading)) return { future: true, past: 'weak' }
  // "adjourned the matter to February 7", "was remanded in custody until Friday": the day a
  // hearing is put off to is to come (not "had been adjourned to", told of a hearing since held).
  // (The expression may hold its "until" itself.)
  if (PUT_OFF_TO.test(value.slice(Math.max(0, start - PUT_OFF_REACH), start + lead)))
    return { future: true, past: 'weak' }
  // "manageable if a deal was reached by the autumn": a deadline a condition sets is to come,
  // whatever the tense of its verb.
  if (
    BY_DEADLINE.test(value.slice(start, end)) &&
    CONDITION_OPEN.test(value.slice(Math.max(0, start - TENSE_REACH), start))
  )
    return { future: true, past: 'weak' }
  // "up from 128 shillings in March": the figure a change is measured from is of the past.
  if (CHANGE_FROM.test(value.slice(Math.max(0, start - CHANGE_FROM_REACH), start)))
    return { future: false, past: 'plain' }
  // "called a statewide march for Saturday": the day an event is called for is to come (not
  // "for Saturday's attack").
  if (
    FOR_BEFORE.test(value.slice(Math.max(0, start - FOR_BEFORE_REACH), start)) &&
    WEEKDAY_WORD.test(value.slice(start, end)) &&
    !isPossessiveAt(value, end)
  )
    return { future: true, past: 'weak' }
  // "Game 4 is Sunday", "The vote is on Tuesday": a time a present "is" sets is to come.
  if (SCHEDULED_BY_IS.test(value.slice(Math.max(0, start - UNTIL_REACH), start)))
    return { future: true, past: 'weak' }
  const from = Math.max(0, start - TENSE_REACH)
  const to = Math.min(value.length, end + TENSE_REACH)
  // Only the window is searched for the clause's ends: a long paragraph costs no more.
  // (The marks of an infinitive's few words quoted end no clause: "urged players to “fight” on
  // Saturday".)
  const before = value.slice(from, start).replace(PARTIAL_QUOTE, blankedMarks)
  const after = value.slice(end, to)
  let clauseStart = from
  let clauseEnd = to
  for (const mark of CLAUSE_ENDS) {
    // (Not the stop of a clock's "p.m.": "is scheduled for 6:30 p.m. Monday".)
    let stop = before.lastIndexOf(mark)
    while (stop >= 0 && isClockStop(before, stop)) stop = before.lastIndexOf(mark, stop - 1)
    if (stop >= 0) clauseStart = Math.max(clauseStart, from + stop + mark.length)
    let next = after.indexOf(mark)
    while (next >= 0 && isClockStop(after, next)) next = after.indexOf(mark, next + 1)
    if (next >= 0) clauseEnd = Math.min(clauseEnd, end + next)
  }
  // "'My only job is Hull on Saturday,' he said": a quotation in single marks bounds the clause
  // as double ones do.
  const quotation = quoted.find(([open, close]) => open < start && end <= close)
  if (quotation !== undefined) {
    clauseStart = Math.max(clauseStart, quotation[0] + 1)
    clauseEnd = Math.min(clauseEnd, quotation[1])
  }
  const clause = value.slice(clauseStart, clauseEnd)
  let tense: { future: boolean; past: 'plain' | 'weak' } | null = null
  let nearest = Infinity
  // Whether a verb in the past that plainly dates the time, close to it, stands in the clause
  // ("was" and "had" plainly date any time of their clause, only when nearest).
  let plainPast = false
  // Whether the clause has a marker; whether a saying set off after the time frames it.
  let marked = false
  let framing = false
  // The first marker of a second predicate after the time ("but warned").
  let coordinated: RegExpExecArray | null = null
  // Whether a verb of saying stands before the time: a "that" after it opens what it reports.
  let saidBefore = false
  TENSE_MARKERS.lastIndex = 0
  for (let match = TENSE_MARKERS.exec(clause); match; match = TENSE_MARKERS.exec(clause)) {
    const at = clauseStart + match.index
    // "He will travel on Thursday, officials said": the saying set off after the time frames the
    // sentence, and dates the time only when nothing else in the clause does ("the win Tuesday,
    // Sanders said"). (Not "On Tuesday, the company said it would": the saying the time opens.)
    if (match[3] !== undefined && at >= end && isTrailingSaying(value, end, at, match[0].length)) {
      framing = true
      continue
    }
    // "would review the area on Friday but warned": the verbs of a second predicate after the
    // time date it only when the clause has no other marker; so do those of a clause of time or
    // condition after it ("once winds eased") and of a clause it reports ("told reporters on
    // Monday that she planned to run").
    if (
      at >= end &&
      (coordinated !== null ||
        SECOND_PREDICATE.test(value.slice(Math.max(end, at - SECOND_PREDICATE_REACH), at)) ||
        SUBORDINATE_BETWEEN.test(value.slice(end, at)) ||
        // ("a question on Sunday about how he would form a coalition": a "would" after the time is
        // another clause's.)
        (match[5] ?? match[6]) !== undefined ||
        (saidBefore && THAT_BETWEEN.test(value.slice(end, at))))
    ) {
      coordinated ??= match
      continue
    }
    // "The trial continues on Monday": a present of the calendar dates only the time right after
    // it (not "continues after a sighting on Sunday").
    if (
      match[1] !== undefined &&
      CALENDAR_PRESENTS.has(match[1]) &&
      (at > start || value.slice(at + match[0].length, start).trim() !== '')
    )
      continue
    // "They face Newcastle on Saturday", "Arsenal host Chelsea on Sunday": a fixture's present
    // between two sides dates the time right after the second (not "face charges over a crash
    // on Sunday", "the visit on Sunday", "told radio host Hugh Hewitt on Wednesday").
    if (
      match[1] !== undefined &&
      FIXTURE_PRESENTS.has(match[1]) &&
      (at > start ||
        !SIDE_NAMED.test(value.slice(at + match[0].length, start)) ||
        !SIDE_BEFORE.test(value.slice(Math.max(0, at - SIDE_BEFORE_REACH), at)))
    )
      continue
    // "its newly elected legislators on Monday": an adjective, no tense; nor "as planned on
    // Nov. 12", "as expected".
    if (
      match[4] !== undefined &&
      (isAttributiveParticiple(value, at, match[4]) ||
        AS_BEFORE.test(value.slice(Math.max(0, at - AS_BEFORE_REACH), at)) ||
        // ("would hold a vigil on Friday evening for those killed": who the participle after the
        // time says, not when.)
        (at >= end && WHO_BEFORE.test(value.slice(Math.max(0, at - WHO_BEFORE_REACH), at))))
    )
      continue
    // "would shut the terminals if the strike was not resolved by Friday": the past of a
    // condition that "would" sets tells no time.
    if (
      (match[2] !== undefined || match[4] !== undefined) &&
      CONDITION_BEFORE.test(value.slice(clauseStart, at))
    )
      continue
    marked = true
    if (at < start && match[3] !== undefined) saidBefore = true
    // ("Erdogan, who is expected to visit the region on Wednesday, said": a marker past a comma
    // from the time counts as further than any in the time's own phrase.)
    const between = at < start ? value.slice(at + match[0].length, start) : value.slice(end, at)
    const distance = between.length + (between.includes(',') ? TENSE_REACH : 0)
    const past = markerPast(match, value, at, clauseStart, start, end)
    if (past === 'plain' && match[2] === undefined) plainPast = true
    if (distance >= nearest) continue
    nearest = distance
    // "called on supporters to gather on Sunday", "urged the minister to appear by Friday": the
    // day a past call or request asks for is to come (a day: "urged him to release the tapes of
    // the interview from Jan 5" may name a day of the past).
    // ("had instructed Kanade to report by Feb. 27": a deadline set, whatever its day.)
    const directive = match[0].slice(match[0].lastIndexOf(' ') + 1)
    tense =
      at < start &&
      DIRECTIVES.has(directive) &&
      INFINITIVE.test(between) &&
      (WEEKDAY_WORD.test(value.slice(start, end)) || DEADLINE.test(value.slice(start, end)))
        ? { future: true, past: 'weak' }
        : // ("and that cabinet would discuss the ruling on Monday": a "would" in a second
          // clause a saying reports is a future, though the saying is out of reach.)
          match[5] !== undefined && !saidBefore && !AND_THAT.test(value.slice(clauseStart, at))
          ? null
          : markerTense(match, past)
  }
  if (!marked && coordinated !== null) {
    marked = true
    const at = clauseStart + coordinated.index
    tense = markerTense(coordinated, markerPast(coordinated, value, at, clauseStart, start, end))
  }
  // "Swift, who released her album in April, also premiered ...": the past the time goes with,
  // though another past be nearer.
  if (tense && !tense.future && plainPast) tense.past = 'plain'
  if (!marked && framing) return { future: false, past: 'weak' }
  // "'The only way to pay him back is to win on Saturday,'": a speaker's own weekday that no
  // verb dates is one to come.
  if (!marked && quotation !== undefined && WEEKDAY_WORD.test(value.slice(start, end)))
    return { future: true, past: 'weak' }
  return tense
}

/** Presents of the calendar, which say a time right after them is to come: "continues on Monday". */
const CALENDAR_PRESENTS: ReadonlySet<string> = new Set([
  ...['continues', 'reconvenes', 'convenes', 'opens', 'closes', 'expires', 'arrives', 'returns'],
  ...['ends', 'meets', 'meet', 'visits', 'lands'],
])
/** Presents of a fixture, which say a time right after the side they name is to come. */
const FIXTURE_PRESENTS: ReadonlySet<string> = new Set([
  ...['face', 'faces', 'host', 'hosts', 'play', 'plays', 'visit'],
])
/** A side's name of one to three capitalised words, then a space: "Newcastle ", "Aston Villa ". */
const SIDE_NAMED = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u
/** A side's name or "they" right before a fixture's present: "Arsenal ", "They ". */
const SIDE_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*|\b(?:they|we))\s+$/u
const SIDE_BEFORE_REACH = 24

/** "would" and then "if" before a past, no comma after the "if": "would shut ... if the strike". */
const CONDITION_BEFORE = /\b(?:would|could|might)\b.*\b(?:if|unless)\b[^,]*$/u

/** Past verbs of calling for and asking, whose infinitive tells what is to come. */
const DIRECTIVES: ReadonlySet<string> = new Set([
  ...['called', 'urged', 'asked', 'invited', 'told', 'ordered', 'instructed', 'summoned'],
  ...['encouraged', 'directed', 'required'],
])
/**
 * An infinitive after a directive, with no comma or sentence's end between but an aside set off
 * by two: "on supporters to gather " (not "to a rally"), "the Chamber of Mines, the industry
 * lobby group, to submit its proposals ".
 */
const INFINITIVE =
  /^[^,.;]*(?:,[^,.;]*,[^,.;]*)?\bto ['‘"“]?(?!(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]+\b[^,.;]*$/u
/** A weekday's name: "Sunday" of "on Sunday". */
const WEEKDAY_WORD = /\b\p{L}+day\b/iu

/** How plainly the tense marker `match` at `at` dates the time as past (see {@link pastOf}). */
function markerPast(
  match: RegExpExecArray,
  value: string,
  at: number,
  clauseStart: number,
  start: number,
  end: number,
): 'plain' | 'weak' {
  return match[1] === undefined && match[5] === undefined && match[6] === undefined
    ? pastOf(match, value, at, clauseStart, start, end)
    : 'weak'
}

/**
 * The tense the marker `match` gives, with how plainly it is past; null for a modal denied: "would
 * not say on Monday", "could not be reached Saturday" tell of a refusal past as often as of what is
 * to come.
 */
function markerTense(
  match: RegExpExecArray,
  past: 'plain' | 'weak',
): { future: boolean; past: 'plain' | 'weak' } | null {
  if (match[6] !== undefined) return null
  return { future: match[1] !== undefined || match[5] !== undefined, past }
}

/**
 * Whether the verb of saying at `at` of `value` (`length` long), after a time
 * that ends at `end`, is set off after its clause: a comma between them and
 * the sentence's end or a comma right after the verb ("on Thursday, officials
 * said.").
 */
function isTrailingSaying(value: string, end: number, at: number, length: number): boolean {
  return (
    value.slice(end, at).includes(',') &&
    /^\s*(?:[.,;]|$)/u.test(value.slice(at + length, at + length + 2))
  )
}

/**
 * How surely a marker of {@link TENSE_MARKERS} at `at` of `value` says that
 * the time at `start`..`end` (in a clause from `clauseStart`) is past: plainly
 * for "was" and "had" (weakly when a comma sets the time off after them); for a verb of saying right before it ("said in
 * March"); and for another past that the time goes with: close after it in
 * the same clause ("took office in February", "rebuked Trump in December"),
 * or close before it when the time opens the sentence ("In May, the EPA
 * proposed"). Not when the time names an event ("the state's June 7 primary",
 * "a February survey"), lies past what puts it ahead ("led the field before
 * the Iowa caucuses Feb. 1", "offered to debate April 14"), or the past is an
 * adjective ("a designated day on Nov. 1"). Weakly otherwise: a verb of saying
 * further off may report what is to come ("said the deal closes in December").
 */
function pastOf(
  match: RegExpExecArray,
  value: string,
  at: number,
  clauseStart: number,
  start: number,
  end: number,
): 'plain' | 'weak' {
  const verbEnd = at + match[0].length
  // ("had approved a cash transfer, starting in April": a phrase set off after the past is not
  // dated by it.)
  if (match[2] !== undefined) {
    // ("had enough funding to feed them through January": "had" of having, before a deadline, may
    // hold it still.)
    if (
      match[0] === 'had' &&
      DEADLINE.test(value.slice(start, end)) &&
      POSSESSED.test(value.slice(verbEnd, verbEnd + POSSESSED_REACH))
    )
      return 'weak'
    return verbEnd <= start && value.slice(verbEnd, start).includes(',') ? 'weak' : 'plain'
  }
  if (match[3] !== undefined) {
    if (verbEnd <= start && start - verbEnd <= 1) return 'plain'
    // "told the court in September that ...", "wrote to shareholders in May that": the saying's
    // own time, between whom it was told and the clause it reports.
    if (
      verbEnd <= start &&
      ADDRESSEE_BETWEEN.test(value.slice(verbEnd, start)) &&
      THAT_AFTER.test(value.slice(end, end + THAT_AFTER_REACH))
    )
      return 'plain'
    // "In March, Trump said that ...": the saying of the subject right after a time that opens
    // the sentence.
    // (Not "From April, Ofgem said", "Until June, the council said": a time of what is to come.)
    if (
      at >= end &&
      match[3] !== 'says' &&
      FRONTED_IN.test(value.slice(start, end)) &&
      isFronted(value, clauseStart, start) &&
      FRONTED_SUBJECT.test(value.slice(end, at))
    )
      return 'plain'
    // "announced their withdrawal from the bloc in January": a saying whose object is a thing,
    // no clause, dates the time as another past does (not "announced the plant will close in").
    if (
      !OBJECT_SAYINGS.has(match[3]) ||
      verbEnd > start ||
      CLAUSE_BETWEEN.test(value.slice(verbEnd, start))
    )
      return 'weak'
  }
  const before = at < start
  const between = before ? value.slice(verbEnd, start) : value.slice(end, at)
  if (between.length > PAST_REACH) return 'weak'
  // "kept the government funded until Jan. 30": a deadline, which the past does not date.
  if (
    DEADLINE.test(value.slice(start, end)) ||
    DEADLINE_BEFORE.test(value.slice(Math.max(0, start - DEADLINE_REACH), start))
  )
    return 'weak'
  if (
    before
      ? NOT_AFTER_PAST.test(between)
      : COORDINATED.test(between) || !isFronted(value, clauseStart, start)
  )
    return 'weak'
  return isAttributive(value, start, end) ? 'weak' : 'plain'
}
/** "In" that opens a time: "In March". */
const FRONTED_IN = /^in\s/iu
/** What "had" has before a deadline, when it is "had" of having: "had enough funding", "had the money". */
const POSSESSED =
  /^\s+(?:enough|the|a|an|no|some|more|less|little|few|its|their|his|her|money|funds|funding|cash|supplies|food|fuel)\b/iu
const POSSESSED_REACH = 12
/** A comma and a subject of a name or a noun phrase of three words at most: ", Trump ", ", the minister ". */
const FRONTED_SUBJECT = /^,\s+(?:\S+\s+){1,3}$/u
/** Whom a saying told, between it and its time: " the court ", " reporters ", " to shareholders ". */
const ADDRESSEE_BETWEEN = /^\s+(?:to\s+)?(?:the\s+)?(?:\p{L}+\s+){1,2}$/u
/** The clause a saying reports, right after its time: " that". */
const THAT_AFTER = /^,?\s+that\b/u
const THAT_AFTER_REACH = 7
/** Verbs of saying that take a thing as their object: "announced their withdrawal". */
const OBJECT_SAYINGS: ReadonlySet<string> = new Set(['announced', 'reported'])
/** What, between a saying and a time, opens a clause it reports: "announced (that) it would". */
const CLAUSE_BETWEEN =
  /\b(?:that|will|would|could|should|may|might|to|is|are|be|has|have|had|it|he|she|they|we|i)\b/iu
/** What opens a deadline: "until Jan. 30", "by March 1". */
const DEADLINE = /^(?:until|till|through|by)\s/iu
/**
 * A deadline's word before a time that its text leaves out ("funded through
 * mid-March"), or the "for" of a date set ("called a day of strikes for March 28").
 */
const DEADLINE_BEFORE = /\b(?:until|till|through|by|for)\s+(?:mid-|early\s+|late\s+)?$/iu
const DEADLINE_REACH = 16
/** How far from its time a past tells when it was, in characters: "released her medical records in July". */
const PAST_REACH = 48
/**
 * The tense of a month alone in the possessive whose clause says none, or
 * only hints at the past: what was ("appeals challenging his victory in
 * February's election", told in October), unless a word before it looks
 * ahead ("ahead of November's election"); null otherwise.
 */
function possessiveMonthTense(
  value: string,
  result: chrono.ParsedResult,
  start: number,
  end: number,
): { future: boolean; past: 'plain' | 'weak' } | null {
  if (!result.start.isCertain('month') || result.start.isCertain('day')) return null
  if (!isPossessiveAt(value, end)) return null
  if (AHEAD_BEFORE.test(value.slice(Math.max(0, start - AHEAD_REACH), start))) return null
  return { future: false, past: 'plain' }
}
/** Words before a time that look ahead to it: "ahead of", "before", "upcoming", "until". */
const AHEAD_BEFORE =
  /\b(?:ahead of|before|upcoming|until|till|toward|towards|next|for)\s+(?:the\s+)?$/iu
const AHEAD_REACH = 24

/**
 * What, between a past and a time after it, puts the time in another clause or ahead (an
 * infinitive, quoted too: "called on the owners to 'show some ambition' in January").
 */
const NOT_AFTER_PAST = /[,;\u2013\u2014]|--|\bto ['‘"“]?[a-z]|\bahead\b|\bbefore\b|\buntil\b/u
/**
 * What an adjective in "-ed" follows, which is no verb of the clause: "a
 * designated day", "its extended mission", "its newly elected legislators".
 */
const DETERMINER_BEFORE =
  /\b(?:a|an|the|its|his|her|their|our|my|your|to|for|of|with|among|to (?!(?:have|be|been|get)\b)[a-z]+) (?:[a-z]+ly )?$/u
/** An adjective and "and" before another: "detailed and fully " of "a detailed and fully costed plan". */
const JOINED_ADJECTIVE = /\b[a-z]+ (?:and|or) (?:[a-z]+ly )?$/u
const JOINED_REACH = 32
/** Characters before a marker read for {@link DETERMINER_BEFORE}. */
const DETERMINER_REACH = 20
/**
 * A noun after an adjective in "-ed": a word that opens no phrase of its own, in lower case or
 * a name's ("a crowded Democratic primary").
 */
const NOUN_AFTER =
  /^\s+(?!(?:on|in|at|to|by|for|from|with|into|over|after|before|up|out|off|the|a|an|its|his|her|their|this|that|and|or|but|I)\b)(?:[a-z]|[A-Z][a-z])/u

/**
 * Whether the past `word` at `at` of `value` is an adjective: "-ed" after a
 * determiner (maybe with an adverb) and before a noun ("its extended mission",
 * "its newly elected legislators"); not a verb ("a rally ended on Saturday",
 * "their family gathered on Saturday").
 */
function isAttributiveParticiple(value: string, at: number, word: string): boolean {
  if (!word.endsWith('ed')) return false
  // ("a detailed and fully costed plan": the adjective joined to one after a determiner.)
  const joined = JOINED_ADJECTIVE.exec(value.slice(Math.max(0, at - JOINED_REACH), at))
  const before = joined ? at - joined[0].length : at
  if (!DETERMINER_BEFORE.test(value.slice(Math.max(0, before - DETERMINER_REACH), before)))
    return false
  const after = at + word.length
  // (Or an adjective joined to it that the noun follows: "a detailed and fully costed plan".)
  return (
    NOUN_AFTER.test(value.slice(after, after + NOUN_AFTER_REACH)) ||
    ADJECTIVE_JOINED_AFTER.test(value.slice(after, after + JOINED_REACH))
  )
}
/** "and" and another adjective in "-ed" after one: " and fully costed". */
const ADJECTIVE_JOINED_AFTER = /^\s+(?:and|or)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b/u
/** Characters after an adjective read for {@link NOUN_AFTER}. */
const NOUN_AFTER_REACH = 12
/** What, between a time and a past after it, starts another clause: "on April 15, but Sanders rejected". */
const COORDINATED = /,\s*(?:but|and|or|yet|so)\b/u
/**
 * Whether the time at `start` of `value` opens its sentence, a few words at
 * most after the start of its clause at `clauseStart`, itself a sentence's
 * start: "After a test in January, ...", "The U.N., which in March imposed".
 */
function isFronted(value: string, clauseStart: number, start: number): boolean {
  if (clauseStart > 0 && value.slice(clauseStart - 2, clauseStart) !== '. ') return false
  let words = 0
  for (const word of value.slice(clauseStart, start).split(' '))
    if (word !== '' && ++words > 3) return false
  return true
}
/**
 * A time that qualifies a noun, and so names an event rather than when the
 * clause's past was: "the June 7 primary", "a February survey", "November's
 * election", "to organize in the March states".
 */
function isAttributive(value: string, start: number, end: number): boolean {
  return (
    /(?:\b(?:the|a|an)|['\u2019]s) $/u.test(value.slice(Math.max(0, start - 4), start)) ||
    /^(?:\p{L}+ )?(?:the|a|an) /iu.test(value.slice(start, end)) ||
    /^['\u2019]s\b/u.test(value.slice(end, end + 3))
  )
}

/** "since" before a time: what it names is past. */
const SINCE = /^since\s/iu
/** A weekday alone ("on Friday") with nothing that says which week: "last", "next", "this". */
const WEEK_SAID = /\b(?:last|next|this|coming|past)\b/iu
const DAY_MS = 86_400_000
const WEEK_MS = 7 * DAY_MS

/**
 * The date chrono gives a weekday alone, or a month without its year, is the
 * nearest one; for a weekday a clause that tells what is to come means the
 * next ("is expected to vote on Friday"), one that tells what was the last
 * ("said on Friday"); for a month, a clause of what was the last ("had gotten
 * them in February").
 */
function byTense(
  written: string,
  start: chrono.ParsedResult['start'],
  reference: Date,
  tenseOf: () => ReturnType<typeof tenseAround>,
): Date {
  const date = start.date()
  const weekday = start.isCertain('weekday') && !start.isCertain('day')
  const month = start.isCertain('month') && !start.isCertain('year')
  if ((!weekday && !month) || WEEK_SAID.test(written)) return date
  // "since December": a month that has come already, whatever the clause's verb ("who have been
  // there since March will return").
  if (month && SINCE.test(written)) {
    const shifted = new Date(date.getTime())
    if (date > reference) shifted.setUTCFullYear(date.getUTCFullYear() - 1)
    return shifted
  }
  // The clause is read only for the few expressions that need it. ("The meetings run through
  // Saturday": a weekday's deadline in a clause of no tense is to come.)
  const tense =
    tenseOf() ??
    (weekday && DEADLINE.test(written) ? { future: true, past: 'weak' as const } : null)
  if (tense === null) return date
  // "had gotten them in February", "since January 1": a month without its year that chrono put
  // ahead is last year's in a clause of what was ("was", "had"; a verb of saying or a
  // participle says nothing of it: "said he will win in November"). Ahead, a month stays
  // chrono's nearest, "will expand less than forecast in July" this year's July, unless it is
  // wholly past.
  if (month) {
    const shifted = new Date(date.getTime())
    // ("called for a strike on March 26", told on March 19: a day a few weeks ahead is this year's
    // whatever the verb, which tells of the call; a day a year past would have its year written.)
    const soon =
      start.isCertain('day') && date.getTime() - reference.getTime() <= SOON_DAYS * DAY_MS
    if (!tense.future && tense.past === 'plain' && date > reference && !soon)
      shifted.setUTCFullYear(date.getUTCFullYear() - 1)
    // "plans to finish the bridge by the end of March", told in April: next year's March (a month
    // wholly past is no time to come).
    if (tense.future && monthIndex(date) < monthIndex(reference))
      shifted.setUTCFullYear(date.getUTCFullYear() + 1)
    return shifted
  }
  const days = Math.round(
    (Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) -
      Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate())) /
      DAY_MS,
  )
  if (tense.future && days < 0) return new Date(date.getTime() + 7 * DAY_MS)
  if (!tense.future && days > 0) return new Date(date.getTime() - 7 * DAY_MS)
  return date
}

/** The days ahead of the reference within which a day of a month is this year's in any tense. */
const SOON_DAYS = 31

/** Months since year 0 of `date`: to compare two dates by their months. */
function monthIndex(date: Date): number {
  return date.getUTCFullYear() * MONTHS_A_YEAR + date.getUTCMonth()
}
const MONTHS_A_YEAR = 12

/** The Monday of the ISO 8601 week of `reference`, or of the week before or after it (`which`). */
function mondayOf(reference: Date, which: string): Date {
  const lower = which.toLowerCase()
  const offset = lower === 'last' ? -7 : lower === 'next' ? 7 : 0
  const weekday = (reference.getUTCDay() + 6) % 7
  return new Date(reference.getTime() + (offset - weekday) * DAY_MS)
}

function resolve(
  written: string,
  result: chrono.ParsedResult,
  reference: Date | null,
  /** What the words around a week say: the days before ("the last week"), a month's ("of June"). */
  weekOf: 'span' | 'of' | null,
  tense: () => ReturnType<typeof tenseAround>,
): { value: string | null; data: TimeExpression['data'] } {
  // "Friday next week", "Monday last week": that weekday of the week before or after the
  // reference's (ISO 8601 weeks, Monday first).
  const weekdayOfWeek = WEEKDAY_OF_WEEK.exec(written)
  if (weekdayOfWeek && reference) {
    const monday = mondayOf(reference, weekdayOfWeek[2] as string)
    const target = WEEKDAY_NAMES.indexOf((weekdayOfWeek[1] as string).toLowerCase())
    const day = new Date(monday.getTime() + target * DAY_MS)
    return { value: iso(day, 'day'), data: { granularity: 'day' } }
  }
  if (DURATION.test(written) && !CALENDAR_LAST.test(result.text.trim())) {
    return { value: null, data: { granularity: 'duration' } }
  }
  // "last week", "next week": no day of it, but its Monday to Sunday (ISO 8601 weeks).
  const week = CALENDAR_WEEK.exec(result.text.trim())
  // "over the last week", "the past week": the seven days before, a duration.
  if (week && weekOf === 'span') return { value: null, data: { granularity: 'duration' } }
  if (week && weekOf === 'of') return { value: null, data: { granularity: 'week' } }
  if (week) {
    if (!reference) return { value: null, data: { granularity: 'week' } }
    const monday = mondayOf(reference, week[1] as string)
    const sunday = new Date(monday.getTime() + 6 * DAY_MS)
    return {
      value: null,
      data: { granularity: 'week', start: iso(monday, 'day'), end: iso(sunday, 'day') },
    }
  }
  if (result.end) {
    if (!reference && !isYearWritten(written, result.start.date()))
      return { value: null, data: { granularity: 'range' } }
    const [start, end] = reference
      ? rangeByTense(written, result.start, result.end, reference, tense)
      : [result.start.date(), result.end.date()]
    return {
      value: null,
      data: {
        granularity: 'range',
        start: iso(start, 'day'),
        // "from May to July": to the last day of July.
        end: iso(
          result.end.isCertain('month') && !result.end.isCertain('day') ? lastDayOfMonth(end) : end,
          'day',
        ),
      },
    }
  }
  const start = result.start
  const yearKnown =
    reference !== null || (start.isCertain('year') && isYearWritten(written, start.date()))
  if (!yearKnown) return { value: null, data: { granularity: granularityOf(start) } }
  const granularity = granularityOf(start)
  const date = reference ? byTense(written, start, reference, tense) : start.date()
  return { value: iso(date, granularity), data: { granularity } }
}

/**
 * A range's first and last days where no year is written, placed as its first
 * time alone would be ("talks ran from May 3 to July 9", told in November: this
 * year's; "will run from May to July": next year's; "met between Monday and
 * Friday": the days before), the last moved as far.
 */
function rangeByTense(
  written: string,
  start: chrono.ParsedResult['start'],
  end: NonNullable<chrono.ParsedResult['end']>,
  reference: Date,
  tense: () => ReturnType<typeof tenseAround>,
): [Date, Date] {
  const first = start.date()
  const last = end.date()
  if (start.isCertain('year') || end.isCertain('year')) return [first, last]
  // "will book the charge in the October-December quarter", told in November: the months the
  // telling falls in, whatever the tense.
  if (
    !start.isCertain('weekday') &&
    first.getTime() <= reference.getTime() &&
    reference.getTime() <= lastDayOfMonth(last).getTime()
  )
    return [first, last]
  const placed = byTense(written, start, reference, tense)
  // Weekdays ("between Monday and Friday") move by weeks, months by years.
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    let shift = placed.getTime() - first.getTime()
    // ("We met between Monday and Friday", told on a Wednesday: the week before, not one that
    // ends after the telling.)
    const said = tense()
    if (said && !said.future && last.getTime() + shift > reference.getTime()) shift -= WEEK_MS
    return [new Date(first.getTime() + shift), new Date(last.getTime() + shift)]
  }
  const years = placed.getUTCFullYear() - first.getUTCFullYear()
  if (years === 0) return [first, last]
  const moved = (date: Date): Date => {
    const copy = new Date(date.getTime())
    copy.setUTCFullYear(date.getUTCFullYear() + years)
    return copy
  }
  return [moved(first), moved(last)]
}

function lastDayOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0, 12))
}

function granularityOf(start: chrono.ParsedResult['start']): 'day' | 'month' | 'year' {
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day'
  if (start.isCertain('month')) return 'month'
  return 'year'
}

function iso(date: Date, granularity: 'day' | 'month' | 'year'): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0')
  const month = String(date.getUTCMonth() + 1).padStart(2, '0')
  const day = String(date.getUTCDate()).padStart(2, '0')
  return granularity === 'day'
    ? `${year}-${month}-${day}`
    : granularity === 'month'
      ? `${year}-${month}`
      : year
}

/**
 * Where the next four digits of a year of this or the last century ("19xx",
 * "20xx") start at or after `from`, or -1: the matches of `/(?:19|20)\d{2}/g`,
 * which never overlap. The engine's search finds each "19" and "20"; `next`
 * keeps where it found them, so that no part of `value` is searched twice.
 */
function nextYear(value: string, from: number, next: [number, number]): number {
  for (let i = from; ;) {
    if (next[0] !== NOT_FOUND && next[0] < i) next[0] = value.indexOf('19', i)
    if (next[1] !== NOT_FOUND && next[1] < i) next[1] = value.indexOf('20', i)
    const [nineteen, twenty] = next
    const at =
      nineteen === NOT_FOUND ? twenty : twenty === NOT_FOUND ? nineteen : Math.min(nineteen, twenty)
    if (at === NOT_FOUND || at + 4 > value.length) return NOT_FOUND
    if (isDigit(value.charCodeAt(at + 2)) && isDigit(value.charCodeAt(at + 3))) return at
    i = at + 1
  }
}

/**
 * The ranges of `segment`'s text inside quotation marks, outermost: double,
 * single in the British style, guillemets (the quotations the quote stage
 * reads), each from its opening mark to its closing one.
 */
function quotedRanges(segment: Segment): [number, number][] {
  const ranges: [number, number][] = []
  for (const span of quotedSpansOf(segment))
    if (span.depth === 0) ranges.push([span.open, span.close])
  return ranges.sort((a, b) => a[0] - b[0])
}

/** The inline time nodes, by segment index. */
export function timeAnnotations(times: readonly PlacedTime[]): InlineAnnotation[][] {
  const bySegment: InlineAnnotation[][] = []
  for (const time of times) {
    ;(bySegment[time.segment] ??= []).push({
      start: time.start,
      end: time.end,
      make: (_children, value, position): TimeText => ({
        type: 'time',
        value,
        position,
        timeId: time.id,
        resolved: time.value,
      }),
    })
  }
  return bySegment
}

/** The public form of the placed times. */
export function publicTimes(times: readonly PlacedTime[]): TimeExpression[] {
  return times.map(({ id, text, value, position, data }) => ({
    id,
    text,
    value,
    position,
    ...(data ? { data } : {}),
  }))
}

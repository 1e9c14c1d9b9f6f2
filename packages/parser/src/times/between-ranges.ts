/**
 * Ranges of days or months that "between" opens, which chrono reads as two
 * times or one: "between Aug. 17 and Aug. 19", "between Aug. 13 and 16",
 * "between Monday and Friday", "between March and June". A refiner of
 * chrono's results, run after its own.
 */
import type * as chrono from 'chrono-node/en'

/** "between" right before a result. */
const BETWEEN = /\bbetween\s+$/iu
const NOW = /^now$/iu
/** Characters before a result read for "between". */
const BETWEEN_REACH = 10
/** Only "and" between two results. */
const AND = /^\s+and\s+$/u
/**
 * "and" and a day of the same month after a result: " and 16" (not a count,
 * "and 16 people", nor a clock time or a decimal, "and 16:30", "and 16.5").
 */
const AND_DAY = /^\s+and\s+(\d{1,2})(?![\d:.,]\d|\s*(?:%|percent\b|per\b|people\b|[ap]\.?m\b))\b/u
/** Characters after a result read for such a day. */
const AND_DAY_REACH = 40
/**
 * "May" joined to a month before it, which chrono drops ("May" is a month only after "in"):
 * "between March and May", "in April or May".
 */
const AND_MAY = /^,? (?:and|or) May\b/u
const AND_MAY_REACH = 10
/** The last day of any month. */
const MAX_DAY = 31

/** Whether `result` names a day, of a month or of the week, no range. */
function isDay(result: chrono.ParsingResult): boolean {
  // ("between now and Nov. 8": "now" is never a time of the story.)
  if (result.end || NOW.test(result.text)) return false
  return (
    (result.start.isCertain('day') && result.start.isCertain('month')) ||
    result.start.isCertain('weekday')
  )
}

function isWeekdayAlone(components: chrono.ParsingComponents): boolean {
  return components.isCertain('weekday') && !components.isCertain('day')
}
const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** Whether `result` names a month alone, no day of it and no range: "March", "June 2026". */
function isMonth(result: chrono.ParsingResult): boolean {
  return (
    !result.end &&
    result.start.isCertain('month') &&
    !result.start.isCertain('day') &&
    !result.start.isCertain('weekday')
  )
}

/**
 * Puts the first day of a range before the last where its year is not
 * written ("between January 1 and September 26", told in January: last
 * year's January 1, as the September is).
 */
function inOrder(first: chrono.ParsingComponents, last: chrono.ParsingComponents): void {
  if (first.date() <= last.date()) return
  // "between Monday and Friday", told at a weekend (chrono's Monday to come, its Friday gone):
  // the Monday before the Friday.
  if (isWeekdayAlone(first) && isWeekdayAlone(last)) {
    const earlier = new Date(first.date().getTime() - WEEK_MS)
    first.imply('year', earlier.getUTCFullYear())
    first.imply('month', earlier.getUTCMonth() + 1)
    first.imply('day', earlier.getUTCDate())
    return
  }
  const year = last.get('year')
  if (year === null) return
  if (!first.isCertain('year')) {
    first.imply('year', year)
    if (first.date() > last.date()) first.imply('year', year - 1)
  } else if (!last.isCertain('year')) {
    last.imply('year', first.get('year') ?? year)
    if (first.date() > last.date()) last.imply('year', (first.get('year') ?? year) + 1)
  }
}

export const BETWEEN_RANGES: chrono.Refiner = {
  refine: (context, results) => {
    const refined: chrono.ParsingResult[] = []
    for (let i = 0; i < results.length; i++) {
      const result = results[i] as chrono.ParsingResult
      refined.push(result)
      const before = context.text.slice(Math.max(0, result.index - BETWEEN_REACH), result.index)
      const days = isDay(result)
      const after = result.index + result.text.length
      const next = results[i + 1]
      const may = isMonth(result) && AND_MAY.exec(context.text.slice(after, after + AND_MAY_REACH))
      if (may) {
        const end = after + may[0].length
        const month = context.createParsingComponents({ month: 5 })
        if (next?.index === end - 3) continue
        if (BETWEEN.test(before) && may[0].includes('and')) {
          result.end = month
          result.text = context.text.slice(result.index, end)
          inOrder(result.start, month)
        } else refined.push(context.createParsingResult(end - 3, 'May', month))
        continue
      }
      if (!(days || isMonth(result)) || !BETWEEN.test(before)) continue
      if (
        next &&
        (days ? isDay(next) : isMonth(next)) &&
        AND.test(context.text.slice(after, next.index))
      ) {
        // "between Aug. 17 and Aug. 19", "between March and June" (the time stage gives a range
        // of months its first and last days).
        result.end = next.start
        result.text = context.text.slice(result.index, next.index + next.text.length)
        inOrder(result.start, next.start)
        i++
        continue
      }
      // "between Aug. 13 and 16": the last day of the same month.
      const day = AND_DAY.exec(context.text.slice(after, after + AND_DAY_REACH))
      const last = day ? Number(day[1]) : 0
      if (
        day &&
        result.start.isCertain('day') &&
        last > (result.start.get('day') ?? MAX_DAY) &&
        last <= MAX_DAY
      ) {
        result.end = result.start.clone()
        result.end.assign('day', last)
        result.text = context.text.slice(result.index, after + day[0].length)
      }
    }
    return refined
  },
}

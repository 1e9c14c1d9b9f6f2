/**
 * The scan for time triggers finds exactly the windows that the regular
 * expression it replaced found (with the seasons after "last", "next" ...,
 * the holidays, "the end of the year" and counted spans, "the past 12
 * months" and "within 72 hours", seasons after a preposition, "in the fall", and "the following
 * year", since),
 * on real articles and on arbitrary text.
 */
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findWindows, type Window } from '../src/times/candidates.js'

const UNIT = '(?:years?|months?|weeks?|weekends?|decades?|days?)'
const SEASON = '(?:spring|summer|autumn|fall|winter|morning|afternoon|evening|night)'
const COUNT =
  '(?:\\d+|a few|few|several|a couple of|couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty)'
const TRIGGER = new RegExp(
  `\\b(?:${[
    'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?',
    'Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?',
    '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Christmas|Boxing|Halloween|Juneteenth|Hogmanay',
    '(?:JAN(?:UARY)?|FEB(?:RUARY)?|MARCH|APRIL|MAY|JUNE|JULY|AUG(?:UST)?|SEPT(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)',
    '(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY',
    '[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow',
    `(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Pp]revious|[Cc]oming|[Rr]ecent|[Tt]hat|[Ff]ollowing) (?:${UNIT}|${SEASON})`,
    `${UNIT} (?:ago|earlier|later|before|after)`,
    '(?<=\\bthe )weekend',
    '(?<=\\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Oo]ver|[Tt]hrough|[Ss]ince) the )(?:spring|summer|autumn|fall|winter)',
    `(?<=(?:^|\\s)(?:(?:[Pp]ast|[Ll]ast|[Pp]revious|[Nn]ext|[Cc]oming) ${COUNT}|[Ww]ithin (?:the next )?(?:a|an|one|${COUNT})) )(?:${UNIT}|hours?)`,
    '(?<=\\b(?:start|beginning|end|middle)\\s+of\\s+the\\s+)(?:year|month)',
    '(?<=\\b(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[- ])quarter',
    '(?<=\\b(?:[Ff]irst|[Ss]econd)[- ])half',
    '\\d{4}-\\d{2}-\\d{2}',
    '\\d{1,2}/\\d{1,2}/\\d{2,4}',
  ].join('|')})\\b`,
  'gu',
)
const REACH = 24

/** The windows as the regular expression found them. */
function reference(value: string): Window[] {
  const windows: Window[] = []
  for (const match of value.matchAll(TRIGGER)) {
    const from = Math.max(0, match.index - REACH)
    const to = Math.min(value.length, match.index + match[0].length + REACH)
    const last = windows[windows.length - 1]
    if (last && from <= last.end) last.end = Math.max(last.end, to)
    else windows.push({ start: from, end: to })
  }
  return windows.map(({ start, end }) => {
    while (start > 0 && value[start - 1] !== ' ') start--
    while (end < value.length && value[end] !== ' ') end++
    return { start, end }
  })
}

describe('findWindows', () => {
  it('finds the windows of the trigger pattern in the corpus articles', () => {
    const root = new URL('../../../../shared/corpus/', import.meta.url)
    for (const part of ['web-dev/', 'web-dev-wrapped/', 'polnear/dev/text/']) {
      const dir = new URL(part, root)
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
        for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n'))
          expect(findWindows(line)).toEqual(reference(line))
      }
    }
  })

  it('finds the windows of the trigger pattern in arbitrary text', () => {
    const parts = fc.constantFrom(
      ...['May', 'may', 'March', 'Sepember', 'SEPT', 'SEP', 'Mon', 'Monday', 'MONDAY', 'Today'],
      ...['last', 'Last', 'year', 'years', 'weekend', 'ago', 'later', 'that', 'day', 'days'],
      ...['past', 'Within', 'within', 'the next', 'three', 'a few', 'a', 'one', '12', 'the '],
      ...['night', 'morning', 'this', 'following', 'Following'],
      ...[
        'summer',
        'fall',
        'winters',
        'the end of the ',
        'month',
        'Halloween',
        'third-',
        'quarter',
        'first ',
        'half',
      ],
      ...['2023', '04', '20', '4', '123', '12345', '-', '/', ' ', '  ', '_', 'x', 'é', '\n'],
    )
    const shaped = fc.array(parts, { maxLength: 40 }).map((list) => list.join(''))
    const check = (value: string): void => {
      expect(findWindows(value)).toEqual(reference(value))
    }
    fc.assert(fc.property(shaped, check), { numRuns: 2000 })
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), {
      numRuns: 300,
    })
  })
})

/**
 * Where time expressions may be: one linear scan for month and weekday names,
 * deictic words ("yesterday"), calendar units next to a word that makes them a
 * time ("last year", "a week ago") and numeric dates, giving small windows of
 * text for the date parser to read. Running the date parser on whole articles
 * would cost more than all other stages together.
 */

/** A window of a text to hand to the date parser. */
export interface Window {
  start: number
  end: number
}

const UNIT = '(?:years?|months?|weeks?|weekends?|decades?|days?)'
/**
 * Triggers: month and weekday names with a capital (so the modal "may" and
 * the verb "march" are not read), the other words in either case; whole
 * words in ALL-CAPS headlines too. Alternatives without nested repetition,
 * so the scan stays linear.
 */
const MONTHS = [
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sept?(?:ember)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
  '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day',
  'Christmas',
  '(?:JAN(?:UARY)?|FEB(?:RUARY)?|MARCH|APRIL|MAY|JUNE|JULY|AUG(?:UST)?|SEPT(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)',
  '(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY',
]
const WORDS = [
  '[Tt]oday',
  '[Tt]onight',
  '[Yy]esterday',
  '[Tt]omorrow',
  `(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Pp]revious|[Cc]oming|[Rr]ecent|[Tt]hat) ${UNIT}`,
  `${UNIT} (?:ago|earlier|later|before|after)`,
  '\\d{4}-\\d{2}-\\d{2}',
  '\\d{1,2}/\\d{1,2}/\\d{2,4}',
]
const TRIGGER = new RegExp(`\\b(?:${[...MONTHS, ...WORDS].join('|')})\\b`, 'gu')
/** Characters of context on each side of a trigger. */
const REACH = 24

/** Windows of `value` that may hold a time expression, merged and in order. */
export function findWindows(value: string): Window[] {
  const windows: Window[] = []
  TRIGGER.lastIndex = 0
  for (const match of value.matchAll(TRIGGER)) {
    const from = Math.max(0, match.index - REACH)
    const to = Math.min(value.length, match.index + match[0].length + REACH)
    const last = windows[windows.length - 1]
    if (last && from <= last.end) last.end = Math.max(last.end, to)
    else windows.push({ start: from, end: to })
  }
  return windows.map((window) => snapToWords(value, window))
}

/** Widens a window to whole words so the date parser never sees half a word. */
function snapToWords(value: string, window: Window): Window {
  let { start, end } = window
  while (start > 0 && value[start - 1] !== ' ') start--
  while (end < value.length && value[end] !== ' ') end++
  return { start, end }
}

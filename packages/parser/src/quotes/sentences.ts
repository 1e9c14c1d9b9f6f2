/**
 * Sentence boundaries in one text, outside quotations: after a full stop,
 * question or exclamation mark (and any closing quote) followed by a space and
 * a capital or an opening quote, unless the stop ends an abbreviation ("Mr.",
 * "U.S.", "Gen.") or an initial ("J. K. Rowling").
 */
import { lastAtOrBefore } from '../bisect.js'
import { ABBREVIATIONS } from '../lexicon/abbreviations.js'
import { CALENDAR_WORD_FORMS } from '../lexicon/calendar.js'

const STOP = /[.!?]/gu
const CLOSERS = new Set(['"', '”', '’', "'", ')', '»'])
const OPENERS = /["“‘'(«\p{Lu}\p{N}]/u

/** Start offsets of the sentences of `value` (0 first), given the quoted ranges to keep whole. */
export function sentenceStarts(value: string, quoted: readonly [number, number][]): number[] {
  const starts = [0]
  let q = 0
  // The engine's search jumps from stop to stop.
  STOP.lastIndex = 0
  for (let found = STOP.exec(value); found !== null; found = STOP.exec(value)) {
    const i = found.index
    const char = value[i] as string
    while (q < quoted.length && (quoted[q] as [number, number])[1] < i) q++
    const range = quoted[q]
    // Inside a quotation a stop ends no sentence of the writer's, unless it ends the quotation too.
    if (range && range[0] < i && i < range[1] && !closesQuote(value, i, range[1])) continue
    let end = i + 1
    while (end < value.length && CLOSERS.has(value[end] as string)) end++
    if (value[end] !== ' ' || !OPENERS.test(value[end + 1] ?? '')) continue
    // "in the U.S. He says": a word that opens sentences ends the abbreviation's sentence too, and
    // so does a quotation after a clock's time ("told a news conference at 6:30 a.m. \"A tsunami").
    // ("The race began at 7:30 a.m. Organisers said": a clock's time ends it before any word but
    // a day's, a month's or a zone's: "at 6 a.m. Monday", "at 10 a.m. ET".)
    if (
      char === '.' &&
      endsAbbreviation(value, i) &&
      !SENTENCE_OPENERS.has(wordAt(value, end + 1)) &&
      !(
        CLOCK_END.test(value.slice(Math.max(0, i - 3), i + 1)) &&
        (OPENING_QUOTES.has(value[end + 1] ?? '') || !isAfterClock(value, end + 1))
      )
    )
      continue
    starts.push(end + 1)
  }
  return starts
}

/**
 * Whether the word at `start` of `value` may go on a clock's time: a day's or
 * a month's name, a time zone, or a place before "time" ("10 a.m. London
 * time"); not "Organisers".
 */
function isAfterClock(value: string, start: number): boolean {
  const word = wordAt(value, start)
  const lower = word.toLowerCase()
  if (CALENDAR_WORDS.has(lower) || CALENDAR_WORDS.has(lower.slice(0, 3))) return true
  if (/^\p{Lu}{2,4}$/u.test(word) || ZONE_WORDS.has(lower)) return true
  return value.startsWith(' time', start + word.length)
}
const CALENDAR_WORDS: ReadonlySet<string> = new Set(CALENDAR_WORD_FORMS)
/** Zones by name after a clock's time: "9 p.m. Eastern", "at noon local time". */
const ZONE_WORDS: ReadonlySet<string> = new Set([
  ...['eastern', 'central', 'mountain', 'pacific', 'atlantic', 'local', 'greenwich', 'british'],
])

/** The end of a clock's time: "a.m.", "p.m.". */
const CLOCK_END = /[ap]\.m\.$/u
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“'])

/** Whether only closing marks stand between the stop at `i` and the quotation's end. */
function closesQuote(value: string, i: number, close: number): boolean {
  for (let k = i + 1; k < close; k++) if (!CLOSERS.has(value[k] as string)) return false
  return true
}

/** Words that open sentences and never follow an abbreviation inside one: "U.S. He said". */
const SENTENCE_OPENERS = new Set([
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'But',
  'And',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'When',
  'While',
  'If',
  'After',
  'Before',
  'However',
])

/** The word of letters starting at `start` of `value`, at most a dozen letters long. */
function wordAt(value: string, start: number): string {
  let end = start
  while (end < value.length && end - start < 12 && /\p{L}/u.test(value[end] as string)) end++
  return value.slice(start, end)
}

/**
 * Where the words of a partial quotation that ends at `end` of `value` end
 * without the writer's stop or comma, which American style sets inside the
 * closing mark: `accused them of "governing by applause."`, `called it "a
 * disgrace," and left`. A question's or an exclamation's mark is the
 * speaker's and stays; so do an abbreviation's stop ("the U.S.") and an
 * ellipsis.
 */
export function endWithoutWritersStop(value: string, start: number, end: number): number {
  if (end - start < 2) return end
  const last = value.charCodeAt(end - 1)
  if (last === COMMA || last === SEMICOLON || last === COLON) return end - 1
  if (last !== FULL_STOP || value.charCodeAt(end - 2) === FULL_STOP) return end
  return endsAbbreviation(value, end - 1, start) ? end : end - 1
}
const COMMA = 0x2c
const SEMICOLON = 0x3b
const COLON = 0x3a
const FULL_STOP = 0x2e

/** Whether the stop at `dot` of `value` ends an abbreviation, whose word opens at `from` or later. */
function endsAbbreviation(value: string, dot: number, from = 0): boolean {
  let start = dot
  while (start > from && value[start - 1] !== ' ' && value[start - 1] !== '(') start--
  const word = value.slice(start, dot).replace(/^["“‘']/u, '')
  // "a post on X. Tesla shares rose": the platform's name, not an initial.
  if (word === 'X' && value.slice(Math.max(0, start - 3), start) === 'on ') return false
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true // "U.S", "a.m"
  const lower = word.toLowerCase()
  // "voted no. Council Member Grace Okonkwo said": "No." abbreviates a number only before one
  // ("No. 10"); "sat." and "sun." are the days' only with a capital ("Sat. Dec. 7").
  if (lower === 'no' || lower === 'nos') return /^ ?\d/u.test(value.slice(dot + 1, dot + 3))
  if (word === 'sat' || word === 'sun') return false
  return ABBREVIATIONS.has(lower)
}

/** The index of the sentence (in `starts`) that holds `offset`. */
export function sentenceAt(starts: readonly number[], offset: number): number {
  return lastAtOrBefore(starts, offset)
}

/**
 * Datelines at the start of the first paragraph: "KYIV, April 20 (Reuters) -",
 * "WASHINGTON (AP) —", "MANCHESTER, N.H. -", "(CNN)". The dateline stays in the
 * paragraph's text (it is part of what was printed) as an inline `dateline`
 * node, and is copied into `meta.dateline`.
 */

import { hashOf } from './entities/hash.js'
import { lexicon } from './entities/lexicon.js'

/** What a dateline says, with its extent in the paragraph's value. */
export interface Dateline {
  /** As written, with its closing dash: "KYIV, April 20 (Reuters) -". */
  text: string
  /** The place, when given: "KYIV". */
  place: string | null
  /** The date as written, when given: "April 20". */
  date: string | null
  /** The agency or publisher in parentheses, when given: "Reuters". */
  agency: string | null
  /** Length of `text` in the value. */
  length: number
}

/** A dateline is never longer than this; only this much of a paragraph is examined. */
const MAX_DATELINE_LENGTH = 90
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*'
/** A year after the day, as AFP writes it: "BELEM, Brazil, Nov 21, 2025 (AFP) -". */
const YEAR_WRITTEN = ', \\d{4}'
const YEAR = `(?:${YEAR_WRITTEN})?`
/**
 * A dateline's date: the month first ("April 20", "Nov 21, 2025"), or the day first, as
 * British and international copy writes it ("CARDIFF, 14 January 2026 —", "GENEVA, 12 March").
 */
const DATE = `(?:${MONTH} \\d{1,2}${YEAR}|\\d{1,2} ${MONTH}(?: \\d{4})?)`
const DATE_WITH_YEAR = /(?:,? )\d{4}$/u

/** Whether a dateline's date has its year written: "Nov 21, 2025", "14 January 2026", not "Nov 21". */
export function hasYear(date: string): boolean {
  return DATE_WITH_YEAR.test(date)
}

const DATELINE = new RegExp(
  '^(?:' +
    // place: capitals, with a state or country after a comma ("MANCHESTER, N.H.",
    // "CUPERTINO, Calif.", "AUSTIN, Texas"), or two places ("GENEVA/CAIRO")
    "(\\p{Lu}[\\p{Lu}.'’]*(?:[ /-]\\p{Lu}[\\p{Lu}.'’]*)*(?:, (?!" +
    `${MONTH} \\d|${WEEKDAY}\\b` +
    ")\\p{Lu}[\\p{Lu}\\p{Ll}.'’ ]{0,20}\\p{L}\\.?)?)" +
    // a weekday before the date, as Irish and some British copy writes it ("DUBLIN, Friday, March 7
    // -", "LONDON, Sunday 9 February -")
    `(?:,? (?:${WEEKDAY},? )?(${DATE}))?` +
    ')?' +
    // an agency in brackets ("(Reuters)"), or AAP's without them ("ADELAIDE, March 22 AAP -")
    '(?: ?\\(([\\p{L}&. -]{1,30})\\)| (AAP)(?= ?(?:\u2014|\u2013|--|-)))?' +
    '(?:( ?(?:—|–|--|-)|:)(?: |$))?',
  'u',
)

/** An agency in parentheses and the dash after it, which end a dateline: " (Reuters) -". */
const AGENCY_AND_DASH = String.raw` \((\p{Lu}[\p{L}&. -]{0,29})\)( ?(?:\u2014|\u2013|--|-))(?: |$)`

/**
 * A place in title case, which is a dateline only with an agency and a dash
 * after it: "Cleveland (AFP) –", "New York (Reuters) -".
 */
const TITLE_CASE_DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Ll}'’]+(?:[ -]\\p{Lu}[\\p{Ll}'’]+){0,3}(?:, \\p{Lu}[\\p{L}.]{1,20})?)()${AGENCY_AND_DASH}`,
  'u',
)

/**
 * A date with no place, which is a dateline only with an agency and a dash
 * after it: "Nov 19 (Reuters) -", "19 November (AFP) -".
 */
const DATE_DATELINE = new RegExp(`^()(${DATE})${AGENCY_AND_DASH}`, 'u')

/**
 * A place in title case, its date and an agency, and no dash, as Indian
 * agencies write it: "Chandigarh, Oct 12 (PTI) The BJP", "New Delhi, Oct 12
 * (PTI):"; the sentence after it opens with a capital.
 */
const AGENCY_DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{Ll}'\u2019]+(?:[ -]\p{Lu}[\p{Ll}'\u2019]+){0,3}), (${DATE}) \((\p{Lu}[\p{L}&. -]{0,29})\)()(?::? (?=\p{Lu})|:$)`,
  'u',
)

/** A party's letter, alone or before a state: "R", "D-Ohio". */
const PARTY = /^[DRI](?:-|$)/u

/** The dateline at the start of `value`, or null. */
export function readDateline(value: string): Dateline | null {
  const head = value.slice(0, MAX_DATELINE_LENGTH)
  const match = DATELINE.exec(head)
  const dateline = match ? datelineOf(value, match) : null
  if (dateline) return dateline
  const titled =
    TITLE_CASE_DATELINE.exec(head) ?? DATE_DATELINE.exec(head) ?? AGENCY_DATELINE.exec(head)
  return titled ? datelineOf(value, titled) : null
}

/**
 * Whether what follows the comma of a place, if anything, names its region: an
 * abbreviation ("N.H.", "Calif.", "Wisc.") or a state or a country spelt out
 * ("Texas", "South Korea"), or any region after a known city but a time ("LONDON,
 * England"); not "REPUBLICANS, Democrats —" or "WASHINGTON, Late Tuesday —".
 */
function isRegion(place: string): boolean {
  const comma = place.indexOf(', ')
  if (comma < 0) return true
  const region = place.slice(comma + 2)
  if (region.endsWith('.')) return true
  const { places } = lexicon()
  const kind = places.get(hashOf(region.toLowerCase()))
  if (kind === 'state' || kind === 'country') return true
  // "LONDON, England", "GAZA CITY, Gaza Strip": a known city, with any region but a time.
  return places.has(hashOf(place.slice(0, comma).toLowerCase())) && !TIME_OF_DAY.test(region)
}
const TIME_OF_DAY = new RegExp(
  `^(?:late|early|noon|midnight|morning|afternoon|evening|tonight|today|${WEEKDAY}|${MONTH})\\b`,
  'iu',
)

/** The dateline `match` found at the start of `value`, or null when it is none. */
function datelineOf(value: string, match: RegExpExecArray): Dateline | null {
  const [whole, place, date, bracketed, bare, dashText] = match
  const agency = bracketed ?? bare
  const dash = dashText?.trim()
  if (!place && !agency) return null
  // "Jeb Bush (R) –", "Marco Rubio (R-Fla.) –": a lawmaker and their party, no agency.
  if (agency && PARTY.test(agency)) return null
  // A place alone needs its dash ("WASHINGTON —"); an agency may stand alone ("(CNN)").
  if (!dash && !agency) return null
  if (place && !dash && !agency) return null
  if (place && place.length < 2) return null
  if (place && !isRegion(place)) return null
  const text = whole.trimEnd()
  if (text.length === value.length) return null
  return {
    text,
    place: place || null,
    date: date || null,
    agency: agency ?? null,
    length: text.length,
  }
}

/**
 * Bylines: "By Jane Doe and John Roe", "Jane Doe | Reuters", "Jane Doe, Staff
 * Writer". Gives the byline as written and the authors' names alone.
 */
import { NEWS_AGENCIES, PAPER_HEAD_WORDS, WIRE_SERVICES } from './lexicon/credits.js'
import { ARABIC_ARTICLES } from './lexicon/name-openers.js'
import { hashOf } from './entities/hash.js'
import { isCommonWord } from './entities/common-words.js'
import { isKnownSurname, lexicon } from './entities/lexicon.js'
import { readRelated } from './related.js'

/** What a byline says. */
export interface Byline {
  /** The byline as written, without a date or time glued to it. */
  byline: string
  /** A date or time glued to the byline ("March 11, 2015 3:46 PM"), else null. */
  dateText: string | null
  authors: string[]
  publisher: string | null
}

const MAX_BYLINE_LENGTH = 160
/** "By", or an interview's or a text's credit before it: "Interview by", "Words by". */
const BY = /^(?:(?:interview|interviewed|words|text)\s+)?by\s+/iu
const AUTHOR_SPLIT = /\s*(?:,\s*and\s+|\band\s+|\bwith\s+|&|,)\s*/u
const ROLE =
  /^(?:staff|senior|chief|special|contributing|political|foreign|deputy)\b|\b(?:writer|reporter|correspondent|editor|columnist|contributor)s?$/iu
/**
 * A word of an author's name: capitalised, maybe after an Arabic or a French
 * article joined to it ("al-Mughrabi", "d'Estaing"), or a lower-case particle.
 */
const NAME_WORD = new RegExp(
  `^(?:(?:(?:${[...ARABIC_ARTICLES, 'd', 'l'].join('|')})[-'’])?\\p{Lu}[\\p{L}'’.-]*|de|del|der|van|von|la|le|da|di|bin|al|dos|du)$`,
  'u',
)
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
/** A date, time or "Updated" glued after the names. */
const GLUED_DATE = new RegExp(
  `\\s+(?:(?:on\\s+)?${MONTH}\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?:updated|published|posted)\\b)`,
  'iu',
)
/**
 * The news agencies, and Bloomberg, a publisher in a byline but elsewhere as
 * often Michael Bloomberg.
 */
const PUBLISHERS: ReadonlySet<string> = new Set([...NEWS_AGENCIES, 'bloomberg'])
/**
 * Outlets and agencies that bylines name in one word set off after the
 * authors ("By Jane Doe, Politico"); surnames too ("Kwame Ansa", "Serdar
 * Efe"), so only a part of their own.
 */
const OUTLETS: ReadonlySet<string> = new Set([
  ...['politico', 'axios', 'semafor', 'gannett', 'nikkei', 'npr', 'pbs', 'nbc', 'cbs'],
  ...WIRE_SERVICES,
])

/** An outlet's name that ends in "News" ("CBS News"), or a newsroom's staff ("Reuters Staff"). */
const NEWSROOM =
  /^(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)?)\s+(News(?:\s+Digital)?|Staff|staff)$/u

/**
 * Whether `part` names a newsroom, no person: an outlet's name ending in
 * "News" ("CBS News", "Sky News", "Fox News Digital"), not a person's ("John
 * News"); or the staff of an agency or an outlet ("Reuters Staff", "NBC
 * Staff"), not of a person ("Mark Staff").
 */
function isNewsroom(part: string): boolean {
  const match = NEWSROOM.exec(part)
  if (!match) return false
  const owner = match[1] as string
  const lower = owner.toLowerCase()
  if (PUBLISHERS.has(lower) || OUTLETS.has(lower) || /^\p{Lu}{2,}$/u.test(owner)) return true
  if (/^staff$/iu.test(match[2] as string)) return false
  // ("News Staff", "With Reuters Staff": no outlet's name.)
  const first = lower.split(/\s+/u)[0] as string
  return !NOT_OUTLET_WORDS.has(first) && !lexicon().firstNames.has(hashOf(first))
}
/** Words that open no outlet's name before "News". */
const NOT_OUTLET_WORDS: ReadonlySet<string> = new Set(['news', 'staff', 'with', 'and', 'by'])

/** A role after an author's name without a comma: "Political correspondent", "Senior Editor". */
const TRAILING_ROLE =
  /\s+(?:(?:senior|chief|deputy|political|health|business|economics|banking|finance|markets|energy|transport|climate|consumer|industry|property|technology|science|education|security|defence|defense|diplomatic|environment|legal|sports|foreign|home|affairs|staff|special|contributing|world|data|media|arts|culture|social|white|house|congressional|national|local|investigative|medical|aviation|auto|automotive|religion|travel|food|entertainment|music|film|fashion|weather|courts|immigration|labor|labour|agriculture|global|tech|tennis|golf|baseball|football|soccer|cricket|basketball|hockey)\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|contributor)s?$/iu

/**
 * Where a byline's author wrote from, after the names: " at Villa Park", " at the Emirates
 * Stadium", " in Rio de Janeiro".
 */
const WRITTEN_FROM =
  /\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|do|da|del|la|el|les|am|upon)\s+)?\p{Lu}[\p{L}.'’-]*){0,3}$/u
/** Most words of a name without "By" that the lists do not know: "Lerato Mokoena". */
const MAX_BARE_NAME_WORDS = 3

/**
 * The news agency that `value`, the block right under a byline, names alone
 * ("Associated Press", "The Associated Press", "Reuters"), as written; else
 * null.
 */
export function bylineAgency(value: string): string | null {
  const name = value.trim()
  if (name.length > MAX_AGENCY_LENGTH) return null
  return PUBLISHERS.has(name.replace(/^the\s+/iu, '').toLowerCase()) ? name : null
}
/** Longer than any agency's name with "The" before it. */
const MAX_AGENCY_LENGTH = 40

/** A role in lower case before an author's name: "political reporter" of "By political reporter Tom Lowrey". */
const LEADING_ROLE =
  /^(?:\p{Ll}+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|contributor)\s+(?=\p{Lu})/u

/** The longest agency's name, in words. */
const MAX_AGENCY_WORDS = 3

/**
 * Where a news agency's name after a name starts ("MICHAEL BIESECKER
 * Associated Press": the space before "Associated"), or -1.
 */
function trailingAgency(part: string): number {
  let space = part.length
  for (let n = 0; n < MAX_AGENCY_WORDS; n++) {
    space = part.lastIndexOf(' ', space - 1)
    if (space <= 0) return -1
    if (PUBLISHERS.has(part.slice(space + 1).toLowerCase())) return space
  }
  return -1
}

/** Most words of an author's role on its own line under the byline: "Health correspondent". */
const MAX_ROLE_WORDS = 5

/**
 * Whether `value`, the block right under a byline, is the author's role on
 * a line of its own ("Health correspondent", "Staff Writer", "Senior
 * Political Reporter").
 */
export function isBylineRole(value: string): boolean {
  const words = value.trim().split(/\s+/u)
  return words.length <= MAX_ROLE_WORDS && !/[.!?:"“”]/u.test(value) && ROLE_HEAD.test(value.trim())
}
/**
 * The outlet of a role line that names it after a comma ("Health
 * correspondent, BBC News": "BBC News"), or null when `value` is no such
 * line.
 */
export function roleLineOutlet(value: string): string | null {
  const comma = value.lastIndexOf(',')
  if (comma < 0) return null
  // "BBC News, Wiltshire": the outlet and its region or office.
  const before = value.slice(0, comma).trim()
  if (isNewsroom(before) && REGION_NAME.test(value.slice(comma + 1).trim())) return before
  if (!isBylineRole(value.slice(0, comma))) return null
  const outlet = value.slice(comma + 1).trim()
  return bylineAgency(outlet) !== null || isNewsroom(outlet) || OUTLETS.has(outlet.toLowerCase())
    ? outlet
    : null
}

/** A region's or an office's name of one to three capitalised words: "Wiltshire", "New Delhi". */
const REGION_NAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u

/**
 * A newspaper's name of two words or more, which a word of papers' names
 * ends: "Hindustan Times", "Irish Examiner" (not a person: "Bill Press").
 */
function isPaperName(part: string): boolean {
  const words = part.split(/\s+/u)
  const last = (words[words.length - 1] as string).toLowerCase()
  return (
    words.length >= 2 &&
    words.every((word) => /^\p{Lu}/u.test(word)) &&
    PAPER_HEADS.has(last) &&
    !lexicon().firstNames.has(hashOf((words[0] as string).toLowerCase()))
  )
}
const PAPER_HEADS: ReadonlySet<string> = new Set([...PAPER_HEAD_WORDS, 'press'])

/** The head noun that ends a role: "Health correspondent", not "Senior Tory MPs rebel". */
const ROLE_HEAD = /\b(?:writer|reporter|correspondent|editor|columnist|contributor)s?$/iu

/**
 * The role set off by the last comma of `rest`, whatever qualifies its head:
 * ", Football Correspondent", ", Washington correspondent". Null when the
 * last part is no role.
 */
function commaRole(rest: string): { index: number } | null {
  const comma = rest.lastIndexOf(',')
  if (comma < 0) return null
  const part = rest.slice(comma + 1).trim()
  return ROLE_HEAD.test(part) && part.split(/\s+/u).length <= MAX_ROLE_WORDS
    ? { index: comma }
    : null
}

/** The byline in `value` (a reflowed block), or null. */
/** Whether a name is written in capitals, as agencies write bylines: "JULIE WATSON". */
function isShouted(name: string): boolean {
  return /\p{Lu}{2}/u.test(name) && name === name.toUpperCase()
}

/**
 * A name written in capitals, as a name is written: "JULIE WATSON" -> "Julie
 * Watson", "O'NEILL" -> "O'Neill", "JEAN-PAUL" -> "Jean-Paul", "MCDONALD" ->
 * "McDonald"; a generation's numeral stays ("III").
 */
function nameCased(name: string): string {
  return name
    .split(' ')
    .map((word) =>
      ROMAN_NUMERAL.test(word)
        ? word
        : word
            .toLowerCase()
            .replace(/(^mc|^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) =>
              before === 'mc' ? `Mc${letter.toUpperCase()}` : before + letter.toUpperCase(),
            ),
    )
    .join(' ')
}
/** Whether the one word `part` is a first name or a surname of the lists: "McKenzie", "Khalid", "Jean-Pierre". */
function isPersonWord(part: string): boolean {
  const hash = hashOf(part.toLowerCase())
  const { firstNames, lastNames } = lexicon()
  if (firstNames.has(hash) || lastNames.has(hash) || isKnownSurname(part)) return true
  // "Jean-Pierre": first names joined.
  const halves = part.toLowerCase().split('-')
  return halves.length === 2 && halves.every((half) => firstNames.has(hashOf(half)))
}

/** Whether `part` is the name of a place the gazetteers know: "Berlin", "New York". */
function isPlaceName(part: string): boolean {
  return lexicon().places.has(hashOf(part.toLowerCase().replace(/\s+/gu, ' ')))
}

/** Function words that no author's name holds, in capitals or not: "to" of "NOTES TO EDITORS". */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'to',
  'of',
  'for',
  'the',
  'in',
  'on',
  'at',
  'with',
])

/** A generation's suffix after a name, set off by a comma: "Jr.", "JR.", "III". */
const GENERATION = /^(?:[Jj][Rr]|[Ss][Rr]|II|III|IV)\.?$/u
/**
 * One word that is a paper's name, not a one-word name of a person ("By Kate
 * Lamb, Sutrisno"): joined by a hyphen ("Courier-Journal"), with a capital
 * inside ("ProPublica") or in capitals ("NPR"), maybe before a word in lower
 * case ("ESPNcricinfo").
 */
const PAPER_WORD =
  /^(?:\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+|\p{Lu}{2,}(?:\p{Ll}{3,})?)$/u
/** A generation's numeral after a name: "II", "III", "IV". */
const ROMAN_NUMERAL = /^(?:II|III|IV)$/u

/**
 * Reads a byline. A line of names alone, without "By", is one when every
 * name opens with a first name of the lists ("Jamie L. LaReau and Eric D.
 * Lawrence") and `over` says so (the header's: over a published line).
 */
export function readByline(value: string, over: () => boolean = () => false): Byline | null {
  if (value.length > MAX_BYLINE_LENGTH) return null
  // Asked by up to three readings below; the header's answer reads the blocks after.
  let isOver: boolean | undefined
  const bare = (): boolean => (isOver ??= over())
  const glued = GLUED_DATE.exec(value)
  const written = glued ? value.slice(0, glued.index) : value
  const dateText = glued ? value.slice(glued.index).trim() : null
  const hasBy = BY.test(written)
  // ("READ | Mine deaths fell to a record low": a link insert, no author and their outlet.)
  if (!hasBy && readRelated(value) !== null) return null
  let rest = written.replace(BY, '')
  let publisher: string | null = null
  const bar = rest.split(/\s+[|•·]\s+/u)
  if (bar.length > 1) {
    const last = (bar[bar.length - 1] as string).trim()
    if (PUBLISHERS.has(last.toLowerCase()) || !hasBy) publisher = last
    rest = bar.slice(0, -1).join(', ')
  }
  // "By Peter Walker Political correspondent", "Kalyeena Makortoff Banking correspondent" (the
  // Guardian's, with no "By"): a role after the name, with no comma, says it is a byline.
  const role = commaRole(rest) ?? TRAILING_ROLE.exec(rest)
  if (role) rest = rest.slice(0, role.index)
  // "By Martin Crowley at Villa Park", "Luke Harding in Kyiv": where the author wrote from.
  // (Without "By" or a role, over a published line: "Sophie Hartley and Lars Eriksen in Stockholm".)
  // ("Claire Dubois with Marc Lefèvre in Lyon | AFP": or an agency set off after a bar.)
  const place = WRITTEN_FROM.exec(rest)
  const agencyAfterBar = bar.length > 1 && PUBLISHERS.has(publisher?.toLowerCase() ?? '')
  if (place && !hasBy && !role && !agencyAfterBar && !bare()) return null
  if (place) rest = rest.slice(0, place.index)
  const parts = rest
    .split(AUTHOR_SPLIT)
    .map((part) => part.trim())
    .filter(Boolean)
    // "By political reporter Tom Lowrey": a role before the name.
    .map((part) => part.slice(LEADING_ROLE.exec(part)?.[0].length ?? 0))
  // "By JOSH FUNK and MICHAEL BIESECKER Associated Press": the agency after the last name.
  const last = parts.length - 1
  const agency = last >= 0 ? trailingAgency(parts[last] as string) : -1
  if (agency > 0) {
    const before = (parts[last] as string).slice(0, agency)
    // "By Jane Doe, The Associated Press": the article is the agency's, no author of its own.
    if (/^the$/iu.test(before.trim())) {
      publisher ??= parts[last] as string
      parts.pop()
    } else {
      publisher ??= (parts[last] as string).slice(agency + 1)
      parts[last] = before
    }
  }
  const authors: string[] = []
  // The parts that name the publisher, not an author.
  let credited = 0
  const afterComma = rest.slice(rest.lastIndexOf(',') + 1).trim()
  for (const [i, part] of parts.entries()) {
    if (ROLE.test(part)) continue
    // "By Martin Luther King, Jr.": the suffix of the name before.
    if (authors.length > 0 && GENERATION.test(part)) {
      // ("JR." as names are written: "Jr.")
      authors[authors.length - 1] +=
        ` ${/^[JS]R/u.test(part) ? `${part[0]}r${part.slice(2)}` : part}`
      continue
    }
    // "By Samuel Ortega, The Wichita Eagle", "By Tara Nguyen, Courier-Journal": the paper set off
    // after the names, whose name opens with "The" or is one word (not "Jr.").
    // (Without "By", over a published line: "Nadia Sharif, The Canadian Press", "Arjun Menon,
    // ESPNcricinfo".)
    const isPaper =
      (hasBy || ((/^The\s/u.test(part) || PAPER_WORD.test(part)) && bare())) &&
      i === last &&
      authors.length > 0 &&
      part === afterComma &&
      ((/^The\s/u.test(part) && !/\.\s/u.test(part)) ||
        (PAPER_WORD.test(part) && !isPersonWord(part)))
    const outlet = i === last && authors.length > 0 && OUTLETS.has(part.toLowerCase())
    // "By Markus Weber and Anna Kröger, Berlin": where the authors wrote from, set off last.
    if (hasBy && i === last && authors.length > 0 && part === afterComma && isPlaceName(part))
      continue
    // "By Aditi Rawat, Hindustan Times, New Delhi": the paper before where they wrote from; or
    // set off last ("By Margaret Hollis, Great Lakes Press").
    if (
      hasBy &&
      (i === last - 1 || (i === last && part === afterComma)) &&
      authors.length > 0 &&
      isPaperName(part)
    ) {
      publisher ??= part
      credited++
      continue
    }
    // "By Jane Doe, CBS News", "By Reuters Staff": an outlet or its staff, set off last.
    const newsroom = i === last && isNewsroom(part)
    if (isPaper || outlet || newsroom || PUBLISHERS.has(part.toLowerCase())) {
      // ("Reuters Staff" credits Reuters.)
      publisher ??= part.replace(/\s+staff$/iu, '')
      credited++
      continue
    }
    const words = part.split(/\s+/u)
    if (words.length < 1 || words.length > 5 || !words.every((w) => NAME_WORD.test(w))) return null
    // ("NOTES TO EDITORS", a press release's heading: a word that is no name's, without "By".)
    if (!hasBy && words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return null
    authors.push(isShouted(part) ? nameCased(part) : part)
  }
  // "By The Associated Press", "By Reuters": the agency alone, no author.
  if (authors.length === 0)
    return hasBy && publisher !== null && parts.length === credited
      ? { byline: written, dateText, authors, publisher }
      : null
  // ("Health correspondent" alone over a published line: a role, no one's name.)
  if (!hasBy && role && authors.some((author) => !author.includes(' '))) return null
  if (!hasBy && !role && bar.length < 2 && parts.length === authors.length) {
    const { firstNames } = lexicon()
    const named = (author: string): boolean =>
      firstNames.has(hashOf((author.split(' ')[0] as string).toLowerCase()))
    // ("Lerato Mokoena and Sipho Dlamini": names the lists do not hold, of words no common one
    // nor a place's: not "Detroit Pistons and Cleveland Cavaliers".)
    const nameLike = (author: string): boolean => {
      const words = author.split(' ')
      return (
        words.length <= MAX_BARE_NAME_WORDS &&
        words.every((word) => !isCommonWord(word.toLowerCase()) && !isPlaceName(word))
      )
    }
    if (
      !authors.every((author) => author.includes(' ') && (named(author) || nameLike(author))) ||
      !bare()
    )
      return null
  }
  return { byline: written, dateText, authors, publisher }
}

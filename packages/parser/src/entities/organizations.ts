/**
 * Organisation names the tagger cuts short or gives another kind. The
 * training data (Reuters, 1996) rarely shows the long names of American
 * bodies or the publications and pollsters that news text quotes, so these
 * are rules over the document's tokens:
 *
 * - a name whose head takes a complement ("Organization", "Center",
 *   "Federation") goes on over "of" or "for" and the capitalised words
 *   after it ("the American Federation of Teachers", "the Brennan Center for
 *   Justice"), and a name with such a complement goes on over "and" and
 *   capitalised words the tagger left out ("the Organization for Economic
 *   Cooperation and Development");
 * - a name is an organisation when its head says so ("the Labor Department",
 *   "Getty Images"; "Trump Tower" is a place), when the text calls it a
 *   pollster ("a Quinnipiac poll")
 *   or a company ("a Carrier factory"),
 *   when it is written with a capital "The" inside a sentence, as papers are
 *   ("told The Tennessean"), or when it is an acronym with dots that names no
 *   country or state ("the F.A.A.").
 */
import { PLACE_CODES } from '../lexicon/generated/gazetteer.js'
import {
  COMPANY_WORDS,
  COMPLEMENT_HEADS,
  FACILITY_HEADS,
  ORGANIZATION_HEADS,
  ORGANIZATION_LINKS,
  PARTY_MEMBER_WORDS,
  POLL_WORDS,
} from '../lexicon/organizations.js'
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { hashOf, hashSet } from './hash.js'
import { lexicon } from './lexicon.js'
import type { RuledName } from './rules.js'
import type { TaggedName } from './tagger.js'
import { lowerAt, nameKey, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

const HEADS = new WordSet(ORGANIZATION_HEADS)
const TAKES_COMPLEMENT = new WordSet(COMPLEMENT_HEADS)
const FACILITIES = new WordSet(FACILITY_HEADS)
const OF = new WordSet(['of'])
/** Capitalised words that follow a name without being part of it: "the Council on Friday". */
const DATES = new WordSet([...MONTH_NAMES, ...WEEKDAY_NAMES])
const LINKS = new WordSet(ORGANIZATION_LINKS)
const POLLS = new WordSet(POLL_WORDS)
const COMPANY = new WordSet(COMPANY_WORDS)
const AND = new WordSet(['and', '&'])
const ARTICLE = new WordSet(['the'])
/** Two-letter codes of countries and US states: "U.S.", "N.H." are places. */
const CODES = hashSet(PLACE_CODES.split('|'))
/** The most tokens an organisation's name grows to (the tagger's own limit). */
const MAX_NAME_TOKENS = 12
/** How sure a rule is of the kind it gives. */
const RULE_CONFIDENCE = 1

/**
 * `names` (in reading order) with organisation names carried over their
 * complements; a name taken into another is dropped.
 */
export function joinOrganizationNames(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const out: TaggedName[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as TaggedName
    const view = doc.texts[name.text] as TextView
    const { from, to } = view
    let last = from + name.last
    let linked = false
    // "Center" + "for Justice": a link, then capitalised words (tagged or not).
    if (
      isCapital(tokens, last) &&
      TAKES_COMPLEMENT.hasToken(tokens, last) &&
      LINKS.hasToken(tokens, last + 1)
    ) {
      const end = capitalRun(tokens, last + 2, to, from + name.first, OF.hasToken(tokens, last + 1))
      if (end > last + 1) {
        last = end
        linked = true
      }
    }
    linked ||= hasLink(tokens, from + name.first, last)
    // "... Cooperation" + "and Development": only words the tagger did not take for a name.
    if (linked && AND.hasToken(tokens, last + 1)) {
      const end = capitalRun(tokens, last + 2, to, from + name.first, false)
      if (end > last + 1 && !startsWithin(names, i + 1, name.text, last + 2 - from, end - from))
        last = end
    }
    if (last === from + name.last) {
      out.push(name)
      continue
    }
    out.push({ ...name, last: last - from, type: 'ORG' })
    // The names taken in are dropped.
    let end = last - from
    while (i + 1 < names.length) {
      const next = names[i + 1] as TaggedName
      if (next.text !== name.text || next.first > end) break
      end = Math.max(end, next.last)
      i++
    }
    ;(out[out.length - 1] as TaggedName).last = end
  }
  return out
}

/** The token is capitalised. */
function isCapital(tokens: Tokens, k: number): boolean {
  return ((tokens.flags[k] as number) & TokenFlag.capitalised) !== 0
}

/**
 * The last token of the run of capitalised words from `at` (before `to`),
 * words of a link between them ("Health and Human Services"); `at - 1` when
 * `at` is not capitalised; with `article`, a lower-case "the" may open it
 * ("Department of the Treasury"). The name from `first` stays within MAX_NAME_TOKENS.
 */
function capitalRun(
  tokens: Tokens,
  at: number,
  to: number,
  first: number,
  article: boolean,
): number {
  let end = at - 1
  const limit = Math.min(to, first + MAX_NAME_TOKENS)
  const start =
    article && at + 1 < limit && ARTICLE.hasToken(tokens, at) && !isCapital(tokens, at)
      ? at + 1
      : at
  for (let k = start; k < limit; k++) {
    const flags = tokens.flags[k] as number
    if (
      flags & TokenFlag.capitalised &&
      !(flags & TokenFlag.sentenceStart) &&
      !DATES.hasToken(tokens, k)
    )
      end = k
    else if (!(k > start && (LINKS.hasToken(tokens, k) || AND.hasToken(tokens, k)))) break
  }
  return end
}

/** A link word lies inside the tokens `first`..`last` ("Organization for Economic Cooperation"). */
function hasLink(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (LINKS.hasToken(tokens, k)) return true
  return false
}

/** A name of text `text` from `names[i]` on starts within tokens `first`..`last` of the text. */
function startsWithin(
  names: readonly TaggedName[],
  i: number,
  text: number,
  first: number,
  last: number,
): boolean {
  const next = names[i]
  return next !== undefined && next.text === text && next.first >= first && next.first <= last
}

/** `names` with the kinds their form or their context gives organisations. */
export function typeOrganizations(doc: DocumentView, names: RuledName[]): RuledName[] {
  const tokens = doc.tokens
  // A name the text calls a pollster or a company once is one everywhere.
  const called = new Set<number>()
  const keys = names.map((name) => {
    const view = doc.texts[name.text] as TextView
    const first = view.from + name.first
    const last = view.from + name.last
    const key = nameKey(tokens, first, last)
    const cued = isPolled(tokens, last + 1, view.to) || isCompany(doc, name, view.to)
    const person = isPersonName(doc, name) || isPeopleWord(tokens, last)
    if (cued && mayBeOrganization(doc, name, key) && !person) called.add(key)
    return key
  })
  return names.map((name, i) => {
    const key = keys[i] as number
    if (!mayBeOrganization(doc, name, key)) return name
    const view = doc.texts[name.text] as TextView
    const first = view.from + name.first
    const last = view.from + name.last
    const kind = kindByForm(tokens, first, last, isPersonName(doc, name))
    if (kind === 'LOC') return name.type === 'LOC' ? name : { ...name, type: 'LOC' }
    if (kind === 'ORG' || called.has(key) || isPaperTitle(doc, view, name, first, last))
      return { ...name, type: 'ORG', confidence: RULE_CONFIDENCE }
    return name
  })
}

/** Whether the rules may make `name` (whose key is `key`) an organisation: not one already, no place. */
function mayBeOrganization(doc: DocumentView, name: RuledName, key: number): boolean {
  return name.type !== 'ORG' && name.place === undefined && !lexicon().places.has(key)
}

/** A person's name of several words that opens with a first name ("Bill Clinton"). */
function isPersonName(doc: DocumentView, name: RuledName): boolean {
  if (name.type !== 'PER' || name.last === name.first) return false
  return isFirstName(doc.tokens, (doc.texts[name.text] as TextView).from + name.first)
}

/**
 * Token `k` reads as the adjective of a people or a party ("Democratic",
 * "Iowa Republican", "African-American"), which a poll or a plant may be
 * of: "a Democratic poll".
 */
function isPeopleWord(tokens: Tokens, k: number): boolean {
  return ADJECTIVE_ENDING.test(lowerAt(tokens, k))
}
/** Endings of the adjectives of peoples and parties: "-an", "-ic", "-ish", "-ese". */
const ADJECTIVE_ENDING = /(?:an|ic|ish|ese)$/u
const PARTY = new WordSet(PARTY_MEMBER_WORDS)

function isFirstName(tokens: Tokens, k: number): boolean {
  return lexicon().firstNames.has(tokens.hash[k] as number)
}

/** Token `k` (before `to`) is a lower-case word that makes the name before it a pollster. */
function isPolled(tokens: Tokens, k: number, to: number): boolean {
  return isCue(tokens, k, to, POLLS)
}

/**
 * "a Carrier factory", "Disney stock": a one-word name other than a person's
 * before a word of a company (longer names before one are mostly places:
 * "Wall Street executives").
 */
function isCompany(doc: DocumentView, name: RuledName, to: number): boolean {
  if (name.type === 'PER' || name.first !== name.last) return false
  const from = (doc.texts[name.text] as TextView).from
  return isCue(doc.tokens, from + name.last + 1, to, COMPANY)
}

/** Token `k` (before `to`) is a lower-case word of `words`. */
function isCue(tokens: Tokens, k: number, to: number, words: WordSet): boolean {
  return k < to && !((tokens.flags[k] as number) & TokenFlag.hasUpper) && words.hasToken(tokens, k)
}

/**
 * "told The Tennessean.", "The Tennessean first reported": a one-word other
 * name after a capital "The", in a plain text, before a reporting verb (an
 * adverb may come between) or, inside a sentence, before a mark or the end.
 * A name that qualifies a noun ("The Obama administration") is not one, nor
 * a people opening a sentence ("The Democrats said").
 */
function isPaperTitle(
  doc: DocumentView,
  view: TextView,
  name: RuledName,
  first: number,
  last: number,
): boolean {
  if (name.type !== 'MISC' || first !== last || view.caps || view.titleCase) return false
  const tokens = doc.tokens
  // "The Republican said": a party's member.
  if (PARTY.hasToken(tokens, first)) return false
  const the = first - 1
  if (the < view.from || !ARTICLE.hasToken(tokens, the)) return false
  const theFlags = tokens.flags[the] as number
  if (!(theFlags & TokenFlag.capitalised)) return false
  const opens = (theFlags & TokenFlag.sentenceStart) !== 0
  let next = last + 1
  if (next >= view.to || !((tokens.flags[next] as number) & TokenFlag.word)) return !opens
  if (opens && PLURAL_ENDING.test(lowerAt(tokens, first))) return false
  if (ADVERB_ENDING.test(lowerAt(tokens, next)) || ADVERBS.hasToken(tokens, next)) next++
  return next < view.to && REPORTING.hasToken(tokens, next)
}
const PLURAL_ENDING = /s$/u
const ADVERB_ENDING = /ly$/u
/** Adverbs without "-ly" that stand between a paper and its verb: "The Tennessean first reported". */
const ADVERBS = new WordSet(['first', 'also', 'later', 'earlier', 'again', 'once', 'then'])
const REPORTING = new WordSet(SPEECH_VERBS)

/**
 * What the form of the name `first`..`last` says it is: an organisation by
 * its head ("Labor Department"), a place by its head ("Trump Tower"), a
 * place or an organisation as an acronym. A person's name (`person`: "George
 * Washington University", but "Emily Post") is read by the heads of
 * institutions only.
 */
function kindByForm(
  tokens: Tokens,
  first: number,
  last: number,
  person: boolean,
): 'ORG' | 'LOC' | null {
  if (first === last) {
    const letters = dottedLetters(tokens, first)
    if (letters === null) return null
    return CODES.has(hashOf(letters)) ? 'LOC' : 'ORG'
  }
  // The head is the last word, or the word before a link ("Department of Labor").
  let head = last
  for (let k = first + 1; k < last; k++) {
    if (LINKS.hasToken(tokens, k)) {
      head = k - 1
      break
    }
  }
  if (!isCapital(tokens, head)) return null
  if (head === last && FACILITIES.hasToken(tokens, head)) return 'LOC'
  return (person ? TAKES_COMPLEMENT : HEADS).hasToken(tokens, head) ? 'ORG' : null
}

/** The letters of a token written as capitals with dots ("F.A.A." -> "faa"), else null. */
function dottedLetters(tokens: Tokens, k: number): string | null {
  const value = tokens.values[tokens.text[k] as number] as string
  const start = tokens.start[k] as number
  const end = tokens.end[k] as number
  let letters = ''
  let dots = 0
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i)
    if (code === FULL_STOP) dots++
    else if (code >= UPPER_A && code <= UPPER_Z) letters += String.fromCharCode(code | CASE_BIT)
    else if (code !== HYPHEN) return null
  }
  return dots >= 2 && letters.length >= 2 ? letters : null
}
const FULL_STOP = 0x2e
const HYPHEN = 0x2d
const UPPER_A = 0x41
const UPPER_Z = 0x5a
const CASE_BIT = 0x20

/**
 * Organisation names the tagger gives another kind. The training data
 * (Reuters, 1996) rarely shows the publications and pollsters that American
 * news text quotes, so these are rules over the document's tokens: a name is
 * an organisation when its head says so ("the Labor Department", "Getty
 * Images"; "Trump Tower" is a place), when the text calls it a pollster ("a
 * Quinnipiac poll") or a company ("a Carrier factory"), when it is written
 * with a capital "The" as papers are ("told The Tennessean"), or when it is
 * an acronym with dots that names no country or state ("the F.A.A."). See
 * organization-names.ts for the names the tagger cuts short.
 */
import { isQuotedWork } from './contexts.js'
import {
  COMPANY_PLURALS,
  COMPANY_WORDS,
  LEGAL_FORM_WORDS,
  ORGANIZATION_LINKS,
  POLL_WORDS,
  RACING_TEAM_HEADS,
  TEAM_NAME_OPENERS,
} from '../lexicon/organizations.js'
import { functionWords } from './discourse.js'
import { hashOf, hashSet } from './hash.js'
import { COMPASS } from './left-out-words.js'
import { lexicon } from './lexicon.js'
import { ARTICLE, HEADS, isCapital, TAKES_COMPLEMENT } from './organization-names.js'
import type { RuledName } from './rules.js'
import { isLowerWord, lowerAt, nameKey, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { isReportingVerb } from './reporting.js'
import { FACILITIES, PARTY_MEMBERS, POSSESSIVE_S, STREETS, WordSet } from './words.js'

/** Prepositions of place before a street's name: "on Mill Lane". */
const STREET_PREPOSITIONS = new WordSet(['on', 'along', 'off', 'in'])
/** Heads of streets' names that are surnames too: "Diane Lane". */
const SURNAME_STREETS = new WordSet(['lane'])
/** Streets named for the government or the trade there. */
const STREETS_FOR_BODIES = hashSet([
  ...['downing street', 'wall street', 'fleet street', 'threadneedle street', 'harley street'],
  ...['pennsylvania avenue', 'madison avenue', 'k street'],
])
const LEGAL = new WordSet(LEGAL_FORM_WORDS)
/** The last word of football clubs' names: "Manchester United", "D.C. United". */
const UNITED = new WordSet(['united'])
const LINKS = new WordSet(ORGANIZATION_LINKS)
const POLLS = new WordSet(POLL_WORDS)
const COMPANY = new WordSet(COMPANY_WORDS)
const PLURAL_HEADS = new WordSet(COMPANY_PLURALS)
/** Last words of the names of treaties, laws and the like: "Paris Agreement", "Patriot Act". */
const DOCUMENTS = new WordSet([
  ...['agreement', 'agreements', 'accord', 'accords', 'treaty', 'protocol', 'conventions'],
  ...['act', 'charter', 'pact', 'doctrine', 'declaration', 'amendment', 'compact'],
])
/** The last word of a bill's name, a man's first name too: "the Finance Bill". */
const BILL = new WordSet(['bill'])
/** How sure a rule is of the kind it gives. */
const RULE_CONFIDENCE = 1

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
    const view = doc.texts[name.text] as TextView
    const first = view.from + name.first
    const last = view.from + name.last
    // "the Paris Agreement", "the Kyoto Protocol", "the Affordable Care Act": a document's name,
    // an other name, whatever its first words name.
    if (
      first < last &&
      isCapital(tokens, last) &&
      (DOCUMENTS.hasToken(tokens, last) ||
        // ("the Finance Bill"; not "Buffalo Bill", a person's.)
        (BILL.hasToken(tokens, last) && name.type !== 'PER' && !isPersonName(doc, name)))
    )
      return name.type === 'MISC' ? name : { ...name, type: 'MISC', confidence: RULE_CONFIDENCE }
    // "lived on Maple Terrace": a street, though the tagger read a body (not "Penny Lane", nor a
    // street that stands for who works there, "Downing Street said", nor "the Red Crescent").
    if (
      name.type === 'ORG' &&
      first < last &&
      STREETS.hasToken(tokens, last) &&
      !SURNAME_STREETS.hasToken(tokens, last) &&
      !STREETS_FOR_BODIES.has(key) &&
      !lexicon().organizations.has(key)
    )
      return { ...name, type: 'LOC', confidence: RULE_CONFIDENCE }
    // "met on Mill Lane", "homes along Station Road": a street after a preposition of place, though
    // its first word is a first name of the lists (not "Diane Lane's film").
    if (
      name.type !== 'LOC' &&
      first < last &&
      first > view.from &&
      STREETS.hasToken(tokens, last) &&
      STREET_PREPOSITIONS.hasToken(tokens, first - 1) &&
      !(last + 1 < view.to && POSSESSIVE_S.hasToken(tokens, last + 1))
    )
      return { ...name, type: 'LOC', confidence: RULE_CONFIDENCE }
    if (!mayBeOrganization(doc, name, key)) return name
    // "told the Post", "Post reporters": a head of organisations' names alone is a short name of one.
    if (
      name.type === 'MISC' &&
      first === last &&
      isCapital(tokens, first) &&
      HEADS.hasToken(tokens, first)
    )
      return { ...name, type: 'ORG', confidence: RULE_CONFIDENCE }
    const kind = kindByForm(tokens, first, last, isPersonName(doc, name))
    // (Not a work's title the rules read, all of a quotation: 'in "Downton Abbey"'.)
    if (kind === 'LOC' && name.type === 'MISC' && isQuotedWork(doc, name)) return name
    if (kind === 'LOC') return name.type === 'LOC' ? name : { ...name, type: 'LOC' }
    if (
      kind === 'ORG' ||
      called.has(key) ||
      isPaperTitle(doc, view, name, first, last) ||
      isPublishedIn(tokens, first, last, view.from) ||
      isOutletSpokenTo(tokens, name, first, last, view.from, view.to) ||
      isAcronymTold(tokens, name, first, last, view.from)
    )
      return { ...name, type: 'ORG', confidence: RULE_CONFIDENCE }
    return name
  })
}

/** Whether the rules may make `name` (whose key is `key`) an organisation: not one already, no place. */
function mayBeOrganization(doc: DocumentView, name: RuledName, key: number): boolean {
  return name.type !== 'ORG' && name.place === undefined && !lexicon().places.has(key)
}

/**
 * A person's name of several words that opens with a first name ("Bill
 * Clinton"), not with a point of the compass ("West Midlands Police").
 */
function isPersonName(doc: DocumentView, name: RuledName): boolean {
  if (name.type !== 'PER' || name.last === name.first) return false
  const first = (doc.texts[name.text] as TextView).from + name.first
  return isFirstName(doc.tokens, first) && !COMPASS.hasToken(doc.tokens, first)
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

function isFirstName(tokens: Tokens, k: number): boolean {
  return lexicon().firstNames.has(tokens.hash[k] as number)
}

/**
 * Token `k` (before `to`) makes the name before it a pollster: a word of a
 * poll ("a Quinnipiac poll"), or an average of polls ("the RealClearPolitics
 * average of recent polls"; "the Nikkei average" is an index).
 */
function isPolled(tokens: Tokens, k: number, to: number): boolean {
  if (isCue(tokens, k, to, POLLS)) return true
  if (!isCue(tokens, k, to, AVERAGE)) return false
  for (let j = k + 1; j < Math.min(to, k + 1 + AVERAGE_REACH); j++)
    if (isCue(tokens, j, to, POLLS)) return true
  return false
}
const AVERAGE = new WordSet(['average'])
/** Words after "average" within which its polls are named: "average of recent national polls". */
const AVERAGE_REACH = 4

/**
 * "a Carrier factory", "Disney stock": a one-word name other than a person's
 * before a word of a company (longer names before one are mostly places:
 * "Wall Street executives").
 */
function isCompany(doc: DocumentView, name: RuledName, to: number): boolean {
  if (name.first !== name.last) return false
  const tokens = doc.tokens
  const next = (doc.texts[name.text] as TextView).from + name.last + 1
  // "Tesla shares fell", "Nvidia stock": a word of trading makes even a person's name a
  // company's; "shares" only before a move or the end of a clause, not as a verb ("Cruz shares
  // more with ..."). No other word of a company does: "a Trump executive order".
  if (name.type === 'PER') {
    if (isCue(tokens, next, to, STOCK)) return true
    if (!isCue(tokens, next, to, SHARES)) return false
    const after = next + 1
    return (
      after >= to ||
      !((tokens.flags[after] as number) & TokenFlag.word) ||
      MOVES.hasToken(tokens, after)
    )
  }
  return isCue(tokens, next, to, COMPANY)
}
/** Words of trading after a company's name: "Nvidia stock", "Tesla shareholders". */
const STOCK = new WordSet(['stock', 'shareholders'])
const SHARES = new WordSet(['shares'])
/** Verbs of a price in the past, never nouns: "McDonald's fell", not "Obama's rise". */
const PRICE_MOVE_WORDS: readonly string[] = [
  ...['fell', 'rose', 'jumped', 'slid', 'dropped', 'gained', 'climbed', 'tumbled', 'plunged'],
  ...['soared', 'surged', 'sank', 'slipped', 'rallied'],
]
export const PRICE_MOVES = new WordSet(PRICE_MOVE_WORDS)
/** What shares do: "Tesla shares fell 3%", "Apple shares have gained". */
const MOVES = new WordSet([
  ...PRICE_MOVE_WORDS,
  ...['edged', 'closed', 'ended', 'opened', 'traded', 'lost', 'added', 'hit'],
  ...['were', 'are', 'have', 'had', 'fall', 'rise'],
])

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
  if (PARTY_MEMBERS.hasToken(tokens, first)) return false
  const the = first - 1
  if (the < view.from || !ARTICLE.hasToken(tokens, the)) return false
  const theFlags = tokens.flags[the] as number
  if (!(theFlags & TokenFlag.capitalised)) return false
  const opens = (theFlags & TokenFlag.sentenceStart) !== 0
  let next = last + 1
  if (next >= view.to || !((tokens.flags[next] as number) & TokenFlag.word)) return !opens
  if (opens && PLURAL_ENDING.test(lowerAt(tokens, first))) return false
  if (ADVERB_ENDING.test(lowerAt(tokens, next)) || ADVERBS.hasToken(tokens, next)) next++
  return next < view.to && isReportingVerb(tokens, next)
}
/**
 * "published in The Lancet", "wrote in The Atlantic": a name of one word after
 * a capital "The" inside a sentence, after "in" and a verb of publishing.
 */
function isPublishedIn(tokens: Tokens, first: number, last: number, from: number): boolean {
  const the = first - 1
  if (first !== last || the - 2 < from || !ARTICLE.hasToken(tokens, the)) return false
  const theFlags = tokens.flags[the] as number
  if (!(theFlags & TokenFlag.capitalised) || theFlags & TokenFlag.sentenceStart) return false
  return IN.hasToken(tokens, the - 1) && PUBLISHING.hasToken(tokens, the - 2)
}
/**
 * "spoke to the Guardian", "in an interview with the Times": an other name of
 * one word after "the", which a verb of speaking and "to" or "with" stand
 * before, is the outlet that heard.
 */
function isOutletSpokenTo(
  tokens: Tokens,
  name: RuledName,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  const the = first - 1
  if (name.type !== 'MISC' || first !== last || the - 2 < from) return false
  // "spoke to the Republican", "talked to the Palestinian president", "spoke with the Kurds":
  // a party's member, a people's word before a noun, a people in the plural; no outlet (but
  // "the Times", a head of outlets' names).
  if (PARTY_MEMBERS.hasToken(tokens, first) || lexicon().demonyms.has(tokens.hash[first] as number))
    return false
  if (last + 1 < to && isLowerNoun(tokens, last + 1)) return false
  if (PLURAL_ENDING.test(lowerAt(tokens, first)) && !HEADS.hasToken(tokens, first)) return false
  if (!ARTICLE.hasToken(tokens, the) || !TO_OR_WITH.hasToken(tokens, the - 1)) return false
  return SPEAKING.hasToken(tokens, the - 2)
}
const TO_OR_WITH = new WordSet(['to', 'with'])

/**
 * "told CNBC", "spoke to NPR": an other name of one word in capitals, told
 * something or spoken to, is the outlet or the body that heard (no person's
 * name is an acronym).
 */
function isAcronymTold(
  tokens: Tokens,
  name: RuledName,
  first: number,
  last: number,
  from: number,
): boolean {
  if (name.type !== 'MISC' || first !== last || first - 1 < from) return false
  if (!((tokens.flags[first] as number) & TokenFlag.allCaps)) return false
  if (TELLING.hasToken(tokens, first - 1)) return true
  return (
    first - 2 >= from &&
    TO_OR_WITH.hasToken(tokens, first - 1) &&
    SPEAKING.hasToken(tokens, first - 2)
  )
}
/** Verbs of telling, whose object heard. */
const TELLING = new WordSet(['told', 'tells', 'telling', 'tell'])
/** Words of speaking to someone, or of an interview with them. */
const SPEAKING = new WordSet([
  ...['spoke', 'speaks', 'speaking', 'talked', 'talking', 'interview', 'interviews'],
])
/** Whether token `k` is a word in lower case that no preposition or conjunction is: a noun, maybe. */
function isLowerNoun(tokens: Tokens, k: number): boolean {
  return isLowerWord(tokens, k) && !functionWords().hasToken(tokens, k)
}
const IN = new WordSet(['in'])
const PUBLISHING = new WordSet([
  ...['published', 'publishes', 'appeared', 'appears', 'printed', 'wrote', 'writes', 'written'],
  ...['writing', 'reported', 'reports', 'op-ed', 'column', 'editorial', 'essay', 'article'],
])
const PLURAL_ENDING = /s$/u
const ADVERB_ENDING = /ly$/u
/** Adverbs without "-ly" that stand between a paper and its verb: "The Tennessean first reported". */
const ADVERBS = new WordSet(['first', 'also', 'later', 'earlier', 'again', 'once', 'then'])

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
    // "U.S.", "N.H.": the codes of countries and states are places.
    return lexicon().placeCodes.has(hashOf(letters)) ? 'LOC' : 'ORG'
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
  // "Meta Platforms Inc": a legal form ends a company's name, whoever its first word names.
  if (head === last && LEGAL.hasToken(tokens, head)) return 'ORG'
  if (head === last && FACILITIES.hasToken(tokens, head)) return 'LOC'
  // "the Turkish Red Crescent", "the American Red Cross": a nation's branch of a body the lists know.
  const known = lexicon()
  if (
    known.demonyms.has(tokens.hash[first] as number) &&
    known.organizations.has(nameKey(tokens, first + 1, last))
  )
    return 'ORG'
  // "West Ham United", "Leeds United": a club; "Red Bull Racing", "Scuderia Ferrari": a team.
  if (head === last && UNITED.hasToken(tokens, head)) return 'ORG'
  if ((head === last && RACING.hasToken(tokens, head)) || TEAM_OPENERS.hasToken(tokens, first))
    return 'ORG'
  // "an address on Harehills Lane": a street, not a person named Lane; after a first name too,
  // but for a head that is a surname ("Allen Avenue", not "Diane Lane").
  if (
    head === last &&
    STREETS.hasToken(tokens, head) &&
    (!person || !SURNAME_STREETS.hasToken(tokens, head))
  )
    return 'LOC'
  // "Bill Press" is a person, "Sky Sports" a company: after a first name only heads that are no surname.
  return (person ? TAKES_COMPLEMENT : HEADS).hasToken(tokens, head) ||
    (person && head === last && PLURAL_HEADS.hasToken(tokens, head))
    ? 'ORG'
    : null
}

/** Last words of racing teams' names: "Red Bull Racing", "Aston Martin Racing". */
const RACING = new WordSet(RACING_TEAM_HEADS)
/** First words of teams' names: "Scuderia Ferrari". */
const TEAM_OPENERS = new WordSet(TEAM_NAME_OPENERS)

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

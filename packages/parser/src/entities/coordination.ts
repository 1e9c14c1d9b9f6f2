/**
 * Names joined by "and" or "or" name things of one kind: "Amazon and Google
 * said ...", "Apple or Microsoft". When the tagger is sure of one organisation
 * of the pair (a well-known one, or one its form gives) and unsure of the other
 * (a one-word name, typed a person or a place by context alone, and not the
 * surname of a person the text names in full or gives a title), the other is
 * an organisation too, and so is every mention of it in the document.
 */
import type { RuledName } from './rules.js'
import { lexicon } from './lexicon.js'
import { lowerAt, nameKey, TokenFlag, type Tokens } from './tokenize.js'
import { PERSON_TITLES } from './trim.js'
import type { DocumentView, TextView } from './view.js'
import { AND_WORD, WordSet } from './words.js'
import { HEADS } from './organization-names.js'

const CONJUNCTIONS = new WordSet(['and', 'or'])
/** How sure of an organisation the tagger or a rule must be for its partner to follow it. */
const SURE = 0.95
/** Below this, the partner's kind comes from its context only, and yields. */
const UNSURE = 0.7

/**
 * Whether token `k` (before `to`) closes the pair: a mark, the end of the
 * text, or a word of a verb or a preposition ("Amazon and Google said", "...
 * and AT&T."). Not a noun the pair qualifies: "Obama and White House aides".
 */
function endsPair(tokens: Tokens, k: number, to: number): boolean {
  if (k >= to || !((tokens.flags[k] as number) & TokenFlag.word)) return true
  return !((tokens.flags[k] as number) & TokenFlag.hasUpper) && FOLLOWERS.hasToken(tokens, k)
}
const FOLLOWERS = new WordSet([
  ...['said', 'say', 'says', 'have', 'has', 'had', 'are', 'were', 'will', 'would', 'could'],
  ...['can', 'may', 'might', 'should', 'announced', 'reported', 'agreed', 'plan', 'plans'],
  ...['declined', 'both', 'all', 'in', 'on', 'at', 'for', 'of', 'with', 'to', 'as', 'from'],
  ...['by', 'and', 'or', 'but', 'which', 'that', 'also', 'did', 'do', 'were', 'each'],
  ...['together', 'jointly', 'alone'],
])

/** Most names of a list read as one: "Microsoft, Amazon, Alphabet and Meta". */
const MAX_LIST_NAMES = 8
const COMMA = new WordSet([','])

/**
 * The indices of the one-word names of lists of three or more ("Microsoft,
 * Amazon and Alphabet") that hold a sure organisation and no person's full name:
 * each may follow it, even when the tagger was fairly sure of another kind.
 */
function listPartners(
  doc: DocumentView,
  names: readonly RuledName[],
  sure: (name: RuledName) => boolean,
): number[] {
  const tokens = doc.tokens
  const partners: number[] = []
  let start = 0
  for (let i = 1; i <= names.length; i++) {
    const a = names[i - 1] as RuledName
    const b = names[i]
    const view = doc.texts[a.text] as TextView
    const gap = b !== undefined && b.text === a.text ? b.first - a.last - 1 : 0
    const linked =
      i - start < MAX_LIST_NAMES &&
      ((gap === 1 &&
        (COMMA.hasToken(tokens, view.from + a.last + 1) ||
          CONJUNCTIONS.hasToken(tokens, view.from + a.last + 1))) ||
        (gap === 2 &&
          COMMA.hasToken(tokens, view.from + a.last + 1) &&
          CONJUNCTIONS.hasToken(tokens, view.from + a.last + 2)))
    if (linked) continue
    const list = names.slice(start, i)
    const closed = endsPair(tokens, view.from + a.last + 1, view.to)
    if (closed && list.length >= 3 && list.some(sure) && list.every(isListMember)) {
      for (let j = start; j < i; j++) if (!sure(names[j] as RuledName)) partners.push(j)
    }
    start = i
  }
  return partners
}

/** A name that may stand in a list of organisations: one word, or an organisation's name. */
function isListMember(name: RuledName): boolean {
  return name.type === 'ORG' || (name.first === name.last && name.confidence < LIST_UNSURE)
}
/** Below this, a one-word name of a list with a sure organisation yields to it. */
const LIST_UNSURE = 0.9

/** `names` (in reading order) with the organisations their partners in a pair show. */
export function withCoordinatedOrganizations(doc: DocumentView, names: RuledName[]): RuledName[] {
  const tokens = doc.tokens
  const sureOrganization = (name: RuledName): boolean =>
    name.type === 'ORG' && name.confidence >= SURE
  const mayYield = (name: RuledName): boolean =>
    name.type !== 'ORG' && name.first === name.last && name.confidence < UNSURE
  // The pairs of a sure organisation and a name that may follow it, by the latter's index.
  const partners: number[] = listPartners(doc, names, sureOrganization)
  const inLists = new Set(partners)
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i] as RuledName
    const b = names[i + 1] as RuledName
    if (a.text !== b.text || b.first !== a.last + 2) continue
    const view = doc.texts[a.text] as TextView
    if (!CONJUNCTIONS.hasToken(tokens, view.from + a.last + 1)) continue
    if (!endsPair(tokens, view.from + b.last + 1, view.to)) continue
    if (sureOrganization(a) && mayYield(b)) partners.push(i + 1)
    else if (sureOrganization(b) && mayYield(a)) partners.push(i)
  }
  // Most documents have none: the rest is read only for those that do.
  if (partners.length === 0) return names
  const keyOf = (name: RuledName): number => {
    const from = (doc.texts[name.text] as TextView).from
    return nameKey(tokens, from + name.first, from + name.last)
  }
  // "Obama and Google": the last word of a person's full name elsewhere ("Barack Obama"), or a
  // name a person's title stands before ("President Obama"), is that person.
  const people = new Set<number>()
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    const last = view.from + name.last
    if (name.type === 'PER' && name.last > name.first) people.add(nameKey(tokens, last, last))
    const before = view.from + name.first - 1
    if (before >= view.from && PERSON_TITLES.hasToken(tokens, before)) people.add(keyOf(name))
  }
  const { places, firstNames } = lexicon()
  const organizations = new Set<number>()
  for (const i of partners) {
    const name = names[i] as RuledName
    const key = keyOf(name)
    const first = (doc.texts[name.text] as TextView).from + name.first
    // (A first name pairs with a body as a person: "Google and Jordan"; in a list of three
    // bodies or more it is one: "Alphabet, Microsoft, Meta and Amazon".)
    if (places.has(key) || people.has(key)) continue
    if (!inLists.has(i) && firstNames.has(tokens.hash[first] as number)) continue
    organizations.add(key)
  }
  if (organizations.size === 0) return names
  const listed = new Set(partners)
  return names.map((name, i) =>
    (mayYield(name) || listed.has(i)) && organizations.has(keyOf(name))
      ? { ...name, type: 'ORG' }
      : name,
  )
}

/**
 * Whether `names[i]` (of a text from `from`) opens a list of people with a
 * comma: the name after the comma and the one after it are people joined by
 * "and" ("X, Demetrius Haley and Justin Smith").
 */
function isListOfPeople(
  tokens: Tokens,
  names: readonly RuledName[],
  i: number,
  from: number,
): boolean {
  const name = names[i] as RuledName
  const next = names[i + 1] as RuledName
  const third = names[i + 2]
  return (
    lowerAt(tokens, from + name.last + 1) === ',' &&
    third !== undefined &&
    third.text === name.text &&
    third.type === 'PER' &&
    third.first === next.last + 2 &&
    AND_WORD.hasToken(tokens, from + next.last + 1)
  )
}

/** How sure of a person the tagger must be for the name joined to it to follow it. */
const SURE_PERSON = 0.9
/** Below this, a body's name of two words yields to the person joined to it. */
const UNSURE_BODY = 0.8

/**
 * "Jasprit Bumrah and Hardik Pandya took two wickets": a name of two words the
 * tagger typed a body's, unsure, joined by "and" to the full name of a person
 * it is sure of, is a person's too; not a name the lists know as a body's,
 * nor one of a body's head ("Deutsche Bank and Jamie Dimon").
 */
export function withCoordinatedPeople(doc: DocumentView, names: readonly RuledName[]): RuledName[] {
  const tokens = doc.tokens
  const { organizations } = lexicon()
  return names.map((name, i) => {
    const next = names[i + 1]
    if (
      name.type !== 'ORG' ||
      name.confidence >= UNSURE_BODY ||
      name.last !== name.first + 1 ||
      next === undefined ||
      next.text !== name.text ||
      next.first !== name.last + 2 ||
      next.type !== 'PER' ||
      next.confidence < SURE_PERSON ||
      next.last === next.first
    )
      return name
    const from = (doc.texts[name.text] as TextView).from
    // "Tadarrius Bean, Demetrius Haley and Justin Smith": a list's first item, before a comma,
    // when the list goes on with "and" to another person.
    if (!AND_WORD.hasToken(tokens, from + name.last + 1) && !isListOfPeople(tokens, names, i, from))
      return name
    if (organizations.has(nameKey(tokens, from + name.first, from + name.last))) return name
    if (HEADS.hasToken(tokens, from + name.last)) return name
    return { ...name, type: 'PER' }
  })
}

/**
 * Document-level consistency of the tagger's names: a name keeps one type
 * wherever it occurs (the types its occurrences were given are voted,
 * weighted by how sure the tagger was); a lone first or last name of a
 * person named in full is a person; and a name typed with confidence is also
 * found where the tagger missed it (a wire headline in capitals, a sentence
 * that opens with it), since one document rarely uses one name for two
 * things, as is the surname of a person named in full where it opens a
 * sentence ("Bush is panning..." after "Jeb Bush"; see openers.ts).
 */
import { isAsciiUpper } from '../chars.js'
import { COMPANY_PLURALS } from '../lexicon/organizations.js'
import { lexicon, type PlaceClass } from './lexicon.js'
import { isPartyName } from './contexts.js'
import { isLowerWord, nameKey, TokenFlag, type Tokens } from './tokenize.js'
import { type DocumentView, type TextView, tokensCovered } from './view.js'
import { openerIsName } from './openers.js'
import { WordSet } from './words.js'
import { PARTICLES } from './trim.js'
import { votePersonNames } from './person-votes.js'
import { TYPES, type NameType, type TaggedName } from './tagger.js'
import { NOT_SURNAMES, ORGANIZATION, PERSON, settle, type Tally } from './tally.js'

/** A name after voting: its type and the share of the votes it won. */
export interface VotedName extends TaggedName {
  confidence: number
}

/** Votes of names in capitals (or title case) count for this much: capitals say less. */
const SHOUTED_WEIGHT = 0.5
/**
 * An organisation's name between a word of politics and "party" ("the ruling
 * Morena party") counts for this much: the words say what the name is, though
 * the lists know a place or a first name by it.
 */
const PARTY_WEIGHT = 3

/** A lone part of a full person name gets this many person votes per full mention. */
const PART_OF_PERSON = 1
/** A name is looked for elsewhere when its votes add up to this much. */
const MIN_PROPAGATE = 0.6
/** Names of at most this many tokens are looked for elsewhere. */
const MAX_PROPAGATE_TOKENS = 6

/** Votes, retypes and completes `names` (in reading order) over the document. */
export function harmonise(doc: DocumentView, names: readonly TaggedName[]): VotedName[] {
  const votes = new Map<number, Tally>()
  const keys: number[] = []
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    const key = nameKey(doc.tokens, view.from + name.first, view.from + name.last)
    keys.push(key)
    let tally = votes.get(key)
    if (!tally) {
      const words: number[] = []
      for (let k = view.from + name.first; k <= view.from + name.last; k++)
        words.push(doc.tokens.hash[k] as number)
      tally = { votes: [0, 0, 0, 0], words, type: 0, share: 0, total: 0 }
      votes.set(key, tally)
    }
    const weight =
      view.caps || view.titleCase
        ? SHOUTED_WEIGHT
        : name.type === 'ORG' &&
            isPartyName(
              doc.tokens,
              view.from + name.first,
              view.from + name.last,
              view.from,
              view.to,
            )
          ? PARTY_WEIGHT
          : 1
    const type = TYPES.indexOf(name.type)
    tally.votes[type] = (tally.votes[type] as number) + weight * name.sureness
  }
  // Lone parts of full person names.
  const { firstNames, places } = lexicon()
  names.forEach((name, i) => {
    if (name.type !== 'PER' || name.last === name.first) return
    const from = (doc.texts[name.text] as TextView).from
    const hash = doc.tokens.hash
    // ("Van der Linden" of "Joost van der Linden": the surname with its particles.)
    const surname = particledSurname(doc, from + name.first, from + name.last)
    for (const part of [hash[from + name.first] as number, surname]) {
      const tally = votes.get(part)
      if (!tally || part === keys[i]) continue
      tally.votes[PERSON] = (tally.votes[PERSON] as number) + PART_OF_PERSON
      // "Wallnau" seven times after "Lance Wallnau", "Garland" after "Merrick Garland": the surname
      // of a first name is the person's, however often the tagger took it alone for another
      // thing, unless it names a country or a state ("Jordan", "Washington").
      if (
        part === surname &&
        firstNames.has(hash[from + name.first] as number) &&
        !isCountryOrState(places.get(part))
      )
        tally.votes[PERSON] = Math.max(
          tally.votes[PERSON] as number,
          mostVotesBut(tally, PERSON) + PART_OF_PERSON,
        )
    }
  })
  votesForCompanies(doc, names, votes)
  for (const tally of votes.values()) settle(tally)
  votePersonNames(doc, names, keys, votes)
  const voted: VotedName[] = names.map((name, i) => retype(name, votes.get(keys[i] as number)))
  const found = propagate(doc, voted, votes)
  if (!isInReadingOrder(voted) || !isInReadingOrder(found))
    return [...voted, ...found].sort(byPlace)
  return mergeInReadingOrder(voted, found)
}

/**
 * The key of the surname of the person's name at tokens `first`..`last`: its
 * last word, or from the first particle in lower case inside it ("van der
 * linden" of "Joost van der Linden").
 */
function particledSurname(doc: DocumentView, first: number, last: number): number {
  for (let k = first + 1; k < last; k++)
    if (isLowerWord(doc.tokens, k) && PARTICLES.hasToken(doc.tokens, k))
      return nameKey(doc.tokens, k, last)
  return doc.tokens.hash[last] as number
}

/**
 * "Orbis" after "Orbis Technologies": the first word of a company's name of two or three words
 * that ends in a company's head ("Technologies", "Inc.", "Group") is that company's short name,
 * however the tagger typed it alone; not a word of a person's name the document gives in full
 * ("Trump" of "Trump Media & Technology Group" beside "Donald Trump"), a place or a people.
 */
function votesForCompanies(
  doc: DocumentView,
  names: readonly TaggedName[],
  votes: ReadonlyMap<number, Tally>,
): void {
  const hash = doc.tokens.hash
  const { places, demonyms } = lexicon()
  let people: Set<number> | null = null
  for (const name of names) {
    if (name.type !== 'ORG' || name.last === name.first || name.last - name.first > 2) continue
    const from = (doc.texts[name.text] as TextView).from
    if (!COMPANY_HEADS.hasToken(doc.tokens, from + name.last)) continue
    const first = hash[from + name.first] as number
    const tally = votes.get(first)
    if (!tally) continue
    people ??= personWords(doc, names)
    // (Nor a place or a people: "Japan Airlines", "American Airlines", "Philippine Airlines".)
    if (people.has(first) || places.has(first) || demonyms.has(first)) continue
    tally.votes[ORGANIZATION] = Math.max(
      tally.votes[ORGANIZATION] as number,
      mostVotesBut(tally, ORGANIZATION) + PART_OF_PERSON,
    )
  }
}
/** The heads of companies' names: their plurals and legal forms. */
const COMPANY_HEADS = new WordSet([
  ...COMPANY_PLURALS,
  ...['inc', 'inc.', 'corp', 'corp.', 'corporation', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'group'],
  ...['se', 'ag', 'sa', 'nv', 'labs'],
])

/** The hashes of the words of the person names of two words or more in `names`. */
function personWords(doc: DocumentView, names: readonly TaggedName[]): Set<number> {
  const words = new Set<number>()
  for (const name of names) {
    if (name.type !== 'PER' || name.last === name.first) continue
    const from = (doc.texts[name.text] as TextView).from
    for (let k = from + name.first; k <= from + name.last; k++)
      words.add(doc.tokens.hash[k] as number)
  }
  return words
}

/** The most votes a type other than `type` has in `tally`. */
function mostVotesBut(tally: Tally, type: number): number {
  let most = 0
  tally.votes.forEach((count, other) => {
    if (other !== type) most = Math.max(most, count)
  })
  return most
}

/** Whether a gazetteer place class is a country, a state or a continent (a city may be a surname). */
function isCountryOrState(kind: PlaceClass | undefined): boolean {
  return kind !== undefined && kind !== 'city'
}

function byPlace(a: TaggedName, b: TaggedName): number {
  return a.text - b.text || a.first - b.first
}

/** Names in reading order, as the tagger gives them (then they need merging, not sorting). */
function isInReadingOrder(names: readonly VotedName[]): boolean {
  for (let i = 1; i < names.length; i++)
    if (byPlace(names[i - 1] as VotedName, names[i] as VotedName) > 0) return false
  return true
}

/** Two lists in reading order as one, `a`'s first of equals (as a stable sort of both would). */
function mergeInReadingOrder(a: VotedName[], b: readonly VotedName[]): VotedName[] {
  if (b.length === 0) return a
  const merged: VotedName[] = []
  let j = 0
  for (const name of a) {
    while (j < b.length && byPlace(b[j] as VotedName, name) < 0) merged.push(b[j++] as VotedName)
    merged.push(name)
  }
  while (j < b.length) merged.push(b[j++] as VotedName)
  return merged
}

function retype(name: TaggedName, tally: Tally | undefined): VotedName {
  if (!tally || tally.total <= 0) return { ...name, confidence: name.sureness }
  return {
    ...name,
    type: TYPES[tally.type] as NameType,
    confidence: Math.min(name.sureness, tally.share),
  }
}

/** A name looked for elsewhere: the hashes of its words, its type and how sure the votes are. */
interface Known {
  words: number[]
  type: NameType
  confidence: number
  /**
   * A surname, looked for where a sentence opens only: inside a sentence the
   * tagger read it and said no ("the Clinton Foundation" is no person, nor
   * "Foundation" after it).
   */
  surname: boolean
  /**
   * An other name of one word, looked for only where it is written with a
   * capital inside ("OpenAI", "ChatGPT"): a shape no common word has, unlike
   * a people's name ("American") that opens a sentence.
   */
  camel: boolean
}

/** Whether token `k` has a capital letter past its first character: "OpenAI", "iPhone". */
function hasInnerCapital(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags[k] as number
  if (!(flags & TokenFlag.hasUpper) || flags & TokenFlag.allCaps) return false
  const value = tokens.values[tokens.text[k] as number] as string
  for (let i = (tokens.start[k] as number) + 1; i < (tokens.end[k] as number); i++)
    if (isAsciiUpper(value.charCodeAt(i))) return true
  return false
}

/** Occurrences of confidently typed names (and surnames of people) that the tagger left out. */
function propagate(
  doc: DocumentView,
  names: readonly VotedName[],
  votes: Map<number, Tally>,
): VotedName[] {
  const byFirst = new Map<number, Known[]>()
  const add = (known: Known): void => {
    const list = byFirst.get(known.words[0] as number)
    if (list) list.push(known)
    else byFirst.set(known.words[0] as number, [known])
  }
  for (const { words, type, share, total } of votes.values()) {
    if (total < MIN_PROPAGATE || words.length > MAX_PROPAGATE_TOKENS) continue
    const camel = TYPES[type] === 'MISC'
    if (camel && words.length > 1) continue
    add({ words, type: TYPES[type] as NameType, confidence: share, surname: false, camel })
  }
  // The surnames of people named in full ("Bush" of "Jeb Bush"), unless the word is a name of its own.
  for (const { words, type, share, total } of votes.values()) {
    if (total < MIN_PROPAGATE || type !== PERSON || words.length < 2) continue
    const surname = words[words.length - 1] as number
    if (votes.has(surname) || NOT_SURNAMES.has(surname)) continue
    if (byFirst.get(surname)?.some((known) => known.words.length === 1)) continue
    add({ words: [surname], type: 'PER', confidence: share, surname: true, camel: false })
  }
  if (byFirst.size === 0) return []
  const tokens = doc.tokens
  const busy = tokensCovered(doc, names)
  const found: VotedName[] = []
  for (const view of doc.texts) {
    const { from, to } = view
    for (let k = from; k < to; k++) {
      if (busy[k]) continue
      // A sentence opener the tagger was not given (see view.ts) may be a name of one word.
      const opens = ((tokens.flags[k] as number) & TokenFlag.sentenceStart) !== 0
      const opener = !doc.candidate[k]
      if (opener && !opens) continue
      const candidates = byFirst.get(tokens.hash[k] as number)
      if (!candidates) continue
      let match: Known | null = null
      for (const candidate of candidates) {
        if (match && match.words.length >= candidate.words.length) continue
        if ((opener && candidate.words.length > 1) || (candidate.surname && !opens)) continue
        if (candidate.camel && !hasInnerCapital(tokens, k)) continue
        if (matchesAt(tokens, to, busy, k, candidate.words)) match = candidate
      }
      if (!match || ((opener || match.surname) && !openerIsName(doc, k, to))) continue
      const last = k + match.words.length - 1
      found.push({
        text: view.index,
        first: k - from,
        last: last - from,
        type: match.type,
        sureness: match.confidence,
        confidence: match.confidence,
      })
      busy.fill(1, k, last + 1)
      k = last
    }
  }
  return found
}

/** The tokens from `at` (before `to`, the end of their text) spell `words`, the first capitalised, none taken. */
function matchesAt(
  tokens: Tokens,
  to: number,
  busy: Uint8Array,
  at: number,
  words: readonly number[],
): boolean {
  for (let n = 0; n < words.length; n++) {
    const k = at + n
    if (k >= to || busy[k] || tokens.hash[k] !== words[n]) return false
    if (!((tokens.flags[k] as number) & TokenFlag.hasUpper) && n === 0) return false
  }
  return true
}

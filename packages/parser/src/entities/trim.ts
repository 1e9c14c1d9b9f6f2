/**
 * Cuts the tagger's names down to the name alone, where a capitalised run
 * fooled it: a title inside ("NATO Secretary General Jens Stoltenberg" is the
 * organisation "NATO" and the person "Jens Stoltenberg"; "Senate Minority
 * Leader Harry Reid", "House Republican Thomas Massie"; the title is read by
 * the entity stage), a title alone ("General"), a weekday at an end
 * ("Stoltenberg Thursday"), a function word or an epithet at the start ("In
 * Nevada", "But Devine", "Crooked Hillary Clinton"), two names run together
 * ("the KKK and David Duke"). The training data rarely shows such runs, so
 * these are rules rather than features. Also: no article before a name ("The
 * U.N." is "U.N."); a name the tagger left out after a title is put in
 * ("Chairman | Reince Priebus"), as is a first name left out before a surname
 * ("Ursula" before "von der Leyen").
 */
import { MONTH_NAMES, NAMED_DAY_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js'
import {
  ADDRESSED_OFFICE_WORDS,
  FORMS_OF_ADDRESS,
  PERSONAL_FORMS_OF_ADDRESS,
} from '../lexicon/address.js'
import { COMPANY_OFFICER_WORDS, PERSON_TITLE_WORDS, POST_NOMINAL_WORDS } from '../lexicon/titles.js'
import { DIVISION_PLURALS } from '../lexicon/divisions.js'
import { SURNAME_PARTICLES } from '../lexicon/name-openers.js'
import { functionWords } from './discourse.js'
import type { DocumentView, TextView } from './view.js'
import { hashOf, hashSet } from './hash.js'
import { lexicon } from './lexicon.js'
import { commonWords } from './model.js'
import type { NameType, TaggedName } from './tagger.js'
import {
  BODY_TITLES,
  HEADS,
  hasLink,
  isCapital,
  isPersonWord,
  OF,
  TAKES_COMPLEMENT,
} from './organization-names.js'
import {
  COMPANY_PLURALS,
  LEGAL_FORM_WORDS,
  PARTY_MEMBER_PLURALS,
} from '../lexicon/organizations.js'
import {
  isInitialAt,
  isLowerWord,
  isMark,
  isNameCased,
  lowerAt,
  nameKey,
  TokenFlag,
  type Tokens,
} from './tokenize.js'
import {
  AND_WORD,
  ARTICLES,
  BODY_HEADS,
  GENERATION_SUFFIXES,
  OFFICE_TITLES,
  PARTY_MEMBERS,
  STREETS,
  TITLES,
  WordSet,
} from './words.js'
import { PORTFOLIO_WORDS } from '../lexicon/titles.js'

/** Titles that stand before a person's name: "President", "Mr.". */
export const PERSON_TITLES = new WordSet(PERSON_TITLE_WORDS)

const JUSTICE = new WordSet(['justice'])

/**
 * Whether tokens `first`..`last` are a street's head, maybe after a
 * generation's suffix: "Boulevard", "Jr. Avenue".
 */
function isStreetAfter(tokens: Tokens, first: number, last: number): boolean {
  if (first > last || !STREETS.hasToken(tokens, last)) return false
  for (let k = first; k < last; k++) if (!GENERATION_SUFFIXES.hasToken(tokens, k)) return false
  return true
}
const GENERAL = new WordSet(['general'])
/** Offices that "General" completes into a title: "Attorney General", "Surgeon General". */
const GENERAL_OFFICES = new WordSet([
  ...['attorney', 'solicitor', 'surgeon', 'inspector', 'postmaster', 'adjutant', 'auditor'],
  ...['advocate', 'accountant', 'comptroller'],
])

/** Letters after a person's name for an office or an honour, in capitals: "KC", "MP", "OBE". */
const POST_NOMINALS = new WordSet(POST_NOMINAL_WORDS)

/** Links before the complement of a name: "Bank of England", "Center for American Progress". */
const COMPLEMENT_LINKS = new WordSet(['of', 'for'])

/** English weekdays: capitalised, never part of a name in news text. */
const WEEKDAYS = new WordSet(WEEKDAY_NAMES)
const MONTHS = new WordSet(MONTH_NAMES)

/** Named days, as the tokens join them (lower-cased, one space). */
const NAMED_DAYS = hashSet(NAMED_DAY_NAMES)

/** Whether tokens `first`..`last` are a named day ("Super Tuesday"). */
function isNamedDay(tokens: Tokens, first: number, last: number): boolean {
  return (
    last > first && WEEKDAYS.hasToken(tokens, last) && NAMED_DAYS.has(nameKey(tokens, first, last))
  )
}

/**
 * The initials, lower-cased, of the titles of two words or more that `doc` writes in capitals
 * ("dc" of "Detective Constable", "ds" of "Detective Sergeant"); read once a document.
 */
function titleInitials(doc: DocumentView): ReadonlySet<string> {
  let found = INITIALS.get(doc)
  if (found !== undefined) return found
  const tokens = doc.tokens
  const initials = new Set<string>()
  let run = ''
  for (let k = 0; k <= tokens.count; k++) {
    if (k < tokens.count && isCapital(tokens, k) && TITLES.hasToken(tokens, k)) {
      run += lowerAt(tokens, k).charAt(0)
      continue
    }
    if (run.length >= 2) initials.add(run)
    run = ''
  }
  found = initials
  INITIALS.set(doc, found)
  return found
}
const INITIALS = new WeakMap<DocumentView, ReadonlySet<string>>()

/** The index in the document of the first token of the text of `name`. */
function offsetOf(doc: DocumentView, name: TaggedName): number {
  return (doc.texts[name.text] as TextView).from
}

/** The names of `names` cut to the name alone (in order). */
export function trimNames(doc: DocumentView, names: readonly TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const people = new Set<number>()
  for (const name of names) {
    const from = offsetOf(doc, name)
    if (name.type === 'PER') people.add(nameKey(tokens, from + name.first, from + name.last))
  }
  const known = new KnownPeople(doc, names, people)
  const out: TaggedName[] = []
  for (let i = 0; i < names.length; i++) {
    let name = names[i] as TaggedName
    const from = offsetOf(doc, name)
    // "Senate Majority Leader | Mitch | McConnell": a title, a first name the tagger left out
    // and a surname are one person's name after the title.
    const next = names[i + 1]
    if (next && endsInTitleBeforeName(tokens, name, next, from)) {
      name = { ...name, last: next.last, type: 'PER' }
      i++
    } else if (
      name.type !== 'PER' &&
      name.last > name.first &&
      addresses(tokens, from + name.first) &&
      PERSONAL_ADDRESSES.hasToken(tokens, from + name.first)
    ) {
      // "Dr. I-Min | Lee": a form of address opens a person's name, with the capitalised word
      // the tagger left out after it.
      const after = from + name.last + 1
      const end =
        next && next.text === name.text ? from + next.first : (doc.texts[name.text] as TextView).to
      const surname = after < end && isNameWord(tokens, after) ? 1 : 0
      name = { ...name, last: name.last + surname, type: 'PER' }
    } else {
      // "Republican National Committee Chairman | Reince Priebus": the name the tagger left
      // out after a title.
      const untagged = untaggedNameAfter(doc, name, next)
      if (untagged > 0) name = { ...name, last: name.last + untagged, type: 'PER' }
    }
    // "gone to Mare | Street": the head of a street's name that the tagger left out after it.
    const head = from + name.last + 1
    if (
      name.first === name.last &&
      head < (doc.texts[name.text] as TextView).to &&
      isCapital(tokens, head) &&
      STREET_NAME_HEADS.hasToken(tokens, head) &&
      !(next?.text === name.text && next.first === name.last + 1)
    )
      name = { ...name, last: name.last + 1, type: 'LOC' }
    let first = from + name.first
    let last = from + name.last
    // A people's adjective cut off the end of the name, a name of its own.
    let adjective: TaggedName | null = null
    // "Super Tuesday", "Black Friday": a day named by the word before it, an other name.
    if (isNamedDay(tokens, first, last)) {
      out.push(name.type === 'MISC' ? name : { ...name, type: 'MISC' })
      continue
    }
    while (first <= last && WEEKDAYS.hasToken(tokens, first)) first++
    while (last >= first && WEEKDAYS.hasToken(tokens, last)) last--
    // "Rebecca Lowe KC", "Sir Keir Starmer MP": letters after a person's name are none of it.
    while (
      name.type === 'PER' &&
      last > first &&
      POST_NOMINALS.hasToken(tokens, last) &&
      (tokens.flags[last] as number) & TokenFlag.allCaps
    )
      last--
    // "DC Lomax" after "Detective Constable Karen Lomax": the initials of a title the document
    // writes in full are that title, before a name.
    let titled = false
    if (
      (tokens.flags[first] as number) & TokenFlag.allCaps &&
      titleInitials(doc).has(lowerAt(tokens, first))
    ) {
      // ("DS | Cole": the initials the tagger read as a name of their own, before the name.)
      if (last === first && next?.text === name.text && next.first === name.last + 1) continue
      first++
      titled = true
    }
    // "the Treasury on" (Friday cut off): a lower-case word never ends a name.
    while (last > first && isLowerWord(tokens, last)) last--
    // "Senate Republican leader", "House Democratic aides": a party's adjective before a noun
    // in lower case qualifies the noun, no body's name (a place's, "Iowa Republican", the
    // rules split; "the Christian Democratic party" is the party's).
    if (
      name.type === 'ORG' &&
      last > first &&
      PARTY_MEMBERS.hasToken(tokens, last) &&
      tokens.text[last + 1] === tokens.text[last] &&
      isLowerWord(tokens, last + 1) &&
      !PARTY_NOUNS.hasToken(tokens, last + 1) &&
      isCapital(tokens, last - 1) &&
      !lexicon().places.has(nameKey(tokens, first, last - 1))
    )
      last--
    // "with Bayer Leverkusen for Dutch right back Jeremie Frimpong": a people's adjective after a
    // link, before a word in lower case, qualifies that word; it is no complement of the name.
    if (
      last > first + 1 &&
      COMPLEMENT_LINKS.hasToken(tokens, last - 1) &&
      tokens.text[last + 1] === tokens.text[last] &&
      isLowerWord(tokens, last + 1) &&
      lexicon().demonyms.has(nameKey(tokens, last, last))
    ) {
      adjective = { ...name, first: last - from, last: last - from, type: 'MISC' }
      last -= 2
    }
    let type: NameType = titled ? 'PER' : name.type
    // An article opens a name only in a gazetteer place ("The Hague"): not "An Egyptian".
    if (first < last && ARTICLES.hasToken(tokens, first) && !isPlace(tokens, first, last)) first++
    // "The Secretary of Energy said": a link opens no name.
    while (first < last && COMPLEMENT_LINKS.hasToken(tokens, first)) first++
    // "Secretary of Energy Jennifer Granholm", "Minister of Finance Nirmala Sitharaman": the
    // office's words before the name of the person who holds it.
    const office = officeWordsAt(tokens, first, last, from)
    if (office > 0) {
      first += office
      type = 'PER'
    }
    // "Former Post Office chief executive": a time of a title is no body's name ("the Former
    // Yugoslav Republic of Macedonia" keeps it: no title follows).
    if (
      name.type !== 'PER' &&
      first < last &&
      FORMER.hasToken(tokens, first) &&
      last + 1 < (doc.texts[name.text] as TextView).to &&
      isTitleAfter(tokens, last + 1)
    )
      first++
    // "In Nevada, Clinton won", "Perhaps Russia will": a function word before a place.
    if (
      first < last &&
      functionWords().hasToken(tokens, first) &&
      !ARTICLES.hasToken(tokens, first)
    ) {
      if (lexicon().places.has(nameKey(tokens, first + 1, last))) {
        first++
        type = 'LOC'
      } else if (name.type === 'PER' && opensSentence(tokens, first)) {
        // "But Devine said", "Now Jeb Bush is": no person's name opens with such a word.
        first++
      }
    }
    // "a post on X. Tesla shares rose": a sentence opens after the platform's name.
    if (first < last && (tokens.flags[first + 1] as number) & TokenFlag.sentenceStart) first++
    // "in the U.S. He says": a pronoun ends the name (a sentence the capitals ran across).
    for (let k = first + 1; k <= last; k++) {
      if (SENTENCE_PRONOUNS.hasToken(tokens, k)) {
        last = k - 1
        break
      }
    }
    // "Chuck Schumer of New York", "Jeb Bush of Florida": the place a person is of is no part
    // of the name.
    const ofPlace = beforePlaceOf(tokens, first, last, type === 'PER')
    // The place stays a name of its own, after the person's.
    const place: TaggedName | null =
      ofPlace < last ? { ...name, first: ofPlace + 2 - from, last: last - from, type: 'LOC' } : null
    last = ofPlace
    // "Meteorologist Natalie Hasell of Environment Canada", read as one body's name: a person
    // named in full before "of" and the body they are of.
    const ofBody = place === null ? beforeBodyOf(tokens, first, last) : last
    const body: TaggedName | null =
      ofBody < last ? { ...name, first: ofBody + 2 - from, last: last - from, type: 'ORG' } : null
    if (body) {
      last = ofBody
      type = 'PER'
    }
    // "Crooked Hillary Clinton" where the text names "Hillary Clinton", "Billionaire Mark Cuban"
    // opening a sentence: an epithet before a first name and a surname.
    if (
      isEpithet(tokens, first, last) &&
      (people.has(nameKey(tokens, first + 1, last)) ||
        (opensSentence(tokens, first) && last - first === 2))
    ) {
      first++
      type = 'PER'
    } else if (last - first === 2 && isAbdName(tokens, first) && isFirstName(tokens, first + 1)) {
      // "Abdullahi Hussein Farah said": a given name of "Abd", a first name and a surname.
      type = 'PER'
    }
    // "Hard-left France Unbowed", "Far-right Reform UK": a political leaning opening a sentence,
    // no word of the name after it.
    if (first < last && LEANING.test(lowerAt(tokens, first))) first++
    // "They", "I've" alone are no name.
    if (first === last && PRONOUNS.hasToken(tokens, first)) continue
    if (first > last) continue
    // Most names are kept whole: the same object goes on (the list given is not read again).
    const kept =
      first === from + name.first && last === from + name.last && type === name.type
        ? name
        : { ...name, first: first - from, last: last - from, type }
    // "Trump and Marco Rubio", "KKK and David Duke": two names the tagger ran together, the
    // second a person's first name and surname.
    const and = conjunctionIn(tokens, first, last)
    // "Microsoft and Google", "Google and Anthropic": two names, one of which the gazetteers
    // know, which together they do not.
    const listed = and > 0 ? -1 : knownPairAt(tokens, first, last)
    // "the Palisades and Eaton fires", "the Republican and Democratic parties": a plural of a
    // kind of thing after the names says there are two, of that kind.
    const pair =
      listed > 0 ? null : pairBeforePlural(tokens, first, last, doc.texts[name.text] as TextView)
    if (pair) {
      out.push(
        { ...kept, last: pair.and - 1 - from, type: pair.type },
        { ...kept, first: pair.and + 1 - from, type: pair.type },
      )
    } else if (and > 0 && (kept.type === 'PER' || last === and + 2)) {
      splitAtTitle({ ...kept, last: and - 1 - from }, tokens, from, known, out)
      splitAtTitle({ ...kept, first: and + 1 - from, type: 'PER' }, tokens, from, known, out)
    } else if (listed > 0) {
      const left = knownType(tokens, first, listed - 1) ?? kept.type
      const right = knownType(tokens, listed + 1, last) ?? kept.type
      out.push(
        { ...kept, last: listed - 1 - from, type: left },
        { ...kept, first: listed + 1 - from, type: right },
      )
    } else {
      splitAtTitle(kept, tokens, from, known, out)
    }
    if (place) out.push(place)
    if (body) out.push(body)
    if (adjective) out.push(adjective)
  }
  return withParticlesOfFullNames(
    doc,
    withParticleSurnames(doc, withFirstNames(doc, withPairsBeforePlural(doc, out))),
  )
}

/** Words of an office named after "of", besides its portfolios: "Secretary of State", "of Foreign Affairs". */
const OFFICE_WORDS = new WordSet([
  ...PORTFOLIO_WORDS,
  ...['state', 'affairs', 'human', 'services', 'exchequer'],
])

/**
 * How many words at `first` (of tokens `first`..`last`, in a text from
 * `from`) name the office of a title before "of", when two words at least
 * follow them (the holder's name): 1 for "Energy" of "Secretary of | Energy
 * Jennifer Granholm"; 0 when none.
 */
function officeWordsAt(tokens: Tokens, first: number, last: number, from: number): number {
  // "Chancellor of the Exchequer Rachel Reeves", "Secretary of the Treasury": "the" after "of".
  const link = first - 1 > from && ARTICLES.hasToken(tokens, first - 1) ? first - 2 : first - 1
  if (link - 1 < from || !COMPLEMENT_LINKS.hasToken(tokens, link)) return 0
  const title = link - 1
  const office =
    OFFICE_TITLES.hasToken(tokens, title) ||
    (link < first - 1 && CHANCELLOR.hasToken(tokens, title))
  if (!office || !isCapital(tokens, title)) return 0
  // (A body's name goes on after its office: "Ministry of Foreign Affairs and Trade".)
  if (MINISTRY.hasToken(tokens, title)) return 0
  let k = first
  // "Health and Human Services": an "and" inside the office's words.
  const isOfficeWord = (at: number): boolean =>
    isCapital(tokens, at)
      ? OFFICE_WORDS.hasToken(tokens, at)
      : at > first && AND_WORD.hasToken(tokens, at)
  while (k < last - 1 && isOfficeWord(k)) k++
  // (Not "of Homeland and": the office's last word is none of the name, which opens with a
  // capital.)
  return k > first && !AND_WORD.hasToken(tokens, k - 1) && isCapital(tokens, k) ? k - first : 0
}
const MINISTRY = new WordSet(['ministry'])
const CHANCELLOR = new WordSet(['chancellor'])

/**
 * `names` with two one-word names that "and" joins before a plural of a kind
 * of thing typed that kind: "Terry" and "Dawson" of "Terry and Dawson
 * counties", which the tagger read as two names (see pairBeforePlural for one).
 */
function withPairsBeforePlural(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  for (let i = 1; i < names.length; i++) {
    const first = names[i - 1] as TaggedName
    const second = names[i] as TaggedName
    if (first.text !== second.text || first.first !== first.last || second.first !== second.last)
      continue
    const view = doc.texts[second.text] as TextView
    const pair = pairBeforePlural(tokens, view.from + first.first, view.from + second.last, view)
    if (pair === null) continue
    names[i - 1] = { ...first, type: pair.type }
    names[i] = { ...second, type: pair.type }
    typeListedBefore(tokens, names, i - 1, view.from, pair.type)
  }
  return names
}

/**
 * Types `type` the one-word names listed with commas before name `at` of
 * `names` (in a text from token `from`): "Terry" of "Terry, Yoakum and Dawson
 * counties".
 */
function typeListedBefore(
  tokens: Tokens,
  names: TaggedName[],
  at: number,
  from: number,
  type: NameType,
): void {
  for (let j = at - 1; j >= 0; j--) {
    const listed = names[j] as TaggedName
    const next = names[j + 1] as TaggedName
    if (listed.text !== next.text || listed.first !== listed.last) return
    if (listed.last + 2 !== next.first || !isMark(tokens, from + listed.last + 1, ',')) return
    names[j] = { ...listed, type }
  }
}

/** Plurals of kinds of named things, and the kind of name each is of. */
const PLURAL_KINDS: ReadonlyMap<string, NameType> = new Map<string, NameType>([
  ...['fires', 'wildfires', 'storms', 'hurricanes', 'typhoons'].map(ofKind('MISC')),
  ...[...DIVISION_PLURALS, 'rivers'].map(ofKind('LOC')),
  ...['parties', 'committees', 'campaigns', 'clubs', 'governments', 'chambers'].map(ofKind('ORG')),
])
function ofKind(type: NameType): (word: string) => [string, NameType] {
  return (word) => [word, type]
}

/**
 * The "and" inside tokens [first, last] (one capitalised word on each side)
 * and the kind of the two names, when a plural of a kind of thing in lower
 * case follows: "Palisades and Eaton" + "fires"; else null.
 */
function pairBeforePlural(
  tokens: Tokens,
  first: number,
  last: number,
  view: TextView,
): { and: number; type: NameType } | null {
  const and = first + 1
  if (last !== first + 2 || !CONJUNCTIONS.hasToken(tokens, and) || last + 1 >= view.to) return null
  if (!isLowerWord(tokens, last + 1)) return null
  const type = PLURAL_KINDS.get(lowerAt(tokens, last + 1))
  return type === undefined ? null : { and, type }
}

/** Most particles between a first name and the rest of a surname ("von der"), and most words of that rest. */
const MAX_PARTICLES = 2
const MAX_SURNAME_WORDS = 2

/**
 * A person's name and the surname after a particle that the tagger read
 * apart: "Ursula" and "Leyen" of "Ursula von der Leyen", "Mohammed" and
 * "Salman" of "Mohammed bin Salman"; or a surname that opens with a
 * capitalised particle right after it: "Maria" and "Van Kerkhove", "Louis"
 * and "Van Gaal". The two become one person's name.
 */
function withParticleSurnames(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const out: TaggedName[] = []
  for (const name of names) {
    const previous = out[out.length - 1]
    const gap = previous && previous.text === name.text ? name.first - previous.last - 1 : 0
    if (
      previous?.type === 'PER' &&
      name.type === 'PER' &&
      previous.text === name.text &&
      gap === 0 &&
      name.last > name.first &&
      PARTICLES.hasToken(tokens, offsetOf(doc, name) + name.first)
    ) {
      previous.last = name.last
      continue
    }
    if (previous?.type === 'PER' && gap >= 1 && gap <= MAX_PARTICLES) {
      const from = offsetOf(doc, name)
      let particles = true
      for (let k = from + previous.last + 1; k < from + name.first; k++)
        if (!PARTICLES.hasToken(tokens, k) || isCapital(tokens, k)) particles = false
      if (particles && name.last - name.first < MAX_SURNAME_WORDS) {
        previous.last = name.last
        continue
      }
    }
    out.push(name)
  }
  return out
}

/**
 * A surname the tagger read without the particles that open it, where the
 * document names the person in full with them: "von der" before "Leyen" in
 * "von der Leyen said", beside "Ursula von der Leyen"; "bin" before "Salman"
 * beside "Mohammed bin Salman". (Not "Salman" alone, nor "de Gaulle" in a
 * story that names no one "de Gaulle".)
 */
function withParticlesOfFullNames(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  // The keys of the particles and surnames inside full names ("von der leyen").
  const surnames = new Set<number>()
  for (const name of names) {
    if (name.type !== 'PER') continue
    const from = offsetOf(doc, name)
    for (let k = from + name.first + 1; k < from + name.last; k++)
      if (PARTICLES.hasToken(tokens, k) && !PARTICLES.hasToken(tokens, k - 1))
        surnames.add(nameKey(tokens, k, from + name.last))
  }
  if (surnames.size === 0) return names
  // ("Later, Van der Linden said": the capitalised particle, which the tagger may have read as
  // a name of its own, goes with the surname.)
  let grown = false
  for (const name of names) {
    // (The tagger may read "Linden" after "Van der" as a place, as it does "Van".)
    if (name.type !== 'PER' && name.type !== 'LOC') continue
    const from = offsetOf(doc, name)
    let first = from + name.first
    for (let n = 0; n < MAX_PARTICLES && first - 1 >= from; n++) {
      if (!PARTICLES.hasToken(tokens, first - 1)) break
      first--
      if (surnames.has(nameKey(tokens, first, from + name.last))) {
        grown ||= isCapital(tokens, first)
        name.first = first - from
        name.type = 'PER'
        break
      }
      if (isCapital(tokens, first)) break
    }
  }
  return grown ? withoutNamesInsideOthers(names) : names
}

/**
 * Drops from the end of `names` (in reading order) those of the text of `from`
 * that open at or after it: the names a longer one, read later, takes in.
 */
export function dropNamesFrom(names: TaggedName[], from: TaggedName): void {
  while (
    names.length > 0 &&
    (names[names.length - 1] as TaggedName).text === from.text &&
    (names[names.length - 1] as TaggedName).first >= from.first
  )
    names.pop()
}

/**
 * `names` (in reading order, some grown back over the names before them)
 * without the names a later one opens before: "Van" before "Van der Linden".
 */
function withoutNamesInsideOthers(names: readonly TaggedName[]): TaggedName[] {
  const kept: TaggedName[] = []
  for (const name of names) {
    dropNamesFrom(kept, name)
    kept.push(name)
  }
  return kept
}

/**
 * Personal and indefinite pronouns, with their contractions: never inside a
 * name, never one alone ("Nobody can understand", a quotation's first word).
 */
const PRONOUNS = new WordSet(
  [
    ...['i', 'he', 'she', 'it', 'we', 'they', 'you'],
    ...['nobody', 'somebody', 'everybody', 'anybody', 'everyone', 'someone', 'anyone'],
  ].flatMap((pronoun) => [
    pronoun,
    ...["'ve", "'m", "'d", "'ll", "'re", "'s", '’ve', '’m', '’d', '’ll', '’re', '’s'].map(
      (ending) => pronoun + ending,
    ),
  ]),
)

/** Pronouns that open a sentence and stand in no name ("World War I" and "All You Need" do). */
const SENTENCE_PRONOUNS = new WordSet(['he', 'she', 'it', 'we', 'they'])

/** A party's noun, which a party's adjective names with the words before it: "Christian Democratic party". */
const PARTY_NOUNS = new WordSet(['party', 'parties'])

/** Words that date a title, never a body's name: "Former Post Office chief executive". */
const FORMER = new WordSet(['former', 'ex'])

/** Whether token `k` is a title word or a role in lower case: "chief", "boss", "Secretary". */
function isTitleAfter(tokens: Tokens, k: number): boolean {
  return TITLES.hasToken(tokens, k) || ROLE_AFTER_FORMER.hasToken(tokens, k)
}
const ROLE_AFTER_FORMER = new WordSet(['boss', 'chief', 'head', 'executive', 'leader'])

/** Words that end a company's name: "Sage Therapeutics", "Apple Inc.". */
const COMPANY_ENDS = new WordSet([...COMPANY_PLURALS, ...LEGAL_FORM_WORDS])

/** Words that join two names: "the KKK and David Duke". */
const CONJUNCTIONS = new WordSet(['and', '&'])

/**
 * The token "and" inside tokens [first, last], after a capitalised word and
 * before a first name ("Trump and Marco Rubio"); -1 when none.
 */
function conjunctionIn(tokens: Tokens, first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    if (!CONJUNCTIONS.hasToken(tokens, k)) continue
    return isCapital(tokens, k - 1) && isFirstName(tokens, k + 1) ? k : -1
  }
  return -1
}

/** An acronym's letters: two to six. */
const ACRONYM_LENGTH = /^\p{L}{2,6}$/u

/**
 * The token "and" inside tokens [first, last] when the name on one side is
 * an organisation or a place of the gazetteers and the whole is not one
 * ("Google and Anthropic"; "Bosnia and Herzegovina" is one), when it is
 * "and", not "&", and no "of" comes before it ("the Port Authority of New
 * York and New Jersey"), unless the names on both sides are known; -1 when none.
 */
function knownPairAt(tokens: Tokens, first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    if (!CONJUNCTIONS.hasToken(tokens, k)) continue
    if (knownType(tokens, first, last) !== null) return -1
    // "Sage Therapeutics and Biogen": a company's name of two words or more ends before "and",
    // unless what follows ends in a body's head ("Pharmaceuticals and Medical Devices Agency").
    const left =
      knownType(tokens, first, k - 1) !== null ||
      (k - 1 > first && COMPANY_ENDS.hasToken(tokens, k - 1) && !BODY_HEADS.hasToken(tokens, last))
    const right = knownType(tokens, k + 1, last) !== null
    // "the IMF and World Bank", "the RFS and Fire and Rescue NSW": an acronym alone before "and"
    // is a body of its own (not "AT&T", one token; nor "R and D", letters).
    if (
      k - 1 === first &&
      lowerAt(tokens, k) === 'and' &&
      (tokens.flags[first] as number) & TokenFlag.allCaps &&
      ACRONYM_LENGTH.test(lowerAt(tokens, first)) &&
      last > k + 1
    )
      return k
    // "the Port Authority of New York and New Jersey": one body's name, unless both are known.
    // "Douglas & Lomason", "Johnson & Johnson": an ampersand joins a firm's name.
    const one = (left || right) && lowerAt(tokens, k) === 'and' && !hasOf(tokens, first, k)
    return (left && right) || one ? k : -1
  }
  return -1
}

/**
 * The last token of a person's name [first, last] before an "of" and a place
 * the gazetteers know that end it ("Chuck Schumer | of New York"); `last`
 * when there is none: a first name comes before, and no body's head stands
 * before the "of" ("Bank of America", "the State Bar of Georgia" stay whole).
 * A name of another kind (`person` false: the tagger reads "Senate Minority
 * Leader Chuck Schumer of New York" as a body's) needs a title before the
 * first name ("Gun Owners of America" stays whole).
 */
function beforePlaceOf(tokens: Tokens, first: number, last: number, person: boolean): number {
  for (let k = first + 1; k < last; k++) {
    if (!OF.hasToken(tokens, k) || !lexicon().places.has(nameKey(tokens, k + 1, last))) continue
    if (!HEADS.hasToken(tokens, k - 1) && hasFirstName(tokens, first, k, !person)) return k - 1
  }
  return last
}

/**
 * The last token of a person's first name and surname right before an "of"
 * and a body's capitalised name inside a name of another kind [first, last]
 * ("Meteorologist Natalie Hasell | of Environment Canada", "Grand Chief
 * Garrison Settee | of Manitoba Keewatinowi Okimakanak"); `last` when there is
 * none ("Bank of America", "University of Texas": no first name before).
 */
function beforeBodyOf(tokens: Tokens, first: number, last: number): number {
  const { firstNames, places } = lexicon()
  const common = commonWords()
  for (let k = first + 2; k < last; k++) {
    if (!OF.hasToken(tokens, k)) continue
    // (Not a place's name or a common word: "Florida Division of", "Gun Owners of", "New York
    // Hall of".)
    const given = tokens.hash[k - 2] as number
    if (!firstNames.has(given) || places.has(given) || !isCapital(tokens, k - 2)) return last
    const surname = tokens.hash[k - 1] as number
    if (!isCapital(tokens, k - 1) || HEADS.hasToken(tokens, k - 1) || common.has(surname))
      return last
    for (let j = k + 1; j <= last; j++) if (!isCapital(tokens, j)) return last
    return k - 1
  }
  return last
}

/**
 * Whether a first name of the lists and a word after it are among tokens
 * [first, end) ("Rand Paul", not "State Bar"), after a title when `titled`
 * ("Senate Minority Leader Chuck Schumer").
 */
function hasFirstName(tokens: Tokens, first: number, end: number, titled: boolean): boolean {
  const { firstNames } = lexicon()
  let title = !titled
  for (let k = first; k < end - 1; k++) {
    if (title && firstNames.has(tokens.hash[k] as number)) return true
    title ||= TITLES.hasToken(tokens, k)
  }
  return false
}

/** Whether "of" is among tokens [first, end). */
function hasOf(tokens: Tokens, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (OF.hasToken(tokens, k)) return true
  return false
}

/** The kind the gazetteers give the name of tokens [first, last]: an organisation, a place, or none. */
function knownType(tokens: Tokens, first: number, last: number): 'ORG' | 'LOC' | null {
  const key = nameKey(tokens, first, last)
  const known = lexicon()
  return known.organizations.has(key) ? 'ORG' : known.places.has(key) ? 'LOC' : null
}

/** Heads of streets' names that are no surname nor a body's word: "Mare Street". */
const STREET_NAME_HEADS = new WordSet(['street', 'road', 'avenue', 'boulevard'])

/** Particles that open a surname: "von der Leyen", "bin Salman", "de Gaulle". */
export const PARTICLES = new WordSet(SURNAME_PARTICLES)

function isPlace(tokens: Tokens, first: number, last: number): boolean {
  return lexicon().places.has(nameKey(tokens, first, last))
}

/**
 * A known first name just before a person's name, or before a surname with a
 * particle, that the tagger left out: "Ursula" + "von der Leyen".
 */
function withFirstNames(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const { firstNames } = lexicon()
  const tokens = doc.tokens
  names.forEach((name, i) => {
    if (name.first === 0) return
    const at = offsetOf(doc, name) + name.first
    const before = at - 1
    const flags = tokens.flags[before] as number
    if (!(flags & TokenFlag.capitalised) || !firstNames.has(tokens.hash[before] as number)) return
    if (PERSON_TITLES.hasToken(tokens, before) || TITLES.hasToken(tokens, before)) return
    // "DI Hume" after "Detective Inspector Rachel Hume": a title's initials ("Di" is a name).
    if (flags & TokenFlag.allCaps && titleInitials(doc).has(lowerAt(tokens, before))) return
    // A month ("May Clinton", "since May Clinton"): see months.ts.
    if (MONTHS.hasToken(tokens, before)) return
    const previous = names[i - 1]
    if (previous && previous.text === name.text && previous.last >= name.first - 1) return
    const particle = PARTICLES.hasToken(tokens, at)
    if (name.type !== 'PER' && !particle) return
    name.first--
    name.type = 'PER'
  })
  return names
}

const HONORIFICS = new WordSet(FORMS_OF_ADDRESS)
/** Titles that only a person holds, which British style writes before a surname alone. */
const SURNAME_TITLES = new WordSet(['cllr', 'councillor', 'prof', 'professor'])
const ADDRESSED_OFFICES = new WordSet(ADDRESSED_OFFICE_WORDS)

/** Token `k` (capitalised) is a form of address, before the surname at `k + 1`. */
function addresses(tokens: Tokens, k: number): boolean {
  return (
    isTitle(tokens, k, HONORIFICS) &&
    !ADDRESSED_OFFICES.hasToken(tokens, k + 1) &&
    ((tokens.flags[k + 1] as number) & TokenFlag.capitalised) !== 0
  )
}

function isTitle(tokens: Tokens, k: number, words: WordSet): boolean {
  return ((tokens.flags[k] as number) & TokenFlag.capitalised) !== 0 && words.hasToken(tokens, k)
}

/** Whether token `k` is the head of a group's name: "Party", "Center", "Democrats". */
function isBodyHead(tokens: Tokens, k: number): boolean {
  return (
    HEADS.hasToken(tokens, k) ||
    TAKES_COMPLEMENT.hasToken(tokens, k) ||
    // "House Democrats": a party's members.
    PARTY_PLURALS.hasToken(tokens, k)
  )
}
/** Party members in the plural: "Democrats", "Republicans". */
const PARTY_PLURALS = new WordSet(PARTY_MEMBER_PLURALS)

/**
 * The people the tagger names: their full names' keys, and the hashes of
 * their surnames, read at the first question (few names are asked about).
 */
class KnownPeople {
  #surnames: Set<number> | null = null

  constructor(
    private readonly doc: DocumentView,
    private readonly names: readonly TaggedName[],
    readonly people: ReadonlySet<number>,
  ) {}

  /** The last words of the people named in full: "Mamdani" of "Zohran Mamdani". */
  get surnames(): ReadonlySet<number> {
    if (this.#surnames !== null) return this.#surnames
    const tokens = this.doc.tokens
    const surnames = new Set<number>()
    for (const name of this.names) {
      if (name.type !== 'PER' || name.last === name.first) continue
      // (Not the head of a body the tagger read as a person: "Party", "Department", "Center".)
      const last = offsetOf(this.doc, name) + name.last
      if (!isBodyHead(tokens, last) && !TITLES.hasToken(tokens, last))
        surnames.add(tokens.hash[last] as number)
    }
    this.#surnames = surnames
    return surnames
  }
}

/**
 * "NATO Secretary General Jens Stoltenberg" -> "NATO", "Jens Stoltenberg";
 * "General" -> nothing. The names are added to `out`.
 */
function splitAtTitle(
  name: TaggedName,
  tokens: Tokens,
  from: number,
  known: KnownPeople,
  out: TaggedName[],
): void {
  const last = from + name.last
  const first = from + name.first
  // "Mr Justice Chamberlain", "Lady Justice Hale": a British judge's style, a title before the
  // surname.
  if (
    first > from &&
    last > first &&
    addresses(tokens, first - 1) &&
    JUSTICE.hasToken(tokens, first)
  ) {
    out.push({ ...name, first: name.first + 1, type: 'PER' })
    return
  }
  // The same with the form of address inside the name: "Mrs Justice Harcourt".
  if (last > first + 1 && addresses(tokens, first) && JUSTICE.hasToken(tokens, first + 1)) {
    out.push({ ...name, first: name.first + 2, type: 'PER' })
    return
  }
  // "Mr. King": the name after a form of address is a surname, whatever else the word is.
  if (first > from && addresses(tokens, first - 1)) {
    out.push({ ...name, type: 'PER' })
    return
  }
  // "Martin Luther King Jr.": a generation's suffix after the words of the name ends it.
  const own = last > first && GENERATION_SUFFIXES.hasToken(tokens, last) ? last - 1 : last
  let start = first
  while (start <= last && !isTitle(tokens, start, PERSON_TITLES)) start++
  // "Missouri Attorney General": the office that "General" completes is of the title too, not of
  // a body "Missouri Attorney".
  if (
    start > first &&
    start <= last &&
    GENERAL.hasToken(tokens, start) &&
    GENERAL_OFFICES.hasToken(tokens, start - 1)
  )
    start--
  if (start > last) {
    // "Senate Minority Leader Harry Reid": role titles before a first name end in a person too.
    const role = roleBeforeFirstName(tokens, first, last, known)
    if (role < 0) {
      out.push(name)
      return
    }
    start = role
  }
  let end = start
  while (
    end + 1 <= last &&
    !addresses(tokens, end) &&
    (isTitle(tokens, end + 1, PERSON_TITLES) || isRole(tokens, end + 1))
  ) {
    end++
  }
  // "Billie Jean King", "Erik Prince", "Peter T. King", "Martin Luther King Jr.": a title word
  // after a first name (and a middle initial) is a surname.
  if (end === own && start === own) {
    const before = start - 1 > first && isInitialAt(tokens, start - 1) ? start - 2 : start - 1
    if (before >= first && isFirstName(tokens, before) && name.type === 'PER') {
      out.push(name)
      return
    }
  }
  if (end === last) {
    // "Citizens for Tax Justice", "Office of the Vice President": an organisation's name ends
    // in the title word after its link.
    if (name.type === 'ORG' && hasLink(tokens, first, start)) {
      out.push(name)
      return
    }
    // A title with nothing after it: dropped ("General", "European Commission President"); a
    // place or a people before it is that ("U.S." of "U.S. Attorney", read as a body's name).
    if (start !== first) {
      const head = headType(name, tokens, first, start - 1)
      // (A city's may be its club's: "The Barcelona President, Joan Laporta,".)
      const country = head === 'LOC' && !isCity(tokens, first, start - 1)
      const type = country || head === 'MISC' ? head : name.type
      out.push({ ...name, last: start - 1 - from, type })
    }
    return
  }
  // "Martin Luther King Boulevard", "Martin Luther King Jr. Avenue": a street named after a
  // person whose surname is a title's word, a place whole.
  if (start > first && isFirstName(tokens, first) && isStreetAfter(tokens, end + 1, last)) {
    out.push({ ...name, type: 'LOC' })
    return
  }
  const rest = { ...name, first: end + 1 - from, type: 'PER' as NameType }
  const firstName = lexicon().firstNames.has(tokens.hash[end + 1] as number)
  // "Nottingham Crown Court", "the Crown Prosecution Service": a body's head after a title word
  // that opens bodies' names too, and no person's name, ends a body's name ("Dr Post", "Chief
  // Justice Roberts Court" are not).
  if (
    BODY_TITLES.hasToken(tokens, end) &&
    HEADS.hasToken(tokens, last) &&
    !isPersonWord(tokens, end + 1) &&
    !known.people.has(nameKey(tokens, end + 1, last))
  ) {
    out.push({ ...name, type: 'ORG' })
    return
  }
  const isKnown =
    known.people.has(nameKey(tokens, end + 1, last)) ||
    (end + 1 === last && known.surnames.has(tokens.hash[last] as number))
  // "State Bar of Georgia", "State Department of Health": an organisation's name with a link
  // right after the word after the title word is no person's ("Senator Rand Paul of Kentucky"
  // is).
  if (name.type === 'ORG' && hasLink(tokens, end, end + 3) && !isKnown) {
    out.push(name)
    return
  }
  // "Republican National Committee Chairman Reince Priebus": two or three capitalised words
  // after a person's title ("Chairman", not "Leader") are a person's name.
  // "TikTok CEO Shou Chew": a company's officer too.
  const titled =
    (isTitle(tokens, end, PERSON_TITLES) || EXECUTIVES.hasToken(tokens, end)) &&
    last - end >= 2 &&
    last - end <= MAX_UNTAGGED_NAME &&
    allCapitalised(tokens, end + 1, last)
  // "Houston Police Chief J. Noe Diaz": an initial and capitalised words after a title.
  const initialed =
    last - end >= 2 && isInitialAt(tokens, end + 1) && allCapitalised(tokens, end + 1, last)
  // "Cllr Bains", "Prof Fairbairn": a title only a person holds, before one capitalised word.
  const surnamed =
    last === end + 1 && SURNAME_TITLES.hasToken(tokens, end) && isNameCased(tokens, last)
  if (!(name.type === 'PER' || firstName || isKnown || titled || initialed || surnamed)) {
    out.push(name)
    return
  }
  // "the University of Chicago and Professor Knittel": no "and" ends the name before the title.
  let headLast = start - 1
  while (headLast >= first && isLowerWord(tokens, headLast)) headLast--
  if (headLast >= first) {
    const head = {
      ...name,
      last: headLast - from,
      type: headType(name, tokens, first, headLast),
    }
    out.push(head)
  }
  out.push(rest)
}

/** Whether token `k` is an Arabic given name of "Abd" ("servant of"): "Abdullahi", "Abdirahman". */
function isAbdName(tokens: Tokens, k: number): boolean {
  return ABD_NAME.test(lowerAt(tokens, k))
}
const ABD_NAME = /^abd[a-z]{3,}$/u

/** A political leaning in one word: "far-right", "hard-left", "centre-right". */
export const LEANING = /^(?:far|hard|extreme|ultra|centre|center)-(?:right|left)$/u

/**
 * Whether token `first` of the name [first, last] can be an epithet before a
 * full name ("Billionaire Mark Cuban"): a word that is no first name, title,
 * known place, initial ("J. Gerald Hebert") or Arabic given name of "Abd"
 * ("Abdullahi Hussein Farah"), before a first name and at least a surname.
 */
function isEpithet(tokens: Tokens, first: number, last: number): boolean {
  return (
    last - first >= 2 &&
    !isInitialAt(tokens, first) &&
    !isAbdName(tokens, first) &&
    !isFirstName(tokens, first) &&
    isFirstName(tokens, first + 1) &&
    !TITLES.hasToken(tokens, first) &&
    !lexicon().places.has(nameKey(tokens, first, first))
  )
}

/** Whether token `k` opens a sentence. */
function opensSentence(tokens: Tokens, k: number): boolean {
  return ((tokens.flags[k] as number) & TokenFlag.sentenceStart) !== 0
}

/** Most words of a name the tagger left out after a title. */
const MAX_UNTAGGED_NAME = 3

/**
 * How many capitalised words (two or more) stand after `name` when it ends
 * in a person's title ("Chairman"), up to a word in lower case and before
 * the next name; 0 when they do not.
 */
function untaggedNameAfter(
  doc: DocumentView,
  name: TaggedName,
  next: TaggedName | undefined,
): number {
  const tokens = doc.tokens
  const view = doc.texts[name.text] as TextView
  const title = view.from + name.last
  if (!isTitle(tokens, title, PERSON_TITLES)) return 0
  const end = next && next.text === name.text ? view.from + next.first : view.to
  let k = title + 1
  while (k < end && k - title <= MAX_UNTAGGED_NAME && isNameWord(tokens, k)) k++
  const count = k - title - 1
  if (count < 2 || count > MAX_UNTAGGED_NAME) return 0
  // The words must end where the name does: at a word in lower case or a mark.
  return k < view.to && isNameWord(tokens, k) ? 0 : count
}

/** The forms of address that only a person's name follows: not "Miss" ("Miss Universe"). */
export const PERSONAL_ADDRESSES = new WordSet(PERSONAL_FORMS_OF_ADDRESS)

/** Whether tokens [first, last] all open with a capital. */
function allCapitalised(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!isCapital(tokens, k)) return false
  return true
}

/** A capitalised word that is no title: "Reince". */
function isNameWord(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags[k] as number
  return (
    (flags & TokenFlag.word) !== 0 &&
    (flags & TokenFlag.capitalised) !== 0 &&
    (flags & TokenFlag.sentenceStart) === 0 &&
    !TITLES.hasToken(tokens, k)
  )
}

/**
 * Whether `name` ends in a title word and `next`, in the same text, starts
 * right after a capitalised first name that follows it: one the lists know,
 * or any capitalised word before a surname alone that the tagger read as no
 * place or body ("Treasury Secretary | Njuguna | Ndung'u").
 */
function endsInTitleBeforeName(
  tokens: Tokens,
  name: TaggedName,
  next: TaggedName,
  from: number,
): boolean {
  const title = from + name.last
  if (next.text !== name.text || next.first !== name.last + 2 || !isTitle(tokens, title, TITLES))
    return false
  if (isFirstName(tokens, title + 1)) return true
  return (
    next.first === next.last &&
    (next.type === 'PER' || next.type === 'MISC') &&
    isNameWord(tokens, title + 1) &&
    isNameCased(tokens, title + 1)
  )
}

/**
 * The first of the role title words ("Minority Leader", "Republican") that
 * stand right before a first name inside tokens [first, last], or -1 when
 * none do.
 */
function roleBeforeFirstName(
  tokens: Tokens,
  first: number,
  last: number,
  known: KnownPeople,
): number {
  for (let k = first + 1; k <= last; k++) {
    if (!isRole(tokens, k - 1)) continue
    // "Houston Police Chief J. Noe Diaz": a first name's initial, and a name after it.
    const initial = k < last && isInitialAt(tokens, k) && allCapitalised(tokens, k, last)
    // "Democrat Mamdani": the surname alone of a person the document names in full.
    const surname = k === last && known.surnames.has(tokens.hash[k] as number)
    // "TikTok CEO Shou Chew": a company's officer and the two or three words of a name after.
    // (So does a party's or a house's leader: "Opposition Leader Sussan Ley".)
    const officer =
      (EXECUTIVES.hasToken(tokens, k - 1) || LEADERS.hasToken(tokens, k - 1)) &&
      last - k >= 1 &&
      last - k < MAX_UNTAGGED_NAME &&
      allCapitalised(tokens, k, last)
    if (!((k < last && isFirstName(tokens, k)) || initial || surname || officer)) continue
    let start = k - 1
    while (start > first && isRole(tokens, start - 1)) start--
    return start
  }
  return -1
}

/**
 * A company's officers, whose title runs into the name after it: "TikTok CEO Shou Chew",
 * "Alphabet Chief Executive Sundar Pichai", "Chief Financial Officer Anat Ashkenazi".
 */
const EXECUTIVES = new WordSet([...COMPANY_OFFICER_WORDS, 'executive', 'officer'])
/** Leaders of a party or a house, whose title runs into the name after it too. */
const LEADERS = new WordSet(['leader', 'speaker', 'whip'])

/** A title word or a party member's word ("House Republican Thomas Massie"). */
function isRole(tokens: Tokens, k: number): boolean {
  return isTitle(tokens, k, TITLES) || isTitle(tokens, k, PARTY_MEMBERS)
}

/** Token `k` is a capitalised first name of the gazetteer ("Billie", "Erik"). */
function isFirstName(tokens: Tokens, k: number): boolean {
  return (
    ((tokens.flags[k] as number) & TokenFlag.capitalised) !== 0 &&
    lexicon().firstNames.has(tokens.hash[k] as number)
  )
}

/** Letters each with its stop: "u.s.", "u.k." (not "st."). */
const DOTTED_INITIALS = /^(?:\p{L}\.){2,}$/u

/** Whether tokens `first`..`last` name a city of the gazetteer ("Barcelona"). */
function isCity(tokens: Tokens, first: number, last: number): boolean {
  return lexicon().places.get(nameKey(tokens, first, last)) === 'city'
}

/** What a qualifier before a title names: "NATO" (organisation), "Ukrainian" (other). */
function headType(name: TaggedName, tokens: Tokens, first: number, last: number): NameType {
  const key = nameKey(tokens, first, last)
  const { demonyms, places } = lexicon()
  if (demonyms.has(key)) return 'MISC'
  if (places.has(key)) return 'LOC'
  // "U.S.", "U.K.": a country's initials with their stops, which the gazetteer lists without.
  if (first === last) {
    const word = lowerAt(tokens, first)
    if (DOTTED_INITIALS.test(word) && places.has(hashOf(word.replaceAll('.', '')))) return 'LOC'
  }
  return name.type === 'PER' ? 'ORG' : name.type
}

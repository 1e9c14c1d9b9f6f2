/**
 * Organisation names the tagger cuts short: a name whose head takes a
 * complement ("Organization", "Center", "Federation") goes on over "of" or
 * "for" and the capitalised words after it ("the American Federation of
 * Teachers", "the Brennan Center for Justice"), and a name with such a
 * complement goes on over "and" and capitalised words the tagger left out
 * ("the Organization for Economic Cooperation and Development"); and a head
 * of organisations' names that the tagger left out of every name ends the
 * name before it ("Fox" + "News' Megyn Kelly").
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js'
import {
  COLLECTION_HEADS,
  COMPLEMENT_HEADS,
  ORGANIZATION_HEADS,
  ORGANIZATION_LINKS,
} from '../lexicon/organizations.js'
import { lexicon } from './lexicon.js'
import { commonWords } from './model.js'
import type { TaggedName } from './tagger.js'
import { isInitialAt, isLowerWord, lowerAt, nameKey, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { BODY_HEADS, FACILITIES, POSSESSIVE_S, TITLES, WordSet } from './words.js'

/** Heads of organisations' names that take a complement ("Department of State"). */
export const TAKES_COMPLEMENT = new WordSet(COMPLEMENT_HEADS)
/** Heads of organisations' names ("Labor Department", "Getty Images"). */
export const HEADS = new WordSet(ORGANIZATION_HEADS)
/**
 * Heads of institutions' names that the tagger may read as a name of their own after the name
 * they end: "British" + "Museum", "Democratic" + "Party" (not "Republican" + "Congress", the
 * body a party holds).
 */
const LONE_HEADS = new WordSet([
  ...COLLECTION_HEADS,
  ...['university', 'college', 'institute', 'academy'],
  ...['foundation', 'society', 'association', 'federation', 'party', 'trust'],
])
const LINKS = new WordSet(ORGANIZATION_LINKS)
/** Titles of a body's officers, right before their names: "Director Thomas Frieden". */
const OFFICERS = new WordSet([
  'director',
  'president',
  'chairman',
  'chair',
  'chairwoman',
  'secretary',
  'chief',
  'head',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'commissioner',
  'administrator',
])
/** "of", the link of "Bank of England" and "Secretary of State". */
export const OF = new WordSet(['of'])
/** Links before a complement that may open with "the": "Bank of the West", "Party for the People". */
const TAKES_ARTICLE = new WordSet(['of', 'for'])
const AND = new WordSet(['and', '&'])
/** The definite article, in any case. */
export const ARTICLE = new WordSet(['the'])
/** Month and weekday names, which follow a name without being part of it: "the Council on Friday". */
export const DATES = new WordSet([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  // "sent to the Commission on Oct. 14": a month's short name, with its stop or without.
  ...MONTH_ABBREVIATIONS.flatMap((month) => [month, `${month}.`]),
])
/** The most tokens an organisation's name grows to (the tagger's own limit). */
const MAX_NAME_TOKENS = 12

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
      LINKS.hasToken(tokens, last + 1) &&
      !isPersonAfter(tokens, names, i + 1, name.text, from, last + 2)
    ) {
      const end = capitalRun(
        tokens,
        last + 2,
        to,
        from + name.first,
        TAKES_ARTICLE.hasToken(tokens, last + 1),
      )
      if (end > last + 1 && !isElectionComplement(tokens, last, end, to)) {
        last = end
        linked = true
      }
    }
    // "Fox" + "News' Megyn Kelly", "Howard" + "University School of Law": heads of
    // organisations' names right after a name, which the tagger left out of every name or read as
    // a name of their own ("British" + "Museum"), end it, with the complement of the last ("of
    // Law").
    if (!linked) {
      // (Not in a text in capitals or title case, whose capitals say nothing.)
      let head = view.caps || view.titleCase ? last : bridgeToHead(tokens, names, i, from, to, last)
      while (
        head + 1 < to &&
        isCapital(tokens, head + 1) &&
        !((tokens.flags[head + 1] as number) & TokenFlag.sentenceStart) &&
        HEADS.hasToken(tokens, head + 1) &&
        (!startsWithin(names, i + 1, name.text, head + 1 - from, head + 1 - from) ||
          (names[i + 1]?.last === head + 1 - from && LONE_HEADS.hasToken(tokens, head + 1)))
      )
        head++
      const complement =
        head > last &&
        TAKES_COMPLEMENT.hasToken(tokens, head) &&
        LINKS.hasToken(tokens, head + 1) &&
        !isPersonAfter(tokens, names, i + 1, name.text, from, head + 2)
          ? capitalRun(
              tokens,
              head + 2,
              to,
              from + name.first,
              TAKES_ARTICLE.hasToken(tokens, head + 1),
            )
          : head
      if (complement > head + 1 && !isElectionComplement(tokens, head, complement, to)) {
        last = complement
        linked = true
      } else if (head > last && !(head + 1 < to && isCapital(tokens, head + 1))) last = head
    }
    linked ||= hasLink(tokens, from + name.first, last)
    // "... Cooperation" + "and Development": only words the tagger did not take for a name.
    if (linked && AND.hasToken(tokens, last + 1)) {
      const end = capitalRun(tokens, last + 2, to, from + name.first, false)
      if (end > last + 1 && !startsWithin(names, i + 1, name.text, last + 2 - from, end - from))
        last = end
    }
    // "Centers for Disease Control Director Thomas Frieden": not over a person the tagger
    // found after it, nor the title before them.
    last = beforePerson(tokens, names, i + 1, name.text, from, last)
    if (last <= from + name.last) {
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

/**
 * Whether a person's name of `names` (from `names[i]` on, in text `text`
 * whose tokens start at `from`) opens at token `at`, maybe after "the": no
 * complement of a name ("the Republican Party for Hillary Clinton", "the
 * Telugu Desam Party of N. Chandrababu Naidu").
 */
function isPersonAfter(
  tokens: Tokens,
  names: readonly TaggedName[],
  i: number,
  text: number,
  from: number,
  at: number,
): boolean {
  const start = ARTICLE.hasToken(tokens, at) ? at + 1 : at
  for (let j = i; j < names.length; j++) {
    const next = names[j] as TaggedName
    if (next.text !== text || from + next.first > start) return false
    if (from + next.first !== start) continue
    // A person by their first name or its initial, or by a surname the lists know (whatever the
    // tagger typed it: "the Democratic Party of Obama"); not words the tagger took for a person
    // ("Center for Transatlantic Relations").
    const { firstNames, surnames, lastNames } = lexicon()
    const hash = tokens.hash[start] as number
    if (next.first === next.last)
      return surnames.has(hash) || (next.type === 'PER' && lastNames.has(hash))
    if (next.type !== 'PER' || !(firstNames.has(hash) || isInitialAt(tokens, start))) return false
    // (Not common words that a list holds as a first name: "Center for Free Speech", "the
    // Institute for Free Expression"; but "the Party of Bill Clinton", a surname the lists know.)
    const surname = tokens.hash[from + next.last] as number
    const common = commonWords()
    return (
      surnames.has(surname) || lastNames.has(surname) || !(common.has(hash) || common.has(surname))
    )
  }
  return false
}

/** Heads of parties' and movements' names, whose complement names whom they are for or of. */
const PARTY_HEADS = new WordSet(['party', 'movement'])

/**
 * Whether the complement after "for" of the party's or movement's head at
 * `head` that ends at `end` (before `to`) is none of its name: what a party
 * runs for in an election ("the Republican Party for the Senate seat", "for
 * the White House in 2004", "for the European elections"): a body's head or
 * chamber ends it, or a noun of an election follows it. Heads of other kinds
 * take every complement, and so does "of" ("Party of Regions consultant").
 */
function isElectionComplement(tokens: Tokens, head: number, end: number, to: number): boolean {
  // "the Doha Forum on Gaza", "the Paris Peace Forum on Ukraine": a place a meeting is on is
  // what it talks of, none of its name.
  if (
    MEETINGS.hasToken(tokens, head) &&
    ON.hasToken(tokens, head + 1) &&
    lexicon().places.has(nameKey(tokens, head + 2, end)) &&
    !HEADS.hasToken(tokens, end)
  )
    return true
  if (!PARTY_HEADS.hasToken(tokens, head) || !FOR.hasToken(tokens, head + 1)) return false
  if (HEADS.hasToken(tokens, end) || HOUSE.hasToken(tokens, end)) return true
  return end + 1 < to && isLowerWord(tokens, end + 1) && ELECTION_NOUNS.hasToken(tokens, end + 1)
}
/** Nouns of what a party runs for, after the words that qualify them: "the Senate seat". */
const ELECTION_NOUNS = new WordSet([
  ...['seat', 'seats', 'race', 'races', 'nomination', 'ticket', 'election', 'elections'],
  ...['primary', 'primaries', 'presidency', 'governorship', 'runoff', 'vote', 'post'],
])
const HOUSE = new WordSet(['house'])
const FOR = new WordSet(['for'])
export const ON = new WordSet(['on'])
/** Heads of meetings' names, which "on" a place follows as their topic ("the Committee on Benghazi" is a name). */
const MEETINGS = new WordSet(['forum', 'conference', 'summit'])

/** Most capitalised words between a name and the head that ends it: "Anderson" + "Economic" + "Group". */
const MAX_BRIDGE_WORDS = 2
/** Words that join no name to a head: "Cruz The Caucus", "Demographics And Economics". */
const NOT_BRIDGES = new WordSet([
  'the',
  'a',
  'an',
  'and',
  '&',
  'or',
  'of',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
])

/**
 * The token before the head of an organisation's name that capitalised
 * words the tagger left out join to the name `names[i]`, which ends at
 * `last` ("Anderson" + "Economic Group", "U.S." + "District Court"); `last`
 * when none does. Not a name that opens a sentence ("An" + "Associated
 * Press"), nor a person's before a public body's head (the Clinton State
 * Department is the State Department).
 */
function bridgeToHead(
  tokens: Tokens,
  names: readonly TaggedName[],
  i: number,
  from: number,
  to: number,
  last: number,
): number {
  const name = names[i] as TaggedName
  if ((tokens.flags[from + name.first] as number) & TokenFlag.sentenceStart) return last
  const loose = (k: number): boolean =>
    k < to &&
    isCapital(tokens, k) &&
    !((tokens.flags[k] as number) & TokenFlag.sentenceStart) &&
    !startsWithin(names, i + 1, name.text, k - from, k - from)
  let k = last + 1
  while (
    k - last <= MAX_BRIDGE_WORDS &&
    loose(k) &&
    !HEADS.hasToken(tokens, k) &&
    !NOT_BRIDGES.hasToken(tokens, k)
  )
    k++
  if (k === last + 1 || !loose(k) || !HEADS.hasToken(tokens, k)) return last
  return name.type === 'PER' && BODY_HEADS.hasToken(tokens, k) ? last : k - 1
}

/**
 * `last`, or the token before the first person's name of text `text` (from
 * `names[i]` on) that starts by `last`, and before the title words before
 * that name ("Director").
 */
function beforePerson(
  tokens: Tokens,
  names: readonly TaggedName[],
  i: number,
  text: number,
  from: number,
  last: number,
): number {
  for (let j = i; j < names.length; j++) {
    const next = names[j] as TaggedName
    if (next.text !== text || from + next.first > last) return last
    // A person named in full after a title: not "on | Presidential Debates", read as a person.
    if (next.type !== 'PER' || next.last === next.first) continue
    let end = from + next.first - 1
    if (!OFFICERS.hasToken(tokens, end)) continue
    while (end > from && TITLES.hasToken(tokens, end)) end--
    return end
  }
  return last
}

/**
 * Whether `next` follows the name that ends at token `last` of text `text`
 * (whose tokens start at `from`) across one word that `isLink` takes: "Bay"
 * "of" "Bengal", "Roe" "v." "Wade".
 */
export function isJoinedAcross(
  tokens: Tokens,
  text: number,
  last: number,
  from: number,
  next: TaggedName | undefined,
  isLink: (k: number) => boolean,
): next is TaggedName {
  return next?.text === text && next.first === last + 2 && isLink(from + last + 1)
}

/** The token is capitalised. */
export function isCapital(tokens: Tokens, k: number): boolean {
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
    else if (k > start && end === k - 1 && isCommonWordList(tokens, k, limit)) continue
    else if (!(k > start && (LINKS.hasToken(tokens, k) || AND.hasToken(tokens, k)))) break
  }
  return end
}

/**
 * Whether the comma at token `comma` goes on with a list of capitalised
 * common words that "and" ends, before `limit`, as the complements of a
 * ministry's name list its fields ("Ministry of Land, Infrastructure and
 * Transport", "Department for Environment, Food and Rural Affairs"); not a
 * list of names ("the Bank of England, Germany and France").
 */
function isCommonWordList(tokens: Tokens, comma: number, limit: number): boolean {
  if (lowerAt(tokens, comma) !== ',') return false
  const { known, organizations, lastNames } = lexicon()
  let items = 0
  for (let k = comma + 1; k < limit; k++) {
    if (AND.hasToken(tokens, k)) return items > 0 && k + 1 < limit && isCapital(tokens, k + 1)
    if (lowerAt(tokens, k) === ',') continue
    const hash = tokens.hash[k] as number
    if (!isCapital(tokens, k) || known.has(hash) || organizations.has(hash) || lastNames.has(hash))
      return false
    items++
  }
  return false
}

/** A link word lies inside the tokens `first`..`last` ("Organization for Economic Cooperation"). */
export function hasLink(tokens: Tokens, first: number, last: number): boolean {
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

/**
 * `names` with the bodies' names the tagger passed over whole put in: a
 * capitalised head that takes a complement, after "the" or a possessive or
 * opening a sentence, then "of" or "for" and capitalised words ("the city's
 * Board of Elections", "the Department of Corrections", "Office of Management
 * and Budget Director ..."). Names inside such a name are taken in. Not over
 * a name that runs on past it, nor over a person named after a title.
 */
export function withUntaggedBodies(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const found: TaggedName[] = []
  let n = 0
  doc.texts.forEach(({ from, to, caps, titleCase, headline }, text) => {
    // Not in a headline, or a text in capitals or title case, where capitals say little.
    if (caps || titleCase || headline) return
    for (let k = from; k + 2 < to; k++) {
      // The cheap tests first: most tokens are no capitalised head before a link.
      const flags = tokens.flags[k] as number
      if (!(flags & TokenFlag.capitalised)) continue
      if (!LINKS.hasToken(tokens, k + 1) || !TAKES_COMPLEMENT.hasToken(tokens, k)) continue
      // Past the names that start before k; one of them may hold k.
      while (n < names.length && isBefore(names[n] as TaggedName, text, k - from)) n++
      const held = names[n - 1]
      if (held?.text === text && held.last >= k - from) continue
      // A body's name the tagger cut short is made whole ("Commission on Presidential | Debates").
      const starting = names[n]?.text === text && names[n]?.first === k - from ? names[n] : null
      if (starting && starting.type !== 'ORG') continue
      // After "the" or a possessive, or opening a sentence: "Office of Management and Budget
      // Director Russell Vought said"; a capitalised word or two may qualify the head: "the
      // Independent Office for Police Conduct".
      let lead = k
      while (
        lead - 1 > from &&
        k - lead < MAX_HEAD_QUALIFIERS &&
        !((tokens.flags[lead] as number) & TokenFlag.sentenceStart) &&
        isCapital(tokens, lead - 1) &&
        !ARTICLE.hasToken(tokens, lead - 1) &&
        !startsWithin(names, n - 1, text, lead - 1 - from, lead - 1 - from) &&
        !(names[n - 1]?.text === text && (names[n - 1] as TaggedName).last >= lead - 1 - from)
      )
        lead--
      const opens = ((tokens.flags[lead] as number) & TokenFlag.sentenceStart) !== 0
      if (!opens && !ARTICLE.hasToken(tokens, lead - 1) && !POSSESSIVE_S.hasToken(tokens, lead - 1))
        continue
      const run = capitalRun(tokens, k + 2, to, k, OF.hasToken(tokens, k + 1))
      const end = beforePerson(tokens, names, n, text, from, run)
      if (end <= k + 1 || (starting && starting.last >= end - from)) continue
      if (runsPast(names, n, text, end - from, k + 2 - from)) continue
      found.push({ text, first: lead - from, last: end - from, type: 'ORG', sureness: 1 })
      k = end
    }
  })
  if (found.length === 0) return names
  // Merged in reading order, without the names a found one holds.
  const out: TaggedName[] = []
  let f = 0
  let holder: TaggedName | null = null
  for (const name of names) {
    while (f < found.length && isBefore(found[f] as TaggedName, name.text, name.first + 1)) {
      holder = found[f++] as TaggedName
      out.push(holder)
    }
    if (holder?.text === name.text && name.first >= holder.first && name.last <= holder.last)
      continue
    out.push(name)
  }
  while (f < found.length) out.push(found[f++] as TaggedName)
  return out
}

/** Whether `name` starts before token `first` of text `text`. */
function isBefore(name: TaggedName, text: number, first: number): boolean {
  return name.text < text || (name.text === text && name.first < first)
}

/**
 * Whether a name of text `text` from `names[n]` on starts by token `end` and
 * ends past it, or is a person's ("the University of Chicago and Professor
 * Knittel") other than the whole complement from token `complement`.
 */
function runsPast(
  names: readonly TaggedName[],
  n: number,
  text: number,
  end: number,
  complement: number,
): boolean {
  for (let i = n; i < names.length; i++) {
    const name = names[i] as TaggedName
    if (name.text !== text || name.first > end) return false
    if (name.last > end) return true
    // "the Independent Office for | Police Conduct": the complement alone, read as a person's.
    if (name.type === 'PER' && !(name.first === complement && name.last === end)) return true
  }
  return false
}

/** Most capitalised words before a body's head that qualify it: "the Independent Office". */
const MAX_HEAD_QUALIFIERS = 2

/** Most capitalised words put back before a name that an acronym spells out. */
const MAX_SPELLED_OUT = 2

/**
 * `names` with the capitalised words right before a name put back when the
 * document's acronym of one word spells them out with it: "World" + "Health
 * Organization" beside "WHO". The tagger leaves out a word the text also
 * writes in lower case ("for the entire world").
 */
export function withAcronymWords<T extends TaggedName>(doc: DocumentView, names: T[]): T[] {
  const tokens = doc.tokens
  const acronyms = new Set<string>()
  for (const name of names) {
    const k = (doc.texts[name.text] as TextView).from + name.first
    if (name.first === name.last && (tokens.flags[k] as number) & TokenFlag.allCaps)
      acronyms.add(lowerAt(tokens, k).replaceAll('.', ''))
  }
  if (acronyms.size === 0) return names
  return names.map((name, i) => {
    if (name.type === 'PER' || name.last === name.first) return name
    const { from } = doc.texts[name.text] as TextView
    const previous = names[i - 1]
    const floor = from + (previous?.text === name.text ? previous.last + 1 : 0)
    // Most names have no capitalised word right before them: no initials to read.
    const before = from + name.first - 1
    if (before < floor || !isCapital(tokens, before) || ARTICLE.hasToken(tokens, before))
      return name
    let initials = ''
    for (let k = from + name.first; k <= from + name.last; k++)
      if (isCapital(tokens, k)) initials += lowerAt(tokens, k).charAt(0)
    let first = from + name.first
    for (let n = 1; n <= MAX_SPELLED_OUT && first - 1 >= floor; n++) {
      if (!isCapital(tokens, first - 1) || ARTICLE.hasToken(tokens, first - 1)) break
      initials = lowerAt(tokens, first - 1).charAt(0) + initials
      first--
      if (acronyms.has(initials)) return { ...name, first: first - from }
    }
    return name
  })
}

/**
 * `names` with the title words the tagger left out before a body's head put
 * back in the body's name: "Nottingham Crown | Court", "the Crown | Prosecution
 * Service", "the Justice | Department", "Massachusetts General | Hospital". The tagger reads such a word as a
 * person's title, and the head after it as the person. A name right before
 * the title word opens the body's name ("Nottingham", "Montclair State
 * University").
 */
export function withTitledBodies(doc: DocumentView, names: readonly TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const out: TaggedName[] = []
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    // (Not in a text in capitals or title case, whose capitals say nothing.)
    if (view.caps || view.titleCase) {
      out.push(name)
      continue
    }
    const first = view.from + name.first
    const last = view.from + name.last
    const previous = out[out.length - 1]
    const before = previous?.text === name.text ? view.from + previous.last : -1
    // A head alone ("Service" of "the Secret Service") takes too a capitalised word before it
    // that opens no sentence; only words no name holds ("the Republican Congress" is none).
    const alone = first === last
    let start = first
    while (
      start - 1 > Math.max(view.from, before) &&
      first - start < MAX_TITLE_WORDS &&
      isCapital(tokens, start - 1) &&
      (BODY_TITLES.hasToken(tokens, start - 1) ||
        (alone &&
          !((tokens.flags[start - 1] as number) & TokenFlag.sentenceStart) &&
          !NOT_BRIDGES.hasToken(tokens, start - 1) &&
          !DATES.hasToken(tokens, start - 1) &&
          !TITLES.hasToken(tokens, start - 1)))
    )
      start--
    const hospital = HOSPITALS.hasToken(tokens, last)
    if (
      start === first ||
      !(HEADS.hasToken(tokens, last) || TAKES_COMPLEMENT.hasToken(tokens, last) || hospital) ||
      // "Crown Court" ("Court" a first name too); not "President Grant Foundation", "Chief
      // Justice Roberts Court".
      (last > first && isPersonWord(tokens, first))
    ) {
      out.push(name)
      continue
    }
    // The place before: the name just before, ending right there ("Nottingham", "Montclair
    // State University"); a person's only before a school's head, not a public body's ("the
    // Clinton State Department" is the State Department).
    const joined =
      previous !== undefined &&
      before === start - 1 &&
      (previous.type === 'LOC' || SCHOOL_HEADS.hasToken(tokens, last))
    if (joined) out.pop()
    out.push({ ...name, first: joined ? previous.first : start - view.from, type: 'ORG' })
  }
  return out
}
/** Heads of hospitals' names: "Massachusetts General Hospital", "Leeds General Infirmary". */
export const HOSPITALS = new WordSet(['hospital', 'infirmary'])
/**
 * Title words that also open bodies' names, which the tagger leaves out
 * before a head: "Crown Court", "State University", "Justice Department",
 * "Vice News", "General Services Administration". Not "Dr", "Professor",
 * "Superintendent", whose name after them is a person's ("Dr Post").
 */
export const BODY_TITLES = new WordSet([
  'crown',
  'state',
  'justice',
  'vice',
  'general',
  'presidential',
])

/** Whether token `k` is a first name or a surname the lists know: "Grant", "Roberts". */
export function isPersonWord(tokens: Tokens, k: number): boolean {
  const { firstNames, lastNames, surnames } = lexicon()
  const hash = tokens.hash[k] as number
  return firstNames.has(hash) || lastNames.has(hash) || surnames.has(hash)
}

/** Heads of schools' names, after the name of a place or a person: "Montclair State University". */
const SCHOOL_HEADS = new WordSet(['university', 'college', 'school', 'academy', 'institute'])
/** Most title words put back before a body's head: "Crown", "Justice". */
const MAX_TITLE_WORDS = 2

/** Initials inside a name: "F.", "T.H.". */
const INITIALS = /^(?:\p{L}\.){1,3}$/u

/**
 * `names` with a name and the body's or the place's name after its initials
 * joined ("Harvard" + "T.H." + "Chan School of Public Health", "John" + "F." +
 * "Kennedy International Airport"), where the second holds a body's or a
 * building's head in three words or more and the first is one or two words.
 */
export function withInitialsJoined(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const out: TaggedName[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as TaggedName
    const next = names[i + 1]
    const { from, to } = doc.texts[name.text] as TextView
    const initials = from + name.last + 1
    if (
      next !== undefined &&
      next.text === name.text &&
      next.first === name.last + 2 &&
      name.last - name.first <= 1 &&
      (next.type === 'ORG' || next.type === 'LOC') &&
      INITIALS.test(lowerAt(tokens, initials)) &&
      isCapital(tokens, initials)
    ) {
      // "John F. Kennedy International" + "Airport": the building's head the name goes on to.
      const after = from + next.last + 1
      const building = after < to && isCapital(tokens, after) && FACILITIES.hasToken(tokens, after)
      if (building) {
        out.push({ ...next, first: name.first, last: next.last + 1, type: 'LOC' })
        i++
        continue
      }
      if (next.last - next.first >= 2 && hasHead(tokens, from + next.first, from + next.last)) {
        out.push({ ...next, first: name.first })
        i++
        continue
      }
    }
    out.push(name)
  }
  return out
}

/** Whether a token from `first` to `last` is a body's or a building's head: "School", "Airport". */
function hasHead(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++)
    if (HEADS.hasToken(tokens, k) || FACILITIES.hasToken(tokens, k)) return true
  return false
}

/**
 * Names the tagger passed over that the text itself vouches for:
 * - a one-word name of the organisation gazetteer ("Boeing", "Facebook",
 *   "Pfizer") that stands alone, capitalised, between words that are no names,
 *   even where the tagger, unsure at a sentence's start ("Boeing and
 *   Lockheed's venture"), tagged it nothing;
 * - a company's web name ("Amazon.com");
 * - a name the text defines an acronym for, whose initials the acronym spells
 *   ("The Office for Budget Responsibility (OBR)");
 * - a well-known organisation's name of several words, capitalised, that the
 *   tagger missed or read in part ("Doctors Without Borders said", "Save the
 *   Children said": "Children" alone).
 * The rules (rules.ts) settle their kinds with the document's other names.
 */
import { SHOUTED_ACRONYM_WORDS } from '../lexicon/abbreviations.js'
import { WEB_DOMAIN } from '../lexicon/organizations.js'
import { endsBefore } from './conjoined-bodies.js'
import { lexicon } from './lexicon.js'
import { ARTICLE, HEADS } from './organization-names.js'
import type { TaggedName } from './tagger.js'
import {
  isLowerWord,
  isMark,
  isNameCased,
  lowerAt,
  nameKey,
  TokenFlag,
  type Tokens,
} from './tokenize.js'
import { AND_WORD, COMMON_ACRONYMS, TITLES, WordSet } from './words.js'
import { tokensCovered, type DocumentView, type TextView } from './view.js'

/** How sure a name found so is, as the tagger would say it. */
const SURENESS = 0.9

/** `names` (in reading order) with the well-known organisations they miss, in order. */
export function withKnownOrganizations(
  doc: DocumentView,
  names: readonly TaggedName[],
): TaggedName[] {
  const { clubNicknames, organizations } = lexicon()
  const { flags, hash } = doc.tokens
  let covered: Uint8Array | null = null
  let namedKeys: ReadonlySet<number> | null = null
  const found: TaggedName[] = []
  const initialed = initialsOfBodies(doc, names)
  doc.texts.forEach((view: TextView, text) => {
    // A headline's capitals say nothing of names.
    if (view.caps || view.titleCase) return
    /** Token `k` as an organisation of one word, unless a name covers it. */
    const add = (k: number): void => {
      covered ??= tokensCovered(doc, names)
      if (covered[k]) return
      found.push({
        text,
        first: k - view.from,
        last: k - view.from,
        type: 'ORG',
        sureness: SURENESS,
      })
    }
    for (let k = view.from; k < view.to; k++) {
      const flag = flags[k] as number
      if (flag & TokenFlag.allCaps && isShoutedAcronym(doc.tokens, k, view.to)) {
        add(k)
        continue
      }
      // "The DA said" beside "the Democratic Alliance": the initials of a body the text names,
      // in capitals, that the tagger read as no name (not "the AI boom" beside "Amnesty
      // International").
      if (
        flag & TokenFlag.allCaps &&
        initialed.has(lowerAt(doc.tokens, k)) &&
        !COMMON_ACRONYMS.hasToken(doc.tokens, k)
      ) {
        add(k)
        continue
      }
      // (An acronym in capitals too: "after OPEC+ producers agreed", where the tagger read none;
      // not a short one before a plural, as often an abbreviation of a thing: "AP students".)
      if (!(flag & TokenFlag.capitalised)) continue
      if (flag & TokenFlag.allCaps && isShortBeforePlural(doc.tokens, k, view.to)) continue
      // "Amazon.com said": a company's web name, which no list needs to know.
      if (webNameStem(doc.tokens, k) > 0) {
        add(k)
        continue
      }
      // "Spurs levelled": a club's nickname, where the document names the club.
      const club = clubNicknames.get(hash[k] as number)
      if (club !== undefined && (namedKeys ??= keysOfNames(doc, names)).has(club)) {
        add(k)
        continue
      }
      if (!organizations.has(hash[k] as number)) continue
      // "Visa screening missed ...", "apple" elsewhere: a word the document writes in lower case.
      if (doc.lowerSeen.has(hash[k] as number)) continue
      // "Boeing Co", "General Electric": a word of a longer name is the tagger's to read.
      if (k > view.from && isNameWord(flags[k - 1] as number, k - 1 === view.from)) continue
      if (k + 1 < view.to && isNameWord(flags[k + 1] as number, false)) continue
      add(k)
    }
  })
  // Which name covers each token: read once, by whichever rule first asks.
  let ownerIndex: Int32Array | null = null
  const owners = (): Int32Array => (ownerIndex ??= nameOwners(doc, names))
  const defined = definedNames(doc, names, owners)
  const listed = mergeByPlace(
    longKnownNames(doc, names, owners),
    longKnownPlaces(doc, names, owners),
  )
  const long = withAmpersandNames(doc, listed)
  const kept =
    long.length === 0 ? names : withoutNamesInside(doc, cutBeforeAnd(doc, names, long), long)
  const all = found.length === 0 ? kept : mergeByPlace(kept, found)
  const retyped = all.map((name) => shoutedAcronymAsOrganization(doc, name))
  const named = long.length === 0 ? retyped : mergeByPlace(retyped, long)
  return defined.length === 0
    ? named
    : mergeByPlace(withoutNamesInside(doc, named, defined), defined)
}

/**
 * `listed` (the well-known names of several words, in reading order) with the
 * firms named by two names joined by an ampersand: "Faber & Faber", "Simon &
 * Schuster", "Smith & Nephew", "Marks & Spencer" (not in a headline's capitals
 * or title case, where every word is capitalised). The tagger reads the two
 * apart, as people, or one with the ampersand.
 */
function withAmpersandNames(doc: DocumentView, listed: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const { firstNames, lastNames } = lexicon()
  /** Whether token `k` is a first name and no surname: "Jim", not "Johnson". */
  const isGivenName = (k: number): boolean =>
    firstNames.has(tokens.hash[k] as number) && !lastNames.has(tokens.hash[k] as number)
  const found: TaggedName[] = []
  let covered: Uint8Array | null = null
  doc.texts.forEach((view: TextView, text) => {
    if (view.caps || view.titleCase) return
    let last = view.from - 1
    for (let k = view.from + 1; k + 1 < view.to; k++) {
      if (!isMark(tokens, k, '&') || k - 1 <= last) continue
      if (!isNameCased(tokens, k - 1) || !isNameCased(tokens, k + 1)) continue
      // (Not two people: "Jim & Sarah", "Giuliani & Sen. Jeff Sessions".)
      if (TITLES.hasToken(tokens, k + 1) || (isGivenName(k - 1) && isGivenName(k + 1))) continue
      let first = k - 1
      while (
        first > view.from &&
        k - first < MAX_AMPERSAND_SIDE &&
        isNameCased(tokens, first - 1) &&
        !ARTICLE.hasToken(tokens, first - 1) &&
        !((tokens.flags[first] as number) & TokenFlag.sentenceStart)
      )
        first--
      // (Not an article or a sentence's opening word before the name: "The Faber & Faber list".)
      if (ARTICLE.hasToken(tokens, first)) continue
      // "Cravath, Swaine & Moore", "Wachtell, Lipton, Rosen & Katz": the names before, each set
      // off by a comma, of a firm's partners.
      // (Not a list's items: "at Macy's, Nordstrom, Lord & Taylor and other stores", "such as
      // Pfizer, GlaxoSmithKline, Johnson & Johnson, and Eli Lilly".)
      let partners = first
      for (let n = 0; n < MAX_AMPERSAND_SIDE && partners - 2 > view.from; n++) {
        if (!isMark(tokens, partners - 1, ',') || !isNameCased(tokens, partners - 2)) break
        if (ARTICLE.hasToken(tokens, partners - 2)) break
        partners -= 2
      }
      if (partners < first && !isListAround(tokens, partners, k, view)) first = partners
      // (Nor one the lists know, found already: "Johnson & Johnson".)
      covered ??= tokensCovered(doc, listed)
      if (covered[k]) continue
      last = k + 1
      // (To a sentence's end: "Shaw & Co. Obama said".)
      while (
        last + 1 < view.to &&
        last - k < MAX_AMPERSAND_SIDE &&
        isNameCased(tokens, last + 1) &&
        !((tokens.flags[last + 1] as number) & TokenFlag.sentenceStart) &&
        !lowerAt(tokens, last).endsWith('.')
      )
        last++
      found.push({
        text,
        first: first - view.from,
        last: last - view.from,
        type: 'ORG',
        sureness: SURENESS,
      })
    }
  })
  return found.length === 0 ? listed : mergeByPlace(listed, found)
}

/**
 * `names` (in reading order) with those that hold one of `long` (in reading
 * order) after "and" cut before it: "Morgan Stanley and Sullivan & Cromwell",
 * which the tagger read as one name, is "Morgan Stanley" and the firm.
 */
function cutBeforeAnd(
  doc: DocumentView,
  names: readonly TaggedName[],
  long: readonly TaggedName[],
): TaggedName[] {
  let f = 0
  return names.map((name) => {
    while (f < long.length && endsBefore(long[f] as TaggedName, name.text, name.first)) f++
    const held = long[f]
    if (!held || held.text !== name.text || held.first - 2 < name.first || name.last < held.first)
      return name
    const from = (doc.texts[name.text] as TextView).from
    return AND_WORD.hasToken(doc.tokens, from + held.first - 1)
      ? { ...name, last: held.first - 2 }
      : name
  })
}
/**
 * Whether the names from token `first` to the ampersand at `k` are items of a
 * list: a comma or a capitalised word before them, or "and" after the name the
 * ampersand joins (", and Eli Lilly", "and other stores").
 */
function isListAround(tokens: Tokens, first: number, k: number, view: TextView): boolean {
  if (first > view.from && (isMark(tokens, first - 1, ',') || isNameCased(tokens, first - 1)))
    return true
  let end = k + 1
  while (end + 1 < view.to && isNameCased(tokens, end + 1)) end++
  const next = isMark(tokens, end + 1, ',') ? end + 2 : end + 1
  return next < view.to && AND_WORD.hasToken(tokens, next)
}

/** Most capitalised words on either side of the ampersand: "Hodder & Stoughton Ltd". */
const MAX_AMPERSAND_SIDE = 3

/** The keys of `names` ("tottenham hotspur"). */
function keysOfNames(doc: DocumentView, names: readonly TaggedName[]): ReadonlySet<number> {
  const keys = new Set<number>()
  for (const name of names) {
    const from = (doc.texts[name.text] as TextView).from
    keys.add(nameKey(doc.tokens, from + name.first, from + name.last))
  }
  return keys
}

/**
 * The initials of the organisations and the other names of `names` (the
 * tagger types a party's name either way) of two capitalised words or more,
 * lower-cased, the words of their links left out: "da" of "Democratic
 * Alliance", "nra" of "National Rifle Association".
 */
function initialsOfBodies(doc: DocumentView, names: readonly TaggedName[]): ReadonlySet<string> {
  const initials = new Set<string>()
  for (const name of names) {
    if ((name.type !== 'ORG' && name.type !== 'MISC') || name.last === name.first) continue
    const from = (doc.texts[name.text] as TextView).from
    let letters = ''
    for (let k = from + name.first; k <= from + name.last; k++)
      if ((doc.tokens.flags[k] as number) & TokenFlag.capitalised)
        letters += lowerAt(doc.tokens, k).charAt(0)
    if (letters.length >= 2) initials.add(letters)
  }
  return initials
}

/** Whether token `k` has under four letters and a plural in lower case follows it: "AMT payers". */
function isShortBeforePlural(tokens: Tokens, k: number, to: number): boolean {
  if ((tokens.end[k] as number) - (tokens.start[k] as number) >= MIN_LONE_ACRONYM) return false
  return k + 1 < to && isLowerWord(tokens, k + 1) && lowerAt(tokens, k + 1).endsWith('s')
}
const MIN_LONE_ACRONYM = 4

/** Most words of a well-known organisation's name: "International Committee of the Red Cross". */
const MAX_KNOWN_WORDS = 6

/**
 * The well-known organisations of several words in the texts (outside
 * headlines in capitals or title case): capitalised first and last words, and
 * no name of `names` reaching out of them.
 */
function longKnownNames(
  doc: DocumentView,
  names: readonly TaggedName[],
  owners: () => Int32Array,
): TaggedName[] {
  const { organizations, organizationStarts } = lexicon()
  const tokens = doc.tokens
  const found: TaggedName[] = []
  doc.texts.forEach((view: TextView, text) => {
    if (view.caps || view.titleCase) return
    for (let k = view.from; k + 1 < view.to; k++) {
      const flag = tokens.flags[k] as number
      if (!(flag & TokenFlag.capitalised) || !organizationStarts.has(tokens.hash[k] as number))
        continue
      for (let last = Math.min(view.to - 1, k + MAX_KNOWN_WORDS - 1); last > k; last--) {
        // "Hayat Tahrir al-Sham": a last word with a capital inside it ends a name too.
        if (!((tokens.flags[last] as number) & (TokenFlag.capitalised | TokenFlag.hasUpper)))
          continue
        if (!organizations.has(nameKey(tokens, k, last))) continue
        // "The WHO has not set a target": an acronym in capitals after "the", not the band.
        if (
          last === k + 1 &&
          (tokens.flags[last] as number) & TokenFlag.allCaps &&
          ARTICLE.hasToken(tokens, k)
        )
          continue
        const owner = owners()
        const cover = coverOf(owner, names, doc, k, last)
        // "Amnesty International Kenya": the name of a country after the organisation's is its
        // branch there, where the tagger read the country with the name's last words.
        const end = cover === 'out' ? branchEnd(owner, names, doc, k, last) : last
        // A name the tagger read whole ("the Dow Jones index") is the rules' to type.
        if (cover === 'whole' || end < 0) break
        found.push({ text, first: k - view.from, last: end - view.from, type: 'ORG', sureness: 1 })
        k = end
        break
      }
    }
  })
  return found
}

/**
 * The places of the lists whose names hold a word in lower case, which the
 * tagger reads apart ("Bosnia and Herzegovina", "Saint Vincent and the
 * Grenadines", "Newcastle upon Tyne", "Caxias do Sul"): capitalised first and
 * last words, the names of `names` inside them, none reaching out of them.
 */
function longKnownPlaces(
  doc: DocumentView,
  names: readonly TaggedName[],
  owners: () => Int32Array,
): TaggedName[] {
  const { places, placeStarts } = lexicon()
  const tokens = doc.tokens
  const found: TaggedName[] = []
  doc.texts.forEach((view: TextView, text) => {
    if (view.caps || view.titleCase) return
    for (let k = view.from; k + 2 < view.to; k++) {
      if (!isNameCased(tokens, k) || !placeStarts.has(tokens.hash[k] as number)) continue
      for (let last = Math.min(view.to - 1, k + MAX_KNOWN_WORDS - 1); last > k + 1; last--) {
        if (!isNameCased(tokens, last) || !places.has(nameKey(tokens, k, last))) continue
        let linked = false
        for (let at = k + 1; at < last && !linked; at++) linked = isLowerWord(tokens, at)
        if (!linked) break
        if (coverOf(owners(), names, doc, k, last) !== 'inside') break
        found.push({ text, first: k - view.from, last: last - view.from, type: 'LOC', sureness: 1 })
        k = last
        break
      }
    }
  })
  return found
}

/** For each token of the document, the index in `names` of the name that covers it, or -1. */
function nameOwners(doc: DocumentView, names: readonly TaggedName[]): Int32Array {
  const owner = new Int32Array(doc.tokens.count).fill(-1)
  names.forEach((name, i) => {
    const from = (doc.texts[name.text] as TextView).from
    for (let k = from + name.first; k <= from + name.last; k++) owner[k] = i
  })
  return owner
}

/**
 * How the names of `names` cover tokens `first`..`last`: one reaches out of
 * them ('out'), one is exactly them ('whole'), or none does either ('inside').
 */
function coverOf(
  owner: Int32Array,
  names: readonly TaggedName[],
  doc: DocumentView,
  first: number,
  last: number,
): 'out' | 'whole' | 'inside' {
  for (let k = first; k <= last; k++) {
    const i = owner[k] as number
    if (i < 0) continue
    const name = names[i] as TaggedName
    const from = (doc.texts[name.text] as TextView).from
    if (from + name.first < first || from + name.last > last) return 'out'
    if (from + name.first === first && from + name.last === last) return 'whole'
  }
  return 'inside'
}

/**
 * The last token of a country's branch of the organisation of tokens
 * `first`..`last` ("Amnesty International Kenya"): the end of the name of
 * `names` that starts inside them and reaches past them into the name of a
 * place the lists know; -1 when no name does so.
 */
function branchEnd(
  owner: Int32Array,
  names: readonly TaggedName[],
  doc: DocumentView,
  first: number,
  last: number,
): number {
  const startOf = (i: number): number =>
    (doc.texts[(names[i] as TaggedName).text] as TextView).from + (names[i] as TaggedName).first
  const opening = owner[first] as number
  if (opening >= 0 && startOf(opening) < first) return -1
  const closing = owner[last] as number
  if (closing < 0 || startOf(closing) < first) return -1
  const name = names[closing] as TaggedName
  const end = (doc.texts[name.text] as TextView).from + name.last
  return lexicon().places.has(nameKey(doc.tokens, last + 1, end)) ? end : -1
}

/**
 * `names` without those that lie inside one of `spans` (no name reaches out
 * of a span: its first token says).
 */
function withoutNamesInside(
  doc: DocumentView,
  names: readonly TaggedName[],
  spans: readonly TaggedName[],
): TaggedName[] {
  const inside = new Uint8Array(doc.tokens.count)
  for (const span of spans) {
    const from = (doc.texts[span.text] as TextView).from
    inside.fill(1, from + span.first, from + span.last + 1)
  }
  return names.filter((name) => !inside[(doc.texts[name.text] as TextView).from + name.first])
}

/** `name` as an organisation when it is a shouted acronym alone that the tagger typed otherwise. */
function shoutedAcronymAsOrganization(doc: DocumentView, name: TaggedName): TaggedName {
  if (name.type === 'ORG' || name.first !== name.last) return name
  const view = doc.texts[name.text] as TextView
  if (view.caps || view.titleCase) return name
  const k = view.from + name.first
  if (!((doc.tokens.flags[k] as number) & TokenFlag.allCaps)) return name
  return isShoutedAcronym(doc.tokens, k, view.to)
    ? { ...name, type: 'ORG', sureness: SURENESS }
    : name
}

/** Function words that in capitals are an organisation's acronym, which the tagger takes for the word. */
const SHOUTED_ACRONYMS = new WordSet(SHOUTED_ACRONYM_WORDS)

/** Whether token `k` (before `to`) is such an acronym: not a question ("WHO?"). */
function isShoutedAcronym(tokens: Tokens, k: number, to: number): boolean {
  if (!SHOUTED_ACRONYMS.hasToken(tokens, k)) return false
  return !(k + 1 < to && isMark(tokens, k + 1, '?'))
}

/** Lower-case words an acronym skips: "Office for Budget Responsibility (OBR)". */
const SKIPPED = new WordSet(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', '&'])
/** Letters of the acronyms read: "EU" to "NAACP". */
const MIN_ACRONYM = 2
const MAX_ACRONYM = 6

/**
 * The names before an acronym in brackets whose initials it spells, which no
 * name of `names` reaches out of or covers whole: "Office for Budget
 * Responsibility" of "The Office for Budget Responsibility (OBR)". An
 * organisation, or a place the gazetteer knows.
 */
function definedNames(
  doc: DocumentView,
  names: readonly TaggedName[],
  owners: () => Int32Array,
): TaggedName[] {
  const tokens = doc.tokens
  const found: TaggedName[] = []
  let organizations: Uint8Array | null = null
  doc.texts.forEach((view: TextView, text) => {
    if (view.caps) return
    for (let k = view.from + 1; k + 2 < view.to; k++) {
      if (!isMark(tokens, k, '(') || !isMark(tokens, k + 2, ')')) continue
      const acronym = acronymAt(tokens, k + 1)
      if (acronym === null) continue
      const first = initialsBefore(tokens, k - 1, view.from, acronym)
      if (first < 0) continue
      // (Names inside it give way to it: "Stellar" of "Stellar Line Sports Management (SLSM)".)
      if (coverOf(owners(), names, doc, first, k - 1) !== 'inside') continue
      const isPlace = lexicon().places.has(nameKey(tokens, first, k - 1))
      // "Gross Domestic Product (GDP)": a term, unless a head or the tagger says an organisation.
      organizations ??= tokensCovered(
        doc,
        names.filter((name) => name.type === 'ORG'),
      )
      // (A link's letter in it, "TfGM", is a body's.)
      const linked = !((tokens.flags[k + 1] as number) & TokenFlag.allCaps)
      if (!isPlace && !linked && !organizations[k + 1] && !hasHead(tokens, first, k - 1)) continue
      const type = isPlace ? 'LOC' : 'ORG'
      found.push({
        text,
        first: first - view.from,
        last: k - 1 - view.from,
        type,
        sureness: SURENESS,
      })
    }
  })
  return found
}

/** Whether a word of tokens `first`..`last` heads organisations' names ("Office", "Institute"). */
function hasHead(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (HEADS.hasToken(tokens, k)) return true
  return false
}

/**
 * The letters of token `k` when it is an acronym in capitals ("OBR"), or
 * one whose small letters stand for the links of the name ("TfGM" of
 * "Transport for Greater Manchester", "MoD"); or null.
 */
function acronymAt(tokens: Tokens, k: number): string | null {
  const start = tokens.start[k] as number
  const end = tokens.end[k] as number
  if (end - start < MIN_ACRONYM || end - start > MAX_ACRONYM) return null
  const value = tokens.values[tokens.text[k] as number] as string
  const letters = value.slice(start, end)
  if ((tokens.flags[k] as number) & TokenFlag.allCaps)
    return /^\p{Lu}+$/u.test(letters) ? letters : null
  return LINKED_ACRONYM.test(letters) ? letters : null
}
/** An acronym with a small letter for a link between capitals: "TfGM", "DfE", "MoD". */
const LINKED_ACRONYM = /^\p{Lu}+(?:[fo]\p{Lu}+)+$/u

/**
 * The first token of the capitalised words ending at token `last` (at or after
 * `floor`) whose initials spell `acronym`, skipping the lower-case words an
 * acronym skips; -1 when they do not.
 */
function initialsBefore(tokens: Tokens, last: number, floor: number, acronym: string): number {
  let k = last
  for (let i = acronym.length - 1; i >= 0; i--) {
    // A small letter is a link's: "f" of "for" in "Transport for Greater Manchester (TfGM)".
    const link = acronym.charAt(i)
    if (link !== link.toUpperCase()) {
      if (k < floor || !SKIPPED.hasToken(tokens, k) || lowerAt(tokens, k).charAt(0) !== link)
        return -1
      k--
      continue
    }
    while (
      k >= floor &&
      !((tokens.flags[k] as number) & TokenFlag.capitalised) &&
      SKIPPED.hasToken(tokens, k)
    )
      k--
    if (k < floor || !((tokens.flags[k] as number) & TokenFlag.capitalised)) return -1
    const value = tokens.values[tokens.text[k] as number] as string
    if (value.charAt(tokens.start[k] as number) !== acronym.charAt(i)) return -1
    k--
  }
  // The word after the last letter's must not skip back over a lower-case word: "the" stays out.
  return k + 1 <= last ? k + 1 : -1
}

/** Whether a token of these flags may be a word of a name (a capitalised word inside a sentence). */
function isNameWord(flag: number, opensText: boolean): boolean {
  return (flag & TokenFlag.capitalised) !== 0 && !opensText && !(flag & TokenFlag.sentenceStart)
}

/** The names of `a` and `b` (each in reading order) in reading order. */
function mergeByPlace(a: readonly TaggedName[], b: readonly TaggedName[]): TaggedName[] {
  const out: TaggedName[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = a[i]
    const y = b[j]
    if (
      y === undefined ||
      (x !== undefined && (x.text < y.text || (x.text === y.text && x.first < y.first)))
    ) {
      out.push(x as TaggedName)
      i++
    } else {
      out.push(y)
      j++
    }
  }
  return out
}

/**
 * Where the stem of token `k` ends when the token is a company's web name, a
 * word and ".com" ("Amazon.com", "Booking.com"); 0 when it is none.
 */
export function webNameStem(tokens: Tokens, k: number): number {
  const start = tokens.start[k] as number
  const end = tokens.end[k] as number
  if (end - start <= WEB_DOMAIN.length + 1) return 0
  const value = tokens.values[tokens.text[k] as number] as string
  const stem = end - WEB_DOMAIN.length
  // Read in place: most names end in no dot three characters from their end.
  if (value.charCodeAt(stem) !== DOT) return 0
  for (let i = 1; i < WEB_DOMAIN.length; i++)
    if ((value.charCodeAt(stem + i) | CASE_BIT) !== WEB_DOMAIN.charCodeAt(i)) return 0
  return stem
}
const DOT = 0x2e
/** The bit that lower-cases an ASCII capital. */
const CASE_BIT = 0x20

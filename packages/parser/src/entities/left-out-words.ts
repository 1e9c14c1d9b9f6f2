/**
 * Words the tagger leaves out around a name, which belong to it:
 * - the capitalised head of a name of the shape "X of (the) Y", which the
 *   tagger reads as Y alone when an article stands inside ("Friends of the
 *   Earth", "Church of England"), but not a title ("Secretary of State");
 * - the capitalised words before a head that names no body or place alone:
 *   "Amnesty" + "International", "Transparency" + "International", "Long" +
 *   "Island";
 * - the capitalised words after a name up to such a head: "Human" + "Rights
 *   Watch" (a sentence's first words, which the tagger reads apart);
 * - the surname after a first name ("Mike" + "Pence of Indiana");
 * - a point of the compass before a place's name ("West" + "Yorkshire Police");
 * - the abbreviated "Saint", "Fort" or "Mount" before a place's name ("St." +
 *   "Lucie County", "Ft." + "Lauderdale");
 * - the kind of storm before a storm's name, which makes it an other name
 *   ("Hurricane" + "Milton", "Tropical Storm" + "Debby");
 * - the possessive and the head of an institution named after someone ("St.
 *   Mary" + "'s Hospital"), or its owner and possessive before the head ("King's"
 *   + "College London");
 * - a body's name before a title and a person's name, which the tagger leaves
 *   out at a sentence's start ("Federal Emergency Management Agency" +
 *   "Administrator Deanne Criswell");
 * - the capitalised words of a name after "known as" ("Cal" + "Fire").
 */
import { COMPANY_PLURALS, LEGAL_FORM_WORDS, ORGANIZATION_HEADS } from '../lexicon/organizations.js'
import { COMPASS_WORDS } from '../lexicon/name-openers.js'
import { DIVISION_WORDS } from '../lexicon/divisions.js'
import { STORM_KINDS, STORM_QUALIFIERS } from '../lexicon/storms.js'
import { PERSON_ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles.js'
import { functionWords } from './discourse.js'
import { lexicon } from './lexicon.js'
import { ARTICLE, DATES, HEADS, isCapital, OF } from './organization-names.js'
import type { NameType, TaggedName } from './tagger.js'
import { isCommonWord } from './split-persons.js'
import { dropNamesFrom } from './trim.js'
import { TokenFlag, type Tokens } from './tokenize.js'
import type { CommonWords, DocumentView, TextView } from './view.js'
import { POSSESSIVE_MARKS, POSSESSIVE_S, SAINTS, TITLES, WordSet } from './words.js'

/** Titles and roles, which come before "of" without heading a name: "Mayor of London". */
const ROLES = new WordSet([...TITLE_WORDS, ...PERSON_ROLE_NOUNS])
/** Heads of places' names before "of": "Gulf of Mexico", "Republic of Ireland". */
const PLACE_HEADS_LIST = [
  ...['gulf', 'bay', 'isle', 'island', 'islands', 'republic', 'sea', 'strait', 'straits'],
  ...['cape', 'lake', 'mount', 'province', 'kingdom', 'city', 'county', 'district'],
]
const PLACE_HEADS = new WordSet(PLACE_HEADS_LIST)
/**
 * Heads of bodies' names that name no body alone, so that the capitalised
 * words before them are the name's: "Amnesty International", "Human Rights Watch".
 */
const DEPENDENT_HEADS = new WordSet(['international', 'watch'])
/** Heads of places' names that name no place alone: "Long" + "Island". */
const DEPENDENT_PLACE_HEADS = new WordSet(['island', 'islands'])
/** Most words taken in before a dependent head ("Human Rights" + "Watch"). */
const MAX_LEADING_WORDS = 3

/** `names` (in reading order) with the words left out around them taken in. */
export function withLeftOutWords(
  doc: DocumentView,
  names: readonly TaggedName[],
  common: CommonWords,
): TaggedName[] {
  const out: TaggedName[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as TaggedName
    const view = doc.texts[name.text] as TextView
    // A headline's capitals say nothing of names.
    if (view.caps || view.titleCase) {
      out.push(name)
      continue
    }
    // Words another name holds are that name's.
    const previous = out[out.length - 1]
    const floor =
      view.from + (previous !== undefined && previous.text === name.text ? previous.last + 1 : 0)
    // "St. Mary" + "'s" + "Hospital": an institution named after its saint or founder.
    const institution =
      countyBefore(doc.tokens, name, view.from) ??
      possessiveInstitution(doc.tokens, name, view.from, view.to) ??
      possessiveOwnerBefore(doc.tokens, name, view.from, floor) ??
      pluralPossessiveAfter(doc.tokens, name, view.from, view.to, common) ??
      wordsBeforeCompany(doc.tokens, name, view.from)
    if (institution) {
      // "Leeds" + "Magistrates' Court": a name the institution's takes in goes.
      dropNamesFrom(out, institution)
      out.push(institution)
      while (
        names[i + 1]?.text === name.text &&
        (names[i + 1] as TaggedName).first <= institution.last
      )
        i++
      continue
    }
    // "known as Cal Fire": the capitalised words after, a name the tagger read apart included.
    const known = wordsAfterKnownAs(doc.tokens, name, view.from, view.to)
    if (known) {
      out.push(known)
      while (names[i + 1]?.text === name.text && (names[i + 1] as TaggedName).first <= known.last)
        i++
      continue
    }
    const next = names[i + 1]
    const ceiling =
      view.from + (next !== undefined && next.text === name.text ? next.first : view.to - view.from)
    const body = bodyBeforeTitle(doc.tokens, name, view.from, floor)
    if (body) {
      // "Australian" + "Federal Police Commissioner Andrew Colvin": a nationality right before
      // opens the body's name.
      if (
        previous !== undefined &&
        previous.text === name.text &&
        previous.type === 'MISC' &&
        previous.first === previous.last &&
        previous.last === body.first - 1
      ) {
        out.pop()
        body.first = previous.first
      }
      out.push(body)
    }
    out.push(
      stormBefore(doc.tokens, name, view.from, floor) ??
        compassBefore(doc.tokens, name, view.from, floor) ??
        placePrefixBefore(doc.tokens, name, view.from, floor) ??
        headBeforeOf(doc.tokens, name, view.from, floor) ??
        wordsBeforeHead(doc.tokens, name, view.from, floor) ??
        wordsUpToHead(doc.tokens, name, view.from, ceiling) ??
        surnameAfterFirstName(doc, name, view.from, ceiling) ??
        name,
    )
  }
  return out
}

/** Heads of the names of counties and their like, after the words that name them: "Palm Beach County". */
const COUNTY_HEADS = new WordSet(DIVISION_WORDS)
/** Most words of a county's own name: "St. Lucie", "Los Angeles", "Miami-Dade". */
const MAX_COUNTY_WORDS = 3

/**
 * "Palm Beach County", "St. Lucie County", "Los Angeles County" for a name
 * that ends in "County" ("County", "Angeles County") that the tagger cut from
 * the capitalised words before it (reading "Palm" or "Lucie" a person): the
 * county, a place, over the names of those words; null when it is no
 * county's or holds no word before its head.
 */
function countyBefore(tokens: Tokens, name: TaggedName, from: number): TaggedName | null {
  const head = from + name.last
  if (!COUNTY_HEADS.hasToken(tokens, head)) return null
  let first = from + name.first
  while (
    first - 1 >= from &&
    head - first < MAX_COUNTY_WORDS &&
    isCapital(tokens, first - 1) &&
    !functionWords().hasToken(tokens, first - 1) &&
    !((tokens.flags[first] as number) & TokenFlag.sentenceStart)
  )
    first--
  if (first < from + name.first) return { ...name, first: first - from, type: 'LOC' }
  // "Jefferson County" read whole as a person's is a place; "Derby County" read as a body's (a
  // club, maybe) stays one.
  return name.type === 'PER' && name.last > name.first ? { ...name, type: 'LOC' } : null
}

/** Heads of institutions named after someone in the possessive: "St. Mary's Hospital". */
const INSTITUTIONS = new WordSet(['hospital', 'college', 'university', 'school', 'church'])

/** "St. Mary's Hospital" for the name "St. Mary" ("St Thomas' Hospital" for "St Thomas"), or null. */
function possessiveInstitution(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  to: number,
): TaggedName | null {
  const mark = from + name.last + 1
  const head = mark + 1
  if (head >= to || !POSSESSIVE_MARKS.hasToken(tokens, mark)) return null
  // The apostrophe alone after a saint's name or a place's, not a person's: "Bernie Sanders'
  // College for All Act" is his bill.
  if (
    !POSSESSIVE_S.hasToken(tokens, mark) &&
    name.type === 'PER' &&
    !SAINTS.hasToken(tokens, from + name.first)
  )
    return null
  // "Johns Hopkins University's School of ...": a body's part, not a name of the body.
  if (HEADS.hasToken(tokens, from + name.last)) return null
  if (!isCapital(tokens, head) || !INSTITUTIONS.hasToken(tokens, head)) return null
  return { ...name, last: head - from, type: 'ORG' }
}

/**
 * The name with the owner in the possessive that the tagger left out before
 * its head: "King's" + "College London" (a singular owner, a title's word
 * the tagger does not take for a name, before an institution's head),
 * "Leeds Magistrates'" + "Court" (a plural owner and the capitalised words
 * before it, names the tagger read apart included, before a body's head);
 * or null. The owner is no name of its own ("Sanders' Senate campaign").
 */
function possessiveOwnerBefore(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  floor: number,
): TaggedName | null {
  const head = from + name.first
  const owner = head - 2
  if (owner < floor || !isCapital(tokens, head) || !isCapital(tokens, owner)) return null
  if (POSSESSIVE_S.hasToken(tokens, head - 1) && INSTITUTIONS.hasToken(tokens, head)) {
    const saint = owner - 1 >= floor && SAINTS.hasToken(tokens, owner - 1) ? 1 : 0
    return { ...name, first: owner - saint - from, type: 'ORG' }
  }
  if (isPluralPossessive(tokens, owner) && BODY_HEADS.hasToken(tokens, head))
    return { ...name, first: leadingStart(tokens, owner, from) - from, type: 'ORG' }
  return null
}

/**
 * The first of the capitalised words that lead up to token `at` (itself
 * included), no further back than `floor`, a few at most, none before the
 * start of its sentence, each one that `accepts` takes: "Independent" +
 * "Office", "Leeds" + "Magistrates'".
 */
function leadingStart(
  tokens: Tokens,
  at: number,
  floor: number,
  accepts: (k: number) => boolean = () => true,
): number {
  let start = at
  while (
    start - 1 >= floor &&
    at - start < MAX_LEADING_WORDS &&
    !((tokens.flags[start] as number) & TokenFlag.sentenceStart) &&
    isLeadingWord(tokens, start - 1) &&
    accepts(start - 1)
  )
    start--
  return start
}

/** Apostrophes, straight and curly, as the tokenizer leaves them after a plural. */
const APOSTROPHES = new WordSet(["'", '’'])

/** "Workers' Party" for the name "Workers", "Teachers' Union" for "Teachers"; or null. */
function pluralPossessiveAfter(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  to: number,
  common: CommonWords,
): TaggedName | null {
  const owner = from + name.last
  const head = owner + 2
  // A name in the plural that is a common noun's: "Workers", not "Sanders" or "Democrats".
  if (head >= to || !isPluralPossessive(tokens, owner) || !isCommonWord(tokens, owner, common))
    return null
  if (!isCapital(tokens, head) || !BODY_HEADS.hasToken(tokens, head)) return null
  return { ...name, last: head - from, type: 'ORG' }
}

/**
 * Whether token `k` is a plural with its possessive apostrophe right after it
 * as the next token: "Magistrates' Court", not "the 'Court'".
 */
function isPluralPossessive(tokens: Tokens, k: number): boolean {
  if (!APOSTROPHES.hasToken(tokens, k + 1)) return false
  const value = tokens.values[tokens.text[k] as number] as string
  const end = tokens.end[k] as number
  return value.charCodeAt(end - 1) === LOWER_S && tokens.start[k + 1] === end
}
const LOWER_S = 0x73

/**
 * Heads and legal forms of companies' names that the tagger may read without
 * the words before them: "Magnum Ice Cream Company", "Advanced Micro Devices".
 */
const COMPANY_HEADS = new WordSet([
  'company',
  'corporation',
  ...LEGAL_FORM_WORDS,
  ...COMPANY_PLURALS,
])

/**
 * "Magnum Ice Cream Company" for the name "Cream Company": the capitalised
 * words right before a company's head, names the tagger read apart
 * ("Magnum") included; or null.
 */
function wordsBeforeCompany(tokens: Tokens, name: TaggedName, from: number): TaggedName | null {
  const first = from + name.first
  const head = from + name.last
  if (!isCapital(tokens, head) || !COMPANY_HEADS.hasToken(tokens, head)) return null
  // "the Swiss AG Müller": a nationality before a company's name is not in it.
  const { demonyms } = lexicon()
  const start = leadingStart(tokens, first, from, (k) => !demonyms.has(tokens.hash[k] as number))
  return start < first ? { ...name, first: start - from, type: 'ORG' } : null
}

/** Most words of a body's name before a title: "Federal Emergency Management Agency". */
const MAX_BODY_WORDS = 6

/**
 * "Federal Emergency Management Agency" before "Administrator" and the
 * person's name "Deanne Criswell": capitalised words that end in a head of
 * bodies' names ("Agency", "Department") right before a title; null when
 * there are none.
 */
function bodyBeforeTitle(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  floor: number,
): TaggedName | null {
  const title = from + name.first - 1
  const head = title - 1
  if (name.type !== 'PER' || head < floor || !isCapital(tokens, title)) return null
  if (!TITLES.hasToken(tokens, title) || !HEADS.hasToken(tokens, head) || !isCapital(tokens, head))
    return null
  let start = head
  while (start - 1 >= floor && head - start < MAX_BODY_WORDS && isLeadingWord(tokens, start - 1)) {
    start--
    if ((tokens.flags[start] as number) & TokenFlag.sentenceStart) break
  }
  if (start === head) return null
  return { text: name.text, first: start - from, last: head - from, type: 'ORG', sureness: 0.5 }
}

/** Kinds of storms that open their names: "Hurricane Milton", "Typhoon Haiyan". */
const STORMS = new WordSet(STORM_KINDS)
const TROPICAL = new WordSet(STORM_QUALIFIERS)

/** "Hurricane Milton" for the name "Milton", or null. */
function stormBefore(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  floor: number,
): TaggedName | null {
  let kind = capitalBefore(tokens, from + name.first, floor, STORMS)
  if (kind < 0) return null
  if (capitalBefore(tokens, kind, floor, TROPICAL) >= 0) kind--
  return { ...name, first: kind - from, type: 'MISC' }
}

/** Token `k - 1` when it is a capitalised word of `words` at or past `floor`, else -1. */
function capitalBefore(tokens: Tokens, k: number, floor: number, words: WordSet): number {
  const before = k - 1
  return before >= floor && isCapital(tokens, before) && words.hasToken(tokens, before)
    ? before
    : -1
}

/** Points of the compass and the like that open places' names: "West Yorkshire". */
export const COMPASS = new WordSet(COMPASS_WORDS)

/**
 * "West Yorkshire Police" for the name "Yorkshire Police" that the tagger
 * read without the capitalised point of the compass before it (at a
 * sentence's start mostly), or null.
 */
function compassBefore(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  floor: number,
): TaggedName | null {
  const compass = capitalBefore(tokens, from + name.first, floor, COMPASS)
  return compass < 0 ? null : { ...name, first: compass - from }
}

/** Abbreviations of "Saint", "Fort" and "Mount" that open places' names: "St. Lucie County". */
const PLACE_PREFIXES = new WordSet(['st.', 'ste.', 'ft.', 'mt.'])
/** Heads of names that make them places': "St. Lucie County", "St. Johns River". */
const PLACE_ENDS = new WordSet([...PLACE_HEADS_LIST, 'parish', 'river', 'beach', 'bay'])

/** "St. Lucie County" for the name "Lucie County", or null. */
function placePrefixBefore(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  floor: number,
): TaggedName | null {
  if (capitalBefore(tokens, from + name.first, floor, PLACE_PREFIXES) < 0) return null
  const type = PLACE_ENDS.hasToken(tokens, from + name.last) ? 'LOC' : name.type
  return { ...name, first: name.first - 1, type }
}

/** "Human Rights Watch" for the name "Human", or null. */
function wordsUpToHead(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  ceiling: number,
): TaggedName | null {
  const last = from + name.last
  for (let k = last + 1; k < ceiling && k - last <= MAX_LEADING_WORDS; k++) {
    if (!isLeadingWord(tokens, k) || (tokens.flags[k] as number) & TokenFlag.sentenceStart) break
    if (DEPENDENT_HEADS.hasToken(tokens, k)) return { ...name, last: k - from, type: 'ORG' }
  }
  return null
}

/**
 * The capitalised words after a name right after "known as", which are all
 * of the name it is known by ("known as Cal Fire", where the tagger read
 * "Cal" alone), or null when none follows.
 */
function wordsAfterKnownAs(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  to: number,
): TaggedName | null {
  const first = from + name.first
  if (first - 2 < from || !KNOWN.hasToken(tokens, first - 2) || !AS.hasToken(tokens, first - 1))
    return null
  const last = from + name.last
  let k = last + 1
  while (k < to && k - last <= MAX_LEADING_WORDS && isLeadingWord(tokens, k)) k++
  return k > last + 1 ? { ...name, last: k - 1 - from } : null
}
const KNOWN = new WordSet(['known'])
const AS = new WordSet(['as'])

/** "Friends of the Earth" for the name "Earth", or null. */
function headBeforeOf(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  floor: number,
): TaggedName | null {
  if (name.type === 'PER') return null
  let of = from + name.first - 1
  if (of > floor && ARTICLE.hasToken(tokens, of) && !isCapital(tokens, of)) of--
  const head = of - 1
  if (head < floor || !isLeadingWord(tokens, head)) return null
  // "Independent Office for Police Conduct": a body's head before "for" or "on", and the
  // capitalised words before it.
  if (FOR_ON.hasToken(tokens, of) && !isCapital(tokens, of) && BODY_HEADS.hasToken(tokens, head))
    return { ...name, first: leadingStart(tokens, head, floor) - from, type: 'ORG' }
  if (!OF.hasToken(tokens, of)) return null
  // "the Bank of England" is one name already; "members of the Senate" has no head.
  if ((tokens.flags[head] as number) & TokenFlag.sentenceStart) return null
  // "Gov. Mike Pence of Indiana", "Jeb Bush of Florida": a person's surname, not a head (but
  // "A Department of Health spokeswoman": an article that opens the sentence).
  const opener =
    ((tokens.flags[head - 1] as number) & TokenFlag.sentenceStart) !== 0 &&
    ARTICLES.hasToken(tokens, head - 1) &&
    BODY_HEADS.hasToken(tokens, head)
  if (
    (isCapital(tokens, head - 1) && !opener) ||
    lexicon().surnames.has(tokens.hash[head] as number)
  )
    return null
  const type: NameType = PLACE_HEADS.hasToken(tokens, head)
    ? 'LOC'
    : name.type === 'MISC'
      ? 'MISC'
      : 'ORG'
  return { ...name, first: head - from, type }
}

/** Articles, which may open a sentence before a body's head: "A Ministry of Defence spokesman". */
const ARTICLES = new WordSet(['a', 'an', 'the'])
/** Links after a body's head other than "of": "Office for ...", "Committee on ...". */
const FOR_ON = new WordSet(['for', 'on'])
/** Heads of bodies whose names go on after "for" or "on": "Centers for Disease Control". */
const BODY_HEADS = new WordSet([
  ...ORGANIZATION_HEADS,
  ...['office', 'centre', 'center', 'centers', 'centres'],
])

/** "Amnesty International" for the name "International", "Long Island" for "Island", or null. */
function wordsBeforeHead(
  tokens: Tokens,
  name: TaggedName,
  from: number,
  floor: number,
): TaggedName | null {
  const first = from + name.first
  if (name.first !== name.last) return null
  const type = DEPENDENT_HEADS.hasToken(tokens, first)
    ? 'ORG'
    : DEPENDENT_PLACE_HEADS.hasToken(tokens, first)
      ? 'LOC'
      : null
  if (type === null) return null
  let start = first
  while (
    start - 1 >= floor &&
    first - start < MAX_LEADING_WORDS &&
    isLeadingWord(tokens, start - 1) &&
    !HEADS.hasToken(tokens, start - 1)
  ) {
    start--
    // A sentence's first word opens the name; nothing before it does.
    if ((tokens.flags[start] as number) & TokenFlag.sentenceStart) break
  }
  return start < first ? { ...name, first: start - from, type } : null
}

/**
 * "Mike Pence" for the name "Mike" before an untagged "Pence" ("Gov. Mike
 * Pence of Indiana"), or null: a first name that is no surname, then one
 * capitalised word alone that the document never writes in lower case and no
 * list knows as a place or a body ("Clinton Global Initiative", "Sanders Is",
 * "Palm Beach" stay as they were).
 */
function surnameAfterFirstName(
  doc: DocumentView,
  name: TaggedName,
  from: number,
  ceiling: number,
): TaggedName | null {
  const tokens = doc.tokens
  const first = from + name.first
  const next = first + 1
  if (name.type !== 'PER' || name.first !== name.last || next >= ceiling) return null
  const { firstNames, surnames, lastNames, places, organizations } = lexicon()
  const hash = tokens.hash[first] as number
  if (!firstNames.has(hash) || surnames.has(hash) || lastNames.has(hash)) return null
  if (!isLeadingWord(tokens, next) || HEADS.hasToken(tokens, next)) return null
  if ((tokens.flags[next] as number) & TokenFlag.sentenceStart) return null
  const surname = tokens.hash[next] as number
  if (doc.lowerSeen.has(surname) || places.has(surname) || organizations.has(surname)) return null
  return isCapital(tokens, next + 1) ? null : { ...name, last: next - from }
}

/** Whether token `k` may open a name: capitalised, not in capitals, no function word, role or date. */
function isLeadingWord(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags[k] as number
  return (
    isCapital(tokens, k) &&
    !(flags & TokenFlag.allCaps) &&
    !functionWords().hasToken(tokens, k) &&
    !ROLES.hasToken(tokens, k) &&
    !DATES.hasToken(tokens, k)
  )
}

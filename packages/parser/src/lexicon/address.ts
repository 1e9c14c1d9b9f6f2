/**
 * Forms of address ("Mr.", "Ms.") and the offices that one may name when it
 * speaks to their holder ("Mr. President"), lower-cased: the word after a
 * form of address is a surname unless it is such an office.
 */

/**
 * Forms of address that stand before a surname, never before another title:
 * the word after one is the name even when it is also a title or a common
 * noun ("Mr. King", "Mr. Prince", "Ms. Judge").
 */
export const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx.',
  'dr.',
  'dr',
])
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

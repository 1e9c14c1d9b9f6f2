/**
 * Folding for the search columns: lower case without diacritics, so that
 * "zelensky" finds "Zelenský". The store folds the text it indexes and the
 * terms it is asked for with this one function, so both sides always agree.
 */

/** `value` lower-cased, compatibility-decomposed, with combining marks removed. */
export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

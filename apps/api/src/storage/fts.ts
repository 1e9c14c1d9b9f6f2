/**
 * Turns the words a client searches for into an FTS5 query. Client text is
 * never passed to MATCH as syntax: each word becomes a quoted term and the
 * terms are ANDed, so `NATO "OR` cannot break the query or widen it.
 */

/** Most terms a search keeps; the rest are ignored. */
export const MAX_SEARCH_TERMS = 16

const WORD = /[\p{L}\p{N}]+/gu

/**
 * The FTS5 query for `q`, or null when `q` has no word in it.
 *
 * @example
 * ftsQuery('Stoltenberg, Kyiv!') // '"Stoltenberg" "Kyiv"'
 */
export function ftsQuery(q: string): string | null {
  const words = q.match(WORD)?.slice(0, MAX_SEARCH_TERMS) ?? []
  return words.length > 0 ? words.map((word) => `"${word}"`).join(' ') : null
}

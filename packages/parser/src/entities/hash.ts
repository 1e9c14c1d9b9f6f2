/**
 * 32-bit string hashes (FNV-1a) for the tagger's lookups. Looking a fresh
 * string up in a Map hashes it anyway; hashing it ourselves, once, while the
 * tokenizer already walks its characters, lets every later lookup (the
 * model's features, the gazetteers, the words seen in the document) be a
 * lookup of a number. Two strings may share a hash; with tens of thousands
 * of entries in 2^32 that is rare, and it only blurs one feature.
 */

/** FNV-1a's offset basis and prime (exported for loops that hash as they go). */
export const HASH_OFFSET = 0x811c9dc5
export const HASH_PRIME = 0x01000193
const OFFSET = HASH_OFFSET
const PRIME = HASH_PRIME
const SPACE = 0x20

/** The hash of `text` (or of its range `start`..`end`). */
export function hashOf(text: string, start = 0, end = text.length): number {
  return hashOn(OFFSET, text, start, end)
}

/** Continues `hash` over the characters of `text` in `start`..`end`. */
export function hashOn(hash: number, text: string, start = 0, end = text.length): number {
  let h = hash
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME)
  return h
}

/** The hash of words joined by one space: "new york" from "new" and "york". */
export function hashJoin(hash: number, word: string): number {
  return hashOn(Math.imul(hash ^ SPACE, PRIME), word)
}

/** Mixes a small number into a hash (a feature's template, a code). */
export function mix(hash: number, value: number): number {
  return Math.imul(hash ^ Math.imul(value + 1, 0x9e3779b1), PRIME) ^ (hash >>> 15)
}

/** Hashes of `words`, as a set of numbers. */
export function hashSet(words: Iterable<string>): Set<number> {
  const set = new Set<number>()
  for (const word of words) set.add(hashOf(word))
  return set
}

/**
 * 30-bit string hashes (FNV-1a, kept to 30 bits at every step) for the
 * tagger's lookups. Looking a fresh string up in a Map hashes it anyway;
 * hashing it ourselves, once, while the tokenizer already walks its
 * characters, lets every later lookup (the model's features, the gazetteers,
 * the words seen in the document) be a lookup of a number. 30 bits keep the
 * numbers small integers for the engine (no boxed numbers); masking at every
 * step keeps a hash continuable ("new" then " york" is "new york"). Two
 * strings may share a hash; with tens of thousands of entries in 2^30 that
 * is rare, and it only blurs one feature.
 */

/** FNV-1a's offset basis and prime, and the mask (exported for loops that hash as they go). */
export const HASH_OFFSET = 0x011c9dc5
export const HASH_PRIME = 0x01000193
export const HASH_MASK = 0x3fffffff
const OFFSET = HASH_OFFSET
const PRIME = HASH_PRIME
const MASK = HASH_MASK
const SPACE = 0x20

/** The hash of `text` (or of its range `start`..`end`). */
export function hashOf(text: string, start = 0, end = text.length): number {
  return hashOn(OFFSET, text, start, end)
}

/** Continues `hash` over the characters of `text` in `start`..`end`. */
export function hashOn(hash: number, text: string, start = 0, end = text.length): number {
  let h = hash
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME) & MASK
  return h
}

/** The hash of words joined by one space: "new york" from "new" and "york". */
export function hashJoin(hash: number, word: string): number {
  return hashOn(Math.imul(hash ^ SPACE, PRIME) & MASK, word)
}

/** Mixes a small number into a hash (a feature's template, a code). */
export function mix(hash: number, value: number): number {
  return (Math.imul(hash ^ Math.imul(value + 1, 0x9e3779b1), PRIME) ^ (hash >>> 15)) & MASK
}

/**
 * Hashes of the items of `list` separated by the character `separator`, as a
 * set of numbers: one pass over the characters and no string an item, for
 * the generated lists of thousands of words decoded on first use.
 */
export function hashSetOfList(list: string, separator: number): HashSet {
  // Sized for every item at once (the separators are counted natively): the set never grows,
  // where growing from empty would insert the items again at each doubling.
  let items = 1
  const mark = String.fromCharCode(separator)
  for (let at = list.indexOf(mark); at >= 0; at = list.indexOf(mark, at + 1)) items++
  const set = new HashSet(items)
  let h = OFFSET
  for (let i = 0; i < list.length; i++) {
    const code = list.charCodeAt(i)
    if (code !== separator) {
      h = Math.imul(h ^ code, PRIME) & MASK
      continue
    }
    set.add(h)
    h = OFFSET
  }
  set.add(h)
  return set
}

/** Hashes of `words`, as a set of numbers. */
export function hashSet(words: Iterable<string>): HashSet {
  const set = new HashSet()
  for (const word of words) set.add(hashOf(word))
  return set
}

/** A set of hashes (non-negative numbers below 2^31), by open addressing: faster than a Set. */
export class HashSet {
  /** Each key plus one; 0 for an empty slot. */
  private slots: Int32Array
  private mask: number
  size = 0

  constructor(expected = 0) {
    let capacity = MIN_SLOTS
    while (capacity < expected * LOAD) capacity *= 2
    this.slots = new Int32Array(capacity)
    this.mask = capacity - 1
  }

  has(key: number): boolean {
    return this.slots[this.slotOf(key)] !== 0
  }

  add(key: number): void {
    const slots = this.slots
    const slot = this.slotOf(key)
    if (slots[slot] !== 0) return
    slots[slot] = key + 1
    if (++this.size * LOAD > slots.length) this.grow()
  }
  /** The slot that holds `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const slots = this.slots
    const mask = this.mask
    const stored = key + 1
    let slot = Math.imul(key, SPREAD) & mask
    for (;;) {
      const found = slots[slot] as number
      if (found === stored || found === 0) return slot
      slot = (slot + 1) & mask
    }
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Int32Array(old.length * 2)
    this.mask = this.slots.length - 1
    this.size = 0
    for (const stored of old) if (stored !== 0) this.add(stored - 1)
  }
}
const MIN_SLOTS = 16
/** Slots per key at least. */
const LOAD = 2
/** A multiplicative hash that spreads the keys over the slots. */
const SPREAD = 0x9e3779b1

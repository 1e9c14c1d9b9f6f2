/**
 * Sets of lower-cased words that a token is looked up in by its hash, with
 * no string made: the hash finds the one word it may be, and the token's
 * characters are compared with it in place.
 */
import {
  BODY_HEAD_WORDS,
  FACILITY_HEADS,
  PARTY_MEMBER_WORDS,
  STREET_HEADS,
} from '../lexicon/organizations.js'
import { COMMON_ACRONYM_WORDS } from '../lexicon/abbreviations.js'
import { TITLE_WORDS } from '../lexicon/titles.js'
import { HASH_MASK, HASH_OFFSET, HASH_PRIME, hashOf, HashSet } from './hash.js'
import { foldAt, lowerAt, TokenFlag, type Tokens } from './tokenize.js'

/**
 * A set of lower-cased words, looked up by token. Its tables are made on the
 * first lookup: modules make dozens of these when they load, and loading the
 * package should cost no more than it must.
 */
export class WordSet {
  #source: Iterable<string> | null
  #words: ReadonlySet<string> = EMPTY_WORDS
  #byHash: ReadonlyMap<number, readonly string[]> = EMPTY_BY_HASH
  #hashes: HashSet = EMPTY_HASHES

  constructor(words: Iterable<string>) {
    this.#source = words
  }

  /** Whether `word` (lower-cased) is in the set. */
  has(word: string): boolean {
    if (this.#source !== null) this.#build()
    return this.#words.has(word)
  }

  /** Whether the lower-cased form of token `k` is in the set. */
  hasToken(tokens: Tokens, k: number): boolean {
    if (this.#source !== null) this.#build()
    const hash = tokens.hash[k] as number
    // Most tokens are turned away by the small table of hashes, before the map.
    if (!this.#hashes.has(hash)) return false
    const list = this.#byHash.get(hash)
    if (list === undefined) return false
    if ((tokens.flags[k] as number) & TokenFlag.complex) return this.#words.has(lowerAt(tokens, k))
    const value = tokens.values[tokens.text[k] as number] as string
    const start = tokens.start[k] as number
    const length = (tokens.end[k] as number) - start
    for (const word of list) if (word.length === length && spells(value, start, word)) return true
    return false
  }

  /** Makes the tables from the words given (not before: a set made at import costs nothing more). */
  #build(): void {
    const words = new Set(this.#source)
    this.#source = null
    const byHash = new Map<number, string[]>()
    const hashes = new HashSet(words.size)
    for (const word of words) {
      const hash = hashOf(word)
      hashes.add(hash)
      const list = byHash.get(hash)
      if (list) list.push(word)
      else byHash.set(hash, [word])
    }
    this.#words = words
    this.#byHash = byHash
    this.#hashes = hashes
  }
}
const EMPTY_WORDS: ReadonlySet<string> = new Set()
const EMPTY_BY_HASH: ReadonlyMap<number, readonly string[]> = new Map()
const EMPTY_HASHES = new HashSet()

/** The characters of `value` from `start`, lower-cased one for one, spell `word`. */
function spells(value: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++)
    if (foldAt(value, start + i) !== word.charCodeAt(i)) return false
  return true
}

/** A set of lower-case words, looked up by a range of a text as `toLowerCase` would fold it. */
export class LowerSet {
  readonly #words: ReadonlySet<string>
  readonly #hashes: ReadonlySet<number>

  constructor(words: Iterable<string>) {
    this.#words = new Set(words)
    this.#hashes = new Set([...this.#words].map((word) => hashOf(word)))
  }

  /** The word `start`..`end` of `value`, lower-cased, if it is in the set; else null. */
  lookup(value: string, start: number, end: number): string | null {
    let hash = HASH_OFFSET
    for (let i = start; i < end; i++) {
      let code = value.charCodeAt(i)
      if (code >= FIRST_NON_ASCII) return this.#slow(value.slice(start, end).toLowerCase())
      if (code >= UPPER_A && code <= UPPER_Z) code |= CASE_BIT
      hash = Math.imul(hash ^ code, HASH_PRIME) & HASH_MASK
    }
    if (!this.#hashes.has(hash)) return null
    return this.#slow(value.slice(start, end).toLowerCase())
  }

  #slow(lower: string): string | null {
    return this.#words.has(lower) ? lower : null
  }
}
const FIRST_NON_ASCII = 0x80
const UPPER_A = 0x41
const UPPER_Z = 0x5a
const CASE_BIT = 0x20

/** A character of \s in a regular expression. */
export function isSpaceCode(code: number): boolean {
  return code < FIRST_NON_ASCII
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff
}

/** A character of \w (ASCII letters, digits, underscore), as \b reads them. */
export function isAsciiWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f
  )
}

/** The possessive "'s" as a token of its own, straight or curly: "the city's Board". */
export const POSSESSIVE_S = new WordSet(["'s"])
/** A generation's suffix after a person's name, folded: "Jr.", "Sr", "III". */
export const GENERATION_SUFFIX_WORDS: readonly string[] = [
  'jr.',
  'jr',
  'sr.',
  'sr',
  'ii',
  'iii',
  'iv',
]
export const GENERATION_SUFFIXES = new WordSet(GENERATION_SUFFIX_WORDS)
/** Common nouns in capitals, never a name alone: "AI", "GDP", "EVs". */
export const COMMON_ACRONYMS = new WordSet(COMMON_ACRONYM_WORDS)
/** Heads of buildings' and facilities' names: "Airport", "Stadium", "Palace". */
export const FACILITIES = new WordSet(FACILITY_HEADS)
/** Heads of streets' and roads' names: "Avenue", "Lane", "Boulevard". */
export const STREETS = new WordSet(STREET_HEADS)
/** A possessive's mark as a token: "'s", or the apostrophe alone after a plural ("Democrats'"). */
export const POSSESSIVE_MARKS = new WordSet(["'s", "'"])
/** What abbreviates or spells "Saint" before a name in the possessive: "St John's College". */
export const SAINTS = new WordSet(['st', 'st.', 'saint'])

// The word sets that several steps look tokens up in, made once: each set builds its tables at
// its first lookup, and a copy in another module would build them again.

/** Titles and roles before a name: "President", "chief" (see TITLE_WORDS). */
export const TITLES = new WordSet(TITLE_WORDS)
/** Party members' words ("Republican", "Democrat"), which also stand as titles before a name. */
export const PARTY_MEMBERS = new WordSet(PARTY_MEMBER_WORDS)
/** Heads of public bodies' names: "Administration", "Commission". */
export const BODY_HEADS = new WordSet(BODY_HEAD_WORDS)
/** The conjunction "and" alone (not "&"), and its length, to turn other tokens away before hashing. */
export const AND_WORD = new WordSet(['and'])

/** The articles: "the", "a", "an". */
export const ARTICLES = new WordSet(['the', 'a', 'an'])

/** Titles whose office is named after "of": "Secretary of State", "Minister of Defence". */
export const OFFICE_TITLES = new WordSet(['secretary', 'minister', 'ministry', 'undersecretary'])
export const AND_LENGTH = 'and'.length

/**
 * Decides what a hyphen at the end of a wrapped line is: a word broken by the
 * typesetter ("informa-" + "tion" -> "information") or a real compound that
 * happened to break at its hyphen ("counter-" + "offensive" -> "counter-offensive").
 * The document's own other uses decide first, then a compact lexicon.
 */
import { forEachWord, isWordChar } from './words.js'
import { COMPOUND_FIRST_PARTS, BROKEN_WORD_ENDINGS } from './lexicon/hyphenation.js'
import { isCommonWord } from './entities/common-words.js'
import { isPeopleWord } from './entities/lexicon.js'
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon/calendar.js'

/** The words and hyphenated compounds that the document uses elsewhere. */
export interface WordUse {
  /** Whether the document uses `word` (lower case) as a whole word, or as a part of a compound. */
  hasWord(word: string): boolean
  /** Whether the document uses the hyphenated `compound` (lower case) on one line. */
  hasCompound(compound: string): boolean
  /** Whether the document opens a hyphenated compound with `part` (lower case) on one line: "drink-drive". */
  opensCompound(part: string): boolean
}

/**
 * Characters the searches may read, in lengths of the text, before every word
 * is indexed instead: a word the text lacks costs a read of all of it, so a
 * long text with many line-end hyphens (a book's worth of PDF copy) is indexed
 * after a few such searches, and the whole stays linear with a small factor.
 */
const SEARCH_BUDGET = 8

/**
 * The words of `text`, looked up on demand in its lower-cased copy: line-end
 * hyphens are few, so a few searches cost less than indexing every word.
 * Once the searches have read the text {@link SEARCH_BUDGET} times over,
 * every word is indexed once instead.
 */
export function collectWordUse(text: string): WordUse {
  const lower = text.toLowerCase()
  const memo = new Map<string, boolean>()
  let index: { words: Set<string>; compounds: Set<string>; openers: Set<string> } | null = null
  const isWordAt = (at: number): boolean => at >= 0 && at < lower.length && isWordChar(lower, at)
  let budget = SEARCH_BUDGET * lower.length
  const search = (needle: string, partOfCompound: boolean): boolean => {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const before = at - 1
      const after = at + needle.length
      const boundedBefore = !isWordAt(before) && (partOfCompound || lower[before] !== '-')
      const boundedAfter = !isWordAt(after) && (partOfCompound || lower[after] !== '-')
      if (boundedBefore && boundedAfter) {
        budget -= after
        return true
      }
    }
    budget -= lower.length
    return false
  }
  const lookup = (needle: string, compound: boolean): boolean => {
    if (needle.length === 0) return false
    if (index) return compound ? index.compounds.has(needle) : index.words.has(needle)
    const key = `${compound ? '-' : '+'}${needle}`
    const known = memo.get(key)
    if (known !== undefined) return known
    if (budget <= 0) {
      index = indexWords(lower)
      return lookup(needle, compound)
    }
    const found = search(needle, !compound)
    memo.set(key, found)
    return found
  }
  return {
    hasWord: (word) => lookup(word, false),
    hasCompound: (compound) => lookup(compound, true),
    opensCompound: (part) => {
      if (part.length === 0) return false
      index ??= indexWords(lower)
      return index.openers.has(part)
    },
  }
}

/** Every word and hyphenated compound of `lower`, and the first parts of compounds, in one pass. */
function indexWords(lower: string): {
  words: Set<string>
  compounds: Set<string>
  openers: Set<string>
} {
  const words = new Set<string>()
  const compounds = new Set<string>()
  const openers = new Set<string>()
  forEachWord(lower, (start, end) => {
    const word = lower.slice(start, end)
    const hyphen = word.indexOf('-')
    if (hyphen >= 0) {
      compounds.add(word)
      if (hyphen > 0 && hyphen < word.length - 1) openers.add(word.slice(0, hyphen))
      for (const part of word.split('-')) words.add(part)
    } else words.add(word)
  })
  return { words, compounds, openers }
}

/** The names of weekdays and months, which no common word's list holds (written with capitals). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES])

/** Prefixes hyphenated before a word that opens with their last letter: "re-elect", "de-escalate". */
const ELIDED_PREFIXES: ReadonlySet<string> = new Set(['re', 'de'])
/** Fewest letters of a part before a line-end hyphen read as a syllable when it is no common word. */
const MIN_SYLLABLE_BEFORE = 4

/**
 * Whether `word` is an inflection of a word that is itself a common word's
 * inflection: "flattered" of "flatter" (of "flat"), which the common words'
 * one ending alone does not reach.
 */
function isInflectedCommon(word: string): boolean {
  for (const ending of VERB_ENDINGS)
    if (word.length > ending.length + MIN_SYLLABLE_BEFORE && word.endsWith(ending))
      return isCommonWord(word.slice(0, -ending.length))
  return false
}
const VERB_ENDINGS = ['ed', 'ing', 's']

/** True when the hyphen between `left` and `right` belongs to the word. */
export function keepsHyphen(left: string, right: string, use: WordUse): boolean {
  const l = left.toLowerCase()
  const r = right.toLowerCase()
  if (use.hasCompound(`${l}-${r}`)) return true
  if (use.hasWord(l + r)) return false
  // "eco-" + "nomic", "Euro-" + "pean": a compound's first part that opens a common word whole,
  // or a people's name.
  // (Still a compound before a capital: "ex-" + "Port Vale", "Euro-" + "Atlantic".)
  // (But "drink-" + "er": an ending no compound's second part is.)
  if (COMPOUND_FIRST_PARTS.has(l))
    return (
      /^\p{Lu}/u.test(right) ||
      (!isCommonWord(l + r) && !isPeopleWord(l + r) && !BROKEN_WORD_ENDINGS.has(r))
    )
  if (/^\p{Lu}/u.test(right)) return true
  // A part before the hyphen that opens with a capital: a name's ("Iran-", "Min-").
  const named = /^\p{Lu}/u.test(left)
  // "esti-" + "mate", "per-" + "fectly", "Thurs-" + "day": the parts make a common word, or a
  // weekday's or a month's name, though one of them is a word too.
  if (isCommonWord(l + r) || isInflectedCommon(l + r) || CALENDAR_WORDS.has(l + r)) return false
  // "re-" + "elect", "de-" + "escalate": a prefix before a word that opens with its last letter.
  if (ELIDED_PREFIXES.has(l) && r.startsWith('e')) return true
  // "avai-" + "lable", "Min-" + "nesota", "As-" + "tronomy", "en-" + "forcement": the part after
  // the hyphen is no word, nor the part before (or only a word of two letters), so a word was
  // broken; but a name and a participle make a compound, whatever the participle ("Iran-aligned"),
  // and so does a letter ("x-rated", "u-turn").
  // (Not "fan-" + "artwork": a word the list lacks after a word.)
  if (
    l.length >= 2 &&
    !isCommonWord(r) &&
    (l.length === 2 || !isCommonWord(l)) &&
    !(named && r.endsWith('ed'))
  )
    return false
  // "venti-" + "lated", "esca-" + "lating", "chemo-" + "therapy": the part before, in lower case
  // and of four letters or more, is no word, though the part after happens to be one (a shorter
  // one may be a word the list lacks: "tip-top"); unless the document opens other compounds with
  // it ("drink-" + "driving" beside "drink-drive").
  if (l.length >= MIN_SYLLABLE_BEFORE && !named && !isCommonWord(l) && !use.opensCompound(l))
    return false
  // A kept hyphen loses nothing a reader needs; a wrongly removed one makes a non-word.
  return !BROKEN_WORD_ENDINGS.has(r)
}

/**
 * Decides what a hyphen at the end of a wrapped line is: a word broken by the
 * typesetter ("informa-" + "tion" -> "information") or a real compound that
 * happened to break at its hyphen ("counter-" + "offensive" -> "counter-offensive").
 * The document's own other uses decide first, then a compact lexicon.
 */
import { forEachWord } from './words.js'
import { COMPOUND_FIRST_PARTS, BROKEN_WORD_ENDINGS } from './lexicon/hyphenation.js'

/** Words and hyphenated compounds that the document uses elsewhere. */
export interface WordUse {
  words: Set<string>
  compounds: Set<string>
}

/** Collects the words of `text`, lower-cased, in one pass. */
export function collectWordUse(text: string): WordUse {
  const words = new Set<string>()
  const compounds = new Set<string>()
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end).toLowerCase()
    if (word.includes('-')) {
      compounds.add(word)
      for (const part of word.split('-')) words.add(part)
    } else words.add(word)
  })
  return { words, compounds }
}

/** True when the hyphen between `left` and `right` belongs to the word. */
export function keepsHyphen(left: string, right: string, use: WordUse): boolean {
  const l = left.toLowerCase()
  const r = right.toLowerCase()
  if (use.compounds.has(`${l}-${r}`)) return true
  if (use.words.has(l + r)) return false
  if (COMPOUND_FIRST_PARTS.has(l)) return true
  if (/^\p{Lu}/u.test(right)) return true
  // A kept hyphen loses nothing a reader needs; a wrongly removed one makes a non-word.
  return !BROKEN_WORD_ENDINGS.has(r)
}

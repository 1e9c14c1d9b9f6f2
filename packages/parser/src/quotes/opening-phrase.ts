/**
 * The phrase that opens a sentence before its main clause: a subordinate
 * clause ("Though he did not disclose it,", "Back when he wrote his book,")
 * or a participle's phrase ("Asked about the attacks,", "Writing for a
 * panel that all agreed,"). Reporting words inside it are not the main
 * clause's cue.
 */
import type { Word } from './words.js'

/** Words that open a subordinate clause before the main one. */
const SUBORDINATORS = new Set([
  'though',
  'although',
  'while',
  'whereas',
  'because',
  'if',
  'unless',
  'when',
  'whenever',
  'after',
  'before',
  'once',
  'until',
])

/** A participle opening a sentence: "Asked about ...", "Speaking to reporters ...". */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u

/** A word of a run-in head in capitals, and most words in one. */
const RUN_IN_HEAD_WORD = /^\p{Lu}{2,}$/u
const MAX_RUN_IN_HEAD_WORDS = 4

/** Participles that open a source, not a phrase: "According to X, ...". */
const NOT_OPENERS = new Set(['according'])

/**
 * The index of the comma that ends the sentence's opening phrase in `words`,
 * or -1 when the sentence opens with its main clause; with `afterLead`, also
 * of a subordinate clause after a short phrase of time or place ("Later in
 * the show, after the interview concluded,").
 */
export function openingPhraseEnd(words: readonly Word[], afterLead = false): number {
  // "THE BORROWING Back when ...": past a run-in head in capitals.
  let lead = 0
  while (lead < MAX_RUN_IN_HEAD_WORDS && RUN_IN_HEAD_WORD.test(words[lead]?.text ?? '')) lead++
  const first = words[lead]
  if (!first) return -1
  // "Back when he wrote his book, ...".
  const subordinate =
    SUBORDINATORS.has(first.lower) ||
    (first.lower === 'back' && SUBORDINATORS.has(words[lead + 1]?.lower ?? ''))
  const participle = OPENING_PARTICIPLE.test(first.text) && !NOT_OPENERS.has(first.lower)
  const comma = words.findIndex((word) => word.text === ',')
  if (subordinate || participle) return comma
  // With `afterLead`, "Later in the show, after the interview concluded, Maher stated": a short
  // phrase of time or place, then the subordinate clause, which the next comma ends.
  if (
    !afterLead ||
    !LEAD_WORDS.has(first.lower) ||
    comma < 0 ||
    comma - lead > MAX_LEAD_WORDS ||
    !SUBORDINATORS.has(words[comma + 1]?.lower ?? '')
  )
    return -1
  return words.findIndex((word, k) => k > comma + 1 && word.text === ',')
}
/** Most words of a phrase before a subordinate clause that opens the sentence: "Later in the show". */
const MAX_LEAD_WORDS = 5
/** Words that open such a phrase: adverbs and prepositions of time and place. */
const LEAD_WORDS = new Set([
  ...['later', 'earlier', 'then', 'meanwhile', 'now', 'still', 'again', 'separately', 'yesterday'],
  ...['today', 'last', 'this', 'in', 'on', 'at', 'during', 'back', 'there', 'here', 'also'],
])

/**
 * Whether word `k` opens a participle's phrase before the subject: "Reached
 * by POLITICO, Bennett denied", "Facing mounting criticism, Mr. Trump" (a
 * word in lower case after it, so that "Fred Smith" is a name).
 */
export function isOpeningParticiple(words: readonly Word[], k: number): boolean {
  const word = words[k]
  const next = words[k + 1]
  return (
    word !== undefined &&
    next !== undefined &&
    OPENING_PARTICIPLE.test(word.text) &&
    !NOT_OPENERS.has(word.lower) &&
    /^\p{Ll}/u.test(next.text)
  )
}

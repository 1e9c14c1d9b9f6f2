/**
 * The words a source phrase is read with: what may stand between a source and
 * its verb ("has", "also", "forcefully"), what ends a source ("and",
 * "that"), pronouns, determiners, role nouns and the words of a time.
 */
import { ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS } from '../lexicon/titles.js'
import type { Word } from './words.js'

/** Words that may stand between a source and its verb: "has", "also", "later". */
export const BETWEEN_SOURCE_AND_CUE = new Set([
  'has',
  'have',
  'had',
  'would',
  'will',
  'also',
  'later',
  'then',
  'again',
  'once',
  'reportedly',
  'previously',
  'repeatedly',
  'recently',
  'further',
  'is',
  'was',
  'were',
  'are',
  'did',
  'does',
  'do',
  'not',
  'never',
  'just',
  'already',
  'still',
  'now',
  'often',
  'even',
  'publicly',
  'privately',
  'separately',
  'subsequently',
  'earlier',
  // "before Reuters first reported the talks".
  'first',
  'been',
  'could',
  'might',
  'may',
  'should',
  'must',
  'can',
  'frequently',
  'flatly',
  'simply',
  'quickly',
  'angrily',
  'proudly',
  'bluntly',
  'famously',
  'openly',
  'told',
  'herself',
  'himself',
  'always',
  'sometimes',
  'usually',
  'ever',
  'rarely',
  'seldom',
])

/** "don't", "hasn't", "wouldn’t": an auxiliary with its negation. */
const NEGATED_AUXILIARY =
  /^(?:do|does|did|has|have|had|is|are|was|were|wo|would|ca|could|should|must)n['’]t$/u

/** Lower-case words in "-ly" that are nouns, not adverbs. */
const LY_NOUNS = new Set([
  'family',
  'ally',
  'rally',
  'assembly',
  'supply',
  'reply',
  'bully',
  'belly',
])

/** An auxiliary or an adverb between a source and its verb: "has", "forcefully". */
export function isBetweenSourceAndCue(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  if (BETWEEN_SOURCE_AND_CUE.has(word.lower)) return !isSurnameMay(words, k)
  // "I don't want", "the contact hasn't agreed": a negated auxiliary.
  if (NEGATED_AUXILIARY.test(word.lower)) return true
  // "Clinton has since said", "has long argued": an adverb after an auxiliary.
  if (
    (word.lower === 'since' || word.lower === 'long') &&
    AUXILIARIES.has(words[k - 1]?.lower ?? '')
  )
    return true
  if (isGoingOn(words, k)) return true
  if (FLOATING_QUANTIFIERS.has(word.text)) return isFloatingQuantifier(words, k)
  return /^[a-z]{3,}ly$/u.test(word.text) && !LY_NOUNS.has(word.text)
}

/** Quantifiers that float after the subject they count: "both", "all", "each". */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each'])

/**
 * Whether the quantifier at word `k` floats after its subject ("Jo Whitlock and Simon Okoro
 * both said", "Simon Okoro, both said", "They all said"), not being the subject itself ("Both
 * said", "To varying degrees, all agreed", "the city where both claim roots", "percent of all").
 */
function isFloatingQuantifier(words: readonly Word[], k: number): boolean {
  const before = words[k - 1]
  if (before === undefined) return false
  if (before.text === ',') return /^\p{Lu}/u.test(words[k - 2]?.text ?? '')
  // ("Robert Menendez (D-N.J.) all suggested": after a name's brackets.)
  return before.text === ')' || (!before.punct && !SUBJECT_OPENERS.has(before.lower))
}
/** Words after which a quantifier is a subject or an object: "where both", "of all". */
const SUBJECT_OPENERS = new Set([
  ...['of', 'for', 'to', 'by', 'with', 'from', 'at', 'in', 'on', 'where', 'when', 'that'],
  ...['which', 'who', 'and', 'but', 'or', 'if', 'because', 'while', 'as', 'since', 'after'],
])

const AUXILIARIES = new Set(['has', 'have', 'had'])

/** Whether word `k` belongs to "continues to" or "went on to" before a reporting verb ("to say"). */
function isGoingOn(words: readonly Word[], k: number): boolean {
  const at = (i: number): string => words[i]?.lower ?? ''
  const goesOn = (i: number): boolean => GOES.has(at(i)) && at(i + 1) === 'on' && at(i + 2) === 'to'
  const continues = (i: number): boolean => CONTINUES.has(at(i)) && at(i + 1) === 'to'
  return continues(k) || continues(k - 1) || goesOn(k) || goesOn(k - 1) || goesOn(k - 2)
}

const CONTINUES = new Set(['continue', 'continues', 'continued', 'continuing'])
const GOES = new Set(['go', 'goes', 'went', 'going'])

/** "Theresa May said": the surname, not the modal. */
function isSurnameMay(words: readonly Word[], k: number): boolean {
  const before = words[k - 1]
  return (
    (words[k] as Word).text === 'May' &&
    before !== undefined &&
    !before.punct &&
    /^\p{Lu}/u.test(before.text)
  )
}

/** Words a source never holds: they end the backward scan. */
export const SOURCE_STOPS = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'who’s',
  "who's",
  'whom',
  'while',
  'as',
  'when',
  'because',
  'if',
  'to',
  'after',
  'before',
  'since',
  'where',
  'so',
  'than',
  'though',
  'although',
  'what',
  'how',
  'said',
  'says',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'about',
  'into',
  'over',
])

export const MAX_SOURCE_WORDS = 7

/** After a quote, an appositive may stand between the source and the cue: "X, the head of Y, said". */
export const MAX_APPOSITIVE_WORDS = 30

/** Prepositions that open a time phrase: "in late August". */
export const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'since', 'by', 'until'])

const TIME_WORD =
  /^(?:\d[\d,.]*|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|early|late|mid|last|next|this|past|week|month|year|today|yesterday|the)$/u

/** Lower-case words of a relative time: "at the time", "two weeks ago" (not the magazine Time). */
const TIME_UNIT =
  /^(?:time|days?|weeks|months|years|hours|minutes|moments|ago|earlier|later|morning|afternoon|evening|night)$/u

/** Last words of a time phrase that needs no preposition: "two weeks ago", "days later". */
export const RELATIVE_TIME: ReadonlySet<string> = new Set(['ago', 'later', 'earlier'])

/** A word of a date or time: "late", "August", "2001". */
export function isTimeWord(word: Word): boolean {
  return TIME_WORD.test(word.lower) || TIME_UNIT.test(word.text)
}

/** Nouns for a person that are not titles: "woman", "aide", "adviser". */
export const PERSON_NOUNS = new Set([
  'man',
  'woman',
  'aide',
  'adviser',
  'advisor',
  'friend',
  'wife',
  'husband',
  'daughter',
  'son',
])

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it'])

/** A noun for a person or an organisation, singular or plural: "diplomats", "ministry". */
export function isRoleNoun(lower: string): boolean {
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower
  return (
    PERSON_ROLE_NOUNS.has(lower) ||
    PERSON_ROLE_NOUNS.has(singular) ||
    ORGANIZATION_NOUNS.has(lower) ||
    ORGANIZATION_NOUNS.has(singular)
  )
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its'])
/** The articles, which open a noun phrase: "a Democrat seeking", "the report". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an'])

export function spanOf(words: readonly Word[]): { start: number; end: number } {
  return { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end }
}

/** Words that join a second verb to the sentence's subject: "... and added", "... but said". */
export const JOINERS: ReadonlySet<string> = new Set(['and', 'but'])

/** Whether word `k` is a second verb of the sentence's subject: "and added", "but also said". */
export function followsJoiner(words: readonly Word[], k: number): boolean {
  return JOINERS.has(words[k - 1]?.lower ?? '') || JOINERS.has(words[k - 2]?.lower ?? '')
}

/** Prepositions that tie a place or a body to who speaks: "delegates at the convention in Philadelphia". */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in',
  'at',
  'on',
  'from',
  'across',
  'outside',
  'around',
  'throughout',
  'near',
]

/**
 * Whether the words from `k` open a description of what was said, after a
 * comma: "a claim Israel has not confirmed", "a charge the chief minister
 * rejected".
 */
export function opensClaimDescription(words: readonly Word[], k: number): boolean {
  return DETERMINERS.has(words[k]?.lower ?? '') && CLAIM_NOUNS.has(words[k + 1]?.lower ?? '')
}

/** Nouns of words as words: "a term", "a phrase". */
const WORD_NOUNS = new Set([
  ...['term', 'phrase', 'expression', 'euphemism', 'slogan', 'label', 'catchphrase'],
])
/** Nouns of what is said, which a final description names: "a claim Israel has not confirmed". */
const CLAIM_NOUNS = new Set([
  ...['claim', 'assertion', 'allegation', 'accusation', 'charge', 'account', 'figure', 'version'],
  ...['statement', 'story', 'report', 'characterization', 'description', 'view', 'finding'],
  ...WORD_NOUNS,
])

/**
 * Whether the words from `k` open a description of the quoted words themselves, a comma
 * inside the marks before it: '"structural relief," a term that usually refers to'.
 */
export function opensTermDescription(words: readonly Word[], k: number): boolean {
  const article = words[k]?.lower
  return (article === 'a' || article === 'an') && WORD_NOUNS.has(words[k + 1]?.lower ?? '')
}

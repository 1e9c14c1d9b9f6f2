/**
 * Sources: the phrase that names who speaks, found from a reporting verb
 * ("Zelensky said", "said the spokesman"), past auxiliaries and adverbs,
 * appositives ("Dante Scala, a political scientist, said"), parentheses
 * ("Sen. Rubio (R-Fla.) said") and relative clauses, or as a sentence's
 * subject past its opening phrase and dateline.
 */
import { SPEECH_VERBS, STANCE_VERBS } from '../lexicon/speech.js'
import { ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS } from '../lexicon/titles.js'
import { isPossessive } from './cues.js'
import { lastIndexOf, type Word } from './words.js'

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
  'often',
  'even',
  'publicly',
  'privately',
  'separately',
  'subsequently',
  'earlier',
  'had',
  'been',
  'has',
  'could',
  'might',
  'may',
  'should',
  'must',
  'can',
  'once',
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
  'recently',
  'herself',
  'himself',
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
function isBetweenSourceAndCue(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  if (BETWEEN_SOURCE_AND_CUE.has(word.lower)) return true
  // "I don't want", "the contact hasn't agreed": a negated auxiliary.
  if (NEGATED_AUXILIARY.test(word.lower)) return true
  // "Clinton has since said": an adverb after an auxiliary.
  if (word.lower === 'since' && AUXILIARIES.has(words[k - 1]?.lower ?? '')) return true
  return /^[a-z]{3,}ly$/u.test(word.text) && !LY_NOUNS.has(word.text)
}

const AUXILIARIES = new Set(['has', 'have', 'had'])

/** Words a source never holds: they end the backward scan. */
export const SOURCE_STOPS = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
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

/** The source phrase ending just before word `from` (skipping auxiliaries and adverbs). */
export function backwardSource(
  words: readonly Word[],
  from: number,
): { start: number; end: number } | null {
  let k = pastAsideAdverb(words, pastTimePhrase(words, from))
  while (k >= 0 && isBetweenSourceAndCue(words, k)) k--
  // "Sen. Marco Rubio (R-Fla.) said" / "Gov. John Kasich (R-OH), said": past a parenthesis to the name.
  if (words[k]?.text === ',' && words[k - 1]?.text === ')') k--
  if (words[k]?.text === ')') {
    const open = lastIndexOf(words, '(', k, k - MAX_NAME_WORDS - 2)
    if (open > 0) k = open - 1
  }
  // "the attorney general, Pam Bondi, vowed": the name set off by commas after a title.
  const named = nameBetweenCommas(words, k)
  if (named) return named
  // "Dante Scala, a political scientist at the university, said": past the appositive to the name.
  if (words[k]?.text === ',') {
    const open = lastIndexOf(words, ',', k, k - MAX_APPOSITIVE_WORDS)
    if (open > 0 && /^\p{Lu}/u.test(words[open - 1]?.text ?? '')) k = open - 1
  }
  let phrase = phraseBefore(words, k)
  // "Mr. Slinker, who runs Paradata, ..., said": past a relative clause to the name before it.
  const stop = k - phrase.length
  if (
    (words[stop]?.lower === 'who' || words[stop]?.lower === 'which') &&
    words[stop - 1]?.text === ',' &&
    /^\p{Lu}/u.test(words[stop - 2]?.text ?? '')
  ) {
    phrase = phraseBefore(words, stop - 2)
  } else if (
    words[stop]?.lower === 'who' &&
    phrase.length > 0 &&
    !(words[stop - 1]?.punct ?? true)
  ) {
    // "One of the docs who sent the letter called Oz a quack": the subject the clause qualifies.
    const subject = phraseBefore(words, stop - 1)
    if (subject.length > 0) phrase = subject
  }
  if (phrase.length > 0 && !phrase.every(isTimeWord))
    return withoutContraction(spanOf(trimLeadingLowercase(phrase)), phrase)
  // "Marley Anderson, 21, a junior from Las Vegas, said": the named subject before the asides.
  if (words[k]?.text === ',' || words[k]?.text === ')')
    return subjectBeforeAside(words.slice(0, k + 1))
  return null
}

/**
 * Word `k`, or the word before the time phrase that ends at it: "A Quinnipiac
 * poll in late August found" / "Paul Ryan, the Speaker, on Tuesday called".
 */
function pastTimePhrase(words: readonly Word[], k: number): number {
  let j = k
  while (j >= 0 && isBetweenSourceAndCue(words, j)) j--
  const end = j
  while (j >= 0 && !(words[j] as Word).punct && isTimeWord(words[j] as Word)) j--
  return j < end && TIME_PREPOSITIONS.has(words[j]?.lower ?? '') ? j - 1 : k
}

/** Word `k`, or the word before an adverb set off by commas that ends at it: "officials, however, said". */
function pastAsideAdverb(words: readonly Word[], k: number): number {
  if (words[k]?.text !== ',' || words[k - 2]?.text !== ',') return k
  return ASIDE_ADVERBS.has(words[k - 1]?.lower ?? '') ? k - 3 : k
}

/** Adverbs set off by commas between a subject and its verb. */
const ASIDE_ADVERBS = new Set([
  'however',
  'though',
  'meanwhile',
  'too',
  'also',
  'instead',
  'moreover',
])

/** Prepositions that open a time phrase: "in late August". */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'since', 'by', 'until'])

const TIME_WORD =
  /^(?:\d[\d,.]*|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|early|late|mid|last|next|this|week|month|year|today|yesterday|the)$/u

/** A word of a date or time: "late", "August", "2001". */
function isTimeWord(word: Word): boolean {
  return TIME_WORD.test(word.lower)
}

/** The words ending at word `k`, back to a stop, a mark or a reporting verb. */
function phraseBefore(words: readonly Word[], k: number): Word[] {
  const phrase: Word[] = []
  for (let i = k; i >= 0 && phrase.length < MAX_SOURCE_WORDS; i--) {
    const word = words[i] as Word
    // A reporting verb ends the phrase; a capitalised one is a name: "The Huffington Post".
    const verb = SPEECH_VERBS.has(word.lower) && word.text === word.lower
    if (word.punct || SOURCE_STOPS.has(word.lower) || verb) break
    phrase.unshift(word)
  }
  return phrase
}

/** Most words of a name set off by commas: "Pam Bondi", "Lee C. Bollinger". */
const MAX_NAME_WORDS = 4

/** The capitalised name between the comma at `k` and the comma before it, after a lower-case title. */
function nameBetweenCommas(
  words: readonly Word[],
  k: number,
): { start: number; end: number } | null {
  if (words[k]?.text !== ',') return null
  const open = lastIndexOf(words, ',', k, k - MAX_NAME_WORDS - 1)
  if (open <= 0 || k - open < 2) return null
  const name = words.slice(open + 1, k)
  if (!name.every((word) => !word.punct && /^\p{Lu}/u.test(word.text))) return null
  const title = words[open - 1] as Word
  // After a title ("the attorney general, Pam Bondi,"), or a full name of its own.
  const afterTitle = /^\p{Ll}/u.test(title.text) && !SOURCE_STOPS.has(title.lower)
  return afterTitle || name.length >= 2 ? spanOf(name) : null
}

/** The subject of a sentence: its opening noun phrase, after an opening phrase set off by a comma. */
export function subjectOf(words: readonly Word[]): { start: number; end: number } | null {
  let k = subjectStart(words)
  if (k < 0) return null
  const phrase: Word[] = []
  for (; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct) break
    const capital = /^[\p{Lu}\p{N}]/u.test(word.text)
    if (phrase.length === 0 && SUBJECT_PRONOUNS.has(word.lower)) return spanOf([word])
    // "Western diplomats", "Russian officials": a capitalised modifier and a role noun.
    if (!capital && phrase.length > 0 && isRoleNoun(word.lower)) {
      phrase.push(word)
      // "The party leader", "the campaign manager": a compound role.
      const next = words[k + 1]
      if (next && !next.punct && /^\p{Ll}/u.test(next.text) && isRoleNoun(next.lower))
        phrase.push(next)
      break
    }
    if (!capital && !DETERMINERS.has(word.lower) && phrase.length > 0) {
      // "Hillary Clinton’s right-hand woman": a role owned by the name.
      const role = ownedRoleEnd(words, k, phrase)
      if (role > 0) return spanOf([...phrase, ...words.slice(k, role + 1)])
      // "The conservative publication said": not the article alone.
      if (phrase.every((w) => DETERMINERS.has(w.lower))) {
        const end = commonNounEnd(words, k)
        return end > k ? spanOf([...phrase, ...words.slice(k, end)]) : null
      }
      // "Democratic presidential candidate Bernie Sanders": a title in lower case before a name.
      const name = QUANTIFIERS.has((phrase[phrase.length - 1] as Word).lower)
        ? -1
        : nameAfterTitle(words, k)
      if (name > k && phrase.length + (name - k) < MAX_SOURCE_WORDS) {
        phrase.push(...words.slice(k, name))
        k = name - 1
        continue
      }
      break
    }
    if (!capital && !DETERMINERS.has(word.lower)) return null
    phrase.push(word)
  }
  return phrase.length > 0 ? spanOf(phrase) : null
}

/** Most lower-case words of a title between capitalised words: "presidential candidate". */
const MAX_TITLE_GAP = 3

/**
 * The index of the capitalised word that follows the lower-case title words
 * from `k` ("presidential candidate [Bernie]"), or -1 when none follows.
 */
function nameAfterTitle(words: readonly Word[], k: number): number {
  for (let i = k; i < words.length && i - k <= MAX_TITLE_GAP; i++) {
    const word = words[i] as Word
    if (word.punct) return -1
    // The word before the name must be a role: "candidate Bernie", "member Flea", "of State".
    if (/^\p{Lu}/u.test(word.text)) {
      // "One of Grayson’s": an owner, not a name the title goes on to.
      if (isPossessive(word.text)) return -1
      return i > k && isTitleEnd(words[i - 1] as Word) ? i : -1
    }
    if (SOURCE_STOPS.has(word.lower) || BETWEEN_SOURCE_AND_CUE.has(word.lower)) return -1
    if (SPEECH_VERBS.has(word.lower) || STANCE_VERBS.has(word.lower)) return -1
  }
  return -1
}

/** Words that count a group rather than title a person: "One of", "Many of". */
const QUANTIFIERS = new Set([
  'one',
  'many',
  'some',
  'most',
  'all',
  'both',
  'each',
  'several',
  'few',
  'none',
  'two',
  'three',
])

/** Whether a lower-case word can end a title before a name: "candidate", "member", "of". */
function isTitleEnd(word: Word): boolean {
  return word.lower === 'of' || isRoleNoun(word.lower) || TITLE_END_NOUNS.has(word.lower)
}

/** Nouns before a name that are not in the role lexicon: "Band member Flea". */
const TITLE_END_NOUNS = new Set(['member', 'hopeful', 'delegate', 'businessman', 'businesswoman'])

/** Most words of a common noun phrase after its article: "the former secretary of state". */
const MAX_COMMON_NOUN_WORDS = 4

/**
 * The end (exclusive) of the lower-case words from `k` that finish a noun
 * phrase opened by an article: through a role noun ("the former secretary"),
 * or up to a verb, a mark or a stop ("the conservative publication said").
 */
function commonNounEnd(words: readonly Word[], k: number): number {
  let i = k
  for (; i < words.length && i - k < MAX_COMMON_NOUN_WORDS; i++) {
    const word = words[i] as Word
    if (word.punct || !/^\p{Ll}/u.test(word.text)) break
    if (SOURCE_STOPS.has(word.lower) || BETWEEN_SOURCE_AND_CUE.has(word.lower)) break
    if (SPEECH_VERBS.has(word.lower) || STANCE_VERBS.has(word.lower)) break
    if (isRoleNoun(word.lower) || PERSON_NOUNS.has(word.lower)) return i + 1
  }
  return i - k >= MAX_COMMON_NOUN_WORDS ? k : i
}

/** Most lower-case words between an owner and its role: "Clinton’s longtime right-hand woman". */
const MAX_OWNED_ROLE_WORDS = 3

/**
 * The index of the role noun that ends "Name’s [adjectives] role" from word
 * `k`, after `phrase` ending in a possessive; -1 when there is none.
 */
function ownedRoleEnd(words: readonly Word[], k: number, phrase: readonly Word[]): number {
  const owner = phrase[phrase.length - 1]
  if (!owner || !/['’]s$/u.test(owner.text)) return -1
  for (let i = k; i < words.length && i - k < MAX_OWNED_ROLE_WORDS; i++) {
    const word = words[i] as Word
    if (word.punct || /^\p{Lu}/u.test(word.text)) return -1
    if (isRoleNoun(word.lower) || PERSON_NOUNS.has(word.lower)) return i
  }
  return -1
}

/** Nouns for a person that are not titles: "woman", "aide", "adviser". */
const PERSON_NOUNS = new Set([
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

/**
 * The subject of the verb at word `k` as the words that open the sentence up
 * to it, when they read as one noun phrase, set off asides cut away: "The
 * influential delegate and conservative activist, who backs Cruz, warned".
 */
export function plainSubject(
  words: readonly Word[],
  k: number,
): { start: number; end: number } | null {
  const start = subjectStart(words)
  if (start < 0 || start >= k) return null
  let end = k
  while (end > start && isBetweenSourceAndCue(words, end - 1)) end--
  const phrase: Word[] = []
  for (let i = start; i < end; i++) {
    const word = words[i] as Word
    if (word.text === ',') break
    if (word.punct) return null
    if (SOURCE_STOPS.has(word.lower) && word.lower !== 'and') return null
    phrase.push(word)
  }
  if (phrase.length === 0 || phrase.length > MAX_SOURCE_WORDS) return null
  const first = phrase[0] as Word
  const last = phrase[phrase.length - 1] as Word
  if (!(DETERMINERS.has(first.lower) || /^\p{Lu}/u.test(first.text))) return null
  if (DETERMINERS.has(last.lower) || last.lower === 'and' || isPossessive(last.text)) return null
  return spanOf(phrase)
}

/**
 * Where the subject of a sentence starts: past opening marks, a dateline and an
 * opening phrase set off by a comma; -1 when such a phrase has no comma.
 */
function subjectStart(words: readonly Word[]): number {
  let k = 0
  // Past an opening quotation's marks and commas: "'Q1,' she said, adding: 'Q2'".
  while (k < words.length && (words[k] as Word).punct) k++
  k = pastDateline(words, k)
  if (CONJUNCTION_OPENERS.has(words[k]?.lower ?? '')) k++
  // Past an opening phrase: "In an interview with the Journal, Trump said", "However, he said".
  const opener = words[k]
  if (opener && (SOURCE_STOPS.has(opener.lower) || SENTENCE_ADVERBS.has(opener.lower))) {
    let comma = k + 1
    while (comma < words.length && comma - k <= MAX_OPENING_WORDS && words[comma]?.text !== ',')
      comma++
    if (words[comma]?.text !== ',') return -1
    k = comma + 1
  }
  return k
}

/** Conjunctions that open a sentence before its subject: "Yet some voters ...". */
const CONJUNCTION_OPENERS = new Set(['yet', 'and', 'but', 'so'])

/** Words after which a subject goes on in an aside: "Jillian Chase, 27, ...", "voters who ...". */
const ASIDE_OPENERS = new Set([',', '(', 'who', 'which', 'whose'])

/**
 * The subject of a sentence whose verb comes after asides: "Marley Anderson,
 * 21, a junior from Las Vegas, said" / "some voters who have listened ...,
 * said" / "Mrs. Clinton's presidential campaign, which ..., said".
 */
function subjectBeforeAside(words: readonly Word[]): { start: number; end: number } | null {
  const start = subjectStart(words)
  if (start < 0) return null
  const phrase: Word[] = []
  let k = start
  for (; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct || SOURCE_STOPS.has(word.lower)) break
    if (SPEECH_VERBS.has(word.lower) && word.text === word.lower) return null
    phrase.push(word)
  }
  if (phrase.length === 0 || !ASIDE_OPENERS.has(words[k]?.lower ?? '')) return null
  return spanOf(phrase)
}

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

/** Most words of an opening phrase set off by a comma before the subject. */
const MAX_OPENING_WORDS = 15

/** Words that open a sentence before its subject. */
const SENTENCE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'still',
  'later',
  'earlier',
  'yesterday',
  'today',
  'last',
  'during',
  'despite',
  'among',
  'like',
  'under',
  'without',
  'amid',
  'separately',
  'instead',
  'indeed',
  'moreover',
  'then',
  'now',
  'once',
  'speaking',
  'asked',
  'writing',
])

/** The word after a dateline ("WASHINGTON (AP) — ") that opens the first sentence, or `k`. */
function pastDateline(words: readonly Word[], k: number): number {
  for (let i = k; i < words.length && i - k < 8; i++) {
    const word = words[i] as Word
    if (word.text === '—' || word.text === '–') return i > k ? i + 1 : k
    if (!word.punct && word.text !== word.text.toUpperCase() && !DATELINE_DATE.test(word.lower))
      return k
  }
  return k
}

/** Words of the date in a dateline: "WASHINGTON, Dec. 8 (UPI) —". */
const DATELINE_DATE =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/u

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its'])

/** The source phrase starting at word `from`: "Zelensky", "the Kremlin spokesman Dmitry Peskov". */
export function forwardSource(
  words: readonly Word[],
  from: number,
): { start: number; end: number } | null {
  const phrase: Word[] = []
  for (let k = from; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct || (SOURCE_STOPS.has(word.lower) && word.lower !== 'by')) break
    phrase.push(word)
  }
  return phrase.length > 0 ? spanOf(phrase) : null
}

/** "I've", "they’d": a pronoun with a contracted auxiliary. */
const CONTRACTED_PRONOUN = /^(i|you|we|they|he|she|it)['’](?:ve|d|ll|re|s|m)$/iu

/** The span without the contracted auxiliary of a lone pronoun: "I've" gives "I". */
function withoutContraction(
  span: { start: number; end: number },
  phrase: readonly Word[],
): { start: number; end: number } {
  const only = phrase.length === 1 ? (phrase[0] as Word) : null
  const pronoun = only ? CONTRACTED_PRONOUN.exec(only.text)?.[1] : undefined
  return pronoun ? { start: span.start, end: span.start + pronoun.length } : span
}

/** Drops lower-case words that open a phrase but are not part of a noun phrase ("also"). */
function trimLeadingLowercase(phrase: Word[]): Word[] {
  let i = 0
  while (i < phrase.length - 1 && BETWEEN_SOURCE_AND_CUE.has((phrase[i] as Word).lower)) i++
  return phrase.slice(i)
}

export function spanOf(words: readonly Word[]): { start: number; end: number } {
  return { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end }
}

/**
 * The cue at one word and the source that goes with it: before it ('X said'),
 * after it ('said X'), the sentence's subject for a participle ('X rallied
 * supporters, saying'), past a verb chain ('goes on to say').
 */
import type { Attribution } from './attribution.js'
import { GO_ON, isCue, isParticiple, isPossessive, SHOT, SIGN_NOUNS } from './cues.js'
import { BETWEEN_SOURCE_AND_CUE, followsJoiner, spanOf } from './source-words.js'
import { backwardSource, forwardSource } from './sources.js'
import { isPassive } from './report-words.js'
import { plainSubject, subjectOf } from './subjects.js'
import { type Word, wordBefore } from './words.js'

/** Cues that introduce their source after them: "according to X". */
export const ACCORDING = 'according'

/** Words that open a participial phrase before the sentence's subject: "After saying ...". */
export const PARTICIPLE_OPENERS = new Set([
  'after',
  'before',
  'while',
  'when',
  'since',
  'by',
  'upon',
  'in',
])

/** The attribution whose cue is word `k`, with its source, or null when no source is found. */
export function cueAt(words: readonly Word[], k: number): Attribution | null {
  const word = words[k] as Word
  if (word.lower === 'to' && words[k - 1]?.lower === ACCORDING) {
    const cueWord = words[k - 1] as Word
    const source = forwardSource(words, k + 1)
    return source ? { cue: { start: cueWord.start, end: word.end }, source } : null
  }
  const cue = cueSpan(words, k)
  // "The statement quoted Marguerite Duval as saying: 'Q'": the one quoted speaks.
  const quoted =
    word.lower === 'quoted'
      ? quotedAsSaying(words, k)
      : words[k - 1]?.lower === 'as' && AS_SAYING.has(word.lower)
        ? quotedBefore(words, k)
        : null
  if (quoted) return quoted
  // "protesters carried placards reading 'Q'": the words of what bears them, no one's.
  if (word.lower === 'reading' && SIGN_NOUNS.has(words[k - 1]?.lower ?? '')) {
    const sign = words[k - 1] as Word
    return { cue, source: { start: sign.start, end: sign.end } }
  }
  // "Adding, 'Q'": a participle opening the sentence goes on from the speaker before.
  if (k === 0 && word.lower.endsWith('ing') && words[1]?.punct === true)
    return { cue, source: null }
  // "has been jailed, with a judge describing his crimes as 'Q'": the participle's own subject.
  const withSubject = word.lower.endsWith('ing') ? subjectAfterWith(words, k) : null
  if (withSubject) return { cue, source: withSubject }
  // "X rallied supporters, saying: 'Q'": a participle's source is the sentence's subject,
  // or the source of the verb before it ("'Q1,' she said, adding: 'Q2'").
  if (
    isParticiple(words, k) ||
    (word.lower.endsWith('ing') && PARTICIPLE_OPENERS.has(words[k - 1]?.lower ?? ''))
  ) {
    // "Blige sings to Clinton before asking her, 'Q'" too. Not an owner whose noun is quoted:
    // "Trump’s 'excesses' are sickening, Hollande said, noting".
    const setOff = setOffBefore(words, k)
    if (setOff) return { cue, source: setOff }
    const opening = subjectOf(words)
    const owner = opening !== null && isPossessive(wordBefore(words, opening.end)?.text ?? '')
    const subject = owner
      ? (earlierSource(words, k, true) ?? opening)
      : (opening ?? earlierSource(words, k, false))
    return subject ? { cue, source: subject } : null
  }
  // A passive is no one's report here: "The union, whose first results were announced last week,
  // showed 'Q'"; "The company was accused of 'Q'", "was branded 'Q'": its subject is whom it was
  // said of.
  if (isPassive(words, k) && (inRelativeClause(words, k) || SAID_OF.has(word.lower))) return null
  // "The email goes on to say: 'Q'": the subject of the verb the cue completes.
  const verbStart = pastToChain(words, k)
  const backward = backwardSource(words, verbStart - 1) ?? apposedSubject(words, verbStart)
  // "The senator emailed supporters saying: 'Q'": the object of a verb does not say it; the subject does.
  if (
    backward &&
    word.lower.endsWith('ing') &&
    (isLowerCase(words, backward) || isObject(words, backward))
  ) {
    const subject = subjectOf(words)
    if (subject && subject.start < backward.start) return { cue, source: subject }
  }
  if (backward) return { cue, source: backward }
  // "X hailed it as 'Q1,' telling reporters 'Q2'": a participle after a quote, the subject's.
  if (word.lower.endsWith('ing') && k > 0) {
    const subject = subjectOf(words)
    if (subject) return { cue, source: subject }
  }
  // "... and added: 'Q'" / "... but insists": a second verb of the same subject.
  if (followsJoiner(words, k)) {
    const subject = subjectOf(words)
    if (subject) return { cue, source: subject }
  }
  // Inverted, before the quote: "said Jones: 'Q'"; not an object: "called Trump's remarks 'Q'".
  const next = words[k + 1]
  if (next && /^\p{Lu}/u.test(next.text)) {
    const forward = forwardSource(words, k + 1)
    // "insists Sanders is mounting a 'Q'": a clause, not a name.
    const clause =
      forward &&
      words.some(
        (w) =>
          w.start >= forward.start && w.end <= forward.end && BETWEEN_SOURCE_AND_CUE.has(w.lower),
      )
    if (clause) return null
    const owned =
      forward &&
      words.some((w) => w.start >= forward.start && w.end <= forward.end && isPossessive(w.text))
    if (forward && !owned) return { cue, source: forward }
  }
  return null
}

/**
 * The plain subject of the verb at `k` ({@link plainSubject}), or the name set
 * off after it when it is a role: "Margaret Dunmore" of "Their leader, Margaret
 * Dunmore, conceded ... but insisted".
 */
function apposedSubject(words: readonly Word[], k: number): Attribution['source'] {
  const plain = plainSubject(words, k)
  if (plain === null) return null
  const subject = subjectOf(words)
  const comma = words.findIndex((word) => word.start >= plain.end)
  return subject !== null &&
    words[comma]?.text === ',' &&
    words[comma + 1]?.start === subject.start &&
    subject.end < (words[k] as Word).start
    ? subject
    : plain
}

/**
 * The words between "with" and the participle at `k` ("with a judge describing", "with analysts
 * calling"), the participle's subject; null when no "with" opens them within a few words.
 */
function subjectAfterWith(words: readonly Word[], k: number): Attribution['source'] {
  // A noun before the participle: not "with Trump once directly, saying".
  const last = words[k - 1]
  if (last === undefined || last.punct || last.lower.endsWith('ly')) return null
  for (let j = k - 2; j >= 0 && j >= k - 1 - MAX_WITH_SUBJECT_WORDS; j--) {
    const word = words[j] as Word
    if (word.punct) return null
    if (word.lower === 'with')
      return { start: (words[j + 1] as Word).start, end: (words[k - 1] as Word).end }
  }
  return null
}
/** Most words of a participle's subject after "with": "with the former prime minister describing". */
const MAX_WITH_SUBJECT_WORDS = 4

/** Whether a relative pronoun opens the clause of word `k`, a few words before it: "whose results were". */
function inRelativeClause(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - RELATIVE_REACH; j--) {
    const word = words[j] as Word
    if (word.punct) return false
    if (RELATIVES.has(word.lower)) return true
  }
  return false
}
const RELATIVES: ReadonlySet<string> = new Set(['whose', 'which', 'who', 'whom'])
/** Most words between a relative pronoun and the passive's participle: "whose first results were". */
const RELATIVE_REACH = 5
/** Participles whose passive's subject is whom the words are about: "was accused of 'Q'". */
const SAID_OF: ReadonlySet<string> = new Set(['accused', 'branded', 'dubbed'])

/** Verbs that a reporting verb completes after "to": "goes on to say", "refused to comment". */
const TO_CHAIN_VERBS = new Set([
  'went',
  'goes',
  'go',
  'continued',
  'continues',
  'wanted',
  'wants',
  'tried',
  'tries',
  'refused',
  'refuses',
  'declined',
  'declines',
  'decided',
  'decides',
  'appeared',
  'appears',
  'seemed',
  'seems',
  'used',
  'had',
  'has',
  'have',
  'needs',
  'needed',
  'hastened',
  'rushed',
  'prompted',
])

/** Word `k`, or the start of the verb chain it completes: "goes on to [say]", "refused to [say]". */
function pastToChain(words: readonly Word[], k: number): number {
  if (words[k - 1]?.lower !== 'to') return k
  let v = k - 2
  if (words[v]?.lower === 'on') v--
  return TO_CHAIN_VERBS.has(words[v]?.lower ?? '') ? v : k
}

/** Whether a phrase follows a preposition, as its object: "posted to Twitter asking". */
function isObject(words: readonly Word[], range: { start: number; end: number }): boolean {
  const before = wordBefore(words, range.start)
  return before !== undefined && OBJECT_PREPOSITIONS.has(before.lower)
}

/**
 * Prepositions whose object a participle after it does not belong to ("posted
 * to Twitter asking"); not "with", whose object is the participle's subject
 * ("with Sen. John McCain calling it 'Q'").
 */
const OBJECT_PREPOSITIONS = new Set(['to', 'on', 'at', 'from', 'into', 'onto'])

/** Whether every word of `range` in `words` is in lower case: "supporters", not "Senator Sanders". */
function isLowerCase(words: readonly Word[], range: { start: number; end: number }): boolean {
  return words.every((w) => w.start < range.start || w.end > range.end || !/^\p{Lu}/u.test(w.text))
}

/** The cue at word `k`: the word, or "went on", "shot back" as one. */
export function cueSpan(words: readonly Word[], k: number): { start: number; end: number } {
  const word = words[k] as Word
  const next = words[k + 1]
  const phrasal =
    (next?.lower === 'on' && GO_ON.has(word.lower)) ||
    (next?.lower === 'back' && SHOT.has(word.lower))
  const end = phrasal && next ? next.end : word.end
  return { start: word.start, end }
}

/**
 * "CLAUSE, Spicer said, adding: 'Q'": the source of a verb set off by commas
 * right before the participle at word `k`, whom the participle goes on from.
 */
function setOffBefore(words: readonly Word[], k: number): { start: number; end: number } | null {
  if (words[k - 1]?.text !== ',' || !isCue(words, k - 2)) return null
  const source = backwardSource(words, k - 3)
  return source && wordBefore(words, source.start)?.text === ',' ? source : null
}

/** The source of a reporting verb before word `k` in the same words ("she said, adding"); when `finite`, not of a participle. */
function earlierSource(
  words: readonly Word[],
  k: number,
  finite: boolean,
): { start: number; end: number } | null {
  for (let j = k - 1; j >= 0; j--) {
    if (!isCue(words, j) || (finite && (words[j] as Word).lower.endsWith('ing'))) continue
    const source = backwardSource(words, j - 1) ?? forwardSource(words, j + 1)
    if (source) return source
  }
  return null
}

/**
 * The attribution of "quoted X as saying" from the cue "quoted" at `k`: X the source, the
 * participle the cue; null when no "as" and a participle of saying follow X within reach.
 */
export function quotedAsSaying(words: readonly Word[], k: number): Attribution | null {
  for (let j = k + 2; j < words.length && j <= k + 1 + MAX_QUOTED_WORDS; j++) {
    const as = words[j] as Word
    const verb = words[j + 1]
    if (as.lower !== 'as' || !verb || !AS_SAYING.has(verb.lower)) continue
    let end = j
    while (end > k + 1 && (words[end - 1] as Word).punct) end--
    return end > k + 1
      ? { cue: { start: verb.start, end: verb.end }, source: spanOf(words.slice(k + 1, end)) }
      : null
  }
  return null
}
/** Most words of whom a text quotes: "UNICEF's regional director for eastern Africa, Marguerite Duval,". */
const MAX_QUOTED_WORDS = 14
/** Participles of saying after "quoted X as": "as saying", "as telling reporters". */
const AS_SAYING: ReadonlySet<string> = new Set([
  'saying',
  'telling',
  'writing',
  'warning',
  'adding',
])

/** The attribution of "quoted X as" before the participle at `k` ("as saying"), if one stands there. */
function quotedBefore(words: readonly Word[], k: number): Attribution | null {
  for (let j = k - 3; j >= 0 && j >= k - 2 - MAX_QUOTED_WORDS; j--)
    if ((words[j] as Word).lower === 'quoted') return quotedAsSaying(words, j)
  return null
}

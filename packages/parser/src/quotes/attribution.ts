/**
 * Attribution: the cue ("said", "told reporters", "according to") and the
 * source ("Zelensky", "he", "the Kremlin") of a quotation or of reported
 * speech, read from the words around it in its sentence:
 *   "Q," X said / "Q," said X / "Q," X, the title, said / X said: "Q" /
 *   X said, "Q" / X said ... "Q" (partial) / according to X, "Q".
 */
import { firstAtOrAfter } from '../bisect.js'
import { afterQuote, asideAttribution, leadingAttribution } from './after-quote.js'
import { beforeQuote, ownedQuote } from './before-quote.js'
import { PARTICIPLE_OPENERS } from './cue-source.js'
import { isCue, isPossessive } from './cues.js'
import type { QuotedRanges } from './ranges.js'
import {
  DETERMINERS,
  opensClaimDescription,
  opensTermDescription,
  SOURCE_STOPS,
  SUBJECT_PRONOUNS,
} from './source-words.js'
import { subjectOf } from './subjects.js'
import { CLOSING_MARKS, nextIndexOf, type Word, wordsBetween, wordsIn } from './words.js'

/** A cue and a source, as value ranges of the segment. */
export interface Attribution {
  cue: { start: number; end: number }
  source: { start: number; end: number } | null
}

/**
 * The attribution of a quotation at [open, close] of `value`, inside the
 * sentence [sentenceStart, sentenceEnd), with `quoted` ranges to skip.
 */
export function attributeQuote(
  value: string,
  open: number,
  close: number,
  sentenceStart: number,
  sentenceEnd: number,
  quoted: QuotedRanges,
  words: readonly Word[] = wordsIn(value, sentenceStart, sentenceEnd),
): Attribution | null {
  // Words outside the marks, and the comma that ends a quote inside them: 'was "corrupt," noting'.
  const outside = (word: Word): boolean =>
    !quoted.contains(word.start) || (word.text === ',' && CLOSING_MARKS.has(value.charAt(word.end)))
  const after = wordsBetween(
    words,
    Math.min(close + 1, value.length),
    Math.max(close + 1, sentenceEnd),
  ).filter(outside)
  const before = wordsBetween(words, sentenceStart, open).filter(outside)
  // "Q," X said: only a quote that ends its clause (punctuation at its end or a comma after it).
  // A quote that opens its sentence is attributed after it even without a comma: '"Q" Hannity said'.
  const opensSentence = before.length === 0
  const endsClause =
    opensSentence ||
    /[,.!?…]$/u.test(value.slice(open + 1, close).trimEnd()) ||
    after[0]?.text === ','
  // ('"diverted to advertisements", a charge the chief minister rejected': a description of what
  // the quote says, whose verb answers it, not one that says it.)
  // (The comma may stand inside the marks: '"structural relief," a term that usually refers'.)
  const described =
    after[0]?.text === ','
      ? opensClaimDescription(after, 1)
      : /,$/u.test(value.slice(open + 1, close).trimEnd()) && opensTermDescription(after, 0)
  // (A quotation that opens right after a verb is that verb's own.)
  const found =
    endsClause && !described
      ? afterQuote(after, (at) => quoted.firstStartIn(at, at + QUOTE_AFTER_VERB) >= 0)
      : null
  // '... “our own struggling citizens,” Melanie said yes, yes': her word, not the quote, was said.
  const saidWord = found && SAID_WORDS.has(after[firstAtOrAfter(after, found.cue.end)]?.lower ?? '')
  const following = saidWord ? null : found
  if (following?.source) return following
  // ('... out of line. "Q"': the words before end a sentence the quote does not stand in.)
  const last = before[before.length - 1]
  const sentenceBetween = last !== undefined && SENTENCE_END.test(value.slice(last.end, open))
  const attribution =
    beforeQuote(before, sentenceBetween) ??
    openingParticiple(before, after) ??
    asideAttribution(after) ??
    following ??
    ownedQuote(before, after)
  // "greeted with boos and chants of 'Doyle out'", "spontaneous chants of 'Lock her up!'": what a
  // crowd cried, which no one the words before name said.
  if (attribution?.source && isCryOf(before, attribution.cue))
    return { cue: attribution.cue, source: null }
  return attribution
}

/** Most characters from a verb's end to a quotation's opening mark after it: " « ". */
const QUOTE_AFTER_VERB = 3

/** Whether the cue at `cue` among `words` is a crowd's cry before "of": "chants of". */
function isCryOf(words: readonly Word[], cue: { start: number; end: number }): boolean {
  const at = words.findIndex((word) => word.start === cue.start)
  return at >= 0 && CRIES.has((words[at] as Word).lower) && words[at + 1]?.lower === 'of'
}
/** Plurals of what a crowd cries: "chants", "cries", "shouts". */
const CRIES = new Set(['chants', 'cries', 'shouts', 'boos', 'jeers', 'cheers', 'roars'])

/** A mark that ends a sentence. */
const SENTENCE_END = /[.!?]/u

/** Adverbs of time before a subject's verb: "The agency later issued". */
const TIME_ADVERBS = new Set(['later', 'earlier', 'then', 'now', 'again', 'once', 'still', 'also'])

/** Words a verb of saying takes for its object in place of a quote: "said yes". */
const SAID_WORDS = new Set(['yes', 'no'])

/**
 * A partial quote in a sentence with no reporting verb is its subject's words,
 * the verb after the subject its cue: "Mrs. Clinton introduced him as 'a
 * fighter for families'" / "Paul Ryan worried that the net was becoming 'a hammock'".
 */
export function writerSentence(
  value: string,
  open: number,
  sentenceStart: number,
  quoted: QuotedRanges,
  words: readonly Word[],
): Attribution | null {
  const all = wordsBetween(words, sentenceStart, open).filter(
    (word) => !quoted.contains(word.start),
  )
  // "Zimbabwe coup: Robert Mugabe and wife Grace 'Q'": past a label and its colon.
  const before = all.slice(all.map((word) => word.text).lastIndexOf(':') + 1)
  const source = subjectOf(before)
  if (source === null) return null
  const subjectEnd = before.findIndex((word) => word.start >= source.end)
  // The verb, past asides after the subject: "Harry Reid (D-Nev.), in particular, has been".
  const k = pastAsides(before, subjectEnd)
  // "It was 'the tarot'", "There was 'no reason'": no one is the subject.
  if (EXPLETIVES.has(before.find((word) => word.start >= source.start)?.lower ?? '')) return null
  // A name or a pronoun, not the first word of a longer phrase: "The audience", "Her $350 billion".
  const subject = before
    .slice(0, Math.max(subjectEnd, 0))
    .filter((word) => word.start >= source.start)
  const last = subject[subject.length - 1]
  if (last === undefined || DETERMINERS.has(last.lower) || /^[\p{N}$]/u.test(last.text)) return null
  if (isPossessive(last.text)) return null
  const verb = before[k]
  if (verb === undefined || verb.punct || !/^\p{Ll}/u.test(verb.text) || k === before.length - 1)
    return null
  if (DETERMINERS.has(verb.lower) || SOURCE_STOPS.has(verb.lower) || NOT_VERBS.has(verb.lower))
    return null
  // "Nearly every website ...": an adverb opening the sentence is no one.
  if (subject.length === 1 && last.lower.endsWith('ly')) return null
  // "regularly pledges", "later issued": an adverb and its verb.
  const adverb = verb.lower.endsWith('ly') || TIME_ADVERBS.has(verb.lower)
  const cueEnd = adverb && before[k + 1] && !before[k + 1]?.punct ? (before[k + 1] as Word) : verb
  return { cue: { start: verb.start, end: cueEnd.end }, source }
}

/**
 * Word `k`, or the word past the asides that start at it, between a subject
 * and its verb: "Harry Reid (D-Nev.), in particular, has been".
 */
function pastAsides(words: readonly Word[], k: number): number {
  let j = k
  for (let asides = 0; asides < MAX_ASIDES && j >= 0; asides++) {
    const opener = words[j]?.text
    const closer = opener === '(' ? ')' : opener === ',' ? ',' : null
    if (closer === null) break
    const close = nextIndexOf(words, closer, j, MAX_SUBJECT_ASIDE_WORDS + 1)
    if (close < 0) break
    // A comma's aside is an adverb phrase ("in particular"), not a clause with a name in it.
    if (closer === ',' && words.slice(j + 1, close).some((word) => !/^\p{Ll}/u.test(word.text)))
      break
    j = close + 1
  }
  return j
}

/** Most asides passed between a subject and its verb, and most words in one. */
const MAX_ASIDES = 2
const MAX_SUBJECT_ASIDE_WORDS = 4

/**
 * Words after a subject that are no verb: "Nearly every", "Almost all"; and prepositions,
 * whose phrase goes on with the subject ("Criticism within party drives candidate to say").
 */
const NOT_VERBS = new Set([
  ...['every', 'each', 'all', 'any', 'some', 'no', 'most', 'many', 'more'],
  ...['within', 'from', 'in', 'at', 'on', 'across', 'among', 'inside', 'outside', 'for'],
])

/** Subjects that name no one: "It was", "There is", "This means". */
const EXPLETIVES = new Set(['it', 'there', 'this', 'that', 'these', 'those', 'what'])

/**
 * "After saying her foot was 'so swollen,' she was ...": a phrase opening the
 * sentence with a reporting participle; its source is the subject after the quote.
 */
function openingParticiple(before: readonly Word[], after: readonly Word[]): Attribution | null {
  const cue = before[1]
  if (!PARTICIPLE_OPENERS.has(before[0]?.lower ?? '') || !cue || !cue.lower.endsWith('ing'))
    return null
  if (!isCue(before, 1)) return null
  let i = 0
  while (i < after.length && (after[i] as Word).punct) i++
  const source = subjectOf(after.slice(i))
  return source ? { cue: { start: cue.start, end: cue.end }, source } : null
}

/**
 * An attribution that opens the sentence after a quote ending in its own
 * stop: '"Why not?" Rubio said.' / '"We will." Said Jones, later.'
 */
export function attributeFromNextSentence(
  value: string,
  close: number,
  nextEnd: number,
  quoted: QuotedRanges,
  words: readonly Word[],
): Attribution | null {
  const next = wordsBetween(words, Math.min(close + 1, value.length), nextEnd).filter(
    (word) => !quoted.contains(word.start),
  )
  // '"Q!" Scott's niece, state Del. Marcia Price, shouted': past asides, as after any quote.
  const found = leadingAttribution(next, 0) ?? afterQuote(next)
  if (!found?.source) return null
  // '"Q." He said the province had released funds': a sentence whose saying goes on to what it
  // reports is a report of its own, not the quote's attribution.
  if (found.source.end <= found.cue.start && reportsAfter(next, found.cue.end)) return null
  return found
}

/**
 * Whether the words after a cue ending at `cueEnd` open what it reports: "that",
 * or a subject or a noun phrase right after the verb ("said the province had"),
 * not "told reporters", "asked the minister", "said on Tuesday" or the
 * sentence's end.
 */
function reportsAfter(words: readonly Word[], cueEnd: number): boolean {
  const at = firstAtOrAfter(words, cueEnd)
  const cue = words[at - 1]
  const next = words[at]
  if (next === undefined || next.punct || cue === undefined || ADDRESSING.has(cue.lower))
    return false
  return (
    next.lower === 'that' ||
    SUBJECT_PRONOUNS.has(next.lower) ||
    (DETERMINERS.has(next.lower) && words[at + 2] !== undefined && !words[at + 1]?.punct)
  )
}
/**
 * Forms of "tell" and "ask", whose object is the listener: '"Q?" Todd asked the
 * real estate mogul', '"Q." She told reporters'.
 */
const ADDRESSING: ReadonlySet<string> = new Set([
  ...['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'ask', 'asking'],
])

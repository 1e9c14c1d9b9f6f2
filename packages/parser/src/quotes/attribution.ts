/**
 * Attribution: the cue ("said", "told reporters", "according to") and the
 * source ("Zelensky", "he", "the Kremlin") of a quotation or of reported
 * speech, read from the words around it in its sentence:
 *   "Q," X said / "Q," said X / "Q," X, the title, said / X said: "Q" /
 *   X said, "Q" / X said ... "Q" (partial) / according to X, "Q".
 */
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { wordsIn, type Word } from './words.js'

/** A cue and a source, as value ranges of the segment. */
export interface Attribution {
  cue: { start: number; end: number }
  source: { start: number; end: number } | null
}

/** Words that may stand between a source and its verb: "has", "also", "later". */
const BETWEEN_SOURCE_AND_CUE = new Set([
  'has', 'have', 'had', 'would', 'will', 'also', 'later', 'then', 'again', 'once', 'reportedly',
  'previously', 'repeatedly', 'recently', 'further', 'is', 'was', 'were', 'are', 'did', 'does',
  'do', 'not', 'never', 'just', 'already', 'still', 'often', 'even', 'publicly', 'privately',
  'separately', 'subsequently', 'earlier', 'had', 'been', 'has', 'could', 'might', 'may',
  'should', 'must', 'can', 'once', 'frequently', 'flatly', 'simply', 'quickly', 'angrily',
  'proudly', 'bluntly', 'famously', 'openly', 'told', 'recently', 'herself', 'himself',
])
/** Words a source never holds: they end the backward scan. */
const SOURCE_STOPS = new Set([
  'and', 'but', 'or', 'that', 'which', 'who', 'whom', 'while', 'as', 'when', 'because', 'if',
  'to', 'after', 'before', 'since', 'where', 'so', 'than', 'though', 'although', 'what', 'how',
  'said', 'says', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'into', 'over',
])
const MAX_SOURCE_WORDS = 7
/** Cues that introduce their source after them: "according to X". */
const ACCORDING = 'according'
/** How far (in words) a cue may stand from the quotation it attributes. */
const MAX_CUE_DISTANCE = 12

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
  quoted: readonly [number, number][],
): Attribution | null {
  const inside = (offset: number): boolean => quoted.some(([s, e]) => offset >= s && offset <= e)
  const after = wordsIn(value, Math.min(close + 1, value.length), Math.max(close + 1, sentenceEnd)).filter(
    (word) => !inside(word.start),
  )
  const before = wordsIn(value, sentenceStart, open).filter((word) => !inside(word.start))
  // "Q," X said: only a quote that ends its clause (punctuation at its end or a comma after it).
  const endsClause = /[,.!?…]$/u.test(value.slice(open + 1, close).trimEnd()) || after[0]?.text === ','
  return (endsClause ? afterQuote(after) : null) ?? beforeQuote(before)
}

/** "Q," X said / "Q," said X / "Q," according to X. */
function afterQuote(words: readonly Word[]): Attribution | null {
  let i = 0
  while (i < words.length && (words[i] as Word).punct) i++
  const limit = Math.min(words.length, i + MAX_CUE_DISTANCE)
  for (let k = i; k < limit; k++) {
    const word = words[k] as Word
    if (word.punct && word.text !== ',') break
    if (word.lower === ACCORDING && words[k + 1]?.lower === 'to') {
      return { cue: { start: word.start, end: (words[k + 1] as Word).end }, source: forwardSource(words, k + 2) }
    }
    if (!SPEECH_VERBS.has(word.lower) || word.punct) continue
    const cue = { start: word.start, end: word.end }
    // Words between the quote and the cue are the source ("Zelensky said"), or none ("said X").
    const between = words.slice(i, k).filter((w) => !BETWEEN_SOURCE_AND_CUE.has(w.lower) || w.punct)
    if (between.length === 0) return { cue, source: forwardSource(words, k + 1) }
    const firstChunk: Word[] = []
    for (const w of between) {
      if (w.punct) break
      firstChunk.push(w)
    }
    if (firstChunk.length === 0 || firstChunk.length > MAX_SOURCE_WORDS) return null
    return { cue, source: spanOf(firstChunk) }
  }
  return null
}

/** X said: "Q" / X said, "Q" / X said ... "Q". */
function beforeQuote(words: readonly Word[]): Attribution | null {
  for (let k = words.length - 1; k >= Math.max(0, words.length - MAX_CUE_DISTANCE * 2); k--) {
    const word = words[k] as Word
    if (word.punct) continue
    if (word.lower === 'to' && words[k - 1]?.lower === ACCORDING) {
      const cueWord = words[k - 1] as Word
      return { cue: { start: cueWord.start, end: word.end }, source: forwardSource(words, k + 1) }
    }
    if (!SPEECH_VERBS.has(word.lower)) continue
    // Inverted: ..., said X: "Q".
    const source = backwardSource(words, k - 1) ?? forwardSource(words, k + 1)
    if (!source) continue
    return { cue: { start: word.start, end: word.end }, source }
  }
  return null
}

/** The source phrase ending just before word `from` (skipping auxiliaries and adverbs). */
export function backwardSource(words: readonly Word[], from: number): { start: number; end: number } | null {
  let k = from
  while (k >= 0 && BETWEEN_SOURCE_AND_CUE.has((words[k] as Word).lower)) k--
  const phrase: Word[] = []
  while (k >= 0 && phrase.length < MAX_SOURCE_WORDS) {
    const word = words[k] as Word
    if (word.punct || SOURCE_STOPS.has(word.lower) || SPEECH_VERBS.has(word.lower)) break
    phrase.unshift(word)
    k--
  }
  return phrase.length > 0 ? spanOf(trimLeadingLowercase(phrase)) : null
}

/** The source phrase starting at word `from`: "Zelensky", "the Kremlin spokesman Dmitry Peskov". */
function forwardSource(words: readonly Word[], from: number): { start: number; end: number } | null {
  const phrase: Word[] = []
  for (let k = from; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct || (SOURCE_STOPS.has(word.lower) && word.lower !== 'by')) break
    phrase.push(word)
  }
  return phrase.length > 0 ? spanOf(phrase) : null
}

/** Drops lower-case words that open a phrase but are not part of a noun phrase ("also"). */
function trimLeadingLowercase(phrase: Word[]): Word[] {
  let i = 0
  while (i < phrase.length - 1 && BETWEEN_SOURCE_AND_CUE.has((phrase[i] as Word).lower)) i++
  return phrase.slice(i)
}

function spanOf(words: readonly Word[]): { start: number; end: number } {
  return { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end }
}

/**
 * Tells English from other languages by the share of very common English
 * function words: enough for the parser to say when its English rules do not
 * apply. Returns "und" for text too short to tell.
 */
import { wordEndAt, wordStartAt } from './words.js'

const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'it',
  'on',
  'was',
  'with',
  'as',
  'he',
  'she',
  'they',
  'said',
  'by',
  'at',
  'be',
  'this',
  'have',
  'from',
  'are',
  'not',
  'but',
  'has',
  'had',
  'his',
  'her',
  'their',
  'an',
  'were',
  'which',
  'will',
  'would',
  'its',
  'who',
])
const MIN_WORDS = 8
const ENGLISH_SHARE = 0.12
const MAX_SAMPLE_WORDS = 400
/** Enough text to tell a language by its function words: the most `detectLanguage` reads. */
export const LANGUAGE_SAMPLE_CHARS = 12_000
const MAX_FUNCTION_WORD_LENGTH = 5

/**
 * BCP 47 tag of the language of the text that `parts` make when joined by
 * line breaks: "en", "und" (unknown) or "mul" (not English). The parts are
 * read in place, as far as the first {@link LANGUAGE_SAMPLE_CHARS} characters
 * of that text, where joining them would copy the whole body: a word never
 * spans two parts, since a line break ends it.
 */
export function detectLanguage(parts: readonly string[]): string {
  const tally: Tally = { words: 0, english: 0 }
  let offset = 0
  for (const part of parts) {
    const room = LANGUAGE_SAMPLE_CHARS - offset
    if (room <= 0) break
    readWords(part.length > room ? part.slice(0, room) : part, tally)
    if (tally.words >= MAX_SAMPLE_WORDS) break
    offset += part.length + 1
  }
  if (tally.words < MIN_WORDS) return 'und'
  return tally.english / tally.words >= ENGLISH_SHARE ? 'en' : 'mul'
}

/** The words read so far, and how many of them are English function words. */
interface Tally {
  words: number
  english: number
}

/** Adds the words of `text` to `tally`, up to {@link MAX_SAMPLE_WORDS} in all. */
function readWords(text: string, tally: Tally): void {
  for (let start = wordStartAt(text, 0); start < text.length && tally.words < MAX_SAMPLE_WORDS;) {
    const end = wordEndAt(text, start)
    tally.words++
    if (end - start <= MAX_FUNCTION_WORD_LENGTH && FUNCTION_WORD_KEYS.has(keyOf(text, start, end)))
      tally.english++
    start = wordStartAt(text, end)
  }
}

const LOWER_A = 0x61
const LOWER_Z = 0x7a
/** Set on an ASCII capital, it gives the small letter. */
const CASE_BIT = 0x20
/** A letter's digit in a key: 1 to 26, so that "a" and "aa" differ. */
const KEY_BASE = 27
const NOT_A_KEY = -1

/**
 * The key of the word `text[start, end)` in any case: its letters as digits
 * in base 27; -1 when it has any other character. No function word is cut
 * out of the text and lowered. The answer is the same: of all characters,
 * only ASCII capitals lower to small ASCII letters, and the Kelvin sign,
 * whose "k" no function word has.
 */
function keyOf(text: string, start: number, end: number): number {
  let key = 0
  for (let i = start; i < end; i++) {
    const lower = text.charCodeAt(i) | CASE_BIT
    if (lower < LOWER_A || lower > LOWER_Z) return NOT_A_KEY
    key = key * KEY_BASE + (lower - LOWER_A + 1)
  }
  return key
}

const FUNCTION_WORD_KEYS = new Set(
  [...ENGLISH_FUNCTION_WORDS].map((word) => keyOf(word, 0, word.length)),
)

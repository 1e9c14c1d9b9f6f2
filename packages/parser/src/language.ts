/**
 * Tells English from other languages by the share of very common English
 * function words: enough for the parser to say when its English rules do not
 * apply. Returns "und" for text too short to tell.
 */
import { forEachWord } from './words.js'

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

/** BCP 47 tag of the language of `text`: "en", "und" (unknown) or "mul" (not English). */
export function detectLanguage(input: string): string {
  const text = input.length > LANGUAGE_SAMPLE_CHARS ? input.slice(0, LANGUAGE_SAMPLE_CHARS) : input
  let words = 0
  let english = 0
  forEachWord(text, (start, end) => {
    words++
    if (
      end - start <= MAX_FUNCTION_WORD_LENGTH &&
      ENGLISH_FUNCTION_WORDS.has(text.slice(start, end).toLowerCase())
    ) {
      english++
    }
    return words < MAX_SAMPLE_WORDS
  })
  if (words < MIN_WORDS) return 'und'
  return english / words >= ENGLISH_SHARE ? 'en' : 'mul'
}

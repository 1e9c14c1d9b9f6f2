/**
 * Words with their offsets in a range of a text, for the attribution scans:
 * letters, digits and the apostrophes, hyphens and dots inside words, plus
 * single punctuation marks as words of their own.
 */
import { firstAtOrAfter } from '../bisect.js'
import { SHOUTED_ACRONYM_WORDS } from '../lexicon/abbreviations.js'
import { casedWordEnd, isWordUnit, wordHasCase } from '../words.js'

/** A word or a punctuation mark of a text. */
export interface Word {
  start: number
  end: number
  text: string
  lower: string
  /** True for a punctuation mark. */
  punct: boolean
}

/** Punctuation marks that are words of their own, by character code. */
const PUNCTUATION: ReadonlySet<number> = new Set(
  [...',;:()"“”‘’«»—–―-'].map((char) => char.charCodeAt(0)),
)
/** Marks that close a quotation, straight and curly, double and single. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '’', "'"])
const APOSTROPHE = 0x27
const SPACE = 0x20

/**
 * Capitals of a function word that are an acronym ("WHO"): kept as written, so
 * that no scan reads the relative pronoun in "the WHO said".
 */
const SHOUTED_ACRONYMS: ReadonlySet<string> = new Set(
  SHOUTED_ACRONYM_WORDS.map((word) => word.toUpperCase()),
)

/** The longest of {@link SHOUTED_ACRONYMS}. */
const LONGEST_SHOUTED = Math.max(...SHOUTED_ACRONYM_WORDS.map((word) => word.length))

/** `text` lower-cased, unless it is one of {@link SHOUTED_ACRONYMS}. */
function lowerOf(text: string): string {
  // Most words are turned away by their length or their second letter, before the set hashes them.
  const second = text.charCodeAt(1)
  const shouted =
    text.length <= LONGEST_SHOUTED &&
    second >= UPPER_A &&
    second <= UPPER_Z &&
    SHOUTED_ACRONYMS.has(text)
  return shouted ? text : text.toLowerCase()
}
const UPPER_A = 0x41
const UPPER_Z = 0x5a

/**
 * The words and punctuation marks of `value` between `start` and `end`. One
 * pass: each character between words is read once (as a possible mark), and
 * each character of a word once (with whether the word has capitals).
 */
export function wordsIn(value: string, start: number, end: number): Word[] {
  const slice = value.slice(start, end)
  const length = slice.length
  const words: Word[] = []
  // Where the text between the last word and the next starts.
  let gap = 0
  for (let i = 0; i < length;) {
    const code = slice.charCodeAt(i)
    if (isWordUnit(code)) {
      const to = casedWordEnd(slice, i)
      const text = slice.slice(i, to)
      words.push({
        start: start + i,
        end: start + to,
        text,
        lower: wordHasCase ? lowerOf(text) : text,
        punct: false,
      })
      i = to
      gap = to
      continue
    }
    // Spaces, most of what lies between words, are nothing.
    if (code !== SPACE) pushMark(words, slice, start, i, i === gap)
    i++
  }
  return words
}

/**
 * Pushes to `words` the punctuation mark at `i` of `slice` (which starts at
 * `offset` of its text), if it is one; `first` when it is the first character
 * after a word, where an apostrophe may end the word.
 */
function pushMark(words: Word[], slice: string, offset: number, i: number, first: boolean): void {
  const code = slice.charCodeAt(i)
  const char = slice[i] as string
  // A plural's possessive apostrophe belongs to its word: "Sanders’ campaign manager".
  if (first && i > 0 && isPossessiveMark(slice, i)) {
    const previous = words[words.length - 1] as Word
    previous.end++
    previous.text += char
    previous.lower += char
    return
  }
  if (
    PUNCTUATION.has(code) ||
    (code === APOSTROPHE && (i === 0 || slice.charCodeAt(i - 1) === SPACE))
  ) {
    words.push({ start: offset + i, end: offset + i + 1, text: char, lower: char, punct: true })
  }
}

/** An apostrophe right after a word in "s" and before a space: "Sanders’ ", "officials' ". */
function isPossessiveMark(text: string, i: number): boolean {
  const char = text[i]
  if (char !== '’' && char !== "'") return false
  const previous = text[i - 1]
  return (previous === 's' || previous === 'S') && (i + 1 === text.length || text[i + 1] === ' ')
}

/**
 * The index of the last word of `words` before index `before` whose text is
 * `text`, looking no further back than index `stop`; -1 when there is none.
 */
export function lastIndexOf(
  words: readonly Word[],
  text: string,
  before: number,
  stop = 0,
): number {
  for (let i = before - 1; i >= Math.max(0, stop); i--)
    if ((words[i] as Word).text === text) return i
  return -1
}

/** The index of the first of `words` after word `after`, at most `reach` words on, whose text is `text`; -1 when none. */
export function nextIndexOf(
  words: readonly Word[],
  text: string,
  after: number,
  reach: number,
): number {
  const last = Math.min(words.length - 1, after + reach)
  for (let i = after + 1; i <= last; i++) if ((words[i] as Word).text === text) return i
  return -1
}

/** Whether `word` is a word, not a mark, that opens with a capital: "Tad". */
export function isCapitalised(word: Word): boolean {
  return !word.punct && /^\p{Lu}/u.test(word.text)
}

/** Whether every one of `words` is capitalised ({@link isCapitalised}): "Tad Devine". */
export function areCapitalised(words: readonly Word[]): boolean {
  return words.every(isCapitalised)
}

/** The last of `words` (in order) that starts before `offset`: the word ending there, or before it. */
export function wordBefore(words: readonly Word[], offset: number): Word | undefined {
  const after = firstAtOrAfter(words, offset)
  // Not words[-1] when none is before: a read before an array's start is a slow property lookup.
  return after > 0 ? words[after - 1] : undefined
}

/** The words of `words` (sorted by offset) that lie within [start, end): a slice found by bisection. */
export function wordsBetween(words: readonly Word[], start: number, end: number): Word[] {
  const low = firstAtOrAfter(words, start)
  let last = low
  while (last < words.length && (words[last] as Word).end <= end) last++
  return words.slice(low, last)
}

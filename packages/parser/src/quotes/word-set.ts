/**
 * A set of words asked of every word of a text (is it a cue, does it open a
 * report): most words are turned away by their length and their first two
 * characters, from a table, before the set hashes them.
 */

/** Character codes below this are ASCII. */
const ASCII = 0x80

/** Lengths from this on share one bit of a shape (the highest bit of a small integer, so no shape is read as a float). */
const LONG = 30

/** The bit of a shape for words of `length` characters. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, LONG)
}

export class WordSet {
  readonly #words: ReadonlySet<string>
  /** For the first two characters (ASCII), a bit for each length a word opening with them has. */
  readonly #shapes = new Int32Array(ASCII * ASCII)

  constructor(words: Iterable<string>) {
    this.#words = new Set(words)
    for (const word of this.#words) {
      const first = word.charCodeAt(0)
      const second = word.charCodeAt(1)
      if (first < ASCII && second < ASCII) {
        const index = first * ASCII + second
        this.#shapes[index] = (this.#shapes[index] as number) | lengthBit(word.length)
      }
    }
  }

  /**
   * Whether a word of `length` characters whose first two are `first` and
   * `second` (character codes) may be in the set: false only when none is.
   */
  mayHold(first: number, second: number, length: number): boolean {
    // A word of one character, or one opening beyond ASCII, has no shape to tell.
    if (!(first < ASCII && second < ASCII)) return true
    return ((this.#shapes[first * ASCII + second] as number) & lengthBit(length)) !== 0
  }

  /** Whether `word` is in the set: as `Set.prototype.has`, with no hashing for most words that are not. */
  has(word: string): boolean {
    return (
      this.mayHold(word.charCodeAt(0), word.charCodeAt(1), word.length) && this.#words.has(word)
    )
  }
}

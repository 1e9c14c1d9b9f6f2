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
  #source: Iterable<string> | null
  #words: ReadonlySet<string> = EMPTY_WORDS
  /** For the first two characters (ASCII), a bit for each length a word opening with them has. */
  #shapes: Int32Array = EMPTY_SHAPES

  /** The tables are made at the first lookup: sets made at import cost nothing more. */
  constructor(words: Iterable<string>) {
    this.#source = words
  }

  #build(): void {
    const words = new Set(this.#source)
    this.#source = null
    const shapes = new Int32Array(ASCII * ASCII)
    for (const word of words) {
      const first = word.charCodeAt(0)
      const second = word.charCodeAt(1)
      if (first < ASCII && second < ASCII) {
        const index = first * ASCII + second
        shapes[index] = (shapes[index] as number) | lengthBit(word.length)
      }
    }
    this.#words = words
    this.#shapes = shapes
  }

  /**
   * Whether a word of `length` characters whose first two are `first` and
   * `second` (character codes) may be in the set: false only when none is.
   */
  mayHold(first: number, second: number, length: number): boolean {
    if (this.#source !== null) this.#build()
    // A word of one character, or one opening beyond ASCII, has no shape to tell.
    if (!(first < ASCII && second < ASCII)) return true
    return ((this.#shapes[first * ASCII + second] as number) & lengthBit(length)) !== 0
  }

  /** Whether `word` is in the set: as `Set.prototype.has`, with no hashing for most words that are not. */
  has(word: string): boolean {
    // (mayHold, asked first, makes the tables.)
    return (
      this.mayHold(word.charCodeAt(0), word.charCodeAt(1), word.length) && this.#words.has(word)
    )
  }
}
const EMPTY_WORDS: ReadonlySet<string> = new Set()
const EMPTY_SHAPES = new Int32Array(0)

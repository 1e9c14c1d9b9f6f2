/**
 * Maps an index in a reflowed value back to an offset in the original text.
 * A value drops invisible characters, folds runs of white space and line
 * breaks into one space, and may drop a hyphen that broke a word across a
 * line; walking both strings in step undoes exactly that.
 */
import { lastAtOrBefore } from './bisect.js'
import { isLeadChar, repairAt } from './mojibake.js'
import { HYPHEN, isBlankChar, isInvisible, LINE_FEED, CARRIAGE_RETURN, SPACE } from './chars.js'

const DELETE = 0x7f

/** Walks a value and its source together, from the start of both. */
export class ValueCursor {
  readonly #text: string
  readonly #value: string
  #source: number
  #index = 0

  readonly #repair: boolean

  constructor(text: string, sourceStart: number, value: string, repair = false) {
    this.#text = text
    this.#value = value
    this.#source = sourceStart
    this.#repair = repair
  }

  /**
   * The source offset of value index `index` (at most `value.length`). Calls
   * must ask for non-decreasing indices: the walk never goes back, so mapping
   * every index of a value costs one pass over its source.
   */
  offsetOf(index: number): number {
    const text = this.#text
    while (this.#index < index) {
      const char = this.#value.charCodeAt(this.#index)
      if (char === 0x20) {
        while (this.#source < text.length && isBlankOrBreak(text.charCodeAt(this.#source)))
          this.#source++
      } else {
        while (this.#source < text.length && isInvisible(text.charCodeAt(this.#source)))
          this.#source++
        if (
          char !== HYPHEN &&
          text.charCodeAt(this.#source) === HYPHEN &&
          isBreakAfter(text, this.#source + 1)
        ) {
          // A hyphen that the value removed: skip it and the line break.
          this.#source++
          while (this.#source < text.length && isBlankOrBreak(text.charCodeAt(this.#source)))
            this.#source++
        }
        const fixed =
          this.#repair && isLeadChar(text.charCodeAt(this.#source))
            ? repairAt(text, this.#source)
            : null
        this.#source += fixed && fixed.char.charCodeAt(0) === char ? fixed.length : 1
        // A line break right after a kept hyphen joins without a space.
        if (
          char === HYPHEN &&
          this.#value.charCodeAt(this.#index + 1) !== 0x20 &&
          isBreakAhead(text, this.#source)
        ) {
          while (this.#source < text.length && isBlankOrBreak(text.charCodeAt(this.#source)))
            this.#source++
        }
      }
      this.#index++
    }
    while (this.#source < text.length && isInvisible(text.charCodeAt(this.#source))) this.#source++
    // The character at `index` stands after a hyphen that the value removed, if one is here.
    const next = this.#value.charCodeAt(index)
    if (index < this.#value.length && next !== HYPHEN && next !== 0x20) {
      if (text.charCodeAt(this.#source) === HYPHEN && isBreakAfter(text, this.#source + 1)) {
        this.#source++
        while (this.#source < text.length && isBlankOrBreak(text.charCodeAt(this.#source)))
          this.#source++
      }
    }
    return this.#source
  }
}

function isBlankOrBreak(code: number): boolean {
  return isBlankChar(code) || code === LINE_FEED || code === CARRIAGE_RETURN
}

/** Whether only blanks stand between `from` and the next line break. */
function isBreakAfter(text: string, from: number): boolean {
  let i = from
  while (i < text.length && isBlankChar(text.charCodeAt(i))) i++
  const code = text.charCodeAt(i)
  return code === LINE_FEED || code === CARRIAGE_RETURN
}

/** Whether a line break comes before the next non-blank character. */
function isBreakAhead(text: string, from: number): boolean {
  let i = from
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code === LINE_FEED || code === CARRIAGE_RETURN) return true
    if (!isBlankChar(code)) return false
    i++
  }
  return false
}

/**
 * Writes the source offset of every index of `value` (a reflowed literal
 * starting at `sourceStart`) into `table` from `at`: the same answers as
 * `ValueCursor`, in one tight pass where value and source agree, stepping
 * over what reflowing changed (folded white space, line-end hyphens,
 * invisible characters, repaired mojibake) where they do not.
 */
export function fillOffsets(
  text: string,
  sourceStart: number,
  value: string,
  repair: boolean,
  table: Int32Array,
  at: number,
): void {
  let j = sourceStart
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i)
    while (j < text.length && isInvisible(text.charCodeAt(j))) j++
    const code = text.charCodeAt(j)
    if (code === char && char !== 0x20) {
      table[at + i] = j
      j++
      // A line break right after a kept hyphen joins without a space.
      if (char === HYPHEN && value.charCodeAt(i + 1) !== 0x20 && isBreakAhead(text, j)) {
        while (j < text.length && isBlankOrBreak(text.charCodeAt(j))) j++
      }
      continue
    }
    if (char === 0x20) {
      table[at + i] = j
      while (j < text.length && isBlankOrBreak(text.charCodeAt(j))) j++
      continue
    }
    if (code === HYPHEN && isBreakAfter(text, j + 1)) {
      // A hyphen that the value removed: skip it and the line break.
      j++
      while (j < text.length && isBlankOrBreak(text.charCodeAt(j))) j++
      i--
      continue
    }
    const fixed = repair && isLeadChar(code) ? repairAt(text, j) : null
    table[at + i] = j
    j += fixed && fixed.char.charCodeAt(0) === char ? fixed.length : 1
  }
}

/**
 * Source offsets of every index of a segment's value, kept as runs: from value
 * index `starts[k]` on, the offsets count up one by one from `sources[k]`.
 * Where value and source agree (most of a text) a run is long, so a segment
 * costs a few numbers instead of a table as long as its value.
 */
export class OffsetRuns {
  readonly #starts: number[] = []
  readonly #sources: number[] = []
  #lastIndex = -1
  #lastOffset = 0
  #lookup = 0

  /**
   * Sets the offset of `index`, which is the last index set (its offset is
   * replaced) or the one after it.
   */
  set(index: number, offset: number): void {
    const starts = this.#starts
    const last = starts.length - 1
    if (index === this.#lastIndex) {
      if (last >= 0 && starts[last] === index) this.#sources[last] = offset
      else this.#push(index, offset)
    } else if (offset !== this.#lastOffset + 1 || last < 0) this.#push(index, offset)
    this.#lastIndex = index
    this.#lastOffset = offset
  }

  /** Sets `count` indices from `index` to offsets counting up from `offset`. */
  span(index: number, offset: number, count: number): void {
    this.set(index, offset)
    this.#lastIndex = index + count - 1
    this.#lastOffset = offset + count - 1
  }

  /** The offset of `index`, or undefined outside the indices set (as a table would answer). */
  at(index: number): number | undefined {
    if (!(index >= 0 && index <= this.#lastIndex) || Math.floor(index) !== index) return undefined
    const starts = this.#starts
    // Lookups mostly move forward: try the run of the last answer before bisecting.
    let k = this.#lookup
    if (!((starts[k] ?? 0) <= index && index < (starts[k + 1] ?? Number.POSITIVE_INFINITY))) {
      k = lastAtOrBefore(starts, index)
      this.#lookup = k
    }
    return (this.#sources[k] ?? 0) + index - (starts[k] ?? 0)
  }

  #push(index: number, offset: number): void {
    this.#starts.push(index)
    this.#sources.push(offset)
  }
}

/**
 * What the loop below steps over even where value and source agree: blanks
 * other than a single space, line breaks and invisible characters. A value
 * equal to its source and free of them maps index for index (reflowed values
 * always are free of them; the test keeps the shortcut exact for any value).
 */
const UNSPANNABLE =
  /[\p{Cc}\xa0\xad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/u

/**
 * `fillOffsets` into runs: sets the source offset of every index of `value`
 * (a reflowed literal starting at `sourceStart`) from `at` on. Stretches where
 * value and source agree are set at once (see {@link agreeingLength}).
 * `plain` says that `value` is known to be the source from `sourceStart` on,
 * free of what {@link UNSPANNABLE} finds (reflow copied it from one line that
 * it checked): it maps character for character without a scan.
 */
export function fillOffsetRuns(
  text: string,
  sourceStart: number,
  value: string,
  repair: boolean,
  runs: OffsetRuns,
  at: number,
  plain = false,
): void {
  if (
    value.length > 0 &&
    (plain || (text.startsWith(value, sourceStart) && !UNSPANNABLE.test(value)))
  ) {
    // The value is its source as it stands (a paragraph on one line): one run, found natively.
    runs.span(at, sourceStart, value.length)
    return
  }
  let j = sourceStart
  let i = 0
  while (i < value.length) {
    const agree = agreeingLength(text, j, value, i)
    if (agree > 0) {
      runs.span(at + i, j, agree)
      i += agree
      j += agree
      continue
    }
    const char = value.charCodeAt(i)
    while (j < text.length && isInvisible(text.charCodeAt(j))) j++
    const code = text.charCodeAt(j)
    if (code === char && char !== SPACE) {
      runs.set(at + i, j)
      j++
      // A line break right after a kept hyphen joins without a space.
      if (char === HYPHEN && value.charCodeAt(i + 1) !== SPACE && isBreakAhead(text, j)) {
        while (j < text.length && isBlankOrBreak(text.charCodeAt(j))) j++
      }
      i++
      continue
    }
    if (char === SPACE) {
      runs.set(at + i, j)
      while (j < text.length && isBlankOrBreak(text.charCodeAt(j))) j++
      i++
      continue
    }
    if (code === HYPHEN && isBreakAfter(text, j + 1)) {
      // A hyphen that the value removed: skip it and the line break, then map `i` again.
      j++
      while (j < text.length && isBlankOrBreak(text.charCodeAt(j))) j++
      continue
    }
    const fixed = repair && isLeadChar(code) ? repairAt(text, j) : null
    runs.set(at + i, j)
    j += fixed && fixed.char.charCodeAt(0) === char ? fixed.length : 1
    i++
  }
}

/**
 * How many characters from `i` of `value` and `j` of `text` map one for one:
 * the same character, which the step-by-step walk would set to the next
 * source offset and step past. That holds for any character but three: a
 * space with a blank or a line break after it in the source (the run folds
 * into the value's one space), an invisible character (the walk skips it in
 * the source first), and a hyphen before a line break (the walk joins the
 * word across it); characters beyond ASCII agree like any other.
 */
function agreeingLength(text: string, j: number, value: string, i: number): number {
  const length = value.length
  let agree = 0
  while (i + agree < length) {
    const char = value.charCodeAt(i + agree)
    if (char !== text.charCodeAt(j + agree)) break
    // Printable ASCII but the space and the hyphen: the common case, tested first.
    if (char > SPACE && char < DELETE && char !== HYPHEN) {
      agree++
      continue
    }
    if (char === SPACE) {
      // A single space stays one; a run of blanks or a line break folds into it.
      if (isBlankOrBreak(text.charCodeAt(j + agree + 1))) break
    } else if (char === HYPHEN) {
      if (value.charCodeAt(i + agree + 1) !== SPACE && isBreakAhead(text, j + agree + 1)) break
    } else if (isInvisible(char)) break
    agree++
  }
  return agree
}

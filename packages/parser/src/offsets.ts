/**
 * Maps an index in a reflowed value back to an offset in the original text.
 * A value drops invisible characters, folds runs of white space and line
 * breaks into one space, and may drop a hyphen that broke a word across a
 * line; walking both strings in step undoes exactly that.
 */
import { isLeadChar, repairAt } from './mojibake.js'
import { HYPHEN, isBlankChar, isInvisible, LINE_FEED, CARRIAGE_RETURN } from './chars.js'

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

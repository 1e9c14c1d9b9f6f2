/**
 * Quoted ranges of one text, for "is this offset inside a quotation?" in
 * logarithmic time: the attribution scans ask it for every word, and a text
 * can hold thousands of quotations.
 */

/** Sorted, non-overlapping outer ranges [start, end] (inclusive of both marks). */
export class QuotedRanges {
  readonly #starts: number[]
  readonly #ends: number[]

  constructor(ranges: readonly (readonly [number, number])[]) {
    const outer: [number, number][] = []
    for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
      const last = outer[outer.length - 1]
      if (last && start <= last[1]) last[1] = Math.max(last[1], end)
      else outer.push([start, end])
    }
    this.#starts = outer.map(([start]) => start)
    this.#ends = outer.map(([, end]) => end)
  }

  /** Whether `offset` lies within a quotation, marks included. */
  contains(offset: number): boolean {
    const i = this.#lastStartingAtOrBefore(offset)
    return i >= 0 && offset <= (this.#ends[i] as number)
  }

  /** Whether `offset` lies strictly between a quotation's marks. */
  within(offset: number): boolean {
    const i = this.#lastStartingAtOrBefore(offset)
    return i >= 0 && offset > (this.#starts[i] as number) && offset < (this.#ends[i] as number)
  }

  /** The offset of the closing mark of the quotation that contains `offset`, or -1. */
  endOf(offset: number): number {
    const i = this.#lastStartingAtOrBefore(offset)
    return i >= 0 && offset <= (this.#ends[i] as number) ? (this.#ends[i] as number) : -1
  }

  /** Whether a quotation, marks included, overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const i = this.#lastStartingAtOrBefore(end - 1)
    return i >= 0 && (this.#ends[i] as number) >= start
  }

  /** The start of the first quotation that opens within [start, end), or -1. */
  firstStartIn(start: number, end: number): number {
    const i = this.#lastStartingAtOrBefore(start - 1) + 1
    const found = this.#starts[i]
    return found !== undefined && found < end ? found : -1
  }

  #lastStartingAtOrBefore(offset: number): number {
    let low = 0
    let high = this.#starts.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if ((this.#starts[middle] as number) <= offset) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }
}

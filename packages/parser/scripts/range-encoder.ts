/**
 * The range encoder that writes what src/entities/range-coding.ts reads:
 * LZMA's, in six-bit digits, with its carry kept in a cache digit and a
 * count of the highest digits after it. Numbers stay below 2^31.
 */
import {
  adapted,
  DIGIT_BITS,
  DIGITS,
  PROBABILITY_BITS,
  RANGE_BITS,
  TOP,
  type BitCoder,
} from '../dist/entities/range-coding.js'

const DIGIT = 2 ** DIGIT_BITS
const HIGHEST = DIGIT - 1
const CARRY = 2 ** RANGE_BITS

export class RangeEncoder implements BitCoder {
  #low = 0
  #range = CARRY - 1
  #cache = 0
  #cacheSize = 1
  readonly #digits: number[] = []

  tree(probabilities: Uint16Array, base: number, bits: number, value: number): number {
    let node = 1
    for (let i = bits - 1; i >= 0; i--) {
      const bit = (value >> i) & 1
      this.#bit(probabilities, base + node, bit)
      node = node * 2 + bit
    }
    return value
  }

  /** The digits written, the last of them flushed. */
  finish(): string {
    // The cache and the five digits of the low end.
    for (let i = 0; i <= RANGE_BITS / DIGIT_BITS; i++) this.#shiftLow()
    return this.#digits.map((digit) => DIGITS.charAt(digit)).join('')
  }

  #bit(probabilities: Uint16Array, at: number, value: number): void {
    const bound = Math.floor(this.#range / 2 ** PROBABILITY_BITS) * (probabilities[at] as number)
    if (value === 0) this.#range = bound
    else {
      this.#low += bound
      this.#range -= bound
    }
    adapted(probabilities, at, value)
    while (this.#range < TOP) {
      this.#range *= DIGIT
      this.#shiftLow()
    }
  }

  #shiftLow(): void {
    if (this.#low < HIGHEST * TOP || this.#low >= CARRY) {
      const carry = this.#low >= CARRY ? 1 : 0
      let digit = this.#cache
      do {
        this.#digits.push((digit + carry) & HIGHEST)
        digit = HIGHEST
      } while (--this.#cacheSize !== 0)
      this.#cache = Math.floor(this.#low / TOP) & HIGHEST
    }
    this.#cacheSize++
    this.#low = (this.#low % TOP) * DIGIT
  }
}

/**
 * Binary adaptive range decoding, as LZMA does it (but six bits a digit, not
 * eight a byte): each bit is read with the probability that its context has
 * had so far (11 bits), which then moves a 32nd of the way toward the bit
 * read. Data whose bits a few contexts predict
 * (the tagger's weights) take less room so than gzip can make of them as
 * characters. The encoder is scripts/range-encoder.ts; the two share
 * {@link BitCoder}, so that one walk over the data both writes and reads it.
 */

/**
 * Codes a number of `bits` bits, highest first, each bit in the context of
 * those before it: the probability of zero at `base` + the bits so far
 * (after a leading one) of `probabilities`, which it then updates. Returns
 * the number: `value` when writing, the number read when reading (`value` is
 * then not looked at).
 */
export interface BitCoder {
  tree(probabilities: Uint16Array, base: number, bits: number, value: number): number
}

/** Probabilities are of zero, in units of 2^-11. */
export const PROBABILITY_BITS = 11
/** The probability that a context starts with: even. */
export const EVEN = 1 << (PROBABILITY_BITS - 1)
const ONE = 1 << PROBABILITY_BITS
/** How far a probability moves toward each bit coded: a 2^-5 of the way. */
export const ADAPTATION = 5
/**
 * The coded data is written in base64url digits, six bits each: the range
 * holds five of them (30 bits, small integers to the engine at every tier),
 * and takes in another when it falls below 2^24.
 */
export const DIGIT_BITS = 6
export const RANGE_BITS = 30
export const TOP = 2 ** (RANGE_BITS - DIGIT_BITS)
const DIGIT = 2 ** DIGIT_BITS
/** The digits, by value. */
export const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
/** The value of each digit, by its character code. */
const DIGIT_VALUES = new Int8Array(128).fill(-1)
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUES[DIGITS.charCodeAt(i)] = i

/** The probability of zero at `at` after coding `bit` there. */
export function adapted(probabilities: Uint16Array, at: number, bit: number): void {
  const p = probabilities[at] as number
  probabilities[at] = bit === 0 ? p + ((ONE - p) >> ADAPTATION) : p - (p >> ADAPTATION)
}

/** Reads numbers from `digits` (see {@link DIGITS}): past their end, zeros. */
export class RangeDecoder implements BitCoder {
  #range = 2 ** RANGE_BITS - 1
  #code = 0
  #at = 0
  readonly #digits: string

  constructor(digits: string) {
    this.#digits = digits
    // A digit more than the range holds, the first always zero (see the encoder's first cache).
    for (let i = 0; i <= RANGE_BITS / DIGIT_BITS; i++)
      this.#code = this.#code * DIGIT + this.#next()
  }

  tree(probabilities: Uint16Array, base: number, bits: number): number {
    // The state in locals: this runs half a million times when the model is decoded, mostly
    // before the engine compiles it.
    let range = this.#range
    let code = this.#code
    let node = 1
    for (let i = 0; i < bits; i++) {
      const at = base + node
      const bound = (range >>> PROBABILITY_BITS) * (probabilities[at] as number)
      const bit = code < bound ? 0 : 1
      if (bit === 0) range = bound
      else {
        range -= bound
        code -= bound
      }
      adapted(probabilities, at, bit)
      node = node * 2 + bit
      while (range < TOP) {
        range *= DIGIT
        code = code * DIGIT + this.#next()
      }
    }
    this.#range = range
    this.#code = code
    return node - (1 << bits)
  }

  #next(): number {
    if (this.#at >= this.#digits.length) return 0
    const value = DIGIT_VALUES[this.#digits.charCodeAt(this.#at++) & 0x7f] as number
    if (value < 0) throw new Error('the coded data holds a character that is no digit')
    return value
  }
}

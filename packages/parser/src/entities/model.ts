/**
 * The tagger's learned weights, decoded from the generated module the first
 * time they are needed (not at import: loading the package stays fast). The
 * module stores each feature by its key, range-coded (see {@link codeKeys}),
 * and its weights as indexes into log-spaced levels, range-coded (see
 * {@link codeWeights}), with the few large weights written out in full; see
 * scripts/train-tagger.ts.
 *
 * A feature is found by number, not by name: its key mixes its template and
 * code into the hash of its value (see hash.ts), and a word's hash comes with
 * its token, so scoring a token builds no strings and looks up no strings.
 */
import {
  COMMON_WORDS,
  COMMON_WORDS_SHARED,
  EXACT_KEYS,
  EXACT_WEIGHTS,
  FEATURE_KEYS,
  LEVELS,
  WEIGHTS,
} from '../lexicon/generated/tagger-model.js'
import {
  CODE_LIMIT,
  NO_CODE,
  TEMPLATE_COUNT,
  TEMPLATE_KINDS,
  TEMPLATE_NAMES,
  type FeatureSink,
} from './features.js'
import { frontDecoded } from './front-coding.js'
import { EVEN, RangeDecoder, type BitCoder } from './range-coding.js'
import { hashOf, hashSetOfList, mix } from './hash.js'
import { TAG_COUNT, type Scorer } from './tagger.js'
import type { CommonWords } from './view.js'
import { isDigit } from '../chars.js'

/** The decoded model. */
export interface TaggerModel {
  scorer: Scorer
  common: CommonWords
}

const SEP = '|'
const SEP_CODE = 0x7c
/** The character of the most negative level (see the training script). */
const CHAR_BASE = 0x23
const CODE = 'c'
const MIXED = 'm'
/** Tags the scorer's sums are unrolled for. */
const UNROLLED_TAGS = 9
/** Key table: slots per entry at least, the empty slot, a multiplicative hash. */
const LOAD = 1.5
const EMPTY = 0
const HASH = 0x9e3779b1
/** Keys are never EMPTY: a zero key becomes this. */
const NON_ZERO = 1

let decoded: TaggerModel | null = null

/**
 * The value in the key table of the exact weights at `offset`: below -1, so
 * that it tells itself from a quantised row (0 and up) and from no entry (-1).
 */
function exactRow(offset: number): number {
  return -offset - 2
}

let common: CommonWords | null = null

/**
 * The words the tagger's training data writes in lower case, by hash
 * (decoded once, apart from the weights: the reflow of a wrapped text asks
 * them too).
 */
export function commonWords(): CommonWords {
  common ??= hashSetOfList(frontDecoded(COMMON_WORDS_SHARED, COMMON_WORDS).join(SEP), SEP_CODE)
  return common
}

/** The model (decoded once). */
export function taggerModel(): TaggerModel {
  if (decoded) return decoded
  const levels = LEVELS.split(SEP).map(Number)
  const top = levels.length - 1
  const keys = codeKeys(new RangeDecoder(FEATURE_KEYS))
  const exactKeys = codeKeys(new RangeDecoder(EXACT_KEYS))
  const codes = new Uint8Array(keys.length * TAG_COUNT)
  codeWeights(new RangeDecoder(WEIGHTS), codes, CHAR_BASE + top, levels)
  // Quantised weights stay one byte each (the character that codes them,
  // an index into the signed levels): small enough to stay in cache, and
  // the same numbers once looked up.
  const levelWeights = new Float64Array(CHAR_BASE + 2 * top + 1)
  for (let q = -top; q <= top; q++)
    levelWeights[CHAR_BASE + q + top] = Math.fround(
      q < 0 ? -(levels[-q] as number) : (levels[q] as number),
    )
  const exact = exactWeights(EXACT_WEIGHTS).map(Math.fround)
  if (TAG_COUNT !== UNROLLED_TAGS)
    throw new Error(`the scorer adds ${UNROLLED_TAGS} tags, not ${TAG_COUNT}`)
  const index = new KeyTable(keys.length + exactKeys.length)
  keys.forEach((key, i) => index.set(key, i * TAG_COUNT))
  exactKeys.forEach((key, i) => index.set(key, exactRow(i * TAG_COUNT)))
  decoded = {
    scorer: new WeightScorer(index, levelWeights, codes, exact),
    common: commonWords(),
  }
  return decoded
}

/** The power of ten of the last digit that the letter "a" says (see {@link exactWeights}). */
export const EXACT_MIN_EXPONENT = -8
const LOWER_A = 0x61
const UPPER_A = 0x41
const LETTERS = 26

/**
 * The weights of the features kept exact, as the model writes them: each a
 * letter, then its digits; the letter says the sign (a capital for a
 * negative weight) and the power of ten of the last digit ("a" for
 * 10^{@link EXACT_MIN_EXPONENT}, "b" the next), "_" a zero: "f6398" is
 * 6.398, "F2781" is -2.781. Each weight is the nearest double to its decimal
 * digits, as a decimal string would give (a third less text than "6.398,").
 */
export function exactWeights(coded: string): Float64Array {
  const weights: number[] = []
  let digits = 0
  let exponent = 0
  let sign = 0
  const flush = (): void => {
    if (sign !== 0)
      weights.push(sign * (exponent < 0 ? digits / 10 ** -exponent : digits * 10 ** exponent))
  }
  for (let i = 0; i < coded.length; i++) {
    const code = coded.charCodeAt(i)
    const lower = code >= LOWER_A && code < LOWER_A + LETTERS
    if (lower || (code >= UPPER_A && code < UPPER_A + LETTERS)) {
      flush()
      sign = lower ? 1 : -1
      exponent = code - (lower ? LOWER_A : UPPER_A) + EXACT_MIN_EXPONENT
      digits = 0
    } else if (code === UNDERSCORE) {
      flush()
      sign = 0
      weights.push(0)
    } else digits = digits * 10 + (code - DIGIT_ZERO)
  }
  flush()
  return Float64Array.from(weights)
}
const UNDERSCORE = 0x5f

/** Bits of a level's number: the 2 x 15 levels other than zero. */
const LEVEL_BITS = 5
/** The sizes of the sum before a weight, but a feature's last, that its contexts tell apart. */
const SUM_SIZES = [0, 0.5, 1.5, 4]

/**
 * Writes or reads (by `coder`) the quantised weights, TAG_COUNT a feature,
 * one byte a weight: the character that codes its level, `zero` the
 * character of level zero, `levels` the magnitudes (levels.length - 1 a
 * sign). Each feature is its mask of the tags whose weight is not zero (nine
 * bits, each bit in the context of those before it), then those weights'
 * levels (five bits each). A perceptron's feature gains on one tag what it
 * loses on another, so its weights add up to about zero: the last is coded
 * in the context of the level nearest the others' sum negated, the others in
 * the context of the sum before them (its sign and size, SUM_SIZES) and of
 * whether more than one weight follows. So coded (range-coding.ts), the
 * weights take 33 KB, where contexts of the tag and the level before took
 * 37 KB and gzip 55 KB of them written one character a weight in two streams.
 */
export function codeWeights(
  coder: BitCoder,
  codes: Uint8Array,
  zero: number,
  levels: readonly number[],
): void {
  const top = levels.length - 1
  if (2 * top > 1 << LEVEL_BITS)
    throw new Error(`${top} levels a sign do not fit ${LEVEL_BITS} bits`)
  // Halfway from each level to the next: the level nearest a magnitude is how many it passes.
  const halfways = new Float64Array(top)
  for (let q = 0; q < top; q++)
    halfways[q] = ((levels[q] as number) + (levels[q + 1] as number)) / 2
  const sizes = SUM_SIZES.length
  // Contexts of the last weight (2 x top + 1 levels), then of the others (2 x sizes + 1 sums, twice).
  const sums = 2 * sizes + 1
  const others = 2 * top + 1 + sizes
  const masks = new Uint16Array(1 << TAG_COUNT).fill(EVEN)
  const probabilities = new Uint16Array((2 * top + 1 + 2 * sums) << LEVEL_BITS).fill(EVEN)
  for (let f = 0; f < codes.length; f += TAG_COUNT) {
    let written = 0
    for (let k = 0; k < TAG_COUNT; k++) if (codes[f + k] !== zero) written |= 1 << k
    const mask = coder.tree(masks, 0, TAG_COUNT, written)
    let left = 0
    for (let rest = mask; rest !== 0; rest &= rest - 1) left++
    let sum = 0
    for (let k = 0; k < TAG_COUNT; k++) {
      if (((mask >> k) & 1) === 0) {
        codes[f + k] = zero
        continue
      }
      const magnitude = Math.abs(sum)
      let size = 0
      let context: number
      if (left === 1) {
        while (size < top && magnitude > (halfways[size] as number)) size++
        context = top + (sum > 0 ? -size : size)
      } else {
        while (size < sizes && magnitude > (SUM_SIZES[size] as number)) size++
        context = others + (left > 2 ? sums : 0) + (sum < 0 ? -size : size)
      }
      const level = (codes[f + k] as number) - zero
      const symbol = coder.tree(
        probabilities,
        context << LEVEL_BITS,
        LEVEL_BITS,
        level < 0 ? level + top : level + top - 1,
      )
      const read = symbol < top ? symbol - top : symbol - top + 1
      codes[f + k] = zero + read
      sum += read < 0 ? -(levels[-read] as number) : (levels[read] as number)
      left--
    }
  }
}

/**
 * Bits of a feature's key: the top ones of its 30-bit hash. The model stores
 * keys, not names (a name front-coded and gzipped takes 16 bits, a key 12, see
 * {@link codeKeys}). A feature the model lacks shares a kept one's key once in
 * 2^24 / 13,000, about 1,300 lookups: it then adds that feature's weights,
 * which moved no figure of the scores and no unit test (22 bits did not
 * either; 20 did).
 */
export const KEY_BITS = 24
const KEY_SHIFT = 30 - KEY_BITS

/** The key of a feature: its template mixed into the hash of its value (and its code). */
function keyOf(template: number, code: number, valueHash: number): number {
  return mix(mix(valueHash, template), code) >>> KEY_SHIFT || NON_ZERO
}

/**
 * The key of the feature named `name` ("wnato", "t3", "u3 Xx"), the one
 * {@link WeightScorer} computes: the template of the name's first letter,
 * the number after it (templates of codes), the hash of the text after it
 * (or after the space). For the scripts that write the model.
 */
export function featureKey(name: string): number {
  const template = TEMPLATE_NAMES.indexOf(name.charAt(0))
  const kind = TEMPLATE_KINDS.charAt(template)
  let at = 1
  let code = NO_CODE
  if (kind === CODE || kind === MIXED) {
    code = 0
    for (let digit = name.charCodeAt(at); isDigit(digit); digit = name.charCodeAt(++at))
      code = code * DECIMAL + digit - DIGIT_ZERO
    // The space between the code and the text.
    if (kind === MIXED) at++
  }
  return keyOf(template, code, kind === CODE ? 0 : hashOf(name, at))
}
const DIGIT_ZERO = 0x30
const DECIMAL = 10

/** Bits of the count of keys, written before them. */
const COUNT_BITS = 24
/** Bits of the length of a gap between keys (in bits, 1 to KEY_BITS + 1). */
const LENGTH_BITS = 5
/** Contexts of a gap's bits: one a bit's place, for each length. */
const PLACES = 2 << LENGTH_BITS

/**
 * Writes or reads (by `coder`) sorted, distinct keys: how many, then each
 * key's gap from the one before (the first's from -1) as its length in bits,
 * then its bits below the leading one, each in the context of the length and
 * of its place. Hashes spread the keys evenly, so the gaps fall off
 * geometrically and take what their entropy is, a bit or two over
 * log2(2^KEY_BITS / count). Returns the keys: `written` when writing, those
 * read when reading (`written` is then not looked at).
 */
export function codeKeys(coder: BitCoder, written: Int32Array = NO_KEYS): Int32Array {
  const count = codeBits(
    coder,
    new Uint16Array(2 * COUNT_BITS).fill(EVEN),
    COUNT_BITS,
    written.length,
  )
  const keys = count === written.length ? written : new Int32Array(count)
  const lengths = new Uint16Array(1 << LENGTH_BITS).fill(EVEN)
  const places = new Uint16Array(PLACES << LENGTH_BITS).fill(EVEN)
  let previous = -1
  for (let i = 0; i < count; i++) {
    const gap = (keys[i] as number) - previous
    const length = coder.tree(lengths, 0, LENGTH_BITS, 32 - Math.clz32(gap))
    const low = codeBits(coder, places.subarray(length * PLACES), length - 1, gap)
    previous += (1 << (length - 1)) + low
    keys[i] = previous
  }
  return keys
}
const NO_KEYS = new Int32Array(0)

/**
 * Writes or reads the `bits` low bits of `value`, highest first, each in its
 * own context of `probabilities` (two slots a bit). Returns the number.
 */
function codeBits(
  coder: BitCoder,
  probabilities: Uint16Array,
  bits: number,
  value: number,
): number {
  let read = 0
  for (let b = bits - 1; b >= 0; b--)
    read = read * 2 + coder.tree(probabilities, 2 * b, 1, (value >>> b) & 1)
  return read
}

/**
 * Open addressing from feature keys (non-negative) to weight offsets: faster
 * than a Map. A key and its value sit side by side, so that a lookup touches
 * one line of memory.
 */
class KeyTable {
  /** Key, value, key, value...; keys are never EMPTY. */
  private readonly entries: Int32Array
  private readonly mask: number
  constructor(size: number) {
    let capacity = 16
    while (capacity < size * LOAD) capacity *= 2
    this.entries = new Int32Array(capacity * 2).fill(EMPTY)
    this.mask = capacity - 1
  }

  set(key: number, value: number): void {
    const entries = this.entries
    let slot = Math.imul(key, HASH) & this.mask
    while (entries[slot * 2] !== EMPTY && entries[slot * 2] !== key) slot = (slot + 1) & this.mask
    entries[slot * 2] = key
    entries[slot * 2 + 1] = value
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    const entries = this.entries
    let slot = Math.imul(key, HASH) & this.mask
    for (;;) {
      const found = entries[slot * 2] as number
      if (found === key) return entries[slot * 2 + 1] as number
      if (found === EMPTY) return -1
      slot = (slot + 1) & this.mask
    }
  }
}

/** Slots of the table of recent lookups (a power of two), and the shift that picks one. */
const RECENT_BITS = 12
const RECENT_SLOTS = 1 << RECENT_BITS
const RECENT_SHIFT = 32 - RECENT_BITS

/** The row of every code feature: by template times CODE_LIMIT plus code. */
function codeRows(index: KeyTable): Int32Array {
  const rows = new Int32Array(TEMPLATE_COUNT * CODE_LIMIT)
  for (let template = 0; template < TEMPLATE_COUNT; template++)
    for (let code = 0; code < CODE_LIMIT; code++)
      rows[template * CODE_LIMIT + code] = index.get(keyOf(template, code, 0))
  return rows
}

/** Room for the features of one token (19 at most, see features.ts); it grows if need be. */
const FEATURE_ROOM = 32

/**
 * Adds the weights of each feature it is given to the scores of the token:
 * the features' rows are found as they come, and added up at the end in
 * one loop over local sums, in the order the features came (so the sums are
 * the same to the last bit as adding them one by one).
 */
class WeightScorer implements Scorer, FeatureSink {
  readonly sink: FeatureSink = this
  private target: Float64Array = new Float64Array(TAG_COUNT)
  /** Rows of the token's features so far (see {@link exactRow} for the negative ones). */
  private rows = new Int32Array(FEATURE_ROOM)
  private count = 0
  constructor(
    private readonly index: KeyTable,
    /** The weight of each level, by the character that codes it (float32 values, as the model was made). */
    private readonly levelWeights: Float64Array,
    /** Level characters, TAG_COUNT a quantised feature. */
    private readonly codes: Uint8Array,
    /** Weights of the features with large ones, TAG_COUNT a feature (float32 values). */
    private readonly exact: Float64Array,
  ) {
    this.codeRows = codeRows(index)
  }

  start(scores: Float64Array): void {
    this.target = scores
    this.count = 0
  }

  finish(): void {
    const { rows, codes, levelWeights: levels, exact } = this
    // One sum a tag, unrolled: TAG_COUNT is 9 (checked when the model is decoded).
    let s0 = 0
    let s1 = 0
    let s2 = 0
    let s3 = 0
    let s4 = 0
    let s5 = 0
    let s6 = 0
    let s7 = 0
    let s8 = 0
    for (let f = 0; f < this.count; f++) {
      const at = rows[f] as number
      if (at >= 0) {
        s0 += levels[codes[at] as number] as number
        s1 += levels[codes[at + 1] as number] as number
        s2 += levels[codes[at + 2] as number] as number
        s3 += levels[codes[at + 3] as number] as number
        s4 += levels[codes[at + 4] as number] as number
        s5 += levels[codes[at + 5] as number] as number
        s6 += levels[codes[at + 6] as number] as number
        s7 += levels[codes[at + 7] as number] as number
        s8 += levels[codes[at + 8] as number] as number
      } else {
        const from = exactRow(at)
        s0 += exact[from] as number
        s1 += exact[from + 1] as number
        s2 += exact[from + 2] as number
        s3 += exact[from + 3] as number
        s4 += exact[from + 4] as number
        s5 += exact[from + 5] as number
        s6 += exact[from + 6] as number
        s7 += exact[from + 7] as number
        s8 += exact[from + 8] as number
      }
    }
    const target = this.target
    target[0] = s0
    target[1] = s1
    target[2] = s2
    target[3] = s3
    target[4] = s4
    target[5] = s5
    target[6] = s6
    target[7] = s7
    target[8] = s8
  }

  word(template: number, hash: number): void {
    this.add(keyOf(template, NO_CODE, hash))
  }

  affix(template: number, hash: number): void {
    this.add(keyOf(template, NO_CODE, hash))
  }

  shape(template: number, code: number, hash: number): void {
    this.add(keyOf(template, code, hash))
  }

  mark(template: number, _mark: string, hash: number): void {
    this.add(keyOf(template, NO_CODE, hash))
  }

  code(template: number, value: number): void {
    if (value >= 0 && value < CODE_LIMIT)
      this.push(this.codeRows[template * CODE_LIMIT + value] as number)
    else this.add(keyOf(template, value, 0))
  }

  /**
   * The rows of the code features (a template and a small number, no text),
   * looked up once: a token has six of them, and they are the same few.
   */
  private readonly codeRows: Int32Array
  /**
   * The last rows looked up, by key (direct-mapped): the features of a text
   * are mostly the same few hundred (common words, shapes, affixes), and this
   * table stays in the fastest cache where the whole key table does not.
   */
  private readonly recentKeys = new Int32Array(RECENT_SLOTS)
  private readonly recentRows = new Int32Array(RECENT_SLOTS)

  private add(key: number): void {
    const slot = Math.imul(key, HASH) >>> RECENT_SHIFT
    let at: number
    if (this.recentKeys[slot] === key) at = this.recentRows[slot] as number
    else {
      at = this.index.get(key)
      this.recentKeys[slot] = key
      this.recentRows[slot] = at
    }
    this.push(at)
  }

  /** Adds the row `at` (-1: no such feature). */
  private push(at: number): void {
    if (at === -1) return
    if (this.count === this.rows.length) {
      const rows = new Int32Array(this.rows.length * 2)
      rows.set(this.rows)
      this.rows = rows
    }
    this.rows[this.count++] = at
  }
}

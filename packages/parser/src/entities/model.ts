/**
 * The tagger's learned weights, decoded from the generated module the first
 * time they are needed (not at import: loading the package stays fast). The
 * module stores feature names as "|"-separated text and weights as one
 * character a weight (an index into log-spaced levels), with the few large
 * weights written out in full; see scripts/train-tagger.ts.
 *
 * A feature is found by number, not by name: its key mixes its template and
 * code into the hash of its value (see hash.ts), and a word's hash comes with
 * its token, so scoring a token builds no strings and looks up no strings.
 */
import {
  COMMON_WORDS,
  EXACT_FEATURES,
  EXACT_WEIGHTS,
  FEATURES,
  LEVELS,
  WEIGHTS,
} from '../lexicon/generated/tagger-model.js'
import { NO_CODE, TEMPLATE_KINDS, TEMPLATE_NAMES, type FeatureSink } from './features.js'
import { hashOf, hashSet, mix } from './hash.js'
import { TAG_COUNT, type Scorer } from './tagger.js'
import type { CommonWords } from './view.js'

/** The decoded model. */
export interface TaggerModel {
  scorer: Scorer
  common: CommonWords
}

const SEP = '|'
/** The character of the most negative level (see the training script). */
const CHAR_BASE = 0x23
const CODE = 'c'
const MIXED = 'm'
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

/** The model (decoded once). */
export function taggerModel(): TaggerModel {
  if (decoded) return decoded
  const levels = LEVELS.split(SEP).map(Number)
  const top = levels.length - 1
  const names = FEATURES.split(SEP)
  const exactNames = EXACT_FEATURES.split(SEP)
  // Quantised weights stay one byte each (an index into the signed levels):
  // small enough to stay in cache, and the same numbers once looked up.
  const levelWeights = new Float32Array(2 * top + 1)
  for (let q = -top; q <= top; q++)
    levelWeights[q + top] = q < 0 ? -(levels[-q] as number) : (levels[q] as number)
  const codes = new Uint8Array(names.length * TAG_COUNT)
  for (let at = 0; at < codes.length; at++) codes[at] = WEIGHTS.charCodeAt(at) - CHAR_BASE
  const exact = Float32Array.from(EXACT_WEIGHTS.split(','), Number)
  const index = new KeyTable(names.length + exactNames.length)
  names.forEach((name, i) => index.set(keyOfName(name), i * TAG_COUNT))
  exactNames.forEach((name, i) => index.set(keyOfName(name), exactRow(i * TAG_COUNT)))
  decoded = {
    scorer: new WeightScorer(index, levelWeights, codes, exact),
    common: hashSet(COMMON_WORDS.split(SEP)),
  }
  return decoded
}

/** The key of a feature: its template mixed into the hash of its value (and its code). */
function keyOf(template: number, code: number, valueHash: number): number {
  return mix(mix(valueHash, template), code) || NON_ZERO
}

/** The key of a feature name ("wnato", "t3", "u3 Xx"), as {@link WeightScorer} computes it. */
function keyOfName(name: string): number {
  const template = TEMPLATE_NAMES.indexOf(name.charAt(0))
  const kind = TEMPLATE_KINDS.charAt(template)
  if (kind === CODE) return keyOf(template, Number(name.slice(1)), 0)
  if (kind === MIXED) {
    const space = name.indexOf(' ')
    return keyOf(template, Number(name.slice(1, space)), hashOf(name, space + 1))
  }
  return keyOf(template, NO_CODE, hashOf(name, 1))
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

/** Adds the weights of each feature it is given to the scores of the token. */
class WeightScorer implements Scorer, FeatureSink {
  readonly sink: FeatureSink = this
  private target: Float64Array = new Float64Array(TAG_COUNT)
  constructor(
    private readonly index: KeyTable,
    /** The weight of each level code. */
    private readonly levelWeights: Float32Array,
    /** Level codes, TAG_COUNT a quantised feature. */
    private readonly codes: Uint8Array,
    /** Weights of the features with large ones, TAG_COUNT a feature. */
    private readonly exact: Float32Array,
  ) {}

  start(scores: Float64Array): void {
    scores.fill(0)
    this.target = scores
  }

  finish(): void {}

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
    this.add(keyOf(template, value, 0))
  }

  private add(key: number): void {
    const at = this.index.get(key)
    if (at === -1) return
    const target = this.target
    if (at >= 0) {
      const codes = this.codes
      const levels = this.levelWeights
      for (let k = 0; k < TAG_COUNT; k++)
        target[k] = (target[k] as number) + (levels[codes[at + k] as number] as number)
    } else {
      const exact = this.exact
      const from = exactRow(at)
      for (let k = 0; k < TAG_COUNT; k++)
        target[k] = (target[k] as number) + (exact[from + k] as number)
    }
  }
}

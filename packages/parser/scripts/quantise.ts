/**
 * Makes the trained weights small (see train-tagger.ts): features whose
 * weights are all small are pruned; the few large weights keep a few digits;
 * the rest are quantised to a few levels a sign, spaced in log scale, and
 * written one character a weight. Also scorers over feature names, to
 * measure the model before and after.
 */
import { NameSink } from '../dist/entities/features.js'
import {
  codeKeys,
  codeWeights,
  EXACT_MIN_EXPONENT,
  exactWeights,
  featureKey,
} from '../dist/entities/model.js'
import { TAG_COUNT, type Scorer } from '../dist/entities/tagger.js'

// Node runs the sibling .ts file as it is; the type checker reads it as .js.
const { RangeEncoder } = (await import(
  new URL('./range-encoder.ts', import.meta.url).href
)) as typeof import('./range-encoder.js')

/** How the weights are made small. */
export interface CompactOptions {
  /** Features whose largest weight is below this are dropped. */
  prune: number
  /** Levels a sign. */
  levels: number
  /** Weights below prune / zeroBelow become zero. */
  zeroBelow: number
}

/** The character of the most negative level: "#"; up to "[" for the most positive. */
export const CHAR_BASE = 0x23
/** The smallest quantisation level is the prune threshold divided by this. */
const SMALLEST_LEVEL = 8
/** Features with a weight this large keep EXACT_DIGITS significant digits. */
const EXACT_ABOVE = 16
const EXACT_DIGITS = 4
/** Feature names never hold it: it separates them in the module. */
export const SEP = '|'

/**
 * `weights` (of EXACT_DIGITS significant digits at most) as the model writes
 * them: see exactWeights in src/entities/model.ts, which reads them back to
 * the same numbers (checked here).
 */
export function exactCoded(weights: readonly number[]): string {
  const coded = weights
    .map((weight) => {
      if (weight === 0) return '_'
      let exponent = Math.floor(Math.log10(Math.abs(weight))) - (EXACT_DIGITS - 1)
      let digits = Math.round(Math.abs(weight) / 10 ** exponent)
      // Fewer digits where the last ones are zeros: "1231" not "1.231e3" read as "12310".
      while (digits % 10 === 0) {
        digits /= 10
        exponent++
      }
      const letter = exponent - EXACT_MIN_EXPONENT
      if (letter < 0 || letter >= 26) throw new Error(`no letter for the weight ${weight}`)
      return String.fromCharCode((weight < 0 ? 0x41 : 0x61) + letter) + String(digits)
    })
    .join('')
  const back = exactWeights(coded)
  if (back.length !== weights.length || weights.some((weight, i) => back[i] !== weight))
    throw new Error('the exact weights do not read back')
  return coded
}

/** A scorer over feature names, for the evaluation. */
export function namedScorer(
  score: (features: readonly string[], scores: Float64Array) => void,
): Scorer {
  const sink = new NameSink()
  let target: Float64Array = new Float64Array(TAG_COUNT)
  return {
    sink,
    start(scores) {
      scores.fill(0)
      target = scores
      sink.names.length = 0
    },
    finish() {
      score(sink.names, target)
    },
  }
}

export interface Compact {
  keys: string[]
  /** Quantised weights, TAG_COUNT a feature: an index into `levels`, negated for negative weights. */
  rows: Int8Array
  /** Magnitude of each quantisation level (level 0 is 0). */
  levels: number[]
  /** Features with a weight of EXACT_ABOVE or more, kept to EXACT_DIGITS digits. */
  exactKeys: string[]
  exactRows: number[]
}

/**
 * Keeps the features with a weight of at least `prune`. The few with large
 * weights (bias, shapes, previous tags: they fire together, so their errors
 * would add up) keep EXACT_DIGITS digits; the rest are quantised to
 * QUANT_MAX levels a sign, spaced evenly in log scale from PRUNE /
 * SMALLEST_LEVEL to EXACT_ABOVE.
 */
export function compact(weights: Map<string, Float64Array>, options: CompactOptions): Compact {
  const { prune: PRUNE, levels: QUANT_MAX, zeroBelow: ZERO_BELOW } = options
  const kept = [...weights].filter(
    ([feature, row]) => !feature.includes(SEP) && row.some((w) => Math.abs(w) >= PRUNE),
  )
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const large = kept.filter(([, row]) => row.some((w) => Math.abs(w) >= EXACT_ABOVE))
  const small = kept.filter(([, row]) => row.every((w) => Math.abs(w) < EXACT_ABOVE))
  const smallest = PRUNE / SMALLEST_LEVEL
  const levels = [0]
  for (let q = 1; q <= QUANT_MAX; q++) {
    levels.push(
      Number((smallest * (EXACT_ABOVE / smallest) ** ((q - 1) / (QUANT_MAX - 1))).toPrecision(4)),
    )
  }
  const rows = new Int8Array(small.length * TAG_COUNT)
  small.forEach(([, row], i) => {
    for (let k = 0; k < TAG_COUNT; k++) {
      const w = row[k] as number
      const magnitude = Math.abs(w) < PRUNE / ZERO_BELOW ? 0 : Math.abs(w)
      let nearest = 0
      for (let q = 1; q <= QUANT_MAX; q++) {
        if (
          Math.abs((levels[q] as number) - magnitude) <
          Math.abs((levels[nearest] as number) - magnitude)
        )
          nearest = q
      }
      rows[i * TAG_COUNT + k] = w < 0 ? -nearest : nearest
    }
  })
  const exactRows: number[] = []
  for (const [, row] of large)
    for (const w of row) exactRows.push(Number(w.toPrecision(EXACT_DIGITS)))
  return {
    keys: small.map(([feature]) => feature),
    rows,
    levels,
    exactKeys: large.map(([feature]) => feature),
    exactRows,
  }
}

export function quantisedScorer(
  model: Compact,
): (features: readonly string[], scores: Float64Array) => void {
  const index = new Map(model.keys.map((key, i) => [key, i * TAG_COUNT]))
  const exact = new Map(model.exactKeys.map((key, i) => [key, i * TAG_COUNT]))
  return (features: readonly string[], scores: Float64Array): void => {
    for (const feature of features) {
      const at = index.get(feature)
      if (at !== undefined) {
        for (let k = 0; k < TAG_COUNT; k++) {
          const q = model.rows[at + k] as number
          if (q !== 0)
            scores[k] =
              (scores[k] as number) +
              (q < 0 ? -(model.levels[-q] as number) : (model.levels[q] as number))
        }
        continue
      }
      const exactAt = exact.get(feature)
      if (exactAt !== undefined)
        for (let k = 0; k < TAG_COUNT; k++)
          scores[k] = (scores[k] as number) + (model.exactRows[exactAt + k] as number)
    }
  }
}

/**
 * The quantised weights as text, one character a weight: level q (from
 * -QUANT_MAX to QUANT_MAX) is the character CHAR_BASE + QUANT_MAX + q, a range
 * with no quote and no backslash. Mostly zeros, so gzip packs it well.
 */
export function weightText(model: Pick<Compact, 'rows' | 'levels'>): string {
  const top = model.levels.length - 1
  let text = ''
  for (const q of model.rows) text += String.fromCharCode(CHAR_BASE + top + q)
  return text
}

/**
 * The weights of `text` (one character a weight, as {@link weightText} writes
 * them, `zero` the character of level zero, `levels` the magnitudes) as the
 * model stores them: range-coded, in six-bit digits (see codeWeights in
 * src/entities/model.ts).
 */
export function rangeCodedWeights(text: string, zero: string, levels: readonly number[]): string {
  const codes = Uint8Array.from(text, (char) => char.charCodeAt(0))
  const encoder = new RangeEncoder()
  codeWeights(encoder, codes, zero.charCodeAt(0), levels)
  return encoder.finish()
}

/** A compact model by its features' keys (see featureKey in src/entities/model.ts), as the module stores it. */
export interface Keyed {
  /** The quantised features' keys, sorted; `rows` in their order. */
  keys: Int32Array
  rows: Int8Array
  levels: number[]
  /** The keys of the features kept exact, sorted; `exactRows` in their order. */
  exactKeys: Int32Array
  exactRows: number[]
}

/**
 * `model` by its features' keys, each list sorted by key. Of the features
 * that share a key (a handful in 2^24), one stays: an exact one before a
 * quantised one, then the one of the most weight, then the first by name.
 */
export function keyed(model: Compact): Keyed {
  interface Entry {
    key: number
    exact: boolean
    row: number[]
    weight: number
  }
  const entries: Entry[] = []
  const add = (names: readonly string[], exact: boolean, rowOf: (i: number) => number[]): void =>
    names.forEach((name, i) => {
      const row = rowOf(i)
      const weight = row.reduce((sum, w) => sum + Math.abs(w), 0)
      entries.push({ key: featureKey(name), exact, row, weight })
    })
  add(model.exactKeys, true, (i) => model.exactRows.slice(i * TAG_COUNT, (i + 1) * TAG_COUNT))
  add(model.keys, false, (i) => Array.from(model.rows.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT)))
  // Stable: among equals, exact ones (added first) and then the order of the names.
  const kept = entries
    .sort((a, b) => a.key - b.key || Number(b.exact) - Number(a.exact) || b.weight - a.weight)
    .filter((entry, i, sorted) => i === 0 || (sorted[i - 1] as Entry).key !== entry.key)
  const small = kept.filter((entry) => !entry.exact)
  const large = kept.filter((entry) => entry.exact)
  return {
    keys: Int32Array.from(small, (entry) => entry.key),
    rows: Int8Array.from(small.flatMap((entry) => entry.row)),
    levels: model.levels,
    exactKeys: Int32Array.from(large, (entry) => entry.key),
    exactRows: large.flatMap((entry) => entry.row),
  }
}

/** Sorted, distinct `keys` as the model stores them: range-coded (see codeKeys in src/entities/model.ts). */
export function codedKeys(keys: Int32Array): string {
  const encoder = new RangeEncoder()
  codeKeys(encoder, keys)
  return encoder.finish()
}

/**
 * The tagger's learned weights, decoded from the generated module the first
 * time they are needed (not at import: loading the package stays fast). The
 * module stores feature names as "|"-separated text and weights as one
 * character a weight (an index into log-spaced levels), with the few large
 * weights written out in full; see scripts/train-tagger.ts.
 */
import {
  COMMON_WORDS,
  EXACT_FEATURES,
  EXACT_WEIGHTS,
  FEATURES,
  LEVELS,
  WEIGHTS,
} from '../lexicon/generated/tagger-model.js'
import type { CommonWords } from './features.js'
import { TAG_COUNT, type Scorer } from './tagger.js'

/** The decoded model. */
export interface TaggerModel {
  score: Scorer
  common: CommonWords
}

const SEP = '|'
/** The character of the most negative level (see the training script). */
const CHAR_BASE = 0x23

let decoded: TaggerModel | null = null

/** The model (decoded once). */
export function taggerModel(): TaggerModel {
  if (decoded) return decoded
  const levels = LEVELS.split(SEP).map(Number)
  const top = levels.length - 1
  const names = FEATURES.split(SEP)
  const exactNames = EXACT_FEATURES.split(SEP)
  const exactWeights = EXACT_WEIGHTS.split(',')
  const weights = new Float32Array((names.length + exactNames.length) * TAG_COUNT)
  const index = new Map<string, number>()
  names.forEach((name, i) => index.set(name, i * TAG_COUNT))
  for (let at = 0; at < names.length * TAG_COUNT; at++) {
    const q = WEIGHTS.charCodeAt(at) - CHAR_BASE - top
    weights[at] = q < 0 ? -(levels[-q] as number) : (levels[q] as number)
  }
  const offset = names.length * TAG_COUNT
  exactNames.forEach((name, i) => index.set(name, offset + i * TAG_COUNT))
  exactWeights.forEach((weight, i) => {
    weights[offset + i] = Number(weight)
  })
  const score: Scorer = (features, scores) => {
    for (const feature of features) {
      const at = index.get(feature)
      if (at === undefined) continue
      for (let k = 0; k < TAG_COUNT; k++) scores[k] = (scores[k] as number) + (weights[at + k] as number)
    }
  }
  decoded = { score, common: new Set(COMMON_WORDS.split(SEP)) }
  return decoded
}

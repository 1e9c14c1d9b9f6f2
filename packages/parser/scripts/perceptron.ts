/**
 * The averaged perceptron that trains the name tagger (see train-tagger.ts):
 * weights per feature and tag, updated on the tagger's mistakes, averaged
 * over every step (with the usual lazy bookkeeping), and a seeded random
 * generator for the order of the documents.
 */
import { TAG_COUNT } from '../dist/entities/tagger.js'

export class Perceptron {
  weights = new Map<string, Float64Array>()
  totals = new Map<string, Float64Array>()
  stamps = new Map<string, Float64Array>()
  instances = 0

  score = (features: readonly string[], scores: Float64Array): void => {
    for (const feature of features) {
      const weights = this.weights.get(feature)
      if (weights)
        for (let k = 0; k < TAG_COUNT; k++)
          scores[k] = (scores[k] as number) + (weights[k] as number)
    }
  }

  update(truth: number, guess: number, features: readonly string[]): void {
    this.instances++
    if (truth === guess) return
    for (const feature of features) {
      this.bump(feature, truth, 1)
      this.bump(feature, guess, -1)
    }
  }

  private bump(feature: string, tag: number, by: number): void {
    let weights = this.weights.get(feature)
    if (!weights) {
      weights = new Float64Array(TAG_COUNT)
      this.weights.set(feature, weights)
      this.totals.set(feature, new Float64Array(TAG_COUNT))
      this.stamps.set(feature, new Float64Array(TAG_COUNT))
    }
    const totals = this.totals.get(feature) as Float64Array
    const stamps = this.stamps.get(feature) as Float64Array
    totals[tag] =
      (totals[tag] as number) +
      (this.instances - (stamps[tag] as number)) * (weights[tag] as number)
    stamps[tag] = this.instances
    weights[tag] = (weights[tag] as number) + by
  }

  average(): Map<string, Float64Array> {
    const averaged = new Map<string, Float64Array>()
    for (const [feature, weights] of this.weights) {
      const totals = this.totals.get(feature) as Float64Array
      const stamps = this.stamps.get(feature) as Float64Array
      const mean = new Float64Array(TAG_COUNT)
      for (let k = 0; k < TAG_COUNT; k++) {
        const total =
          (totals[k] as number) + (this.instances - (stamps[k] as number)) * (weights[k] as number)
        mean[k] = total / this.instances
      }
      averaged.set(feature, mean)
    }
    return averaged
  }
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

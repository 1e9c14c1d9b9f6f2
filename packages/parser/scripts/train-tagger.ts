#!/usr/bin/env node
/**
 * Trains the name tagger and writes src/lexicon/generated/tagger-model.ts.
 *
 * Input: ../shared/corpus/conll2003/eng.train (CoNLL-2003 English, Reuters
 * 1996; the Reuters text is licensed separately and used here only to train).
 * Nothing else is learned from: eng.testa is only read to report the
 * figures, and eng.testb is never read.
 *
 * The model is an averaged perceptron over BIO tags (src/entities/tagger.ts),
 * trained greedily on the tagger's own previous tags, with the features of
 * src/entities/features.ts computed by the same built code that runs in the
 * parser. After training, features whose weights are all small are pruned
 * and the rest quantised to 8 bits; the module stores the feature names
 * (sorted, "|"-separated), the weights (base64) and their scale, and the
 * words usually written in lower case in the training text.
 *
 * Run from packages/parser after `npm run build`:
 *   node scripts/train-tagger.ts [--epochs N] [--prune X]
 * then build again. About a minute on one core; deterministic.
 */
import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import * as prettier from 'prettier'
import { featuresOf, NameSink } from '../dist/entities/features.js'
import { tagDocument, namesOf, TAG_COUNT, TAGS, OUTSIDE, best, type Scorer } from '../dist/entities/tagger.js'
import { viewDocument, type CommonWords, type DocumentView } from '../dist/entities/view.js'
import { hashSet } from '../dist/entities/hash.js'
import { tokenize, TokenFlag, type Token } from '../dist/entities/tokenize.js'
import { readConll, type ConllDocument, type GoldSpan } from './conll.ts'

const CORPUS = new URL('../../../../shared/corpus/conll2003/', import.meta.url)
const OUT = new URL('../src/lexicon/generated/tagger-model.ts', import.meta.url)
const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const EPOCHS = argument('--epochs', 8)
/** Template letters to leave out (for ablations): --drop LR */
const DROP = process.argv.includes('--drop') ? (process.argv[process.argv.indexOf('--drop') + 1] ?? '') : ''
/** Feature names without the dropped templates. */
function kept(names: string[]): string[] {
  return DROP ? names.filter((name) => !DROP.includes(name.charAt(0))) : names
}
/** Features whose largest averaged weight is below this are dropped. */
const PRUNE = argument('--prune', 0.5)
/** A word is "common in lower case" when written so this often in the training text. */
const MIN_LOWER_COUNT = 3
const QUANT_MAX = argument('--levels', 15)
/** The character of the most negative level: "#"; up to "[" for the most positive. */
const CHAR_BASE = 0x23
/** The smallest quantisation level is PRUNE divided by this. */
const SMALLEST_LEVEL = 8
/** Features with a weight this large keep EXACT_DIGITS significant digits. */
const EXACT_ABOVE = 16
/** Weights below PRUNE / ZERO_BELOW are dropped (zero). */
const ZERO_BELOW = argument('--zero', 4)
const EXACT_DIGITS = 4
const SEED = 20_030_401
const SEP = '|'

interface Prepared {
  doc: DocumentView
  gold: Uint8Array[]
}

// ---------- data ----------

function tagIndex(type: GoldSpan['type'], begin: boolean): number {
  return TAGS.indexOf(`${begin ? 'B' : 'I'}-${type}` as (typeof TAGS)[number])
}

let misaligned = 0
let uncovered = 0
function prepare(document: ConllDocument, common: CommonWords): Prepared {
  const tokens = document.texts.map((text) => tokenize(text))
  const gold = tokens.map((list) => new Uint8Array(list.length))
  for (const span of document.spans) {
    const list = tokens[span.text] as Token[]
    const tags = gold[span.text] as Uint8Array
    let found = false
    list.forEach((token, i) => {
      if (token.start >= span.start && token.end <= span.end) {
        tags[i] = tagIndex(span.type, token.start === span.start)
        found = true
      } else if (token.start < span.end && token.end > span.start) misaligned++
    })
    if (!found) misaligned++
  }
  const doc = viewDocument(
    tokens,
    tokens.map((_, i) => i === 0),
    common,
  )
  doc.texts.forEach((view, t) => {
    view.tokens.forEach((_, i) => {
      if (!view.candidate[i] && (gold[t] as Uint8Array)[i] !== OUTSIDE) uncovered++
    })
  })
  return { doc, gold }
}

function commonWords(documents: readonly ConllDocument[]): Set<string> {
  const counts = new Map<string, number>()
  for (const document of documents) {
    for (const text of document.texts) {
      for (const token of tokenize(text)) {
        if (token.flags & TokenFlag.hasUpper || token.flags & TokenFlag.hasDigit) continue
        if (!(token.flags & TokenFlag.word)) continue
        counts.set(token.lower, (counts.get(token.lower) ?? 0) + 1)
      }
    }
  }
  return new Set(
    [...counts]
      .filter(([word, n]) => n >= MIN_LOWER_COUNT && !word.includes(SEP))
      .map(([word]) => word),
  )
}

// ---------- the averaged perceptron ----------

class Perceptron {
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

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function train(data: readonly Prepared[], common: CommonWords): Perceptron {
  const model = new Perceptron()
  const order = data.map((_, i) => i)
  const next = random(SEED)
  const sink = new NameSink()
  const features = sink.names
  const scores = new Float64Array(TAG_COUNT)
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j] as number, order[i] as number]
    }
    let errors = 0
    let seen = 0
    for (const index of order) {
      const { doc, gold } = data[index] as Prepared
      doc.texts.forEach((view, t) => {
        const truth = gold[t] as Uint8Array
        let previous = OUTSIDE
        let beforePrevious = OUTSIDE
        for (let i = 0; i < view.tokens.length; i++) {
          let guess = OUTSIDE
          if (view.candidate[i]) {
            features.length = 0
            featuresOf(doc, t, i, previous, beforePrevious, common, sink)
            const used = kept(features)
            scores.fill(0)
            model.score(used, scores)
            guess = best(scores, previous)
            model.update(truth[i] as number, guess, used)
            seen++
            if (guess !== truth[i]) errors++
          }
          beforePrevious = previous
          previous = guess
        }
      })
    }
    console.log(
      `epoch ${epoch + 1}: ${((100 * errors) / seen).toFixed(2)}% of ${seen} candidate tokens wrong`,
    )
  }
  return model
}

// ---------- evaluation (exact spans of PER, ORG, LOC; no document voting) ----------

function evaluate(
  documents: readonly ConllDocument[],
  data: readonly Prepared[],
  common: CommonWords,
  score: Scorer,
): string {
  let correct = 0
  let predicted = 0
  let wanted = 0
  data.forEach(({ doc }, d) => {
    const document = documents[d] as ConllDocument
    const gold = new Set(
      document.spans
        .filter((s) => s.type !== 'MISC')
        .map((s) => `${s.text}:${s.start}:${s.end}:${s.type}`),
    )
    wanted += gold.size
    for (const name of namesOf(tagDocument(doc, common, score))) {
      if (name.type === 'MISC') continue
      const tokens = (doc.texts[name.text] as { tokens: Token[] }).tokens
      predicted++
      const key = `${name.text}:${(tokens[name.first] as Token).start}:${(tokens[name.last] as Token).end}:${name.type}`
      if (gold.has(key)) correct++
    }
  })
  const p = correct / predicted
  const r = correct / wanted
  return `p=${p.toFixed(4)} r=${r.toFixed(4)} f1=${((2 * p * r) / (p + r)).toFixed(4)}`
}

/** A scorer over feature names, for the evaluation. */
function namedScorer(score: (features: readonly string[], scores: Float64Array) => void): Scorer {
  const sink = new NameSink()
  let target = new Float64Array(TAG_COUNT)
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

// ---------- pruning, quantisation, output ----------

interface Compact {
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
 * Keeps the features with a weight of at least PRUNE. The few with large
 * weights (bias, shapes, previous tags: they fire together, so their errors
 * would add up) keep EXACT_DIGITS digits; the rest are quantised to
 * QUANT_MAX levels a sign, spaced evenly in log scale from PRUNE /
 * SMALLEST_LEVEL to EXACT_ABOVE.
 */
function compact(weights: Map<string, Float64Array>): Compact {
  const kept = [...weights].filter(
    ([feature, row]) => !feature.includes(SEP) && row.some((w) => Math.abs(w) >= PRUNE),
  )
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const large = kept.filter(([, row]) => row.some((w) => Math.abs(w) >= EXACT_ABOVE))
  const small = kept.filter(([, row]) => row.every((w) => Math.abs(w) < EXACT_ABOVE))
  const smallest = PRUNE / SMALLEST_LEVEL
  const levels = [0]
  for (let q = 1; q <= QUANT_MAX; q++) {
    levels.push(Number((smallest * (EXACT_ABOVE / smallest) ** ((q - 1) / (QUANT_MAX - 1))).toPrecision(4)))
  }
  const rows = new Int8Array(small.length * TAG_COUNT)
  small.forEach(([, row], i) => {
    for (let k = 0; k < TAG_COUNT; k++) {
      const w = row[k] as number
      const magnitude = Math.abs(w) < PRUNE / ZERO_BELOW ? 0 : Math.abs(w)
      let nearest = 0
      for (let q = 1; q <= QUANT_MAX; q++) {
        if (Math.abs((levels[q] as number) - magnitude) < Math.abs((levels[nearest] as number) - magnitude)) nearest = q
      }
      rows[i * TAG_COUNT + k] = w < 0 ? -nearest : nearest
    }
  })
  const exactRows: number[] = []
  for (const [, row] of large) for (const w of row) exactRows.push(Number(w.toPrecision(EXACT_DIGITS)))
  return { keys: small.map(([feature]) => feature), rows, levels, exactKeys: large.map(([feature]) => feature), exactRows }
}

function quantisedScorer(model: Compact) {
  const index = new Map(model.keys.map((key, i) => [key, i * TAG_COUNT]))
  const exact = new Map(model.exactKeys.map((key, i) => [key, i * TAG_COUNT]))
  return (features: readonly string[], scores: Float64Array): void => {
    for (const feature of features) {
      const at = index.get(feature)
      if (at !== undefined) {
        for (let k = 0; k < TAG_COUNT; k++) {
          const q = model.rows[at + k] as number
          if (q !== 0) scores[k] = (scores[k] as number) + (q < 0 ? -(model.levels[-q] as number) : (model.levels[q] as number))
        }
        continue
      }
      const exactAt = exact.get(feature)
      if (exactAt !== undefined) for (let k = 0; k < TAG_COUNT; k++) scores[k] = (scores[k] as number) + (model.exactRows[exactAt + k] as number)
    }
  }
}

/**
 * The quantised weights as text, one character a weight: level q (from
 * -QUANT_MAX to QUANT_MAX) is the character CHAR_BASE + QUANT_MAX + q, a range
 * with no quote and no backslash. Mostly zeros, so gzip packs it well.
 */
function weightText(model: Compact): string {
  let text = ''
  for (const q of model.rows) text += String.fromCharCode(CHAR_BASE + QUANT_MAX + q)
  return text
}

const started = performance.now()
const trainDocuments = readConll(new URL('eng.train', CORPUS).pathname)
const devDocuments = readConll(new URL('eng.testa', CORPUS).pathname)
const commonList = commonWords(trainDocuments)
const common = hashSet(commonList)
const trainData = trainDocuments.map((document) => prepare(document, common))
console.log(
  `train: ${trainData.length} documents; ${misaligned} gold tokens cut differently, ${uncovered} never candidates`,
)
const devData = devDocuments.map((document) => prepare(document, common))
const model = train(trainData, common)
const averaged = model.average()
console.log(
  `features: ${averaged.size}; dev (float): ${evaluate(devDocuments, devData, common, namedScorer((f, s) => {
    for (const feature of f) {
      const row = averaged.get(feature)
      if (row) for (let k = 0; k < TAG_COUNT; k++) s[k] = (s[k] as number) + (row[k] as number)
    }
  }))}`,
)
const compacted = compact(averaged)
console.log(
  `kept ${compacted.keys.length} features; dev (8-bit): ${evaluate(devDocuments, devData, common, namedScorer(quantisedScorer(compacted)))}`,
)

const weights = weightText(compacted)
const source = `/**
 * The name tagger's model: an averaged perceptron over BIO tags trained on
 * CoNLL-2003 eng.train by scripts/train-tagger.ts (${EPOCHS} epochs, features
 * pruned below ${PRUNE}, weights quantised to ${QUANT_MAX} levels a sign).
 * Generated; do not edit.
 */

/** Tags, in the order of each feature's weights. */
export const TAG_NAMES = ${JSON.stringify(TAGS.join(SEP))}
/** Magnitude of each quantisation level. */
export const LEVELS = ${JSON.stringify(compacted.levels.join(SEP))}
/** Features with large weights, "${SEP}"-separated, and their weights (${TAG_COUNT} a feature). */
export const EXACT_FEATURES = ${JSON.stringify(compacted.exactKeys.join(SEP))}
export const EXACT_WEIGHTS = ${JSON.stringify(compacted.exactRows.join(','))}
/** The other features, sorted, "${SEP}"-separated. */
export const FEATURES = ${JSON.stringify(compacted.keys.join(SEP))}
/** ${TAG_COUNT} weights a feature, one character each: level = code - ${CHAR_BASE + QUANT_MAX}. */
export const WEIGHTS = ${JSON.stringify(weights)}
/** Words written in lower case at least ${MIN_LOWER_COUNT} times in the training text. */
export const COMMON_WORDS = ${JSON.stringify([...commonList].sort().join(SEP))}
`
const options = (await prettier.resolveConfig(OUT.pathname)) ?? {}
writeFileSync(OUT, await prettier.format(source, { ...options, filepath: OUT.pathname }))
console.log(`${(gzipSync(source).length / 1024).toFixed(1)} KB gzipped (features ${(gzipSync(compacted.keys.join(SEP)).length / 1024).toFixed(1)}, weights ${(gzipSync(weights).length / 1024).toFixed(1)}, common words ${(gzipSync([...commonList].join(SEP)).length / 1024).toFixed(1)})`)
console.log(`wrote ${OUT.pathname} in ${((performance.now() - started) / 1000).toFixed(0)} s`)

#!/usr/bin/env node
/**
 * Trains the name tagger and writes src/lexicon/generated/tagger-model.ts.
 *
 * Input: ../shared/corpus/conll2003/eng.train (CoNLL-2003 English, Reuters
 * 1996, as copied in synalp/NER; the Reuters text is licensed separately and
 * is used here only to train). eng.testa is only read to print the figures
 * (all names; the headlines alone, in capitals and in title case); eng.testb
 * is never read.
 *
 * The model is an averaged perceptron (perceptron.ts) over BIO tags
 * (src/entities/tagger.ts), trained greedily on the tagger's own previous
 * tags, with the features of src/entities/features.ts computed by the same
 * built code that runs in the parser. Every training document also has its
 * headline in title case (conll.ts). After training, features whose weights
 * are all small are pruned and the rest quantised (quantise.ts); the module
 * stores the features' keys (hashes of their names, see featureKey in
 * src/entities/model.ts), the weights (range-coded, the few large ones in
 * full) and the words usually written in lower case in the training text.
 *
 * Run from packages/parser after `npm run build`:
 *   node scripts/train-tagger.ts [--epochs 8] [--prune 1] [--levels 15] [--zero 4] [--drop LETTERS] [--no-title-case]
 * then build again. Under a minute on one core; deterministic (the same
 * inputs write the same module). If the settings change, check the
 * tagger's TEMPERATURE again (src/entities/tagger.ts).
 */
import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import * as prettier from 'prettier'
import { featuresOf, NameSink } from '../dist/entities/features.js'
import {
  tagDocument,
  namesOf,
  TAG_COUNT,
  TAGS,
  OUTSIDE,
  best,
  type Scorer,
} from '../dist/entities/tagger.js'
import { viewDocument, type CommonWords, type DocumentView } from '../dist/entities/view.js'
import { hashSet } from '../dist/entities/hash.js'
import { tokenize, TokenFlag, type Token } from '../dist/entities/tokenize.js'
import type { ConllDocument, GoldSpan } from './conll.js'

// Node runs the sibling .ts files as they are; the type checker reads the same modules as .js.
const sibling = (name: string): string => new URL(`./${name}.ts`, import.meta.url).href
const { readConll, withTitleCase } = (await import(sibling('conll'))) as typeof import('./conll.js')
const { Perceptron, random } = (await import(
  sibling('perceptron')
)) as typeof import('./perceptron.js')
const {
  compact,
  codedKeys,
  exactCoded,
  keyed,
  namedScorer,
  quantisedScorer,
  weightText,
  rangeCodedWeights,
  CHAR_BASE,
  SEP,
} = (await import(sibling('quantise'))) as typeof import('./quantise.js')
const { frontCoded, frontCodedExports } = (await import(
  sibling('front-code')
)) as typeof import('./front-code.js')
type Perceptron = InstanceType<typeof Perceptron>

const CORPUS = new URL('../../../../shared/corpus/conll2003/', import.meta.url)
const OUT = new URL('../src/lexicon/generated/tagger-model.ts', import.meta.url)
const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const EPOCHS = argument('--epochs', 8)
/** Template letters to leave out (for ablations): --drop LR */
const DROP = process.argv.includes('--drop')
  ? (process.argv[process.argv.indexOf('--drop') + 1] ?? '')
  : ''
/** Feature names without the dropped templates. */
function kept(names: string[]): string[] {
  return DROP ? names.filter((name) => !DROP.includes(name.charAt(0))) : names
}
/** Features whose largest averaged weight is below this are dropped. */
const PRUNE = argument('--prune', 1)
/** A word is "common in lower case" when written so this often in the training text. */
const MIN_LOWER_COUNT = 3
/** Quantisation levels a sign. */
const QUANT_MAX = argument('--levels', 15)
/** Weights below PRUNE / ZERO_BELOW are dropped (zero). */
const ZERO_BELOW = argument('--zero', 4)
const SEED = 20_030_401
const headlineChecks: ConllDocument[][] = []

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
function prepare(document: ConllDocument, common: CommonWords, headlines = 1): Prepared {
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
    tokens.map((_, i) => i === 0 || i >= tokens.length - headlines + 1),
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
        for (let i = 0; i < view.tokens.length; i++) {
          let guess = OUTSIDE
          if (view.candidate[i]) {
            features.length = 0
            featuresOf(doc, t, i, previous, common, sink)
            const used = kept(features)
            scores.fill(0)
            model.score(used, scores)
            guess = best(scores, previous)
            model.update(truth[i] as number, guess, used)
            seen++
            if (guess !== truth[i]) errors++
          }
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
  onlyText: number | null = null,
): string {
  let correct = 0
  let predicted = 0
  let wanted = 0
  data.forEach(({ doc }, d) => {
    const document = documents[d] as ConllDocument
    const gold = new Set(
      document.spans
        .filter((s) => onlyText === null || s.text === onlyText)
        .filter((s) => s.type !== 'MISC')
        .map((s) => `${s.text}:${s.start}:${s.end}:${s.type}`),
    )
    wanted += gold.size
    for (const name of namesOf(tagDocument(doc, common, score))) {
      if (name.type === 'MISC' || (onlyText !== null && name.text !== onlyText)) continue
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

const started = performance.now()
const trainDocuments = readConll(new URL('eng.train', CORPUS).pathname)
const devDocuments = readConll(new URL('eng.testa', CORPUS).pathname)
const commonList = commonWords(trainDocuments)
const common = hashSet(commonList)
const augment = random(SEED + 1)
const trainData = trainDocuments.map((document) => {
  const augmented = process.argv.includes('--no-title-case')
    ? { document, headlines: 1 }
    : withTitleCase(document, augment)
  return prepare(augmented.document, common, augmented.headlines)
})
{
  // The headlines of eng.testa, in capitals and in title case, scored alone.
  const headlineOnly = (document: ConllDocument): ConllDocument => ({
    texts: document.texts,
    spans: document.spans.filter((span) => span.text === 0),
  })
  const titledOnly = (document: ConllDocument): ConllDocument => {
    const { document: titled } = withTitleCase(document, random(SEED))
    const extra = titled.texts.length - 1
    return {
      texts: [titled.texts[extra] as string, ...titled.texts.slice(1, extra)],
      spans: titled.spans
        .filter((span) => span.text === extra)
        .map((span) => ({ ...span, text: 0 })),
    }
  }
  headlineChecks.push(devDocuments.map(headlineOnly), devDocuments.map(titledOnly))
}
console.log(
  `train: ${trainData.length} documents; ${misaligned} gold tokens cut differently, ${uncovered} never candidates`,
)
const devData = devDocuments.map((document) => prepare(document, common))
const headlineData = headlineChecks.map((documents) =>
  documents.map((document) => prepare(document, common)),
)
const model = train(trainData, common)
const averaged = model.average()
console.log(
  `features: ${averaged.size}; dev (float): ${evaluate(
    devDocuments,
    devData,
    common,
    namedScorer((f, s) => {
      for (const feature of f) {
        const row = averaged.get(feature)
        if (row) for (let k = 0; k < TAG_COUNT; k++) s[k] = (s[k] as number) + (row[k] as number)
      }
    }),
  )}`,
)
const compacted = compact(averaged, { prune: PRUNE, levels: QUANT_MAX, zeroBelow: ZERO_BELOW })
const [capitalHeadlines, titledHeadlines] = headlineChecks as [ConllDocument[], ConllDocument[]]
console.log(
  `dev headlines (8-bit): in capitals ${evaluate(capitalHeadlines, headlineData[0] as Prepared[], common, namedScorer(quantisedScorer(compacted)), 0)}; ` +
    `in title case ${evaluate(titledHeadlines, headlineData[1] as Prepared[], common, namedScorer(quantisedScorer(compacted)), 0)}`,
)
console.log(
  `kept ${compacted.keys.length} features; dev (8-bit): ${evaluate(devDocuments, devData, common, namedScorer(quantisedScorer(compacted)))}`,
)

const stored = keyed(compacted)
const weights = weightText(stored)
const commonSorted = [...commonList].sort()
const coded = rangeCodedWeights(
  weights,
  String.fromCharCode(CHAR_BASE + QUANT_MAX),
  compacted.levels,
)
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
/**
 * Features with large weights, by key (range-coded: see codeKeys in src/entities/model.ts), and
 * their weights (${TAG_COUNT} a feature, each a letter and its digits: see exactWeights there).
 */
export const EXACT_KEYS = ${JSON.stringify(codedKeys(stored.exactKeys))}
export const EXACT_WEIGHTS = ${JSON.stringify(exactCoded(stored.exactRows))}
/** The other features, by key (range-coded: see codeKeys in src/entities/model.ts). */
export const FEATURE_KEYS = ${JSON.stringify(codedKeys(stored.keys))}
${frontCodedExports([
  {
    name: 'COMMON_WORDS',
    doc: `Words written in lower case at least ${MIN_LOWER_COUNT} times in the training text, front-coded.`,
    entries: commonSorted,
  },
])}/**
 * ${TAG_COUNT} weights a feature, range-coded (see codeWeights in src/entities/model.ts) in
 * six-bit digits: the character that codes each weight's level, level = code - ${CHAR_BASE + QUANT_MAX}.
 */
export const WEIGHTS = ${JSON.stringify(coded)}
`
const options = (await prettier.resolveConfig(OUT.pathname)) ?? {}
writeFileSync(OUT, await prettier.format(source, { ...options, filepath: OUT.pathname }))
console.log(
  `${(gzipSync(source).length / 1024).toFixed(1)} KB gzipped (features ${(gzipSync(codedKeys(stored.keys)).length / 1024).toFixed(1)}, weights ${(gzipSync(coded).length / 1024).toFixed(1)}, common words ${(gzipSync(frontCoded(commonSorted).rests).length / 1024).toFixed(1)})`,
)
console.log(`wrote ${OUT.pathname} in ${((performance.now() - started) / 1000).toFixed(0)} s`)

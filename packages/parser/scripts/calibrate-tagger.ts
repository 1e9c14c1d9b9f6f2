#!/usr/bin/env node
/**
 * Checks the tagger's TEMPERATURE (src/entities/tagger.ts): whether a name
 * type given probability p on eng.testa is right about p of the time. For
 * every token the committed model tags as part of a name, the type's
 * probability at each temperature tried is binned by tenths beside the share
 * of those tokens whose gold type it is; the expected calibration error (the
 * mean gap between the two, weighted by tokens) sums it up. The rules lean
 * on sureness thresholds (0.8 in rules.ts, for one), so change the constant
 * only for a clear gain, and measure the parser again after.
 *
 * Run from packages/parser after `npm run build`:
 *   node scripts/calibrate-tagger.ts [--temperatures 4,5,6,7,8]
 * eng.testa only; eng.testb is never read.
 */
import { featuresOf } from '../dist/entities/features.js'
import { taggerModel } from '../dist/entities/model.js'
import {
  best,
  OUTSIDE,
  TAG_COUNT,
  TAGS,
  TEMPERATURE,
  typeProbability,
} from '../dist/entities/tagger.js'
import { tokenize } from '../dist/entities/tokenize.js'
import { viewDocument } from '../dist/entities/view.js'

// Node runs the sibling .ts files as they are; the type checker reads the same modules as .js.
const sibling = (name: string): string => new URL(`./${name}.ts`, import.meta.url).href
const { readConll } = (await import(sibling('conll'))) as typeof import('./conll.js')

const CORPUS = new URL('../../../../shared/corpus/conll2003/', import.meta.url)
const at = process.argv.indexOf('--temperatures')
const temperatures =
  at >= 0
    ? (process.argv[at + 1] ?? '').split(',').map(Number)
    : [TEMPERATURE - 2, TEMPERATURE - 1, TEMPERATURE, TEMPERATURE + 1, TEMPERATURE + 2]

/** A token the model tags as part of a name: its scores, the tag before it, its tag, whether the type is gold's. */
interface Tagged {
  scores: Float64Array
  previous: number
  tag: number
  right: boolean
}

const model = taggerModel()
const tagged: Tagged[] = []
for (const document of readConll(new URL('eng.testa', CORPUS).pathname)) {
  const tokens = document.texts.map((text) => tokenize(text))
  const gold = tokens.map((list) => list.map(() => 'O'))
  for (const span of document.spans)
    tokens[span.text]?.forEach((token, i) => {
      if (token.start >= span.start && token.end <= span.end)
        (gold[span.text] as string[])[i] = span.type
    })
  // The first text of a CoNLL document is its headline, as in train-tagger.ts.
  const doc = viewDocument(
    tokens,
    tokens.map((_, i) => i === 0),
    model.common,
  )
  doc.texts.forEach((view, t) => {
    let previous = OUTSIDE
    for (let i = 0; i < view.tokens.length; i++) {
      if (!view.candidate[i]) {
        previous = OUTSIDE
        continue
      }
      const scores = new Float64Array(TAG_COUNT)
      model.scorer.start(scores)
      featuresOf(doc, t, i, previous, model.common, model.scorer.sink)
      model.scorer.finish()
      const tag = best(scores, previous)
      if (tag !== OUTSIDE) {
        const right = (TAGS[tag] as string).slice(2) === (gold[t] as string[])[i]
        tagged.push({ scores, previous, tag, right })
      }
      previous = tag
    }
  })
}

console.log(
  `${tagged.length} tokens tagged in names on eng.testa; committed TEMPERATURE ${TEMPERATURE}`,
)
console.log('temperature   ECE    probability: share right (tokens), by tenths')
for (const temperature of temperatures) {
  const bins = Array.from({ length: 10 }, () => ({ tokens: 0, probability: 0, right: 0 }))
  for (const { scores, previous, tag, right } of tagged) {
    const p = typeProbability(scores, tag, previous, temperature)
    const bin = bins[Math.min(9, Math.floor(p * 10))] as (typeof bins)[number]
    bin.tokens++
    bin.probability += p
    if (right) bin.right++
  }
  const error =
    bins.reduce((sum, bin) => sum + Math.abs(bin.probability - bin.right), 0) / tagged.length
  const table = bins
    .filter((bin) => bin.tokens > 0)
    .map(
      (bin) =>
        `${(bin.probability / bin.tokens).toFixed(2)}: ${((100 * bin.right) / bin.tokens).toFixed(0)}% (${bin.tokens})`,
    )
    .join('  ')
  console.log(`${String(temperature).padStart(11)}  ${error.toFixed(4)}  ${table}`)
}

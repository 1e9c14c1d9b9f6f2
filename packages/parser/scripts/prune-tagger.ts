#!/usr/bin/env node
/**
 * Prunes the committed tagger model in place, without training it again: the
 * features whose weights are few (at most MAX_WEIGHTS tags weighed) and all
 * small (no level above MAX_LEVEL) go; the others keep their weights as they
 * are. A retrained model moves names that the rules were tuned around (see
 * train-tagger.ts); this keeps every other weight, so it costs little, and
 * frees room in the size budget.
 *
 * With --merge LEVEL it also makes a level one with the level below it, at
 * their geometric mean: no weight is pushed up or down on the whole, and the
 * range coder spends less on the weights (the levels' table keeps its length;
 * the level merged away is never coded).
 *
 * Run from packages/parser after `npm run build`, then build again:
 *   node scripts/prune-tagger.ts [--level 7] [--weights 2] [--merge 6]
 * Deterministic; running it twice drops nothing more and merges nothing more.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as prettier from 'prettier'
import { codeKeys, codeWeights } from '../dist/entities/model.js'
import { RangeDecoder } from '../dist/entities/range-coding.js'
import { TAG_COUNT } from '../dist/entities/tagger.js'
import * as model from '../dist/lexicon/generated/tagger-model.js'

// Node runs the sibling .ts files as they are; the type checker reads the same modules as .js.
const sibling = (name: string): string => new URL(`./${name}.ts`, import.meta.url).href
const { codedKeys, rangeCodedWeights, CHAR_BASE, SEP } = (await import(
  sibling('quantise')
)) as typeof import('./quantise.js')

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
/** The highest level (an index into LEVELS) of the features dropped: 7 is 1, 8 is 1.414. */
const MAX_LEVEL = argument('--level', 7)
/** The most non-zero weights of a feature dropped. */
const MAX_WEIGHTS = argument('--weights', 2)
/** The level (an index into LEVELS) made one with the level below it; 0 for none. */
const MERGED = argument('--merge', 0)

const OUT = new URL('../src/lexicon/generated/tagger-model.ts', import.meta.url)
const top = model.LEVELS.split(SEP).length - 1
const zero = CHAR_BASE + top
const levels = model.LEVELS.split(SEP).map(Number)
// (A level already merged has the magnitude of the one below.)
const merging = MERGED > 1 && MERGED <= top && levels[MERGED] !== levels[MERGED - 1]
const keys = codeKeys(new RangeDecoder(model.FEATURE_KEYS))
const codes = new Uint8Array(keys.length * TAG_COUNT)
codeWeights(new RangeDecoder(model.WEIGHTS), codes, zero, levels)

const keptKeys: number[] = []
let keptWeights = ''
keys.forEach((key, f) => {
  let largest = 0
  let weighed = 0
  for (let k = 0; k < TAG_COUNT; k++) {
    const level = Math.abs((codes[f * TAG_COUNT + k] as number) - zero)
    largest = Math.max(largest, level)
    if (level > 0) weighed++
  }
  if (largest <= MAX_LEVEL && weighed <= MAX_WEIGHTS) return
  keptKeys.push(key)
  for (let k = 0; k < TAG_COUNT; k++) {
    const code = codes[f * TAG_COUNT + k] as number
    const level = Math.abs(code - zero)
    keptWeights += String.fromCharCode(
      merging && level === MERGED ? code - Math.sign(code - zero) : code,
    )
  }
})

// The merged level and the one below take their geometric mean; the weights are coded with it.
if (merging) {
  const mean = Number(
    Math.sqrt((levels[MERGED] as number) * (levels[MERGED - 1] as number)).toPrecision(4),
  )
  levels[MERGED] = mean
  levels[MERGED - 1] = mean
}
const weights = rangeCodedWeights(keptWeights, String.fromCharCode(zero), levels)
let source = readFileSync(OUT, 'utf8')
/** `source` with the string literal of `from` (in either quotes) made `to`'s. */
const replaced = (from: string, to: string): void => {
  const literal = [JSON.stringify(from), `'${from}'`].find((quoted) => source.includes(quoted))
  if (literal === undefined) throw new Error(`no literal of ${from.slice(0, 24)} in the model`)
  source = source.replace(literal, () => JSON.stringify(to))
}
replaced(model.FEATURE_KEYS, codedKeys(Int32Array.from(keptKeys)))
replaced(model.WEIGHTS, weights)
if (merging) replaced(model.LEVELS, levels.join(SEP))
const merged = merging ? `, level ${MERGED} merged into the one below` : ''
const note = ` * Then pruned by scripts/prune-tagger.ts (features of ${MAX_WEIGHTS} weights or fewer, none above level ${MAX_LEVEL}${merged}).\n`
if (!source.includes(note))
  source = source.replace(' * Generated; do not edit.\n', `${note} * Generated; do not edit.\n`)
const options = (await prettier.resolveConfig(OUT.pathname)) ?? {}
writeFileSync(OUT, await prettier.format(source, { ...options, filepath: OUT.pathname }))
console.log(`kept ${keptKeys.length} of ${keys.length} features`)

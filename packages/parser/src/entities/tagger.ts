/**
 * The name tagger: a greedy left-to-right sequence tagger over BIO tags
 * (begin / inside a person, organisation, place or other name; outside).
 * Each token that may be part of a name is scored from its features by a
 * linear model (an averaged perceptron, see scripts/train-tagger.ts), the
 * best tag is taken, and it becomes a feature of the next token. Tokens that
 * cannot be in a name (lower-case words, marks, numbers) are outside without
 * being scored, which is most of the text and keeps the tagger fast.
 */
import { featuresOf, type FeatureSink } from './features.js'
import type { CommonWords, DocumentView } from './view.js'

/** The tags, in the order of the model's weights. */
export const TAGS = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const
export const TAG_COUNT = TAGS.length
export const OUTSIDE = 0
/** Name types, by (tag + 1) >> 1 - 1. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const
export type NameType = (typeof TYPES)[number]

/** Turns the features of a token into a score for each tag. */
export interface Scorer {
  /** Where the features of the token go. */
  sink: FeatureSink
  /** Starts a token whose scores go to `scores` (zeroed). */
  start(scores: Float64Array): void
  /** Ends the token: its scores are in place. */
  finish(): void
}

/** The tags of every token of the document, and how sure the tagger is of each. */
export interface Tagging {
  doc: DocumentView
  /** By token of the document. */
  tags: Uint8Array
  /** Probability of the token's name type (softmax over the scores), 1 outside names. */
  sureness: Float64Array
}

/** A name found by the tagger: token range [first, last] of text `text`. */
export interface TaggedName {
  text: number
  first: number
  last: number
  type: NameType
  /** Mean probability of the type over the tokens. */
  sureness: number
}

/**
 * `names` (in reading order) with each name that `join` merges into the name
 * kept before it replaced by the merged name: "ST." + "LOUIS", "Boeing" + "MAX".
 */
export function joinedWithPrevious(
  names: readonly TaggedName[],
  join: (before: TaggedName, name: TaggedName) => TaggedName | null,
): TaggedName[] {
  const joined: TaggedName[] = []
  for (const name of names) {
    const before = joined.at(-1)
    const merged = before === undefined ? null : join(before, name)
    if (merged === null) joined.push(name)
    else joined[joined.length - 1] = merged
  }
  return joined
}

/** The most tokens in one name (the longest in the training data have about ten). */
const MAX_NAME_TOKENS = 12

/**
 * Scores are divided by this before the softmax that gives sureness: with the
 * committed model, a type given probability p on eng.testa is then right
 * about p of the time (0.45: 43%, 0.65: 77%, 0.85: 90%, 0.99: 94%; 5 does as
 * well, 4 and 7 worse). Retraining or pruning the model changes the scale of
 * the weights: check it again then with scripts/calibrate-tagger.ts.
 */
export const TEMPERATURE = 6

/** Tags every text of `doc` with the model behind `score`. */
export function tagDocument(doc: DocumentView, common: CommonWords, score: Scorer): Tagging {
  const scores = new Float64Array(TAG_COUNT)
  const count = doc.tokens.count
  const tags = new Uint8Array(count)
  const sureness = new Float64Array(count).fill(1)
  const candidate = doc.candidate
  for (const view of doc.texts) {
    const { from, to } = view
    let previous = OUTSIDE
    let length = 0
    for (let k = from; k < to; k++) {
      if (!candidate[k]) {
        // Outside, as every token that cannot be in a name.
        previous = OUTSIDE
        length = 0
        continue
      }
      score.start(scores)
      featuresOf(doc, view.index, k - from, previous, common, score.sink)
      score.finish()
      // A name this long ends: no inside tag may continue it.
      const before = length >= MAX_NAME_TOKENS ? OUTSIDE : previous
      const tag = best(scores, before)
      if (tag !== OUTSIDE) sureness[k] = typeProbability(scores, tag, before)
      tags[k] = tag
      length = tag === OUTSIDE ? 0 : tag % 2 === 1 ? 1 : length + 1
      previous = tag
    }
  }
  return { doc, tags, sureness }
}

/** The best tag; an inside tag is allowed only after a tag of its type. */
export function best(scores: Float64Array, previous: number): number {
  let tag = OUTSIDE
  let top = Number.NEGATIVE_INFINITY
  for (let k = 0; k < TAG_COUNT; k++) {
    const value = scores[k] as number
    if (value > top && allowed(k, previous)) {
      top = value
      tag = k
    }
  }
  return tag
}

/** An inside tag may only follow a tag of its type. */
function allowed(tag: number, previous: number): boolean {
  return tag === OUTSIDE || tag % 2 === 1 || previous === tag || previous === tag - 1
}

/** Probability of the name type of `tag` (its begin and inside tags together), among the allowed tags. */
export function typeProbability(
  scores: Float64Array,
  tag: number,
  previous: number,
  temperature = TEMPERATURE,
): number {
  let top = Number.NEGATIVE_INFINITY
  for (let k = 0; k < TAG_COUNT; k++)
    if (allowed(k, previous)) top = Math.max(top, scores[k] as number)
  let total = 0
  let mine = 0
  const begin = tag % 2 === 1 ? tag : tag - 1
  for (let k = 0; k < TAG_COUNT; k++) {
    if (!allowed(k, previous)) continue
    const score = scores[k] as number
    // The top score's weight is exp(0), exactly 1: one exponential fewer a token.
    const weight = score === top ? 1 : Math.exp((score - top) / temperature)
    total += weight
    if (k === begin || k === begin + 1) mine += weight
  }
  return mine / total
}

/** The names that `tagging` marks, in reading order. */
export function namesOf(tagging: Tagging): TaggedName[] {
  const names: TaggedName[] = []
  const { tags, sureness } = tagging
  for (const view of tagging.doc.texts) {
    const { from, to, index: text } = view
    let open: TaggedName | null = null
    let total = 0
    for (let k = from; k <= to; k++) {
      const tag = k < to ? (tags[k] as number) : OUTSIDE
      if (open !== null) {
        if (tag !== OUTSIDE && tag % 2 === 0 && open.type === typeOf(tag)) {
          open.last = k - from
          total += sureness[k] as number
          continue
        }
        open.sureness = total / (open.last - open.first + 1)
        names.push(open)
        open = null
      }
      if (tag === OUTSIDE) continue
      open = { text, first: k - from, last: k - from, type: typeOf(tag), sureness: 0 }
      total = sureness[k] as number
    }
  }
  return names
}

/** The name type of a tag other than outside. */
function typeOf(tag: number): NameType {
  return TYPES[((tag + 1) >> 1) - 1] as NameType
}

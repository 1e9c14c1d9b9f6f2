/**
 * What the name tagger looks at for one token: the word and its shape,
 * affixes, the words and shapes around it, the tags just given, where it
 * stands (sentence start, a text in capitals), how the document writes it
 * elsewhere, the gazetteers, a title before it. The training script
 * (scripts/train-tagger.ts) calls the same function, so the tagger sees at
 * run time exactly what it learned from.
 *
 * Features go to a sink as (template, value) pairs rather than as strings,
 * so that the tagger can look them up without building a string for each: a
 * word by the hash its token already has, an affix by a range of the word.
 */
import { TITLE_WORDS } from '../lexicon/titles.js'
import { TokenFlag, type Token } from './tokenize.js'
import { hashOf } from './hash.js'
import { shapeAt, shapeHashAt, type CommonWords, type DocumentView, type TextView } from './view.js'

/** Feature templates; each has a one-letter name in the model ({@link TEMPLATE_NAMES}). */
export const Template = {
  bias: 0,
  word: 1,
  shape: 2,
  suffix: 3,
  prefix: 4,
  longSuffix: 5,
  wordBefore: 6,
  wordAfter: 7,
  secondWordBefore: 8,
  secondWordAfter: 9,
  shapeBefore: 10,
  shapeAfter: 11,
  tag: 12,
  tagShape: 13,
  state: 14,
  stateShape: 15,
  run: 16,
  gazetteer: 17,
  titleBefore: 18,
} as const
/** One letter a template, in the order of {@link Template}. */
export const TEMPLATE_NAMES = 'bwsxpXlrLRmntufFkgq'
export const TEMPLATE_COUNT = TEMPLATE_NAMES.length
/** What each template's value is: c a code, t a text, m both. */
export const TEMPLATE_KINDS = 'ctttttttttttcmcmccc'
/** Codes (tags, states, gazetteer codes) are below this. */
export const CODE_LIMIT = 128

/** Receives the features of one token. */
export interface FeatureSink {
  /** A feature whose value is a token's lower-cased form. */
  word(template: number, token: Token): void
  /**
   * A feature whose value is the range `start`..`end` of `value` (a shape, an
   * affix, a mark), whose {@link hashOf} is `hash`.
   */
  text(template: number, value: string, start: number, end: number, hash: number): void
  /** A feature whose value is a small number (below {@link CODE_LIMIT}). */
  code(template: number, value: number): void
  /** A feature whose value is a small number and a string (whose hash is `hash`). */
  mixed(template: number, code: number, value: string, hash: number): void
}

const START = '^'
const END = '$'
const START_HASH = hashOf(START)
const END_HASH = hashOf(END)
/** Suffix and prefix lengths. */
const AFFIX = 3
const LONG_AFFIX = 4

/** State bits: where the token stands and how the document writes it. */
const State = {
  sentenceStart: 1,
  caps: 2,
  titleCase: 4,
  lowerSeen: 8,
  capSeen: 16,
  common: 32,
} as const

/** The features of token `i` of text `t`, given the tag of the token before it. */
export function featuresOf(
  doc: DocumentView,
  t: number,
  i: number,
  previous: number,
  common: CommonWords,
  sink: FeatureSink,
): void {
  const view = doc.texts[t] as TextView
  const tokens = view.tokens
  const token = tokens[i] as Token
  const lower = token.lower
  const length = lower.length
  const shape = shapeAt(view, i)
  const shapeHash = shapeHashAt(view, i)
  const flags = token.flags
  sink.code(Template.bias, 0)
  sink.word(Template.word, token)
  sink.text(Template.shape, shape, 0, shape.length, shapeHash)
  if (length > AFFIX) {
    const from = length - AFFIX
    sink.text(Template.suffix, lower, from, length, hashOf(lower, from, length))
    sink.text(Template.prefix, lower, 0, AFFIX, hashOf(lower, 0, AFFIX))
  }
  if (length > LONG_AFFIX) {
    const from = length - LONG_AFFIX
    sink.text(Template.longSuffix, lower, from, length, hashOf(lower, from, length))
  }
  neighbour(sink, Template.wordBefore, tokens[i - 1], START, START_HASH)
  neighbour(sink, Template.wordAfter, tokens[i + 1], END, END_HASH)
  neighbour(sink, Template.secondWordBefore, tokens[i - 2], START, START_HASH)
  neighbour(sink, Template.secondWordAfter, tokens[i + 2], END, END_HASH)
  if (i > 0) {
    const before = shapeAt(view, i - 1)
    sink.text(Template.shapeBefore, before, 0, before.length, shapeHashAt(view, i - 1))
  } else sink.text(Template.shapeBefore, START, 0, START.length, START_HASH)
  if (i + 1 < tokens.length) {
    const after = shapeAt(view, i + 1)
    sink.text(Template.shapeAfter, after, 0, after.length, shapeHashAt(view, i + 1))
  } else sink.text(Template.shapeAfter, END, 0, END.length, END_HASH)
  sink.code(Template.tag, previous)
  sink.mixed(Template.tagShape, previous, shape, shapeHash)
  const state =
    (flags & TokenFlag.sentenceStart ? State.sentenceStart : 0) |
    (view.caps ? State.caps : view.titleCase ? State.titleCase : 0) |
    (doc.lowerSeen.has(token.hash) ? State.lowerSeen : 0) |
    (doc.capSeen.has(token.hash) ? State.capSeen : 0) |
    (common.has(token.hash) ? State.common : 0)
  sink.code(Template.state, state)
  sink.mixed(Template.stateShape, state, shape, shapeHash)
  const runStart = i === 0 || !view.candidate[i - 1]
  const runEnd = i + 1 >= tokens.length || !view.candidate[i + 1]
  sink.code(Template.run, (runStart ? 2 : 0) + (runEnd ? 1 : 0))
  const code = view.gazetteer[i] as number
  if (code) sink.code(Template.gazetteer, code)
  const before = tokens[i - 1]
  if (before && before.flags & TokenFlag.capitalised && TITLE_WORDS.has(before.lower)) {
    sink.code(Template.titleBefore, 1)
  }
}

/** A word feature of a neighbouring token, or the mark of the text's start or end. */
function neighbour(
  sink: FeatureSink,
  template: number,
  token: Token | undefined,
  mark: string,
  markHash: number,
): void {
  if (token) sink.word(template, token)
  else sink.text(template, mark, 0, mark.length, markHash)
}

/** The name of a feature in the model: template letter, then code, space, text. */
export function featureName(template: number, code: number | null, value: string | null): string {
  const letter = TEMPLATE_NAMES.charAt(template)
  if (code === null) return letter + (value as string)
  return value === null ? letter + code : `${letter}${code} ${value}`
}

/** A sink that collects feature names (for training). */
export class NameSink implements FeatureSink {
  names: string[] = []
  word(template: number, token: Token): void {
    this.names.push(featureName(template, null, token.lower))
  }
  text(template: number, value: string, start: number, end: number): void {
    this.names.push(featureName(template, null, value.slice(start, end)))
  }
  code(template: number, value: number): void {
    this.names.push(featureName(template, value, null))
  }
  mixed(template: number, code: number, value: string): void {
    this.names.push(featureName(template, code, value))
  }
}

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
import { shapeAt, type CommonWords, type DocumentView, type TextView } from './view.js'

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
  tags: 13,
  tagShape: 14,
  state: 15,
  stateShape: 16,
  run: 17,
  gazetteer: 18,
  gazetteerBefore: 19,
  gazetteerAfter: 20,
  titleBefore: 21,
} as const
/** One letter a template, in the order of {@link Template}. */
export const TEMPLATE_NAMES = 'bwsxpXlrLRmntTufFkgGhq'
export const TEMPLATE_COUNT = TEMPLATE_NAMES.length
/** What each template's value is: c a code, t a text, m both. */
export const TEMPLATE_KINDS = 'ctttttttttttccmcmccccc'
/** Codes (tags, states, gazetteer codes) are below this. */
export const CODE_LIMIT = 128

/** Receives the features of one token. */
export interface FeatureSink {
  /** A feature whose value is a token's lower-cased form. */
  word(template: number, token: Token): void
  /** A feature whose value is `value` (or its range `start`..`end`): a shape, an affix, a mark. */
  text(template: number, value: string, start: number, end: number): void
  /** A feature whose value is a small number (below {@link CODE_LIMIT}). */
  code(template: number, value: number): void
  /** A feature whose value is a small number and a string. */
  mixed(template: number, code: number, value: string): void
}

const START = '^'
const END = '$'
/** Suffix and prefix lengths. */
const AFFIX = 3
const LONG_AFFIX = 4
const TAGS = 9

/** State bits: where the token stands and how the document writes it. */
const State = {
  sentenceStart: 1,
  caps: 2,
  titleCase: 4,
  lowerSeen: 8,
  capSeen: 16,
  common: 32,
} as const

/** The features of token `i` of text `t`, given the tags of the two tokens before it. */
export function featuresOf(
  doc: DocumentView,
  t: number,
  i: number,
  previous: number,
  beforePrevious: number,
  common: CommonWords,
  sink: FeatureSink,
): void {
  const view = doc.texts[t] as TextView
  const tokens = view.tokens
  const token = tokens[i] as Token
  const lower = token.lower
  const length = lower.length
  const shape = shapeAt(view, i)
  const flags = token.flags
  sink.code(Template.bias, 0)
  sink.word(Template.word, token)
  sink.text(Template.shape, shape, 0, shape.length)
  if (length > AFFIX) {
    sink.text(Template.suffix, lower, length - AFFIX, length)
    sink.text(Template.prefix, lower, 0, AFFIX)
  }
  if (length > LONG_AFFIX) sink.text(Template.longSuffix, lower, length - LONG_AFFIX, length)
  neighbour(sink, Template.wordBefore, tokens[i - 1], START)
  neighbour(sink, Template.wordAfter, tokens[i + 1], END)
  neighbour(sink, Template.secondWordBefore, tokens[i - 2], START)
  neighbour(sink, Template.secondWordAfter, tokens[i + 2], END)
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  const shapeBefore = before ? shapeAt(view, i - 1) : START
  const shapeAfter = after ? shapeAt(view, i + 1) : END
  sink.text(Template.shapeBefore, shapeBefore, 0, shapeBefore.length)
  sink.text(Template.shapeAfter, shapeAfter, 0, shapeAfter.length)
  sink.code(Template.tag, previous)
  sink.code(Template.tags, beforePrevious * TAGS + previous)
  sink.mixed(Template.tagShape, previous, shape)
  const state =
    (flags & TokenFlag.sentenceStart ? State.sentenceStart : 0) |
    (view.caps ? State.caps : view.titleCase ? State.titleCase : 0) |
    (doc.lowerSeen.has(token.hash) ? State.lowerSeen : 0) |
    (doc.capSeen.has(token.hash) ? State.capSeen : 0) |
    (common.has(token.hash) ? State.common : 0)
  sink.code(Template.state, state)
  sink.mixed(Template.stateShape, state, shape)
  const runStart = i === 0 || !view.candidate[i - 1]
  const runEnd = i + 1 >= tokens.length || !view.candidate[i + 1]
  sink.code(Template.run, (runStart ? 2 : 0) + (runEnd ? 1 : 0))
  const code = view.gazetteer[i] as number
  if (code) sink.code(Template.gazetteer, code)
  if (i > 0 && view.gazetteer[i - 1]) sink.code(Template.gazetteerBefore, view.gazetteer[i - 1] as number)
  if (after && view.gazetteer[i + 1]) sink.code(Template.gazetteerAfter, view.gazetteer[i + 1] as number)
  if (before && before.flags & TokenFlag.capitalised && TITLE_WORDS.has(before.lower)) {
    sink.code(Template.titleBefore, 1)
  }
}

/** A word feature of a neighbouring token, or the mark of the text's start or end. */
function neighbour(sink: FeatureSink, template: number, token: Token | undefined, mark: string): void {
  if (token) sink.word(template, token)
  else sink.text(template, mark, 0, mark.length)
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

/**
 * What the name tagger looks at for one token: the word and its shape,
 * affixes, the words and shapes around it, the tags just given, where it
 * stands (sentence start, a text in capitals), how the document writes it
 * elsewhere, the gazetteers, a title before it. The training script
 * (scripts/train-tagger.ts) calls the same function, so the tagger sees at
 * run time exactly what it learned from.
 *
 * Features go to a sink as a template, a code and the hash of a value,
 * rather than as strings, so that the tagger looks them up without building
 * a string for each: a word by the hash its token already has, an affix and
 * a shape hashed in place. Each also says where its value is (a token of the
 * document), for the training sink, which writes the names out.
 */
import { HASH_MASK, HASH_OFFSET, HASH_PRIME, hashOf } from './hash.js'
import { foldAt, isOpeningSingleQuote, lowerAt, TokenFlag } from './tokenize.js'
import { shapeAt, shapeHashAt } from './shape.js'
import type { CommonWords, DocumentView, TextView } from './view.js'
import { TITLES } from './words.js'

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
/** The code of features that have none. */
export const NO_CODE = -1

/**
 * Receives the features of one token. Each comes with the hash of its value
 * (see hash.ts), which is all that scoring needs, and with where the value
 * is (a token of the document), for a sink that wants it written out.
 */
export interface FeatureSink {
  /** A feature whose value is the lower-cased form of token `k` of `doc`. */
  word(template: number, hash: number, doc: DocumentView, k: number): void
  /** A feature whose value is the range `from`..`to` of the lower-cased form of token `k`. */
  affix(
    template: number,
    hash: number,
    doc: DocumentView,
    k: number,
    from: number,
    to: number,
  ): void
  /** A feature whose value is the shape of token `k`, and `code` ({@link NO_CODE} for none). */
  shape(template: number, code: number, hash: number, doc: DocumentView, k: number): void
  /** A feature whose value is a mark of the text's start or end. */
  mark(template: number, mark: string, hash: number): void
  /** A feature whose value is a small number (below {@link CODE_LIMIT}). */
  code(template: number, value: number): void
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
  const tokens = doc.tokens
  const to = view.to
  const k = view.from + i
  // The words after a dateline ("LOS ANGELES —") are read as a text of their own.
  const opening = tokens.opening[t] as number
  const from = k >= opening ? opening : view.from
  const hash = tokens.hash[k] as number
  const flags = tokens.flags[k] as number
  const shapeHash = shapeHashAt(doc, k)
  sink.code(Template.bias, 0)
  sink.word(Template.word, hash, doc, k)
  sink.shape(Template.shape, NO_CODE, shapeHash, doc, k)
  affixes(doc, k, sink)
  neighbour(sink, Template.wordBefore, doc, k - 1, from, to, START, START_HASH)
  neighbour(sink, Template.wordAfter, doc, k + 1, from, to, END, END_HASH)
  neighbour(sink, Template.secondWordBefore, doc, k - 2, from, to, START, START_HASH)
  neighbour(sink, Template.secondWordAfter, doc, k + 2, from, to, END, END_HASH)
  if (k > from) sink.shape(Template.shapeBefore, NO_CODE, shapeHashAt(doc, k - 1), doc, k - 1)
  else sink.mark(Template.shapeBefore, START, START_HASH)
  if (k + 1 < to) sink.shape(Template.shapeAfter, NO_CODE, shapeHashAt(doc, k + 1), doc, k + 1)
  else sink.mark(Template.shapeAfter, END, END_HASH)
  sink.code(Template.tag, previous)
  sink.shape(Template.tagShape, previous, shapeHash, doc, k)
  const state =
    (flags & TokenFlag.sentenceStart ? State.sentenceStart : 0) |
    (view.caps ? State.caps : view.titleCase ? State.titleCase : 0) |
    (doc.lowerSeen.has(hash) ? State.lowerSeen : 0) |
    (doc.capSeen.has(hash) ? State.capSeen : 0) |
    (common.has(hash) ? State.common : 0)
  sink.code(Template.state, state)
  sink.shape(Template.stateShape, state, shapeHash, doc, k)
  const runStart = k === from || !doc.candidate[k - 1]
  const runEnd = k + 1 >= to || !doc.candidate[k + 1]
  sink.code(Template.run, (runStart ? 2 : 0) + (runEnd ? 1 : 0))
  const code = doc.gazetteer[k] as number
  if (code) sink.code(Template.gazetteer, code)
  if (
    k > from &&
    (tokens.flags[k - 1] as number) & TokenFlag.capitalised &&
    TITLES.hasToken(tokens, k - 1)
  ) {
    sink.code(Template.titleBefore, 1)
  }
}

/** The suffixes and prefix of token `k`'s lower-cased form, hashed in place. */
function affixes(doc: DocumentView, k: number, sink: FeatureSink): void {
  const tokens = doc.tokens
  if ((tokens.flags[k] as number) & TokenFlag.complex) {
    const lower = lowerAt(tokens, k)
    const length = lower.length
    if (length > AFFIX) {
      const from = length - AFFIX
      sink.affix(Template.suffix, hashOf(lower, from, length), doc, k, from, length)
      sink.affix(Template.prefix, hashOf(lower, 0, AFFIX), doc, k, 0, AFFIX)
    }
    if (length > LONG_AFFIX) {
      const from = length - LONG_AFFIX
      sink.affix(Template.longSuffix, hashOf(lower, from, length), doc, k, from, length)
    }
    return
  }
  const start = tokens.start[k] as number
  const length = (tokens.end[k] as number) - start
  if (length <= AFFIX) return
  const value = tokens.values[tokens.text[k] as number] as string
  const end = start + length
  sink.affix(Template.suffix, foldedHash(value, end - AFFIX, end), doc, k, length - AFFIX, length)
  sink.affix(Template.prefix, foldedHash(value, start, start + AFFIX), doc, k, 0, AFFIX)
  if (length > LONG_AFFIX) {
    const from = length - LONG_AFFIX
    sink.affix(Template.longSuffix, foldedHash(value, end - LONG_AFFIX, end), doc, k, from, length)
  }
}

/** {@link hashOf} the characters `start`..`end` of `value`, lower-cased one for one. */
function foldedHash(value: string, start: number, end: number): number {
  let hash = HASH_OFFSET
  for (let i = start; i < end; i++)
    hash = Math.imul(hash ^ foldAt(value, i), HASH_PRIME) & HASH_MASK
  return hash
}

/** A word feature of the token `k` of the text `from`..`to`, or the mark of the text's start or end. */
function neighbour(
  sink: FeatureSink,
  template: number,
  doc: DocumentView,
  k: number,
  from: number,
  to: number,
  mark: string,
  markHash: number,
): void {
  if (k < from || k >= to) sink.mark(template, mark, markHash)
  // A single mark that opens a quotation is read as the double one the news data writes.
  else if (isOpeningQuoteMark(doc, k)) sink.mark(template, DOUBLE_QUOTE, DOUBLE_QUOTE_HASH)
  else sink.word(template, doc.tokens.hash[k] as number, doc, k)
}
const DOUBLE_QUOTE = '"'
const DOUBLE_QUOTE_HASH = hashOf(DOUBLE_QUOTE)

/** Whether token `k` is a single quotation mark that opens a quoted sentence ("‘Thank", "'Thank"). */
function isOpeningQuoteMark(doc: DocumentView, k: number): boolean {
  const tokens = doc.tokens
  if (k + 1 >= tokens.count || !((tokens.flags[k + 1] as number) & TokenFlag.sentenceStart))
    return false
  const start = tokens.start[k] as number
  const value = tokens.values[tokens.text[k] as number] as string
  return (
    (value.charCodeAt(start) === LEFT_SINGLE_QUOTE && tokens.end[k] === start + 1) ||
    isOpeningSingleQuote(value, start, tokens.end[k] as number)
  )
}
const LEFT_SINGLE_QUOTE = 0x2018

/** The name of a feature in the model: template letter, then code, space, text. */
export function featureName(template: number, code: number | null, value: string | null): string {
  const letter = TEMPLATE_NAMES.charAt(template)
  if (code === null) return letter + (value as string)
  return value === null ? letter + code : `${letter}${code} ${value}`
}

/** A sink that collects feature names (for training). */
export class NameSink implements FeatureSink {
  names: string[] = []
  word(template: number, _hash: number, doc: DocumentView, k: number): void {
    this.names.push(featureName(template, null, lowerAt(doc.tokens, k)))
  }
  affix(
    template: number,
    _hash: number,
    doc: DocumentView,
    k: number,
    from: number,
    to: number,
  ): void {
    this.names.push(featureName(template, null, lowerAt(doc.tokens, k).slice(from, to)))
  }
  shape(template: number, code: number, _hash: number, doc: DocumentView, k: number): void {
    this.names.push(featureName(template, code === NO_CODE ? null : code, shapeAt(doc, k)))
  }
  mark(template: number, mark: string): void {
    this.names.push(featureName(template, null, mark))
  }
  code(template: number, value: number): void {
    this.names.push(featureName(template, value, null))
  }
}

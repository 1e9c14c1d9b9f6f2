/**
 * What the name tagger looks at: a view of one document (its tokens, which
 * of them may be in a name, which texts are in capitals, how each word is
 * written elsewhere in the document) and the features of one token in it.
 * The training script (scripts/train-tagger.ts) calls the same functions,
 * so the tagger sees at run time exactly what it learned from.
 */
import { TITLE_WORDS } from '../lexicon/titles.js'
import { lexicon, type Lexicon } from './lexicon.js'
import { TokenFlag, type Token } from './tokenize.js'

/** One text of the document, ready for the tagger. */
export interface TextView {
  tokens: Token[]
  /** 1 where a token may be part of a name (others are outside every name). */
  candidate: Uint8Array
  /** Written in capitals (a wire headline, a dateline): capitals say nothing. */
  caps: boolean
  /** Most words capitalised (a headline in title case). */
  titleCase: boolean
  /** Gazetteer code of each token ("cB": first word of a country), or "". */
  gazetteer: string[]
}

/** The whole document, as the tagger reads it. */
export interface DocumentView {
  texts: TextView[]
  /** Words written in lower case somewhere in the document. */
  lowerSeen: Set<string>
  /** Words capitalised inside a sentence of a text not in capitals. */
  capSeen: Set<string>
}

/** Words usually written in lower case (from the training data). */
export type CommonWords = ReadonlySet<string>

/** Lower-case words that join the parts of a name: "Bank of England", "von der Leyen". */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'do',
  'du',
  'des',
  'la',
  'le',
  'von',
  'van',
  'der',
  'den',
  'ter',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'y',
  'and',
  '&',
  'for',
  'on',
  'upon',
  'am',
  'an',
  'zu',
  'af',
  'st.',
])
/** A text in capitals has at least this share of its words in capitals. */
const CAPS_SHARE = 0.8
/**
 * A text is in title case when at least this share of its common words
 * (longer than SHORT_WORD: "of", "the" stay lower case in titles) are
 * capitalised inside the sentence...
 */
const TITLE_SHARE = 0.5
const SHORT_WORD = 3
/** ...and it has at least this many of them (a headline: one). */
const TITLE_MIN_WORDS = 2
const START = '^'
const END = '$'
/** Suffix and prefix lengths used as features. */
const AFFIX = 3
const LONG_AFFIX = 4

/** Reads a document whose texts are already tokenized; `headlines` flags the headline. */
export function viewDocument(
  texts: readonly Token[][],
  headlines: readonly boolean[],
  common: CommonWords,
): DocumentView {
  const lex = lexicon()
  const views = texts.map((tokens, i) => viewText(tokens, headlines[i] === true, common, lex))
  const lowerSeen = new Set<string>()
  const capSeen = new Set<string>()
  for (const view of views) {
    if (view.caps || view.titleCase) continue
    for (const token of view.tokens) {
      const flags = token.flags
      if (!(flags & TokenFlag.word)) continue
      if (!(flags & TokenFlag.hasUpper)) lowerSeen.add(token.lower)
      else if (!(flags & TokenFlag.sentenceStart)) capSeen.add(token.lower)
    }
  }
  return { texts: views, lowerSeen, capSeen }
}

function viewText(tokens: Token[], headline: boolean, common: CommonWords, lex: Lexicon): TextView {
  let words = 0
  let capitals = 0
  let commonWords = 0
  let capitalised = 0
  for (const token of tokens) {
    const flags = token.flags
    if (!(flags & TokenFlag.word) || flags & TokenFlag.hasDigit) continue
    words++
    if (flags & TokenFlag.allCaps) capitals++
    if (flags & TokenFlag.sentenceStart || token.lower.length <= SHORT_WORD || !common.has(token.lower)) continue
    commonWords++
    if (flags & TokenFlag.capitalised) capitalised++
  }
  const caps =
    words > 0 &&
    capitals >= words * CAPS_SHARE &&
    tokens.some((t) => t.text.length > 1 && t.flags & TokenFlag.allCaps)
  const titleCase =
    !caps && commonWords >= (headline ? 1 : TITLE_MIN_WORDS) && capitalised >= commonWords * TITLE_SHARE
  const candidate = new Uint8Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).flags & TokenFlag.hasUpper) candidate[i] = 1
  }
  // Connectors inside a name: between a candidate and a candidate (or another connector).
  for (let i = 1; i < tokens.length - 1; i++) {
    if (candidate[i] || !candidate[i - 1] || !CONNECTORS.has((tokens[i] as Token).lower)) continue
    let j = i + 1
    while (
      j < tokens.length &&
      j < i + 3 &&
      !candidate[j] &&
      CONNECTORS.has((tokens[j] as Token).lower)
    )
      j++
    if (j < tokens.length && candidate[j]) for (let k = i; k < j; k++) candidate[k] = 1
  }
  return { tokens, candidate, caps, titleCase, gazetteer: gazetteerCodes(tokens, candidate, lex) }
}

/** Longest gazetteer match from each candidate; first names and demonyms per token. */
function gazetteerCodes(tokens: readonly Token[], candidate: Uint8Array, lex: Lexicon): string[] {
  const codes: string[] = new Array<string>(tokens.length).fill('')
  for (let i = 0; i < tokens.length; i++) {
    if (!candidate[i]) continue
    const token = tokens[i] as Token
    let key = token.lower
    let match = 0
    let kind = ''
    for (let n = 1; n <= lex.longestPlace && i + n <= tokens.length; n++) {
      if (n > 1) key += ' ' + (tokens[i + n - 1] as Token).lower
      const place = lex.places.get(key)
      if (place) {
        match = n
        kind = place.charAt(0) + place.charAt(1)
      }
    }
    if (match > 0) {
      for (let k = i; k < i + match; k++) {
        if (!codes[k]) codes[k] = kind + (k === i ? 'B' : 'I')
      }
      continue
    }
    if (codes[i]) continue
    const gender = lex.firstNames.get(token.lower)
    if (gender) codes[i] = 'f' + gender.charAt(0)
    else if (lex.demonyms.has(token.lower)) codes[i] = 'dm'
  }
  return codes
}

/** The shape of a word: "Xx", "X.X.", "d-d", "XX". */
export function shapeOf(text: string): string {
  let shape = ''
  let last = ''
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    const lower = char.toLowerCase()
    const upper = char.toUpperCase()
    let kind: string
    if (char >= '0' && char <= '9') kind = 'd'
    else if (lower !== upper) kind = char === upper ? 'X' : 'x'
    else kind = char
    if (kind !== last) shape += kind
    last = kind
  }
  return shape
}

/**
 * The features of token `i` of text `t`, given the tags of the two tokens
 * before it; pushed onto `out` (emptied first).
 */
export function featuresOf(
  doc: DocumentView,
  t: number,
  i: number,
  previous: number,
  beforePrevious: number,
  common: CommonWords,
  out: string[],
): void {
  out.length = 0
  const view = doc.texts[t] as TextView
  const tokens = view.tokens
  const token = tokens[i] as Token
  const lower = token.lower
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  const shape = shapeOf(token.text)
  const flags = token.flags
  out.push('b', 'w' + lower, 's' + shape)
  if (lower.length > AFFIX) out.push('x' + lower.slice(-AFFIX), 'p' + lower.slice(0, AFFIX))
  if (lower.length > LONG_AFFIX) out.push('X' + lower.slice(-LONG_AFFIX))
  out.push('l' + (before ? before.lower : START), 'r' + (after ? after.lower : END))
  out.push('L' + (tokens[i - 2]?.lower ?? START), 'R' + (tokens[i + 2]?.lower ?? END))
  out.push('m' + (before ? shapeOf(before.text) : START), 'n' + (after ? shapeOf(after.text) : END))
  out.push('t' + previous, 'T' + beforePrevious + previous, 'u' + previous + shape)
  const state =
    (flags & TokenFlag.sentenceStart ? 'S' : '-') +
    (view.caps ? 'C' : view.titleCase ? 'H' : '-') +
    (doc.lowerSeen.has(lower) ? 'l' : '-') +
    (doc.capSeen.has(lower) ? 'c' : '-') +
    (common.has(lower) ? 'w' : '-')
  out.push('f' + state, 'F' + state + shape)
  const runStart = i === 0 || !view.candidate[i - 1]
  const runEnd = i + 1 >= tokens.length || !view.candidate[i + 1]
  out.push('k' + (runStart ? 1 : 0) + (runEnd ? 1 : 0))
  const code = view.gazetteer[i] as string
  if (code) out.push('g' + code)
  const codeBefore = view.gazetteer[i - 1]
  const codeAfter = view.gazetteer[i + 1]
  if (codeBefore) out.push('G' + codeBefore)
  if (codeAfter) out.push('h' + codeAfter)
  if (before && TITLE_WORDS.has(before.lower) && before.flags & TokenFlag.capitalised) out.push('q')
}

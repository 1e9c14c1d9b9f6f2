/**
 * A document as the name tagger reads it: its tokens, which of them may be
 * part of a name (capitalised words, and the connectors between them: "Bank
 * of England", "von der Leyen"), which texts are in capitals or title case
 * (where capitals say little), what the gazetteers say of each candidate,
 * and how each word is written elsewhere in the document ("Leicestershire"
 * in the body tells what "LEICESTERSHIRE" in the headline is).
 */
import { hashJoin, hashOf } from './hash.js'
import { lexicon, type Lexicon, type PlaceClass } from './lexicon.js'
import { TokenFlag, type Token } from './tokenize.js'

/** One text of the document, ready for the tagger. */
export interface TextView {
  tokens: Token[]
  /** 1 where a token may be part of a name (others are outside every name). */
  candidate: number[]
  /** Written in capitals (a wire headline, a dateline): capitals say nothing. */
  caps: boolean
  /** Most common words capitalised (a headline in title case). */
  titleCase: boolean
  /** Gazetteer code of each token (see {@link Gazetteer}), 0 for none. */
  gazetteer: number[]
  /** Shape of each token, filled as the tagger asks ({@link shapeAt}). */
  shapes: (string | undefined)[]
  /** {@link hashOf} each shape, filled with it. */
  shapeHashes: number[]
}

/** The whole document, as the tagger reads it. */
export interface DocumentView {
  texts: TextView[]
  /** Candidate words (hashes) also written in lower case somewhere in the document. */
  lowerSeen: Set<number>
  /** Candidate words (hashes) capitalised inside a sentence of a text not in capitals. */
  capSeen: Set<number>
}

/** Hashes of the words usually written in lower case (from the training data). */
export type CommonWords = ReadonlySet<number>

/** Gazetteer codes: a place's class and whether the token begins it, a first name, a demonym. */
export const Gazetteer = {
  none: 0,
  firstName: 9,
  demonym: 10,
  /** Codes 1 to 8: place classes, begin (odd) or inside (even). */
  placeBegin: (kind: PlaceClass): number => 1 + 2 * PLACE_CLASSES.indexOf(kind),
} as const
const PLACE_CLASSES: readonly PlaceClass[] = ['country', 'state', 'city', 'continent']

/** Lower-case words that join the parts of a name: "Bank of England", "von der Leyen". */
const CONNECTORS: ReadonlySet<string> = new Set(
  (
    'of de del della di da dos das do du des la le von van der den ter bin bint ibn al el y ' +
    'and & for on upon am an zu af st.'
  ).split(' '),
)
/** Connectors in a row at most ("de la", "von der"). */
const MAX_CONNECTORS = 2
/** A text in capitals has at least this share of its words in capitals. */
const CAPS_SHARE = 0.8
/**
 * A text is in title case when at least this share of its common words
 * (longer than SHORT_WORD: "of", "the" stay lower case in titles) are
 * capitalised inside the sentence, and it has at least TITLE_MIN_WORDS of
 * them (a headline: one).
 */
const TITLE_SHARE = 0.5
/** Lower-case common words beyond the share that title case allows (strictly more). */
const LOWER_MARGIN = 0.5
const SHORT_WORD = 3
const TITLE_MIN_WORDS = 2

/** Keys of the bitmap of wanted words: a length below 32 and a first character below 128. */
const SHAPE_KEYS = 32 * 128
const LENGTHS = 31
const FIRST_CHARS = 127

function shapeKey(length: number, first: number): number {
  return (Math.min(length, LENGTHS) << 7) | Math.min(first, FIRST_CHARS)
}

/** An array of `length` zeros. */
export function zeros(length: number): number[] {
  return new Array<number>(length).fill(0)
}

/** Reads a document whose texts are already tokenized; `headlines` flags the headline. */
export function viewDocument(
  texts: readonly Token[][],
  headlines: readonly boolean[],
  common: CommonWords,
): DocumentView {
  const lex = lexicon()
  const views = texts.map((tokens, i) => viewText(tokens, headlines[i] === true, common, lex))
  // Only candidates are asked about, so only their words are looked for; a
  // bitmap of their lengths and first letters turns most other words away
  // before their hash is made.
  const wanted = new Set<number>()
  const bits = new Uint32Array(SHAPE_KEYS >>> 5)
  for (const view of views) {
    const { tokens, candidate } = view
    for (let i = 0; i < tokens.length; i++) {
      if (!candidate[i]) continue
      const token = tokens[i] as Token
      wanted.add(token.hash)
      const key = shapeKey(token.lower.length, token.lower.charCodeAt(0))
      bits[key >>> 5]! |= 1 << (key & 31)
    }
  }
  const lowerSeen = new Set<number>()
  const capSeen = new Set<number>()
  for (const view of views) {
    if (view.caps || view.titleCase) continue
    for (const token of view.tokens) {
      const flags = token.flags
      if (!(flags & TokenFlag.word)) continue
      if (flags & TokenFlag.hasUpper) {
        if (!(flags & TokenFlag.sentenceStart) && wanted.has(token.hash)) capSeen.add(token.hash)
        continue
      }
      const key = shapeKey(token.end - token.start, token.first)
      if (!((bits[key >>> 5] as number) & (1 << (key & 31)))) continue
      if (wanted.has(token.hash)) lowerSeen.add(token.hash)
    }
  }
  return { texts: views, lowerSeen, capSeen }
}

function viewText(tokens: Token[], headline: boolean, common: CommonWords, lex: Lexicon): TextView {
  let words = 0
  let capitals = 0
  let longCapitals = 0
  let capitalisedCommon = 0
  // Plain arrays: most texts are short, and a typed array costs more to make than to use.
  const candidate = zeros(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const flags = token.flags
    if (!(flags & TokenFlag.hasUpper)) {
      if (flags & TokenFlag.word && !(flags & TokenFlag.hasDigit)) words++
      continue
    }
    candidate[i] = 1
    if (flags & TokenFlag.hasDigit) continue
    words++
    if (flags & TokenFlag.allCaps) {
      capitals++
      if (token.end - token.start > 1) longCapitals++
    }
    if (flags & TokenFlag.capitalised && isTitleWord(token) && common.has(token.hash))
      capitalisedCommon++
  }
  const caps = words > 0 && longCapitals > 0 && capitals >= words * CAPS_SHARE
  const titleCase =
    !caps &&
    capitalisedCommon >= (headline ? 1 : TITLE_MIN_WORDS) &&
    !moreLowerCommon(tokens, common, capitalisedCommon)
  markConnectors(tokens, candidate)
  if (!caps && !titleCase) dropSentenceOpeners(tokens, candidate, common)
  return {
    tokens,
    candidate,
    caps,
    titleCase,
    gazetteer: gazetteerCodes(tokens, candidate, lex),
    shapes: new Array<string | undefined>(tokens.length),
    shapeHashes: zeros(tokens.length),
  }
}

/** A word that title case would capitalise: not at a sentence start, longer than SHORT_WORD. */
function isTitleWord(token: Token): boolean {
  return !(token.flags & TokenFlag.sentenceStart) && token.end - token.start > SHORT_WORD
}

/**
 * Whether common words are more often in lower case than the `capitalised`
 * ones: looks words up only until it knows (most texts answer at once).
 */
function moreLowerCommon(
  tokens: readonly Token[],
  common: CommonWords,
  capitalised: number,
): boolean {
  const enough = Math.ceil((capitalised * (1 - TITLE_SHARE)) / TITLE_SHARE + LOWER_MARGIN)
  let lower = 0
  for (const token of tokens) {
    const flags = token.flags
    if (flags & (TokenFlag.hasUpper | TokenFlag.hasDigit) || !(flags & TokenFlag.word)) continue
    if (isTitleWord(token) && common.has(token.hash) && ++lower >= enough) return true
  }
  return false
}

/** Connectors inside a name: after a candidate and before one (at most MAX_CONNECTORS in a row). */
function markConnectors(tokens: readonly Token[], candidate: number[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (candidate[i] || !candidate[i - 1] || !CONNECTORS.has((tokens[i] as Token).lower)) continue
    let j = i + 1
    while (j < tokens.length && j < i + MAX_CONNECTORS && !candidate[j]) {
      if (!CONNECTORS.has((tokens[j] as Token).lower)) break
      j++
    }
    if (j < tokens.length && candidate[j]) candidate.fill(1, i, j)
  }
}

/**
 * A common word that opens a sentence ("The", "But", "He") and is not
 * followed by a capitalised word is no name: not worth the tagger's time.
 */
function dropSentenceOpeners(
  tokens: readonly Token[],
  candidate: number[],
  common: CommonWords,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (!candidate[i] || !(token.flags & TokenFlag.sentenceStart) || candidate[i + 1]) continue
    if (!(token.flags & TokenFlag.allCaps) && common.has(token.hash)) candidate[i] = 0
  }
}

/** Longest place from each candidate (within its run of candidates); first names and demonyms. */
function gazetteerCodes(tokens: readonly Token[], candidate: number[], lex: Lexicon): number[] {
  const codes = zeros(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    if (!candidate[i] || codes[i]) continue
    const token = tokens[i] as Token
    let key = token.hash
    let match = 0
    let kind: PlaceClass | undefined
    for (let n = 1; i + n <= tokens.length && candidate[i + n - 1]; n++) {
      if (n > 1) key = hashJoin(key, (tokens[i + n - 1] as Token).lower)
      const place = lex.places.get(key)
      if (place) {
        match = n
        kind = place
      }
      if (!lex.placeStarts.has(key)) break
    }
    if (kind) {
      const begin = Gazetteer.placeBegin(kind)
      codes[i] = begin
      codes.fill(begin + 1, i + 1, i + match)
      i += match - 1
    } else if (lex.firstNames.has(token.hash)) codes[i] = Gazetteer.firstName
    else if (lex.demonyms.has(token.hash)) codes[i] = Gazetteer.demonym
  }
  return codes
}

const FIRST_NON_ASCII = 0x80

/** The shape of token `i`: "Xx", "X.X.", "d-d", "XX" (computed once). */
export function shapeAt(view: TextView, i: number): string {
  const known = view.shapes[i]
  if (known !== undefined) return known
  const shape = shapeOf((view.tokens[i] as Token).text)
  view.shapes[i] = shape
  view.shapeHashes[i] = hashOf(shape)
  return shape
}

/** {@link hashOf} the shape of token `i`. */
export function shapeHashAt(view: TextView, i: number): number {
  if (view.shapes[i] === undefined) shapeAt(view, i)
  return view.shapeHashes[i] as number
}

/** Character classes in order, repeats collapsed: upper X, lower x, digit d, others as is. */
export function shapeOf(text: string): string {
  let shape = ''
  let last = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let kind: string
    if (code >= 0x30 && code <= 0x39) kind = 'd'
    else if (code >= 0x41 && code <= 0x5a) kind = 'X'
    else if (code >= 0x61 && code <= 0x7a) kind = 'x'
    else if (code < FIRST_NON_ASCII) kind = text.charAt(i)
    else {
      const char = text.charAt(i)
      const lower = char.toLowerCase()
      kind = lower === char.toUpperCase() ? char : char === lower ? 'x' : 'X'
    }
    if (kind !== last) shape += kind
    last = kind
  }
  return shape
}

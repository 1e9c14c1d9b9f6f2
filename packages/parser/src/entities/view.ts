/**
 * A document as the name tagger reads it: its tokens, which of them may be
 * part of a name (capitalised words, and the connectors between them: "Bank
 * of England", "von der Leyen"), which texts are in capitals or title case
 * (where capitals say little), what the gazetteers say of each candidate,
 * and how each word is written elsewhere in the document ("Leicestershire"
 * in the body tells what "LEICESTERSHIRE" in the headline is).
 *
 * Everything known of a token is in flat arrays over the document's tokens
 * (see tokenize.ts), indexed like them.
 */
import { isDiscourseOpener } from './discourse.js'
import { HASH_MASK, HASH_PRIME, HashSet } from './hash.js'
import { UNKNOWN_SHAPE } from './shape.js'
import { lexicon, type Lexicon, type PlaceClass } from './lexicon.js'
import {
  foldAt,
  hashOnToken,
  lowerAt,
  nameKey,
  tokenObjects,
  tokensFrom,
  TokenFlag,
  type Token,
  type Tokens,
} from './tokenize.js'
import { WordSet } from './words.js'

/** One text of the document, ready for the tagger: tokens `from`..`to` of the document. */
export class TextView {
  #tokens: Token[] | null = null
  constructor(
    private readonly all: Tokens,
    private readonly allCandidates: Uint8Array,
    /** The text's index. */
    readonly index: number,
    readonly from: number,
    readonly to: number,
    /** Written in capitals (a wire headline, a dateline): capitals say nothing. */
    readonly caps: boolean,
    /** Most common words capitalised (a headline in title case). */
    readonly titleCase: boolean,
    /** The article's headline, whatever its capitals. */
    readonly headline: boolean,
  ) {}

  /** The text. */
  get value(): string {
    return this.all.values[this.index] as string
  }

  /** The tokens as objects (for the training scripts: the tagger reads the arrays). */
  get tokens(): Token[] {
    return (this.#tokens ??= tokenObjects(this.all, this.index))
  }

  /** 1 where a token of the text may be part of a name, by index in the text. */
  get candidate(): Uint8Array {
    return this.allCandidates.subarray(this.from, this.to)
  }
}

/** The whole document, as the tagger reads it. */
export interface DocumentView {
  tokens: Tokens
  texts: TextView[]
  /** 1 where a token may be part of a name (others are outside every name). */
  candidate: Uint8Array
  /** Gazetteer code of each token (see {@link Gazetteer}), 0 for none. */
  gazetteer: Uint8Array
  /** {@link hashOf} each token's shape, filled as the tagger asks (see shape.ts); -1 until then. */
  shapeHash: Int32Array
  /** Candidate words (hashes) also written in lower case somewhere in the document. */
  lowerSeen: HashSet
  /** Candidate words (hashes) capitalised inside a sentence of a text not in capitals. */
  capSeen: HashSet
}

/** Hashes of the words usually written in lower case (from the training data). */
export interface CommonWords {
  has(hash: number): boolean
}

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
const CONNECTORS = new WordSet(
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

/** Reads a document given as token lists (as the training scripts make them); `headlines` flags the headline. */
export function viewDocument(
  texts: readonly (readonly Token[])[],
  headlines: readonly boolean[],
  common: CommonWords,
): DocumentView {
  return viewTokens(tokensFrom(texts), headlines, common)
}

/** Reads a document whose texts are tokenized into `tokens`; `headlines` flags the headline. */
export function viewTokens(
  tokens: Tokens,
  headlines: readonly boolean[],
  common: CommonWords,
): DocumentView {
  const lex = lexicon()
  const count = tokens.count
  const candidate = new Uint8Array(count)
  const gazetteer = new Uint8Array(count)
  const texts: TextView[] = []
  for (let t = 0; t < tokens.values.length; t++) {
    const from = tokens.textStart[t] as number
    const to = tokens.textStart[t + 1] as number
    const { caps, titleCase } = readText(tokens, from, to, candidate, headlines[t] === true, common)
    gazetteerCodes(tokens, from, to, candidate, gazetteer, lex)
    texts.push(new TextView(tokens, candidate, t, from, to, caps, titleCase, headlines[t] === true))
  }
  const { lowerSeen, capSeen } = seen(tokens, texts, candidate)
  const shapeHash = new Int32Array(count).fill(UNKNOWN_SHAPE)
  return { tokens, texts, candidate, gazetteer, shapeHash, lowerSeen, capSeen }
}

/**
 * How the document writes its candidates elsewhere: in lower case, or
 * capitalised inside a sentence. Only candidates are asked about, so only
 * their words are looked for; a bitmap of their lengths and first letters
 * turns most other words away before their hash is looked up.
 */
function seen(
  tokens: Tokens,
  texts: readonly TextView[],
  candidate: Uint8Array,
): { lowerSeen: HashSet; capSeen: HashSet } {
  const { hash, flags, start, end, text, values } = tokens
  let candidates = 0
  for (let k = 0; k < tokens.count; k++) candidates += candidate[k] as number
  // Sized for every candidate at once: the sets never grow.
  const wanted = new HashSet(candidates)
  const bitmap = new Uint32Array(SHAPE_KEYS >>> 5)
  for (let k = 0; k < tokens.count; k++) {
    if (!candidate[k]) continue
    wanted.add(hash[k] as number)
    let length: number
    let first: number
    if ((flags[k] as number) & TokenFlag.complex) {
      const lower = lowerAt(tokens, k)
      length = lower.length
      first = lower.charCodeAt(0)
    } else {
      length = (end[k] as number) - (start[k] as number)
      first = foldAt(values[text[k] as number] as string, start[k] as number)
    }
    const key = shapeKey(length, first)
    bitmap[key >>> 5]! |= 1 << (key & 31)
  }
  const lowerSeen = new HashSet(candidates)
  const capSeen = new HashSet(candidates)
  for (const view of texts) {
    if (view.caps || view.titleCase) continue
    const value = view.value
    for (let k = view.from; k < view.to; k++) {
      const bits = flags[k] as number
      if (!(bits & TokenFlag.word)) continue
      if (bits & TokenFlag.hasUpper) {
        if (!(bits & TokenFlag.sentenceStart) && wanted.has(hash[k] as number))
          capSeen.add(hash[k] as number)
        continue
      }
      const at = start[k] as number
      const key = shapeKey((end[k] as number) - at, value.charCodeAt(at))
      if (!((bitmap[key >>> 5] as number) & (1 << (key & 31)))) continue
      if (wanted.has(hash[k] as number)) lowerSeen.add(hash[k] as number)
    }
  }
  return { lowerSeen, capSeen }
}

/** Marks the candidates of tokens `from`..`to` (one text); says whether it is in capitals or title case. */
function readText(
  tokens: Tokens,
  from: number,
  to: number,
  candidate: Uint8Array,
  headline: boolean,
  common: CommonWords,
): { caps: boolean; titleCase: boolean } {
  const { flags, start, end, hash } = tokens
  let words = 0
  let capitals = 0
  let longCapitals = 0
  let capitalisedCommon = 0
  for (let k = from; k < to; k++) {
    const bits = flags[k] as number
    if (!(bits & TokenFlag.hasUpper)) {
      if (bits & TokenFlag.word && !(bits & TokenFlag.hasDigit)) words++
      continue
    }
    candidate[k] = 1
    if (bits & TokenFlag.hasDigit) continue
    words++
    if (bits & TokenFlag.allCaps) {
      capitals++
      if ((end[k] as number) - (start[k] as number) > 1) longCapitals++
    }
    if (
      bits & TokenFlag.capitalised &&
      isTitleWord(tokens, k) &&
      common.has(hash[k] as number) &&
      (headline || !inKnownPlace(tokens, k, from, to))
    )
      capitalisedCommon++
  }
  const caps = words > 0 && longCapitals > 0 && capitals >= words * CAPS_SHARE
  const titleCase =
    !caps &&
    capitalisedCommon >= (headline ? 1 : TITLE_MIN_WORDS) &&
    !readsLowerCase(tokens, from, to, common, capitalisedCommon, headline)
  markConnectors(tokens, from, to, candidate)
  if (!caps && !titleCase) dropSentenceOpeners(tokens, from, to, candidate, common)
  return { caps, titleCase }
}

/**
 * Whether token `k` and a capitalised word beside it name a place the lists
 * know ("United" of "the United States"): capitalised in any text, they say
 * nothing of title case.
 */
function inKnownPlace(tokens: Tokens, k: number, from: number, to: number): boolean {
  const { places } = lexicon()
  const capital = (j: number): boolean =>
    j >= from && j < to && ((tokens.flags[j] as number) & TokenFlag.capitalised) !== 0
  return (
    (capital(k - 1) && places.has(nameKey(tokens, k - 1, k))) ||
    (capital(k + 1) && places.has(nameKey(tokens, k, k + 1)))
  )
}

/** A word that title case would capitalise: not at a sentence start, longer than SHORT_WORD. */
function isTitleWord(tokens: Tokens, k: number): boolean {
  return (
    !((tokens.flags[k] as number) & TokenFlag.sentenceStart) &&
    (tokens.end[k] as number) - (tokens.start[k] as number) > SHORT_WORD
  )
}

/**
 * Whether a text reads as written in lower case, not in title case: its
 * common words are more often in lower case than the `capitalised` ones; or,
 * in a paragraph of the body (not a `headline`, which may be written loosely),
 * one common word that title case would capitalise is in lower case (not a
 * preposition or conjunction: "former" in "Count former Mexican President
 * Felipe Calderon among ..."). Looks words up only until it knows.
 */
function readsLowerCase(
  tokens: Tokens,
  from: number,
  to: number,
  common: CommonWords,
  capitalised: number,
  headline: boolean,
): boolean {
  const enough = Math.ceil((capitalised * (1 - TITLE_SHARE)) / TITLE_SHARE + LOWER_MARGIN)
  let lower = 0
  for (let k = from; k < to; k++) {
    const bits = tokens.flags[k] as number
    if (bits & (TokenFlag.hasUpper | TokenFlag.hasDigit) || !(bits & TokenFlag.word)) continue
    if (!isTitleWord(tokens, k) || !common.has(tokens.hash[k] as number)) continue
    if (++lower >= enough || (!headline && !TITLE_LOWER_WORDS.hasToken(tokens, k))) return true
  }
  return false
}

/**
 * Words longer than SHORT_WORD that title case leaves in lower case:
 * prepositions, conjunctions, and the words that open a clause ("that",
 * "when", "while", "whether").
 */
const TITLE_LOWER_WORDS = new WordSet([
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'among',
  'around',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'despite',
  'down',
  'during',
  'except',
  'from',
  'inside',
  'into',
  'like',
  'near',
  'onto',
  'over',
  'past',
  'since',
  'than',
  'that',
  'through',
  'toward',
  'towards',
  'under',
  'until',
  'upon',
  'versus',
  'with',
  'within',
  'without',
  'when',
  'while',
  'whether',
])

/** Connectors inside a name: after a candidate and before one (at most MAX_CONNECTORS in a row). */
function markConnectors(tokens: Tokens, from: number, to: number, candidate: Uint8Array): void {
  for (let k = from + 1; k < to - 1; k++) {
    if (candidate[k] || !candidate[k - 1] || !CONNECTORS.hasToken(tokens, k)) continue
    let j = k + 1
    while (j < to && j < k + MAX_CONNECTORS && !candidate[j]) {
      if (!CONNECTORS.hasToken(tokens, j)) break
      j++
    }
    if (j < to && candidate[j]) candidate.fill(1, k, j)
  }
}

/**
 * A common word that opens a sentence ("The", "But", "He") and is not
 * followed by a capitalised word is no name: not worth the tagger's time;
 * nor is a discourse word ("Moreover,", "Basically,": see discourse.ts).
 */
function dropSentenceOpeners(
  tokens: Tokens,
  from: number,
  to: number,
  candidate: Uint8Array,
  common: CommonWords,
): void {
  for (let k = from; k < to; k++) {
    const bits = tokens.flags[k] as number
    // The token after the text's last is not a candidate of this text.
    if (!candidate[k] || !(bits & TokenFlag.sentenceStart) || (k + 1 < to && candidate[k + 1]))
      continue
    if (bits & TokenFlag.allCaps) continue
    if (common.has(tokens.hash[k] as number) || isDiscourseOpener(tokens, k, to)) candidate[k] = 0
  }
}

/** Longest place from each candidate (within its run of candidates); first names and demonyms. */
function gazetteerCodes(
  tokens: Tokens,
  from: number,
  to: number,
  candidate: Uint8Array,
  codes: Uint8Array,
  lex: Lexicon,
): void {
  for (let k = from; k < to; k++) {
    if (!candidate[k] || codes[k]) continue
    const hash = tokens.hash[k] as number
    // In no gazetteer, as most candidates: no code.
    if (!lex.known.has(hash)) continue
    let key = hash
    let match = 0
    let kind: PlaceClass | undefined
    for (let n = 1; k + n <= to && candidate[k + n - 1]; n++) {
      if (n > 1)
        key = hashOnToken(Math.imul(key ^ SPACE, HASH_PRIME) & HASH_MASK, tokens, k + n - 1)
      if (!lex.known.has(key)) break
      const place = lex.places.get(key)
      if (place) {
        match = n
        kind = place
      }
      if (!lex.placeStarts.has(key)) break
    }
    if (kind) {
      const begin = Gazetteer.placeBegin(kind)
      codes[k] = begin
      codes.fill(begin + 1, k + 1, k + match)
      k += match - 1
    } else if (lex.firstNames.has(hash)) codes[k] = Gazetteer.firstName
    else if (lex.demonyms.has(hash)) codes[k] = Gazetteer.demonym
  }
}
const SPACE = 0x20

/** One flag per token of the document: 1 where one of `names` covers it. */
export function tokensCovered(
  doc: DocumentView,
  names: readonly { text: number; first: number; last: number }[],
): Uint8Array {
  const covered = new Uint8Array(doc.tokens.count)
  for (const name of names) {
    const from = (doc.texts[name.text] as TextView).from
    covered.fill(1, from + name.first, from + name.last + 1)
  }
  return covered
}

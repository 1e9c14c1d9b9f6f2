/**
 * Attribution: the cue ("said", "told reporters", "according to") and the
 * source ("Zelensky", "he", "the Kremlin") of a quotation or of reported
 * speech, read from the words around it in its sentence:
 *   "Q," X said / "Q," said X / "Q," X, the title, said / X said: "Q" /
 *   X said, "Q" / X said ... "Q" (partial) / according to X, "Q".
 */
import { SPEECH_VERBS, STANCE_VERBS } from '../lexicon/speech.js'
import { ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS } from '../lexicon/titles.js'
import type { QuotedRanges } from './ranges.js'
import { wordsBetween, wordsIn, type Word } from './words.js'

/** A cue and a source, as value ranges of the segment. */
export interface Attribution {
  cue: { start: number; end: number }
  source: { start: number; end: number } | null
}

/** Words that may stand between a source and its verb: "has", "also", "later". */
const BETWEEN_SOURCE_AND_CUE = new Set([
  'has',
  'have',
  'had',
  'would',
  'will',
  'also',
  'later',
  'then',
  'again',
  'once',
  'reportedly',
  'previously',
  'repeatedly',
  'recently',
  'further',
  'is',
  'was',
  'were',
  'are',
  'did',
  'does',
  'do',
  'not',
  'never',
  'just',
  'already',
  'still',
  'often',
  'even',
  'publicly',
  'privately',
  'separately',
  'subsequently',
  'earlier',
  'had',
  'been',
  'has',
  'could',
  'might',
  'may',
  'should',
  'must',
  'can',
  'once',
  'frequently',
  'flatly',
  'simply',
  'quickly',
  'angrily',
  'proudly',
  'bluntly',
  'famously',
  'openly',
  'told',
  'recently',
  'herself',
  'himself',
])
/** Lower-case words in "-ly" that are nouns, not adverbs. */
const LY_NOUNS = new Set([
  'family',
  'ally',
  'rally',
  'assembly',
  'supply',
  'reply',
  'bully',
  'belly',
])

/** An auxiliary or an adverb between a source and its verb: "has", "forcefully". */
function isBetweenSourceAndCue(word: Word): boolean {
  if (BETWEEN_SOURCE_AND_CUE.has(word.lower)) return true
  return /^[a-z]{3,}ly$/u.test(word.text) && !LY_NOUNS.has(word.text)
}

/** Words a source never holds: they end the backward scan. */
const SOURCE_STOPS = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'whom',
  'while',
  'as',
  'when',
  'because',
  'if',
  'to',
  'after',
  'before',
  'since',
  'where',
  'so',
  'than',
  'though',
  'although',
  'what',
  'how',
  'said',
  'says',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'about',
  'into',
  'over',
])
const MAX_SOURCE_WORDS = 7
/** Cues that introduce their source after them: "according to X". */
const ACCORDING = 'according'
/** How far (in words) a cue may stand from the quotation it attributes. */
const MAX_CUE_DISTANCE = 12
/** After a quote, an appositive may stand between the source and the cue: "X, the head of Y, said". */
const MAX_APPOSITIVE_WORDS = 30

/**
 * The attribution of a quotation at [open, close] of `value`, inside the
 * sentence [sentenceStart, sentenceEnd), with `quoted` ranges to skip.
 */
export function attributeQuote(
  value: string,
  open: number,
  close: number,
  sentenceStart: number,
  sentenceEnd: number,
  quoted: QuotedRanges,
  words: readonly Word[] = wordsIn(value, sentenceStart, sentenceEnd),
): Attribution | null {
  const outside = (word: Word): boolean => !quoted.contains(word.start)
  const after = wordsBetween(
    words,
    Math.min(close + 1, value.length),
    Math.max(close + 1, sentenceEnd),
  ).filter(outside)
  const before = wordsBetween(words, sentenceStart, open).filter(outside)
  // "Q," X said: only a quote that ends its clause (punctuation at its end or a comma after it).
  // A quote that opens its sentence is attributed after it even without a comma: '"Q" Hannity said'.
  const opensSentence = before.length === 0
  const endsClause =
    opensSentence ||
    /[,.!?…]$/u.test(value.slice(open + 1, close).trimEnd()) ||
    after[0]?.text === ','
  const following = endsClause ? afterQuote(after) : null
  if (following?.source) return following
  return beforeQuote(before) ?? asideAttribution(after) ?? following
}

/**
 * An attribution that opens the sentence after a quote ending in its own
 * stop: '"Why not?" Rubio said.' / '"We will." Said Jones, later.'
 */
export function attributeFromNextSentence(
  value: string,
  close: number,
  nextEnd: number,
  quoted: QuotedRanges,
  words: readonly Word[],
): Attribution | null {
  const next = wordsBetween(words, Math.min(close + 1, value.length), nextEnd).filter(
    (word) => !quoted.contains(word.start),
  )
  return leadingAttribution(next, 0)
}

/** Most words an attribution set off by commas holds: "he said in a statement on Monday". */
const MAX_ASIDE_WORDS = 10

/**
 * An attribution set off by commas later in the sentence than a quote that
 * does not end its clause: 'a "good" job, he said.' / 'Any "cleareyed"
 * reading, said Michael Kofman, an expert, would ...'.
 */
function asideAttribution(after: readonly Word[]): Attribution | null {
  for (let c = 0; c < after.length; c++) {
    if ((after[c] as Word).text !== ',') continue
    const found = leadingAttribution(after, c + 1)
    if (found) return found
  }
  return null
}

/** "he said" / "said X" / "X, the title, said" as the words from `from` up to a comma or the end. */
function leadingAttribution(words: readonly Word[], from: number): Attribution | null {
  let end = from
  while (end < words.length && (words[end] as Word).text !== ',') end++
  if (end - from === 0 || end - from > MAX_ASIDE_WORDS) return null
  for (let k = from; k < end; k++) {
    const word = words[k] as Word
    if (word.punct) return null
    if (!isCue(words, k) || word.lower.endsWith('ing')) continue
    const cue = { start: word.start, end: word.end }
    const head = words.slice(from, k).filter((w) => !BETWEEN_SOURCE_AND_CUE.has(w.lower))
    if (head.length === 0) {
      const source = forwardSource(words, k + 1)
      return source ? { cue, source } : null
    }
    if (head.length > MAX_SOURCE_WORDS || head.some((w) => SOURCE_STOPS.has(w.lower))) return null
    return { cue, source: spanOf(head) }
  }
  return null
}

/** Marks that set a name off after a quote: '"Q." ― Azucena Gonzàlez'. */
const DASHES = new Set(['―', '—', '–', '-'])
/** Most words of a name signed after a dash. */
const MAX_SIGNATURE_WORDS = 5

/** "Q," X said / "Q," said X / "Q," according to X / "Q." ― X. */
function afterQuote(words: readonly Word[]): Attribution | null {
  const dash = words[0]
  if (dash && DASHES.has(dash.text)) return signature(words, dash)
  let i = 0
  while (i < words.length && (words[i] as Word).punct) i++
  const limit = Math.min(words.length, i + MAX_APPOSITIVE_WORDS)
  for (let k = i; k < limit; k++) {
    const word = words[k] as Word
    if (word.punct && word.text !== ',' && word.text !== '(' && word.text !== ')') break
    // Without a comma in between, the cue must come soon: "'Q,' Zelensky said".
    if (k - i >= MAX_CUE_DISTANCE && !words.slice(i, k).some((w) => w.text === ',')) break
    if (word.lower === ACCORDING && words[k + 1]?.lower === 'to') {
      return {
        cue: { start: word.start, end: (words[k + 1] as Word).end },
        source: forwardSource(words, k + 2),
      }
    }
    if (!isCue(words, k)) continue
    const cue = { start: word.start, end: word.end }
    // Words between the quote and the cue are the source ("Zelensky said"), or none ("said X").
    const between = words.slice(i, k).filter((w) => !BETWEEN_SOURCE_AND_CUE.has(w.lower) || w.punct)
    if (between.length === 0) return { cue, source: forwardSource(words, k + 1) }
    const firstChunk: Word[] = []
    for (const w of between) {
      if (w.punct) break
      firstChunk.push(w)
    }
    // '"Q" for criminal behavior, she said': the words after the last comma, when the first
    // words go on with the quote rather than name anyone.
    if (firstChunk.length > 0 && SOURCE_STOPS.has((firstChunk[0] as Word).lower)) {
      const comma = between.map((w) => w.text).lastIndexOf(',')
      const lastChunk = between.slice(comma + 1)
      if (comma < 0 || lastChunk.length === 0 || lastChunk.length > MAX_SOURCE_WORDS) return null
      if (lastChunk.some((w) => w.punct || SOURCE_STOPS.has(w.lower))) return null
      return { cue, source: spanOf(lastChunk) }
    }
    if (firstChunk.length === 0 || firstChunk.length > MAX_SOURCE_WORDS) return null
    return { cue, source: spanOf(firstChunk) }
  }
  return null
}

/** The capitalised name after a dash that signs a quote, the dash its cue. */
function signature(words: readonly Word[], dash: Word): Attribution | null {
  let end = 1
  while (end < words.length && end <= MAX_SIGNATURE_WORDS) {
    const word = words[end] as Word
    if (word.punct || !/^\p{Lu}/u.test(word.text)) break
    end++
  }
  const next = words[end]
  if (end === 1 || (next && !next.punct)) return null
  return { cue: { start: dash.start, end: dash.end }, source: spanOf(words.slice(1, end)) }
}

/**
 * X said: "Q" / X said, "Q" / X said ... "Q". A cue right before the quote
 * wins; otherwise the first reporting verb of the sentence (the main clause
 * reports; a verb inside the reported words does not).
 */
function beforeQuote(words: readonly Word[]): Attribution | null {
  // "Chris Matthews: 'Q'": a name and a colon, as in a transcript.
  const colon = words[words.length - 1]
  if (colon?.text === ':' && words.length >= 2 && words.length <= MAX_SOURCE_WORDS + 1) {
    const name = words.slice(0, -1)
    if (name.every((word) => !word.punct && /^\p{Lu}/u.test(word.text))) {
      return { cue: { start: colon.start, end: colon.end }, source: spanOf(name) }
    }
  }
  const cues: number[] = []
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word
    if (word.punct) continue
    if (word.lower === 'to' && words[k - 1]?.lower === ACCORDING) cues.push(k)
    else if (isCue(words, k)) cues.push(k)
  }
  if (cues.length > 0) {
    const nearest = cues[cues.length - 1] as number
    const gap = words.slice(nearest + 1).filter((word) => !word.punct).length
    // "X defended the plan, calling it 'Q'": the quote is the participle's, however far.
    const participle = isParticiple(words, nearest)
    const order = gap <= 2 || participle ? [nearest, ...cues.slice(0, -1)] : cues
    for (const k of order) {
      const found = cueAt(words, k)
      if (found) return found
    }
  }
  return stanceBefore(words) ?? colonIntroduction(words)
}

/** "Trump blamed the shootings on 'sickos'": a stance verb whose object holds the quote. */
function stanceBefore(words: readonly Word[]): Attribution | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k] as Word
    if (word.punct || !STANCE_VERBS.has(word.lower) || isNoun(words, k)) continue
    const source = backwardSource(words, k - 1)
    return source ? { cue: { start: word.start, end: word.end }, source } : null
  }
  return null
}

/**
 * "President Clinton released the following statement: 'Q'" / "Transcript as
 * follows: 'Q'": a sentence that introduces the quote with a colon and no
 * reporting verb. Its subject is the source; the words up to the colon, the cue.
 */
function colonIntroduction(words: readonly Word[]): Attribution | null {
  const colon = words[words.length - 1]
  if (colon?.text !== ':') return null
  const source = subjectOf(words)
  if (source === null) return null
  const subject = words.filter((word) => word.start >= source.start && word.end <= source.end)
  const named = subject.some(
    (word) =>
      /^\p{Lu}/u.test(word.text) && !DETERMINERS.has(word.lower) && !OPENERS.has(word.lower),
  )
  if (!named && !(subject.length === 1 && SUBJECT_PRONOUNS.has((subject[0] as Word).lower)))
    return null
  const first = words.findIndex((word) => word.start >= source.end)
  const cueStart = (words[first] as Word).start
  return { cue: { start: cueStart, end: colon.end }, source }
}

/** Capitalised words that open sentences but name no one. */
const OPENERS = new Set([
  'here',
  'here’s',
  "here's",
  'this',
  'that',
  'these',
  'it',
  'there',
  'what',
  'so',
  'but',
  'and',
  'now',
  'then',
  'yes',
  'no',
  'still',
  'also',
  'in',
  'on',
  'at',
  'for',
  'as',
  'if',
  'when',
  'why',
  'how',
])

/** The attribution whose cue is word `k`, with its source, or null when no source is found. */
function cueAt(words: readonly Word[], k: number): Attribution | null {
  const word = words[k] as Word
  if (word.lower === 'to' && words[k - 1]?.lower === ACCORDING) {
    const cueWord = words[k - 1] as Word
    const source = forwardSource(words, k + 1)
    return source ? { cue: { start: cueWord.start, end: word.end }, source } : null
  }
  const cue = { start: word.start, end: word.end }
  // "X rallied supporters, saying: 'Q'": a participle's source is the sentence's subject,
  // or the source of the verb before it ("'Q1,' she said, adding: 'Q2'").
  if (word.lower.endsWith('ing') && words[k - 1]?.text === ',') {
    const subject = subjectOf(words) ?? earlierSource(words, k)
    return subject ? { cue, source: subject } : null
  }
  const backward = backwardSource(words, k - 1)
  if (backward) return { cue, source: backward }
  // "... and added: 'Q'": a second verb of the same subject.
  if (words[k - 1]?.lower === 'and' || words[k - 2]?.lower === 'and') {
    const subject = subjectOf(words)
    if (subject) return { cue, source: subject }
  }
  // Inverted, before the quote: "said Jones: 'Q'".
  const next = words[k + 1]
  if (next && /^\p{Lu}/u.test(next.text)) {
    const forward = forwardSource(words, k + 1)
    if (forward) return { cue, source: forward }
  }
  return null
}

/** The source phrase ending just before word `from` (skipping auxiliaries and adverbs). */
export function backwardSource(
  words: readonly Word[],
  from: number,
): { start: number; end: number } | null {
  let k = from
  while (k >= 0 && isBetweenSourceAndCue(words[k] as Word)) k--
  // "Sen. Marco Rubio (R-Fla.) said" / "Gov. John Kasich (R-OH), said": past a parenthesis to the name.
  if (words[k]?.text === ',' && words[k - 1]?.text === ')') k--
  if (words[k]?.text === ')') {
    let open = k - 1
    while (open >= 0 && k - open <= MAX_NAME_WORDS + 2 && (words[open] as Word).text !== '(') open--
    if (open > 0 && (words[open] as Word).text === '(') k = open - 1
  }
  // "the attorney general, Pam Bondi, vowed": the name set off by commas after a title.
  const named = nameBetweenCommas(words, k)
  if (named) return named
  // "Dante Scala, a political scientist at the university, said": past the appositive to the name.
  if (words[k]?.text === ',') {
    let open = k - 1
    while (open >= 0 && k - open <= MAX_APPOSITIVE_WORDS && (words[open] as Word).text !== ',')
      open--
    if (
      open > 0 &&
      (words[open] as Word).text === ',' &&
      /^\p{Lu}/u.test(words[open - 1]?.text ?? '')
    )
      k = open - 1
  }
  let phrase = phraseBefore(words, k)
  // "Mr. Slinker, who runs Paradata, ..., said": past a relative clause to the name before it.
  const stop = k - phrase.length
  if (
    (words[stop]?.lower === 'who' || words[stop]?.lower === 'which') &&
    words[stop - 1]?.text === ',' &&
    /^\p{Lu}/u.test(words[stop - 2]?.text ?? '')
  ) {
    phrase = phraseBefore(words, stop - 2)
  }
  // "A Quinnipiac poll in late August found": past a time phrase to the subject before it.
  const after = k - phrase.length
  if (
    phrase.length > 0 &&
    phrase.every(isTimeWord) &&
    TIME_PREPOSITIONS.has(words[after]?.lower ?? '')
  ) {
    phrase = phraseBefore(words, after - 1)
  }
  if (phrase.length > 0 && !phrase.every(isTimeWord)) return spanOf(trimLeadingLowercase(phrase))
  // "Marley Anderson, 21, a junior from Las Vegas, said": the named subject before the asides.
  if (words[k]?.text === ',' || words[k]?.text === ')')
    return subjectBeforeAside(words.slice(0, k + 1))
  return null
}

/** Prepositions that open a time phrase: "in late August". */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'since', 'by', 'until'])
const TIME_WORD =
  /^(?:\d[\d,.]*|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|early|late|mid|last|next|this|week|month|year|today|yesterday|the)$/u

/** A word of a date or time: "late", "August", "2001". */
function isTimeWord(word: Word): boolean {
  return TIME_WORD.test(word.lower)
}

/** The words ending at word `k`, back to a stop, a mark or a reporting verb. */
function phraseBefore(words: readonly Word[], k: number): Word[] {
  const phrase: Word[] = []
  for (let i = k; i >= 0 && phrase.length < MAX_SOURCE_WORDS; i--) {
    const word = words[i] as Word
    // A reporting verb ends the phrase; a capitalised one is a name: "The Huffington Post".
    const verb = SPEECH_VERBS.has(word.lower) && word.text === word.lower
    if (word.punct || SOURCE_STOPS.has(word.lower) || verb) break
    phrase.unshift(word)
  }
  return phrase
}

/** Most words of a name set off by commas: "Pam Bondi", "Lee C. Bollinger". */
const MAX_NAME_WORDS = 4

/** The capitalised name between the comma at `k` and the comma before it, after a lower-case title. */
function nameBetweenCommas(
  words: readonly Word[],
  k: number,
): { start: number; end: number } | null {
  if (words[k]?.text !== ',') return null
  let open = k - 1
  while (open >= 0 && k - open <= MAX_NAME_WORDS + 1 && (words[open] as Word).text !== ',') open--
  if (open <= 0 || (words[open] as Word).text !== ',' || k - open < 2) return null
  const name = words.slice(open + 1, k)
  if (!name.every((word) => !word.punct && /^\p{Lu}/u.test(word.text))) return null
  const title = words[open - 1] as Word
  // After a title ("the attorney general, Pam Bondi,"), or a full name of its own.
  const afterTitle = /^\p{Ll}/u.test(title.text) && !SOURCE_STOPS.has(title.lower)
  return afterTitle || name.length >= 2 ? spanOf(name) : null
}

/** Words before which a reporting verb is a noun: "the report", "his remarks". */
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'whose',
  'of',
])

/** Whether word `k` is an -ing form after a comma: "..., saying". */
function isParticiple(words: readonly Word[], k: number): boolean {
  return (words[k] as Word).lower.endsWith('ing') && words[k - 1]?.text === ','
}

/** Words after which "state" is a verb: "to state", "they state". */
const STATE_AS_VERB = new Set([
  'to',
  'will',
  'would',
  'did',
  'does',
  'also',
  'who',
  'which',
  'they',
  'we',
  'i',
  'you',
])

/** Whether word `k` is a reporting verb used as a verb: lower case, not after a determiner. */
export function isCue(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  // "as Rosenthal recently put it, 'Q'".
  if ((word.lower === 'put' || word.lower === 'puts') && words[k + 1]?.lower === 'it') return true
  if (word.punct || !SPEECH_VERBS.has(word.lower)) return false
  // "home state", "its decrepit state", "Indiana state firefighters": a noun.
  if (
    (word.lower === 'state' || word.lower === 'states') &&
    !STATE_AS_VERB.has(words[k - 1]?.lower ?? '') &&
    words[k + 1]?.lower !== 'that' &&
    words[k + 1]?.text !== ':'
  )
    return false
  if (k > 0 && /^\p{Lu}/u.test(word.text) && !(words[k - 1] as Word).punct) return false
  return !isNoun(words, k)
}

/** Whether word `k` follows a determiner or a possessive, as a noun: "the report", "Clark’s comments". */
export function isNoun(words: readonly Word[], k: number): boolean {
  const previous = words[k - 1]?.lower ?? ''
  // "a letter that says", "the report that found": a relative clause's verb.
  if (
    previous === 'that' &&
    /(?:s|ed)$|^(?:said|told|wrote|found|thought)$/u.test(words[k]?.lower ?? '')
  )
    return false
  return NOUN_MARKERS.has(previous) || (POSSESSIVE.test(previous) && !HAS.test(previous))
}

const POSSESSIVE = /(?:['’]s|s['’])$/u
/** "he’s said": a pronoun with "has", not a possessive. */
const HAS = /^(?:he|she|it|that|who|there|what|where|here|one)['’]s$/u

/** The source of a reporting verb before word `k` in the same words: "she said, adding". */
function earlierSource(words: readonly Word[], k: number): { start: number; end: number } | null {
  for (let j = k - 1; j >= 0; j--) {
    if (!isCue(words, j)) continue
    const source = backwardSource(words, j - 1) ?? forwardSource(words, j + 1)
    if (source) return source
  }
  return null
}

/** The subject of a sentence: its opening noun phrase, after an opening phrase set off by a comma. */
export function subjectOf(words: readonly Word[]): { start: number; end: number } | null {
  let k = subjectStart(words)
  if (k < 0) return null
  const phrase: Word[] = []
  for (; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct) break
    const capital = /^[\p{Lu}\p{N}]/u.test(word.text)
    if (phrase.length === 0 && SUBJECT_PRONOUNS.has(word.lower)) return spanOf([word])
    // "Western diplomats", "Russian officials": a capitalised modifier and a role noun.
    if (!capital && phrase.length > 0 && isRoleNoun(word.lower)) {
      phrase.push(word)
      break
    }
    if (!capital && !DETERMINERS.has(word.lower) && phrase.length > 0) break
    if (!capital && !DETERMINERS.has(word.lower)) return null
    phrase.push(word)
  }
  return phrase.length > 0 ? spanOf(phrase) : null
}

/**
 * Where the subject of a sentence starts: past opening marks, a dateline and an
 * opening phrase set off by a comma; -1 when such a phrase has no comma.
 */
function subjectStart(words: readonly Word[]): number {
  let k = 0
  // Past an opening quotation's marks and commas: "'Q1,' she said, adding: 'Q2'".
  while (k < words.length && (words[k] as Word).punct) k++
  k = pastDateline(words, k)
  if (CONJUNCTION_OPENERS.has(words[k]?.lower ?? '')) k++
  // Past an opening phrase: "In an interview with the Journal, Trump said", "However, he said".
  const opener = words[k]
  if (opener && (SOURCE_STOPS.has(opener.lower) || SENTENCE_ADVERBS.has(opener.lower))) {
    let comma = k + 1
    while (comma < words.length && comma - k <= MAX_OPENING_WORDS && words[comma]?.text !== ',')
      comma++
    if (words[comma]?.text !== ',') return -1
    k = comma + 1
  }
  return k
}

/** Conjunctions that open a sentence before its subject: "Yet some voters ...". */
const CONJUNCTION_OPENERS = new Set(['yet', 'and', 'but', 'so'])
/** Words after which a subject goes on in an aside: "Jillian Chase, 27, ...", "voters who ...". */
const ASIDE_OPENERS = new Set([',', '(', 'who', 'which', 'whose'])

/**
 * The subject of a sentence whose verb comes after asides: "Marley Anderson,
 * 21, a junior from Las Vegas, said" / "some voters who have listened ...,
 * said" / "Mrs. Clinton's presidential campaign, which ..., said".
 */
function subjectBeforeAside(words: readonly Word[]): { start: number; end: number } | null {
  const start = subjectStart(words)
  if (start < 0) return null
  const phrase: Word[] = []
  let k = start
  for (; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct || SOURCE_STOPS.has(word.lower)) break
    if (SPEECH_VERBS.has(word.lower) && word.text === word.lower) return null
    phrase.push(word)
  }
  if (phrase.length === 0 || !ASIDE_OPENERS.has(words[k]?.lower ?? '')) return null
  return spanOf(phrase)
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it'])

/** A noun for a person or an organisation, singular or plural: "diplomats", "ministry". */
export function isRoleNoun(lower: string): boolean {
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower
  return (
    PERSON_ROLE_NOUNS.has(lower) ||
    PERSON_ROLE_NOUNS.has(singular) ||
    ORGANIZATION_NOUNS.has(lower) ||
    ORGANIZATION_NOUNS.has(singular)
  )
}
/** Most words of an opening phrase set off by a comma before the subject. */
const MAX_OPENING_WORDS = 15
/** Words that open a sentence before its subject. */
const SENTENCE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'still',
  'later',
  'earlier',
  'yesterday',
  'today',
  'last',
  'during',
  'despite',
  'among',
  'like',
  'under',
  'without',
  'amid',
  'separately',
  'instead',
  'indeed',
  'moreover',
  'then',
  'now',
  'once',
  'speaking',
  'asked',
  'writing',
])

/** The word after a dateline ("WASHINGTON (AP) — ") that opens the first sentence, or `k`. */
function pastDateline(words: readonly Word[], k: number): number {
  for (let i = k; i < words.length && i - k < 8; i++) {
    const word = words[i] as Word
    if (word.text === '—' || word.text === '–') return i > k ? i + 1 : k
    if (!word.punct && word.text !== word.text.toUpperCase()) return k
  }
  return k
}
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its'])

/** The source phrase starting at word `from`: "Zelensky", "the Kremlin spokesman Dmitry Peskov". */
function forwardSource(
  words: readonly Word[],
  from: number,
): { start: number; end: number } | null {
  const phrase: Word[] = []
  for (let k = from; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct || (SOURCE_STOPS.has(word.lower) && word.lower !== 'by')) break
    phrase.push(word)
  }
  return phrase.length > 0 ? spanOf(phrase) : null
}

/** Drops lower-case words that open a phrase but are not part of a noun phrase ("also"). */
function trimLeadingLowercase(phrase: Word[]): Word[] {
  let i = 0
  while (i < phrase.length - 1 && BETWEEN_SOURCE_AND_CUE.has((phrase[i] as Word).lower)) i++
  return phrase.slice(i)
}

function spanOf(words: readonly Word[]): { start: number; end: number } {
  return { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end }
}

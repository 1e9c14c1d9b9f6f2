/**
 * Attribution: the cue ("said", "told reporters", "according to") and the
 * source ("Zelensky", "he", "the Kremlin") of a quotation or of reported
 * speech, read from the words around it in its sentence:
 *   "Q," X said / "Q," said X / "Q," X, the title, said / X said: "Q" /
 *   X said, "Q" / X said ... "Q" (partial) / according to X, "Q".
 */
import { PARTICIPLES, REPORTING, SPEECH_VERBS, STANCE_VERBS } from '../lexicon/speech.js'
import {
  GO_ON,
  SHOT,
  afterGerund,
  isClaim,
  isCue,
  isNoun,
  isParticiple,
  isPossessive,
} from './cues.js'
import {
  BETWEEN_SOURCE_AND_CUE,
  DETERMINERS,
  MAX_APPOSITIVE_WORDS,
  MAX_SOURCE_WORDS,
  SOURCE_STOPS,
  SUBJECT_PRONOUNS,
  backwardSource,
  forwardSource,
  plainSubject,
  spanOf,
  subjectOf,
} from './sources.js'
import type { QuotedRanges } from './ranges.js'
import { wordsBetween, wordsIn, type Word } from './words.js'

/** A cue and a source, as value ranges of the segment. */
export interface Attribution {
  cue: { start: number; end: number }
  source: { start: number; end: number } | null
}

/** Cues that introduce their source after them: "according to X". */
const ACCORDING = 'according'

/** How far (in words) a cue may stand from the quotation it attributes. */
const MAX_CUE_DISTANCE = 12

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
  return (
    beforeQuote(before) ?? openingParticiple(before, after) ?? asideAttribution(after) ?? following
  )
}

/**
 * A partial quote in a sentence with no reporting verb is its subject's words,
 * the verb after the subject its cue: "Mrs. Clinton introduced him as 'a
 * fighter for families'" / "Paul Ryan worried that the net was becoming 'a hammock'".
 */
export function writerSentence(
  value: string,
  open: number,
  sentenceStart: number,
  quoted: QuotedRanges,
  words: readonly Word[],
): Attribution | null {
  const all = wordsBetween(words, sentenceStart, open).filter(
    (word) => !quoted.contains(word.start),
  )
  // "Zimbabwe coup: Robert Mugabe and wife Grace 'Q'": past a label and its colon.
  const before = all.slice(all.map((word) => word.text).lastIndexOf(':') + 1)
  const source = subjectOf(before)
  if (source === null) return null
  const k = before.findIndex((word) => word.start >= source.end)
  // "It was 'the tarot'", "There was 'no reason'": no one is the subject.
  if (EXPLETIVES.has(before.find((word) => word.start >= source.start)?.lower ?? '')) return null
  // A name or a pronoun, not the first word of a longer phrase: "The audience", "Her $350 billion".
  const subject = before.slice(0, Math.max(k, 0)).filter((word) => word.start >= source.start)
  const last = subject[subject.length - 1]
  if (last === undefined || DETERMINERS.has(last.lower) || /^[\p{N}$]/u.test(last.text)) return null
  if (isPossessive(last.text)) return null
  const verb = before[k]
  if (verb === undefined || verb.punct || !/^\p{Ll}/u.test(verb.text) || k === before.length - 1)
    return null
  if (DETERMINERS.has(verb.lower) || SOURCE_STOPS.has(verb.lower)) return null
  // "regularly pledges": an adverb and its verb.
  const cueEnd =
    verb.lower.endsWith('ly') && before[k + 1] && !before[k + 1]?.punct
      ? (before[k + 1] as Word)
      : verb
  return { cue: { start: verb.start, end: cueEnd.end }, source }
}

/** Subjects that name no one: "It was", "There is", "This means". */
const EXPLETIVES = new Set(['it', 'there', 'this', 'that', 'these', 'those', 'what'])

/** Words that open a participial phrase before the sentence's subject: "After saying ...". */
const PARTICIPLE_OPENERS = new Set([
  'after',
  'before',
  'while',
  'when',
  'since',
  'by',
  'upon',
  'in',
])

/**
 * "After saying her foot was 'so swollen,' she was ...": a phrase opening the
 * sentence with a reporting participle; its source is the subject after the quote.
 */
function openingParticiple(before: readonly Word[], after: readonly Word[]): Attribution | null {
  const cue = before[1]
  if (!PARTICIPLE_OPENERS.has(before[0]?.lower ?? '') || !cue || !cue.lower.endsWith('ing'))
    return null
  if (!isCue(before, 1)) return null
  let i = 0
  while (i < after.length && (after[i] as Word).punct) i++
  const source = subjectOf(after.slice(i))
  return source ? { cue: { start: cue.start, end: cue.end }, source } : null
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
  // '"Q!" Scott's niece, state Del. Marcia Price, shouted': past asides, as after any quote.
  const found = leadingAttribution(next, 0) ?? afterQuote(next)
  return found?.source ? found : null
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
    const cue = cueSpan(words, k)
    const head = words.slice(from, k).filter((w) => !BETWEEN_SOURCE_AND_CUE.has(w.lower))
    if (head.length === 0) {
      // "'Q1' and 'Q2,' Howard Dean, the former governor, proclaimed": the name before the aside.
      const source =
        forwardSource(words, k + 1) ?? (from > 1 ? backwardSource(words.slice(0, k), k - 1) : null)
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
    const cue = cueSpan(words, k)
    // Words between the quote and the cue are the source ("Zelensky said"), or none ("said X").
    const between = words.slice(i, k).filter((w) => !BETWEEN_SOURCE_AND_CUE.has(w.lower) || w.punct)
    if (between.length === 0) {
      // "'Q,' telling reporters that ...": a participle goes on from the sentence's subject.
      if (word.lower.endsWith('ing')) return null
      return { cue, source: forwardSource(words, k + 1) }
    }
    const firstChunk: Word[] = []
    for (const w of between) {
      if (w.punct) break
      firstChunk.push(w)
    }
    // '"Q," as a Homeland Security memo put it': the source after "as".
    if (
      firstChunk[0]?.lower === 'as' &&
      firstChunk.length > 1 &&
      firstChunk.length <= MAX_SOURCE_WORDS
    ) {
      return { cue, source: spanOf(firstChunk.slice(1)) }
    }
    // '"Q" for criminal behavior, she said': the words after the last comma, when the first
    // words go on with the quote rather than name anyone.
    const opener = firstChunk[0]?.lower ?? ''
    if (SOURCE_STOPS.has(opener) || opener === 'of') {
      const comma = between.map((w) => w.text).lastIndexOf(',')
      const lastChunk = between.slice(comma + 1)
      if (comma < 0 || lastChunk.length === 0 || lastChunk.length > MAX_SOURCE_WORDS) return null
      if (lastChunk.some((w) => w.punct || SOURCE_STOPS.has(w.lower))) return null
      return { cue, source: spanOf(lastChunk) }
    }
    if (firstChunk.length === 0 || firstChunk.length > MAX_SOURCE_WORDS) return null
    // '"Q," the dawn of the movement, Bozell says': a phrase going on from the quote, then the name.
    const comma = between.map((w) => w.text).lastIndexOf(',')
    const lastChunk = between.slice(comma + 1)
    if (
      DETERMINERS.has(opener) &&
      comma >= 0 &&
      lastChunk.length > 0 &&
      lastChunk.length <= MAX_SOURCE_WORDS &&
      lastChunk.every((w) => !w.punct && /^\p{Lu}/u.test(w.text))
    ) {
      return { cue, source: spanOf(lastChunk) }
    }
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
      // "Said Ellis: 'Q'": the verb opens the sentence, the name follows it.
      const verb = name[0] as Word
      if (name.length > 1 && SPEECH_VERBS.has(verb.lower)) {
        return { cue: { start: verb.start, end: verb.end }, source: spanOf(name.slice(1)) }
      }
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
  dropSubordinateCues(words, cues)
  if (cues.length > 0) {
    const nearest = cues[cues.length - 1] as number
    const gap = words.slice(nearest + 1).filter((word) => !word.punct).length
    // "X defended the plan, calling it 'Q'": the quote is the participle's, however far.
    const participle =
      isParticiple(words, nearest) ||
      ((words[nearest] as Word).lower.endsWith('ing') &&
        /^\p{Lu}/u.test(words[nearest - 1]?.text ?? ''))
    // "She declared 'Q1' and said that ... 'Q2'": a second verb of the subject governs what follows it.
    const joined = JOINERS.has(words[nearest - 1]?.lower ?? '')
    // "Rubio says he feels he did 'great'": a verb inside what an earlier verb reports is not the cue.
    const reporter = participle || joined ? -1 : reportingBefore(words, cues)
    const order =
      reporter >= 0
        ? [reporter, ...cues.filter((k) => k !== reporter)]
        : gap <= 2 || participle || joined
          ? [nearest, ...cues.slice(0, -1)]
          : cues
    for (const k of order) {
      const found = cueAt(words, k)
      if (found) return found
    }
  }
  return stanceBefore(words) ?? claimBefore(words) ?? colonIntroduction(words)
}

/** Words that join a second verb to the subject: "referred to X as 'Q1' but described Y as 'Q2'". */
const JOINERS = new Set(['and', 'but'])

/** Words that open a subordinate clause before the main one: "Though he did not disclose it, he said". */
const SUBORDINATORS = new Set(['though', 'although', 'while', 'whereas', 'because', 'if', 'unless'])

/**
 * Removes from `cues` those of an opening subordinate clause when a cue of
 * the main clause follows: "Though he would not disclose his backing, he did
 * say he found Trump 'very charming'".
 */
function dropSubordinateCues(words: readonly Word[], cues: number[]): void {
  if (!SUBORDINATORS.has(words[0]?.lower ?? '') || cues.length < 2) return
  const comma = words.findIndex((word) => word.text === ',')
  if (comma < 0 || (cues[cues.length - 1] as number) < comma) return
  const main = cues.filter((k) => k > comma)
  cues.length = 0
  cues.push(...main)
}

/** Verbs that report a clause after them without "that": "says he feels", "said he'd ask". */
const CLAUSE_REPORTERS: ReadonlySet<string> = new Set([...REPORTING, ...PARTICIPLES])

/**
 * The earliest cue among `cues` that reports a clause holding the later
 * cues, with no mark between them ("says he feels he did"); -1 when none.
 */
function reportingBefore(words: readonly Word[], cues: readonly number[]): number {
  if (cues.length < 2) return -1
  const nearest = cues[cues.length - 1] as number
  for (const k of cues.slice(0, -1)) {
    if (!CLAUSE_REPORTERS.has((words[k] as Word).lower)) continue
    let clear = true
    for (let j = k + 1; j < nearest && clear; j++) if ((words[j] as Word).punct) clear = false
    if (clear) return k
  }
  return -1
}

/** Possessive pronouns that own a claim: "his claim that". */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its'])

/**
 * "Donald Trump’s claim that there have been 'thousands of shootings'": a
 * reporting noun with its clause, owned by its source.
 */
function claimBefore(words: readonly Word[]): Attribution | null {
  for (let k = words.length - 2; k > 0; k--) {
    if (!isClaim(words, k)) continue
    const owner = words[k - 1] as Word
    const cue = cueSpan(words, k)
    if (POSSESSIVE_PRONOUNS.has(owner.lower)) return { cue, source: spanOf([owner]) }
    if (!isPossessive(owner.text) || !/^\p{Lu}/u.test(owner.text)) continue
    // The owner's name: the capitalised words that end in the possessive.
    let first = k - 1
    while (
      first > 0 &&
      k - first < MAX_SOURCE_WORDS &&
      /^\p{Lu}/u.test(words[first - 1]?.text ?? '')
    )
      first--
    return { cue, source: spanOf(words.slice(first, k)) }
  }
  return null
}

/** "Trump blamed the shootings on 'sickos'": a stance verb whose object holds the quote. */
function stanceBefore(words: readonly Word[]): Attribution | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k] as Word
    if (word.punct || !STANCE_VERBS.has(word.lower) || isNoun(words, k) || afterGerund(words, k))
      continue
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
  const cue = cueSpan(words, k)
  // "Adding, 'Q'": a participle opening the sentence goes on from the speaker before.
  if (k === 0 && word.lower.endsWith('ing') && words[1]?.punct === true)
    return { cue, source: null }
  // "X rallied supporters, saying: 'Q'": a participle's source is the sentence's subject,
  // or the source of the verb before it ("'Q1,' she said, adding: 'Q2'").
  if (
    isParticiple(words, k) ||
    (word.lower.endsWith('ing') && PARTICIPLE_OPENERS.has(words[k - 1]?.lower ?? ''))
  ) {
    // "Blige sings to Clinton before asking her, 'Q'" too.
    const subject = subjectOf(words) ?? earlierSource(words, k)
    return subject ? { cue, source: subject } : null
  }
  // "The email goes on to say: 'Q'": the subject of the verb the cue completes.
  const verbStart = pastToChain(words, k)
  const backward = backwardSource(words, verbStart - 1) ?? plainSubject(words, verbStart)
  // "The senator emailed supporters saying: 'Q'": the object of a verb does not say it; the subject does.
  if (backward && word.lower.endsWith('ing') && isLowerCase(words, backward)) {
    const subject = subjectOf(words)
    if (subject && subject.start < backward.start) return { cue, source: subject }
  }
  if (backward) return { cue, source: backward }
  // "X hailed it as 'Q1,' telling reporters 'Q2'": a participle after a quote, the subject's.
  if (word.lower.endsWith('ing') && k > 0) {
    const subject = subjectOf(words)
    if (subject) return { cue, source: subject }
  }
  // "... and added: 'Q'" / "... but insists": a second verb of the same subject.
  if (JOINERS.has(words[k - 1]?.lower ?? '') || JOINERS.has(words[k - 2]?.lower ?? '')) {
    const subject = subjectOf(words)
    if (subject) return { cue, source: subject }
  }
  // Inverted, before the quote: "said Jones: 'Q'"; not an object: "called Trump's remarks 'Q'".
  const next = words[k + 1]
  if (next && /^\p{Lu}/u.test(next.text)) {
    const forward = forwardSource(words, k + 1)
    // "insists Sanders is mounting a 'Q'": a clause, not a name.
    const clause =
      forward &&
      words.some(
        (w) =>
          w.start >= forward.start && w.end <= forward.end && BETWEEN_SOURCE_AND_CUE.has(w.lower),
      )
    if (clause) return null
    const owned =
      forward &&
      words.some((w) => w.start >= forward.start && w.end <= forward.end && isPossessive(w.text))
    if (forward && !owned) return { cue, source: forward }
  }
  return null
}

/** Verbs that a reporting verb completes after "to": "goes on to say", "refused to comment". */
const TO_CHAIN_VERBS = new Set([
  'went',
  'goes',
  'go',
  'continued',
  'continues',
  'wanted',
  'wants',
  'tried',
  'tries',
  'refused',
  'refuses',
  'declined',
  'declines',
  'decided',
  'decides',
  'appeared',
  'appears',
  'seemed',
  'seems',
  'used',
  'had',
  'has',
  'have',
  'needs',
  'needed',
  'hastened',
  'rushed',
])

/** Word `k`, or the start of the verb chain it completes: "goes on to [say]", "refused to [say]". */
function pastToChain(words: readonly Word[], k: number): number {
  if (words[k - 1]?.lower !== 'to') return k
  let v = k - 2
  if (words[v]?.lower === 'on') v--
  return TO_CHAIN_VERBS.has(words[v]?.lower ?? '') ? v : k
}

/** Whether every word of `range` in `words` is in lower case: "supporters", not "Senator Sanders". */
function isLowerCase(words: readonly Word[], range: { start: number; end: number }): boolean {
  return words.every((w) => w.start < range.start || w.end > range.end || !/^\p{Lu}/u.test(w.text))
}

/** The cue at word `k`: the word, or "went on", "shot back" as one. */
function cueSpan(words: readonly Word[], k: number): { start: number; end: number } {
  const word = words[k] as Word
  const next = words[k + 1]
  const phrasal =
    (next?.lower === 'on' && GO_ON.has(word.lower)) ||
    (next?.lower === 'back' && SHOT.has(word.lower))
  const end = phrasal && next ? next.end : word.end
  return { start: word.start, end }
}

/** The source of a reporting verb before word `k` in the same words: "she said, adding". */
function earlierSource(words: readonly Word[], k: number): { start: number; end: number } | null {
  for (let j = k - 1; j >= 0; j--) {
    if (!isCue(words, j)) continue
    const source = backwardSource(words, j - 1) ?? forwardSource(words, j + 1)
    if (source) return source
  }
  return null
}

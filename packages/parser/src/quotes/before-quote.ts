/**
 * Attributions before a quote: 'X said: "Q"' / 'X said, "Q"' / 'X said ...
 * "Q"' (the verb that governs the quote among those of the sentence), a stance
 * ('X blamed it on "Q"'), a claim ('X’s claim that "Q"') and a colon ('X
 * released the following statement: "Q"').
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js'
import { PARTICIPLES, REPORTING, SPEECH_VERBS, STANCE_VERBS } from '../lexicon/speech.js'
import type { Attribution } from './attribution.js'
import { ACCORDING, cueAt, cueSpan, PARTICIPLE_OPENERS } from './cue-source.js'
import {
  afterGerund,
  isBareNoun,
  isClaim,
  isCue,
  isNoun,
  isParticiple,
  isPossessive,
} from './cues.js'
import { DETERMINERS, JOINERS, MAX_SOURCE_WORDS, spanOf, SUBJECT_PRONOUNS } from './source-words.js'
import { openingPhraseEnd } from './opening-phrase.js'
import { backwardSource } from './sources.js'
import { subjectOf } from './subjects.js'
import { DASHES } from './after-quote.js'
import { isPersonNoun } from './speaker-words.js'
import { topicWordAt } from './headline-reports.js'
import { areCapitalised, nextIndexOf, type Word } from './words.js'

/**
 * X said: "Q" / X said, "Q" / X said ... "Q". A cue right before the quote
 * wins; otherwise the first reporting verb of the sentence (the main clause
 * reports; a verb inside the reported words does not). `sentenceBetween`:
 * the words end a sentence before the quote.
 */
export function beforeQuote(words: readonly Word[], sentenceBetween = false): Attribution | null {
  // "Chris Matthews: 'Q'": a name and a colon, as in a transcript.
  const colon = words[words.length - 1]
  if (colon?.text === ':' && words.length >= 2 && words.length <= MAX_SOURCE_WORDS + 1) {
    const name = words.slice(0, -1)
    if (areCapitalised(name)) {
      // "Said Ellis: 'Q'": the verb opens the sentence, the name follows it.
      const verb = name[0] as Word
      if (name.length > 1 && SPEECH_VERBS.has(verb.lower)) {
        return { cue: { start: verb.start, end: verb.end }, source: spanOf(name.slice(1)) }
      }
      return { cue: { start: colon.start, end: colon.end }, source: spanOf(name) }
    }
  }
  // "Gillibrand on Hillary's Speech Transcripts: 'Q'": a headline's speaker, then what they speak of.
  if (colon?.text === ':') {
    const topic = topicWordAt(words, MAX_TOPIC_SPEAKER_WORDS)
    const name = words.slice(0, topic)
    // Only a headline's shape: no mark and no verb of saying between ("Responding to Nancy
    // Pelosi, she said:" is a sentence's).
    const between = words.slice(topic + 1, -1)
    if (
      topic > 0 &&
      areCapitalised(name) &&
      words.length - topic <= MAX_TOPIC_WORDS &&
      !between.some((word) => word.punct || SPEECH_VERBS.has(word.lower)) &&
      !name.some((word) => /ing$/u.test(word.lower))
    )
      return { cue: { start: colon.start, end: colon.end }, source: spanOf(name) }
  }
  const cues: number[] = []
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word
    if (word.punct) continue
    if (word.lower === 'to' && words[k - 1]?.lower === ACCORDING) cues.push(k)
    else if (isCue(words, k)) cues.push(k)
  }
  dropSubordinateCues(words, cues)
  dropThingsAfterAccording(words, cues)
  dropMannerParticiple(words, cues)
  if (cues.length > 0) {
    const nearest = cues[cues.length - 1] as number
    const gap = words.slice(nearest + 1).filter((word) => !word.punct).length
    // "X defended the plan, calling it 'Q'" / "X said before adding: 'Q'": the quote is the
    // participle's, however far.
    const nearestWord = words[nearest] as Word
    const participle =
      isParticiple(words, nearest) ||
      (nearestWord.lower.endsWith('ing') &&
        (/^\p{Lu}/u.test(words[nearest - 1]?.text ?? '') ||
          PARTICIPLE_OPENERS.has(words[nearest - 1]?.lower ?? '')))
    // "She declared 'Q1' and said that ... 'Q2'": a second verb of the subject governs what follows it.
    const joined = JOINERS.has(words[nearest - 1]?.lower ?? '')
    // "Rubio says he feels he did 'great'": a verb inside what an earlier verb reports is not the cue.
    const reporter = participle || joined ? -1 : reportingBefore(words, cues)
    // '..., while Senator Thomas Greer warned that breaking up Meridian would "Q"': the quote
    // stands in the clause the nearest verb's "that" opens, however far.
    // (Not a quote that opens a sentence after it: '... suggested that the question was out of
    // line. "Q"'.)
    const reports = words[nearest + 1]?.lower === 'that' && !sentenceBetween
    // '... said the government was "Q1", while a spokesman said the party would vote "Q2"': a cue
    // in a clause of contrast after the verb before, which it is no part of.
    const ownClause =
      reporter < 0 &&
      cues.length >= 2 &&
      breaksClause(words, cues[cues.length - 2] as number, nearest)
    const order =
      reporter >= 0
        ? [reporter, ...cues.filter((k) => k !== reporter)]
        : gap <= NEAR_CUE_WORDS || participle || joined || reports || ownClause
          ? [nearest, ...cues.slice(0, -1)]
          : cues
    for (const k of order) {
      const found = cueAt(words, k)
      if (found) return found
    }
  }
  return (
    stanceBefore(words) ?? claimBefore(words) ?? labelledName(words) ?? colonIntroduction(words)
  )
}

/**
 * Most words between a cue and the quote for the cue to govern it over an
 * earlier one: "he did say he found Trump 'very charming' and called his
 * standing 'unheard of'" gives "called" to the second quote.
 */
const NEAR_CUE_WORDS = 4

/**
 * Removes from `cues` a participle that tells how the cue before it spoke and
 * ends the sentence: "laughing" of '"Q1," Ferrante said, laughing. "Q2"',
 * whose cue is "said" (not "said, adding: 'Q'").
 */
function dropMannerParticiple(words: readonly Word[], cues: number[]): void {
  if (cues.length < 2) return
  const last = cues[cues.length - 1] as number
  const after = words[last + 1]
  if (
    (words[last] as Word).lower.endsWith('ing') &&
    words[last - 1]?.text === ',' &&
    cues[cues.length - 2] === last - 2 &&
    (after === undefined || SENTENCE_STOPS.has(after.text))
  )
    cues.pop()
}
const SENTENCE_STOPS: ReadonlySet<string> = new Set(['.', '!', '?'])

/**
 * Removes from `cues` those of an opening subordinate clause when a cue of
 * the main clause follows: "Though he would not disclose his backing, he did
 * say he found Trump 'very charming'".
 */
function dropSubordinateCues(words: readonly Word[], cues: number[]): void {
  if (cues.length < 2) return
  // "Donald Trump, who has criticized the Fed, told reporters": a relative clause set off.
  const outside = cues.filter((k) => !inRelativeAside(words, k))
  if (outside.length > 0 && outside.length < cues.length) {
    cues.length = 0
    cues.push(...outside)
    if (cues.length < 2) return
  }
  // "Asked about Mr. Trump's attacks, Mr. Manafort said": an opening participle's phrase too.
  const comma = openingPhraseEnd(words, true)
  if (comma < 0 || (cues[cues.length - 1] as number) < comma) return
  const main = cues.filter((k) => k > comma)
  cues.length = 0
  cues.push(...main)
}

/**
 * Removes from `cues` those after a sentence's opening "According to X,"
 * whose source is a thing, not a person: "According to Rafael Cordeiro, ...,
 * the result revealed 'Q'" is Cordeiro's (not "According to the report,
 * Smith said 'Q'", Smith's).
 */
function dropThingsAfterAccording(words: readonly Word[], cues: number[]): void {
  if (cues[0] !== 1 || words[0]?.lower !== ACCORDING || cues.length < 2) return
  const kept = cues.filter((k, i) => {
    if (i === 0) return true
    const source = cueAt(words, k)?.source
    if (!source) return true
    const phrase = words.filter((word) => word.start >= source.start && word.end <= source.end)
    const head = phrase[phrase.length - 1]
    return !(
      phrase.length >= 2 &&
      DETERMINERS.has((phrase[0] as Word).lower) &&
      head !== undefined &&
      head.text === head.lower &&
      !isPersonNoun(head.lower)
    )
  })
  cues.length = 0
  cues.push(...kept)
}

/** Most words of a relative clause set off by commas, from its pronoun to its closing comma. */
const RELATIVE_PRONOUNS = new Set(['who', 'which'])
const MAX_RELATIVE_ASIDE_WORDS = 12

/**
 * Whether word `k` lies in a relative clause set off by commas: a comma and
 * "who" or "which" before it, and a comma closing the clause after it.
 */
function inRelativeAside(words: readonly Word[], k: number): boolean {
  let comma = k - 1
  while (comma > 0 && k - comma <= MAX_RELATIVE_ASIDE_WORDS && !(words[comma] as Word).punct)
    comma--
  if (words[comma]?.text !== ',' || !RELATIVE_PRONOUNS.has(words[comma + 1]?.lower ?? ''))
    return false
  for (let j = k + 1; j < words.length && j - k <= MAX_RELATIVE_ASIDE_WORDS; j++) {
    const word = words[j] as Word
    if (word.text === ',') return true
    if (word.punct) return false
  }
  return false
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
    // "Cruz said as the heckler yelled": a clause that a subordinator opens is not reported.
    for (let j = k + 1; j < nearest && clear; j++) {
      const word = words[j] as Word
      // "said the project by Ridgeline Coal Holdings (RCH) would add": a short aside in brackets
      // ends no clause.
      if (word.text === '(') {
        const close = nextIndexOf(words, ')', j, Math.min(nearest - j - 1, MAX_BRACKET_WORDS))
        if (close > j) {
          j = close
          continue
        }
      }
      if (word.punct || SUBORDINATE_OPENERS.has(word.lower) || opensCoordinateClause(words, j))
        clear = false
    }
    if (clear) return k
  }
  return -1
}

/**
 * Whether a clause of contrast opens between cues `from` and `to`: a comma or
 * a semicolon, then "while" or "whereas".
 */
function breaksClause(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from + 1; j < to - 1; j++) {
    const word = words[j] as Word
    if ((word.text === ',' || word.text === ';') && CONTRASTS.has((words[j + 1] as Word).lower))
      return true
  }
  return false
}
/** Words that open a clause of contrast: "..., while a spokesman said". */
const CONTRASTS = new Set(['while', 'whereas'])

/** Most words of an aside in brackets inside a reported clause: "($780 million)". */
const MAX_BRACKET_WORDS = 6

/**
 * Whether word `j` is "and" or "but" between a lower-case word and a new
 * subject (a capitalised word, "the", a pronoun), opening a clause of its own:
 * "the planemaker posted a loss and Kelly Ortberg told analysts ..." (not
 * "says Trump and Cruz told him", two names).
 */
function opensCoordinateClause(words: readonly Word[], j: number): boolean {
  if (!COORDINATORS.has((words[j] as Word).lower)) return false
  const before = words[j - 1]
  const after = words[j + 1]
  // Not "she and her female peers", a subject of two.
  if (!before || before.punct || before.text !== before.lower || !after) return false
  if (SUBJECT_PRONOUNS.has(before.lower) || OBJECT_PRONOUNS.has(before.lower)) return false
  // "and new Chief Executive Kelly Ortberg told": a title's word before the name.
  const capital = (word: Word | undefined): boolean => /^\p{Lu}/u.test(word?.text ?? '')
  return (
    capital(after) ||
    (!after.punct && capital(words[j + 2])) ||
    DETERMINERS.has(after.lower) ||
    SUBJECT_PRONOUNS.has(after.lower)
  )
}
const COORDINATORS = new Set(['and', 'but'])
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'it', 'you'])

/** Words that open a clause a reporting verb does not report: "said as", "said while". */
const SUBORDINATE_OPENERS = new Set(['as', 'while', 'when', 'because', 'after', 'before', 'since'])

/** Possessive pronouns that own a claim: "his claim that". */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its'])

/**
 * "Donald Trump’s claim that there have been 'thousands of shootings'": a
 * reporting noun with its clause, owned by its source.
 */
function claimBefore(words: readonly Word[]): Attribution | null {
  for (let k = words.length - 2; k > 0; k--) {
    if (!isClaim(words, k)) continue
    const source = ownerBefore(words, k)
    if (source) return { cue: cueSpan(words, k), source }
  }
  return null
}

/**
 * The owner before word `k`, as a source: a possessive pronoun ("his"), or
 * the capitalised words that end in a possessive ("Mitt Romney’s"); null when
 * neither stands there.
 */
function ownerBefore(words: readonly Word[], k: number): Attribution['source'] {
  const owner = words[k - 1]
  if (owner === undefined) return null
  if (POSSESSIVE_PRONOUNS.has(owner.lower)) return spanOf([owner])
  if (!isPossessive(owner.text) || !/^\p{Lu}/u.test(owner.text)) return null
  let first = k - 1
  while (first > 0 && k - first < MAX_SOURCE_WORDS && /^\p{Lu}/u.test(words[first - 1]?.text ?? ''))
    first--
  return spanOf(words.slice(first, k))
}

/**
 * 'Mitt Romney’s "47 percent" comment', 'his "basket of deplorables"
 * remark': a quote between its owner's possessive and a noun of speech is the
 * owner's words, the noun its cue. `before` and `after` are the words on
 * either side of the quote.
 */
export function ownedQuote(before: readonly Word[], after: readonly Word[]): Attribution | null {
  const noun = after[0]
  if (noun === undefined || !QUOTED_SPEECH_NOUNS.has(noun.text)) return null
  // (Not a day's: "Since Tuesday's "..." speech".)
  const owner = before[before.length - 1]?.lower.replace(/['’]s?$/u, '') ?? ''
  if (CALENDAR_OWNERS.has(owner)) return null
  const source = ownerBefore(before, before.length)
  if (source === null) return null
  // (Past a sentence's opening preposition: "After Monday's".)
  const first = before.find((word) => word.start === source.start)
  return first && OPENING_FUNCTION_WORDS.has(first.lower)
    ? null
    : { cue: { start: noun.start, end: noun.end }, source }
}
/** Days and months, which own no one's words: "Tuesday's", "March's". */
const CALENDAR_OWNERS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  ...['today', 'yesterday', 'tomorrow', 'tonight'],
])
/** Prepositions and conjunctions that open a sentence before an owner: "Since", "After". */
const OPENING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...['since', 'after', 'before', 'despite', 'following', 'amid', 'during', 'until', 'with'],
])
/** Nouns of what someone said or wrote, after a quote of it: "comment", "slogan", "tweet". */
const QUOTED_SPEECH_NOUNS = new Set([
  ...['comment', 'comments', 'remark', 'remarks', 'quip', 'quips', 'line', 'phrase', 'slogan'],
  ...['tweet', 'tweets', 'statement', 'claim', 'claims', 'speech', 'pledge', 'promise', 'vow'],
  ...['jab', 'joke', 'retort', 'warning', 'mantra', 'catchphrase', 'refrain', 'boast', 'label'],
  ...['description', 'characterization', 'characterisation', 'comparison', 'gaffe', 'rhetoric'],
])

/** "Trump blamed the shootings on 'sickos'": a stance verb whose object holds the quote. */
function stanceBefore(words: readonly Word[]): Attribution | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k] as Word
    if (
      word.punct ||
      !STANCE_VERBS.has(word.lower) ||
      isNoun(words, k) ||
      isBareNoun(words, k) ||
      afterGerund(words, k)
    )
      continue
    const source = backwardSource(words, k - 1)
    return source ? { cue: { start: word.start, end: word.end }, source } : null
  }
  return null
}

/**
 * "INDIANA’S DEMOGRAPHICS FAVOR CRUZ - Philip Bump: 'Q'" / "... doesn't
 * surprise Republican pollster Daron Shaw: 'Q'": a full name right before the
 * colon that opens the quote, after a dash or after a role ("pollster"),
 * which then belongs to the source with what qualifies it.
 */
function labelledName(words: readonly Word[]): Attribution | null {
  const colon = words.length - 1
  if (words[colon]?.text !== ':') return null
  let first = colon
  while (first > 0 && colon - first < MAX_LABEL_NAME_WORDS && isNameWord(words[first - 1])) first--
  if (colon - first < 2) return null
  const before = words[first - 1]
  let start = first
  if (before && isPersonNoun(before.lower) && before.text === before.lower) {
    start = first - 1
    while (start > 0 && /^\p{Lu}/u.test(words[start - 1]?.text ?? '')) start--
    // "told reporters about his friend Roger Stone:", "texted her daughter Mary Jones:": the
    // role of someone owned or determined is who is spoken of, not who speaks.
    if (DETERMINERS.has(words[start - 1]?.lower ?? '')) return null
  } else if (!before || !DASHES.has(before.text)) return null
  // "explained CBS moderator Nancy Cordes: 'Q'": the verb before the name is the cue.
  const verb = words[start - 1]
  const cue = verb && SPEECH_VERBS.has(verb.text) ? verb : (words[colon] as Word)
  return {
    cue: { start: cue.start, end: cue.end },
    source: spanOf(words.slice(start, colon)),
  }
}

/** Most words of a speaker before "on" or "to" in a headline: "Former AG Mukasey at RNC:". */
const MAX_TOPIC_SPEAKER_WORDS = 4

/** Most words from "on" or "to" to the colon: "on Hillary Releasing Her Goldman Sachs Speech Transcripts". */
const MAX_TOPIC_WORDS = 10

/** Most words of a name before a colon: "Jeffrey P. Lewis". */
const MAX_LABEL_NAME_WORDS = 4

/** A word of a full name: capitalised, not all capitals ("Bump", not "CRUZ"), or an initial. */
function isNameWord(word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}(?:\p{Ll}|\.$)/u.test(word.text)
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
  // (Past the comma that closes a name set off after its title: "NAB's chief economist, Oliver
  // Haddad, was more blunt:".)
  const first = words.findIndex((word) => word.start >= source.end && word.text !== ',')
  const cueStart = (words[first] as Word).start
  return { cue: { start: cueStart, end: colon.end }, source }
}

/** Capitalised words that open sentences but name no one. */
const OPENERS = new Set([
  'more',
  'read',
  'see',
  'watch',
  'related',
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

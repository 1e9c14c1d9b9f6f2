/**
 * The time and the setting that a reporting verb may take before a clause
 * with no "that": "said Monday she would run", "said on Tuesday its profits
 * rose", "said in a statement the plan was dead", "told reporters at a rally
 * in Iowa he would win". The clause opens past them, at its subject.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js'
import { DETERMINER_WORDS } from '../lexicon/determiners.js'
import { CLAUSE_PRONOUNS } from './report-words.js'
import { SUBJECT_PRONOUNS } from './source-words.js'
import { isCapitalised, type Word } from './words.js'
import { FINITE_AUXILIARY_WORDS, OBJECT_PREPOSITION_WORDS } from '../lexicon/grammar-words.js'

/** Most adjuncts read in a row: "said (on Tuesday) (in a statement) (in Kyiv) ...". */
const MAX_ADJUNCTS = 3

/** Most words of a name after "in", "on", "at", "with": "in Des Moines", "with Fox News". */
const MAX_NAME_WORDS = 3

/** Most words between a setting's determiner and its noun: "in a brief televised statement". */
const MAX_SETTING_MODIFIERS = 2

/** Words that name a time on their own: "Monday", "yesterday", "last week". */
const TIME_ANCHORS = new Set([
  ...WEEKDAY_NAMES,
  'yesterday',
  'today',
  'tonight',
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
])

/** Months: times only with their capital ("May", not the verb "may"). */
const MONTHS = new Set(MONTH_NAMES)

function isTimeAnchor(word: Word): boolean {
  return TIME_ANCHORS.has(word.lower) || (MONTHS.has(word.lower) && isCapitalised(word))
}

/** Words that may come before or between a time's anchors: "earlier this month", "late Tuesday night". */
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'earlier', 'late', 'early', 'the', 'on'])

/** Prepositions of a time: "on Tuesday", "over the weekend", "in March". */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'over', 'during', 'late', 'early'])

/** What a report is made in: "in a statement", "in an interview", "in remarks". */
const SETTING_NOUNS = new Set([
  'statement',
  'interview',
  'speech',
  'letter',
  'tweet',
  'post',
  'memo',
  'email',
  'e-mail',
  'op-ed',
  'filing',
  'release',
  'note',
  'message',
  'video',
  'remarks',
  'testimony',
  'conversation',
  'call',
  'appearance',
  'address',
  'broadcast',
])

/** Where a report is made: "at a rally", "at a news conference". */
const EVENT_NOUNS = new Set([
  'rally',
  'conference',
  'event',
  'hearing',
  'briefing',
  'debate',
  'meeting',
  'forum',
  'summit',
  'stop',
  'hall',
  'luncheon',
  'dinner',
  'breakfast',
  'fundraiser',
  'gathering',
  'ceremony',
  'session',
  'convention',
])

/** What a report is made on: "on a conference call", "on a podcast", "on his radio show". */
const ON_SETTING_NOUNS = new Set(['call', 'podcast', 'show', 'program', 'programme', 'livestream'])

const SETTING_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its'])

/** Determiners that open a clause's subject after the object of "told": "the trend", "its profits". */
const NOUN_SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...DETERMINER_WORDS.filter((word) => word !== 'that'),
  'some',
  'many',
  'most',
])

/** Words that open a clause as (or before) its subject: "she", "the plan", "its profits". */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...CLAUSE_PRONOUNS,
  ...NOUN_SUBJECT_OPENERS,
  'no',
])

/** Pronouns that are a clause's subject, never an object: "told reporters she ...". */
const PRONOUN_SUBJECTS = new Set([...SUBJECT_PRONOUNS].filter((word) => word !== 'it'))

/** Most words of the object of "told": "told reporters", "told The Associated Press". */
const MAX_OBJECT_WORDS = 3

/**
 * Where the clause after the verb's adjuncts opens, reading from word `from`
 * (just after the verb, or after the object of "told"); -1 when no adjunct
 * stands there or no subject follows them.
 */
export function clausePastAdjuncts(words: readonly Word[], from: number): number {
  let at = from
  let endsInName = false
  for (let round = 0; round < MAX_ADJUNCTS; round++) {
    const adjunct = adjunctAt(words, at)
    if (adjunct === null) break
    at = adjunct.end
    endsInName = adjunct.name
  }
  if (at === from) return -1
  const word = words[at]
  if (!word || word.punct || words.length - at < 2) return -1
  // "told analysts on a conference call that the company ...": the clause opens past "that".
  if (word.lower === 'that') return words[at + 1]?.punct === false ? at + 1 : -1
  // "in an interview with Fox News Trump said": a capital after a name may be more of the name.
  const opens = SUBJECT_OPENERS.has(word.lower) || (!endsInName && isCapitalised(word))
  return opens ? at : -1
}

/**
 * Where the clause opens past the object of "told" (word `k`) and the
 * adjuncts after it: "told reporters on Tuesday she would run".
 */
export function clausePastObjectAndAdjuncts(words: readonly Word[], k: number): number {
  for (let end = k + 2; end <= k + 1 + MAX_OBJECT_WORDS && end < words.length; end++) {
    if ((words[end - 1] as Word).punct) return -1
    // "told reporters she would run": a subject pronoun right after the object.
    if (PRONOUN_SUBJECTS.has(words[end]?.lower ?? '') && words.length - end >= 2) return end
    const clause = clausePastAdjuncts(words, end)
    if (clause > 0) return clause
    // "told reporters the trend was worrying": a subject with its determiner, then its verb
    // (not "told reporters the story of his life", nor the object of a preposition: "told the
    // court during the trial that Ormond had").
    if (
      NOUN_SUBJECT_OPENERS.has(words[end]?.lower ?? '') &&
      !OBJECT_PREPOSITIONS.has(words[end - 1]?.lower ?? '') &&
      hasFiniteVerb(words, end + 1)
    )
      return end
  }
  return -1
}

/** Prepositions whose object is no clause's subject: "during the trial", "at the White House". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(OBJECT_PREPOSITION_WORDS)

/** Most words from a subject's determiner to its verb: "the plant in Ohio would". */
const MAX_SUBJECT_WORDS = 6

/** Auxiliaries and common past forms that make a clause of the words before them. */
const FINITE_VERBS: ReadonlySet<string> = new Set([
  ...FINITE_AUXILIARY_WORDS,
  ...['did', 'does', "won't", "wouldn't", "didn't"],
  ...["doesn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "hadn't", "can't"],
  ...['rose', 'fell', 'grew', 'won', 'lost', 'made', 'went', 'came', 'took', 'gave', 'got'],
])

/** Whether a finite verb stands within a few words from word `from`, before any mark. */
function hasFiniteVerb(words: readonly Word[], from: number): boolean {
  for (let j = from; j < words.length && j - from < MAX_SUBJECT_WORDS; j++) {
    const word = words[j] as Word
    if (word.punct) return false
    if (FINITE_VERBS.has(word.lower) || /^[a-z]{3,}ed$/u.test(word.text)) return true
  }
  return false
}

/** The adjunct at word `i`: where it ends, and whether it ends in a name. */
function adjunctAt(words: readonly Word[], i: number): { end: number; name: boolean } | null {
  const word = words[i]
  if (!word || word.punct) return null
  const time = timeEnd(words, i)
  if (time > i) return { end: time, name: false }
  const lower = word.lower
  if (TIME_PREPOSITIONS.has(lower)) {
    const after = timeEnd(words, i + 1)
    if (after > i + 1) return { end: after, name: false }
  }
  if (lower === 'in' || lower === 'at' || lower === 'on') {
    const nouns = lower === 'in' ? SETTING_NOUNS : lower === 'at' ? EVENT_NOUNS : ON_SETTING_NOUNS
    const setting = settingEnd(words, i + 1, nouns)
    if (setting > 0) return withPlace(words, setting)
  }
  // "in remarks to reporters", "in testimony".
  if (lower === 'in' && SETTING_NOUNS.has(words[i + 1]?.lower ?? '')) return withPlace(words, i + 2)
  // "in Des Moines", "on Fox News", "at Harvard".
  if (lower === 'in' || lower === 'on' || lower === 'at') {
    const name = nameEnd(words, i + 1)
    if (name > i + 1) return { end: name, name: true }
  }
  return null
}

/** Past a setting's place, audience or time: "with CNN", "to reporters", "in Iowa", "on Sunday". */
function withPlace(words: readonly Word[], at: number): { end: number; name: boolean } {
  const lower = words[at]?.lower ?? ''
  if (lower === 'with' || lower === 'to' || lower === 'in' || lower === 'on' || lower === 'at') {
    const time = timeEnd(words, at + 1)
    if (time > at + 1) return { end: time, name: false }
    const name = nameEnd(words, at + 1)
    if (name > at + 1) return { end: name, name: true }
    if (
      /^(?:reporters|journalists|supporters|lawmakers|him|her|them|me|us)$/u.test(
        words[at + 1]?.lower ?? '',
      )
    )
      return { end: at + 2, name: false }
  }
  return { end: at, name: false }
}

/** The end of a setting ("a statement", "a brief statement", "the news conference") from `at`. */
function settingEnd(words: readonly Word[], at: number, nouns: ReadonlySet<string>): number {
  if (!SETTING_DETERMINERS.has(words[at]?.lower ?? '')) return -1
  for (let j = at + 1; j <= at + 1 + MAX_SETTING_MODIFIERS && j < words.length; j++) {
    const word = words[j] as Word
    if (word.punct) return -1
    if (nouns.has(word.lower)) {
      // "a news conference call": the last of the nouns.
      return nouns.has(words[j + 1]?.lower ?? '') ? j + 2 : j + 1
    }
  }
  return -1
}

/** The end of a time phrase from word `at` ("Tuesday", "last week", "earlier this month"), or `at`. */
function timeEnd(words: readonly Word[], at: number): number {
  let j = at
  let anchored = false
  while (j < words.length) {
    const word = words[j] as Word
    if (isTimeAnchor(word)) anchored = true
    else if (!(TIME_MODIFIERS.has(word.lower) || (anchored && /^\d{1,2}$/u.test(word.text)))) break
    j++
  }
  // Back off modifiers that anchor nothing: "on Tuesday the" ends at "Tuesday".
  while (j > at && !isTimeAnchor(words[j - 1] as Word) && !/^\d/u.test((words[j - 1] as Word).text))
    j--
  return anchored ? j : at
}

/** The end of a run of capitalised words from `at` (a name), or `at`. */
function nameEnd(words: readonly Word[], at: number): number {
  let j = at
  while (j < words.length && j - at < MAX_NAME_WORDS && isCapitalised(words[j] as Word)) j++
  return j
}

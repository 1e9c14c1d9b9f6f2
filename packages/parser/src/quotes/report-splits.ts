/**
 * One report read as two where a second verb reports its own clause: "X said
 * A, adding that B", "X says A but argues that B", "A, X said at the time,
 * adding that B".
 */
import { clausePastAdjuncts } from './verb-adjuncts.js'
import { firstAtOrAfter } from '../bisect.js'
import { PARTICIPLES, REPORTING, STANCE_VERBS } from '../lexicon/speech.js'
import { isNoun } from './cues.js'
import {
  clauseAfterParticiple,
  isAmountAt,
  isGesture,
  isThat,
  MIN_CLAUSE_WORDS,
  NOT_CLAUSE_OPENERS,
  type Reported,
  spanOf,
} from './report-words.js'
import { BETWEEN_SOURCE_AND_CUE, isBetweenSourceAndCue } from './source-words.js'
import { WordSet } from './word-set.js'
import { isCapitalised, type Word } from './words.js'

/**
 * "X said A, adding that B": two reports of one speaker, A cued by "said" and
 * B by "adding"; a report without such a participle comes back whole.
 */
export function splitAtParticiple(
  reported: Omit<Reported, 'segment'>,
  words: readonly Word[],
): Omit<Reported, 'segment'>[] {
  const { content } = reported
  for (let k = firstAtOrAfter(words, content.start) + 1; k < words.length; k++) {
    const word = words[k] as Word
    if (word.start >= content.end) break
    // The comma first: it turns most words away without a lookup.
    if (words[k - 1]?.text !== ',' || !PARTICIPLES.has(word.lower)) continue
    // ("will take longer, adding about 10 days to the schedule": an amount added, no words.)
    if (word.lower === 'adding' && isAmountAt(words, k + 1)) continue
    const clause = clauseAfterParticiple(words, k)
    const first = words[clause]
    const comma = words[k - 1] as Word
    if (!first || words.length - clause < MIN_CLAUSE_WORDS || comma.start <= content.start) break
    return [
      { ...reported, content: { start: content.start, end: comma.start } },
      {
        content: { start: first.start, end: content.end },
        cue: { start: word.start, end: word.end },
        source: reported.source,
      },
    ]
  }
  return [reported]
}

/**
 * A report after its cue cut before a clause of the writer's own that "as"
 * opens after a comma: "has conceded that intelligence never reached
 * residents, as the premier defends her record" reports up to "residents"
 * (not "as expected", "as a result of the war", "as well").
 */
export function withoutAsClause(
  reported: Omit<Reported, 'segment'>,
  words: readonly Word[],
): Omit<Reported, 'segment'> {
  const { content } = reported
  if (content.start < reported.cue.end) return reported
  // ("described a day at home, as the perfect day": what the verb names something as.)
  const cue = words[firstAtOrAfter(words, reported.cue.start)]
  if (cue !== undefined && NAMING_AS.has(cue.lower)) return reported
  for (let k = firstAtOrAfter(words, content.start) + 1; k < words.length; k++) {
    const word = words[k] as Word
    if (word.start >= content.end) break
    if (word.lower !== 'as' || words[k - 1]?.text !== ',') continue
    const subject = words[k + 1]
    if (subject === undefined || subject.punct) continue
    const opens =
      AS_SUBJECTS.has(subject.lower) ||
      (/^\p{Lu}/u.test(subject.text) && subject.lower !== 'i' && !isThat(subject))
    if (!opens || AS_PHRASES.has(words[k + 2]?.lower ?? '')) continue
    // (Not an aside the report goes on after: "how Trump, as a presidential candidate, zipped".)
    if (isAsideAt(words, k, content.end)) continue
    const comma = words[k - 1] as Word
    if (comma.start <= content.start) break
    return { ...reported, content: { start: content.start, end: comma.start } }
  }
  return reported
}
/** Verbs that name something as something: "described X as Y", "cited X as Y". */
const NAMING_AS = new WordSet([
  ...['described', 'describes', 'describe', 'cited', 'cites', 'cite', 'characterized'],
  ...['characterised', 'portrayed', 'portrays', 'painted', 'paints', 'branded', 'brands'],
])
/** Most words of an aside that "as" opens: ", as he has in the past,". */
const MAX_AS_ASIDE_WORDS = 8

/** Whether the words from `k` to a comma within reach make an aside, the report going on past it. */
function isAsideAt(words: readonly Word[], k: number, end: number): boolean {
  for (let j = k + 1; j < words.length && j - k <= MAX_AS_ASIDE_WORDS; j++) {
    const word = words[j] as Word
    if (word.start >= end) return false
    if (word.text === ',') return (words[j + 1]?.start ?? end) < end
    if (word.punct) return false
  }
  return false
}
/** Words that open the subject of a clause "as" opens: "as the premier defends". */
const AS_SUBJECTS = new WordSet([
  ...['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'his', 'her', 'their', 'its'],
  ...['this', 'these', 'those', 'many', 'some', 'officials', 'critics'],
])
/** Words after "as a" or "as the" that make a phrase of the report's own: "as a result". */
const AS_PHRASES = new WordSet(['result', 'whole', 'consequence', 'matter', 'rule', 'well'])

/** Conjunctions that join a second report to a first: "says A but argues B", "A, as X warned that B". */
const REPORT_JOINERS = new WordSet(['but', 'and', 'while', 'whereas', 'as'])

/**
 * Most words of the subject of a second report: "while 9 percent found", "but two people
 * familiar with the matter said"; over MAX_PLAIN_SUBJECT_WORDS, none of CLAUSE_WORDS.
 */
const MAX_JOINED_SUBJECT_WORDS = 6
const MAX_PLAIN_SUBJECT_WORDS = 4
/** Words that open or make a clause, which a subject of a noun and its qualifiers never holds. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...['that', 'who', 'which', 'whom', 'there', 'is', 'are', 'was', 'were', 'has', 'have'],
])

/**
 * The closing comma of a description set off after a name (words `from`..`comma`
 * - 1, all capitalised), at most {@link MAX_ASIDE_WORDS} words with no other
 * mark: ", a conservative,"; -1 when none closes there.
 */
function asideAfterName(words: readonly Word[], from: number, comma: number): number {
  if (comma === from) return -1
  for (let k = from; k < comma; k++) if (!isCapitalised(words[k] as Word)) return -1
  for (let k = comma + 1; k <= comma + MAX_ASIDE_WORDS + 1 && k < words.length; k++) {
    const word = words[k] as Word
    if (word.text === ',') return k > comma + 1 ? k : -1
    if (word.punct) return -1
  }
  return -1
}
/** Most words of a description set off after a subject's name: ", a conservative,". */
const MAX_ASIDE_WORDS = 8

/**
 * "X says A but argues that B" / "X said A, while 9 percent found B": a second
 * reporting verb joined inside the reported words reports its own clause,
 * with its own subject when one stands between the conjunction and the verb.
 */
export function splitAtConjoinedReport(
  reported: Omit<Reported, 'segment'>,
  words: readonly Word[],
): Omit<Reported, 'segment'>[] {
  const { content } = reported
  for (let at = firstAtOrAfter(words, content.start) + 1; at < words.length; at++) {
    let k = at
    const joiner = words[k] as Word
    if (joiner.start >= content.end) break
    if (!REPORT_JOINERS.has(joiner.lower)) continue
    // "said A, but that B": a second clause of the same verb.
    if (isThat(words[k + 1])) continue
    // "A, as the World Health Organization (WHO) warned that B": "as" after a comma, before a
    // verb with its "that".
    const as = joiner.lower === 'as'
    if (as && words[k - 1]?.text !== ',') continue
    let v = k + 1
    // Where a short name in brackets after the subject's name opens ("(WHO)"), or a description
    // set off by commas after it (", a conservative,"), which are none of the subject's words.
    let bracket = -1
    let skipped = 0
    const stanceNext = !as && STANCE_VERBS.has(words[v]?.lower ?? '')
    while (!stanceNext && v < words.length && v - k - skipped <= MAX_JOINED_SUBJECT_WORDS + 1) {
      const word = words[v] as Word
      if (
        bracket < 0 &&
        word.text === '(' &&
        words[v + 2]?.text === ')' &&
        isCapitalised(words[v + 1] as Word)
      ) {
        bracket = v
        v += 3
        skipped = 3
        continue
      }
      // "while Justice Samuel Brandt, a conservative, said B".
      const asideEnd = bracket < 0 && word.text === ',' ? asideAfterName(words, k + 1, v) : -1
      if (asideEnd > 0) {
        bracket = v
        skipped = asideEnd + 1 - v
        v = asideEnd + 1
        continue
      }
      if (word.punct || REPORTING.has(word.lower) || REPORT_JOINERS.has(word.lower)) break
      v++
    }
    const verb = words[v]
    // ("said A and urged the police to act": a stance's verb that goes on from the subject.)
    const stance = stanceNext && v === k + 1
    if (!verb || verb.punct || !(REPORTING.has(verb.lower) || stance) || verb.lower.endsWith('ing'))
      continue
    if (as && !isThat(words[v + 1])) continue
    // "but two people familiar with the matter said B": a longer subject only of a noun and what
    // qualifies it, no clause ("savings from spending that he says").
    if (
      v - k - 1 > MAX_PLAIN_SUBJECT_WORDS &&
      words.slice(k + 1, v).some((word) => CLAUSE_WORDS.has(word.lower))
    )
      continue
    // "the United States are waging": a name, not a verb.
    if (verb.text !== verb.lower) continue
    if (isNoun(words, v)) continue
    // "allowed her staff and the public to think that ...": an infinitive the first verb governs.
    if (words[v - 1]?.lower === 'to') continue
    // "..., while Sen. Susan Collins and Rep. Louis Gohmert suggested B": two names that are one
    // subject, after the conjunction before the first ("detectives believe Hill and Whitfield
    // knew each other": none stands there, and nothing is reported apart).
    if (isCoordinatedName(words, k, v)) {
      const before = nameRunStart(words, k) - 1
      if (!REPORT_JOINERS.has(words[before]?.lower ?? '')) continue
      k = before
    }
    // ("and a spokesman said on Thursday that B": past the verb's adjuncts to its clause.)
    const adjuncts = clausePastAdjuncts(words, v + 1)
    const clause = adjuncts > 0 ? adjuncts : isThat(words[v + 1]) ? v + 2 : v + 1
    const first = words[clause]
    if (!first || first.punct || NOT_CLAUSE_OPENERS.has(first.lower)) continue
    if (words.length - clause < MIN_CLAUSE_WORDS || first.start >= content.end) continue
    const last = words[words[k - 1]?.text === ',' ? k - 2 : k - 1]
    if (!last || last.end <= content.start) continue
    const end = last.end
    // "but they did not know if": the subject without the auxiliaries before the verb.
    let subjectEnd = bracket > 0 ? bracket : v
    while (subjectEnd > k + 1 && BETWEEN_SOURCE_AND_CUE.has((words[subjectEnd - 1] as Word).lower))
      subjectEnd--
    // ("but initially believed B": an adverb alone is no subject; the verb goes on from the first.)
    const named = words.slice(k + 1, subjectEnd)
    const subject = named.every((_, j) => isBetweenSourceAndCue(words, k + 1 + j)) ? [] : named
    return [
      { ...reported, content: { start: content.start, end } },
      {
        content: { start: first.start, end: content.end },
        cue: { start: verb.start, end: verb.end },
        source: subject.length > 0 ? spanOf(subject) : reported.source,
      },
    ]
  }
  return [reported]
}

/**
 * Whether the "and" at word `k` joins two names into one subject, the verb at
 * `v` after the second: a capitalised word right before it, and only
 * capitalised words between it and the verb ("Hill and Whitfield knew").
 */
function isCoordinatedName(words: readonly Word[], k: number, v: number): boolean {
  if ((words[k] as Word).lower !== 'and' || v === k + 1) return false
  const before = words[k - 1]
  if (!before || before.punct || !isCapitalised(before)) return false
  return words.slice(k + 1, v).every((word) => !word.punct && isCapitalised(word))
}

/** Most words of the first of two coordinated names: "Maine Sen. Susan Collins". */
const MAX_COORDINATED_NAME_WORDS = 4

/** The index of the first word of the run of capitalised words that ends before the "and" at `k`. */
function nameRunStart(words: readonly Word[], k: number): number {
  let start = k
  while (start > 0 && k - start < MAX_COORDINATED_NAME_WORDS) {
    const word = words[start - 1] as Word
    if (word.punct || !isCapitalised(word)) break
    start--
  }
  return start
}

/** Most words between a cue and the participle that goes on from it: "said at the time, adding". */
const MAX_PARTICIPLE_GAP = 6

/** The index of ", PARTICIPLE" shortly after the cue at word `k`, or -1. */
export function participleAfter(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < words.length && j - k <= MAX_PARTICIPLE_GAP; j++) {
    const word = words[j] as Word
    if (word.punct && word.text !== ',') return -1
    if (words[j - 1]?.text === ',' && PARTICIPLES.has(word.lower) && !isGesture(words, j)) return j
  }
  return -1
}

/**
 * The report of a participle after a report's cue and outside its content:
 * "CLAUSE, Mr. Ackman said at the time, adding that B" gives B, cued by "adding".
 */
export function trailingParticiple(
  reported: Omit<Reported, 'segment'>,
  words: readonly Word[],
  end: number,
): Omit<Reported, 'segment'> | null {
  if (reported.content.end > reported.cue.start) return null
  // "CLAUSE, said U.N. climate chief Simon Stiell, adding that B": after the inverted source.
  const after = Math.max(reported.cue.end, reported.source?.end ?? 0)
  const k = firstAtOrAfter(words, after)
  const p = participleAfter(words, k - 1)
  if (p < 0) return null
  const participle = words[p] as Word
  // ("pointing out that B": past the particle; not past an object, "repeating a claim that B".)
  const particle = words[p + 1]?.lower === 'out' ? p + 1 : p
  const clauseStart = isThat(words[particle + 1]) ? particle + 2 : particle + 1
  const first = words[clauseStart]
  if (!first || first.punct || words.length - clauseStart < MIN_CLAUSE_WORDS) return null
  return {
    content: { start: first.start, end },
    cue: { start: participle.start, end: participle.end },
    source: reported.source,
  }
}

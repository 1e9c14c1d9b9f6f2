/**
 * Where a report made inside a relative clause ends: "Jane Smith, a teacher
 * who says the schools are failing, spoke" reports up to the comma that
 * closes the clause, not to the end of the sentence.
 */
import { firstAtOrAfter } from '../bisect.js'
import { DETERMINER_WORDS } from '../lexicon/determiners.js'
import { REPORTING } from '../lexicon/speech.js'
import { MIN_CLAUSE_WORDS, RELATIVES } from './report-words.js'
import { isBetweenSourceAndCue, SOURCE_STOPS } from './source-words.js'
import { CLOSING_MARKS, lastIndexOf, type Word } from './words.js'

/**
 * The index of the relative pronoun ("who", "which") right before the cue at
 * word `k` of `words`, past the auxiliaries and adverbs between ("which is
 * expected"); -1 when none stands there.
 */
export function relativeBeforeCue(words: readonly Word[], k: number): number {
  let j = k - 1
  while (j >= 0 && isBetweenSourceAndCue(words, j)) j--
  return RELATIVES.has(words[j]?.lower ?? '') ? j : -1
}

/**
 * The end of the report cued at word `k` whose content opens at word
 * `clauseStart`: the end of the word before the comma that closes the
 * relative clause the cue stands in, or `end` for a cue not after "who" or
 * "which" (or a source not after "where", "which" ...: `sourceStart` is
 * where the source starts, when given), or a clause that no comma closes
 * before the main verb, or one closed before `minWords` words (a clause's
 * fewest words unless given).
 */
export function relativeClauseEnd(
  words: readonly Word[],
  k: number,
  clauseStart: number,
  end: number,
  {
    minWords = MIN_CLAUSE_WORDS,
    sourceStart = -1,
  }: { minWords?: number; sourceStart?: number } = {},
): number {
  // "Khan, who faces charges he says are politically motivated, congratulated": a report whose
  // subject is the noun before its source (a verb opens it) lies in that noun's clause, which
  // a comma before the main verb closes.
  if (clauseStart === k + 1 && GAPPED_OPENERS.has(words[clauseStart]?.lower ?? '')) {
    const closed = closingComma(words, clauseStart, end, minWords, true)
    if (closed !== end) return closed
  }
  let j = relativeBeforeCue(words, k)
  if (j < 0) {
    // "In Gaza, where the health ministry says A, residents celebrated": a relative before the source.
    const before = sourceStart < 0 ? -1 : firstAtOrAfter(words, sourceStart) - 1
    if (!RELATIVES_BEFORE_SOURCE.has(words[before]?.lower ?? '')) return end
    j = before
  }
  // Only a clause set off by a comma before it closes with one: "Jane Smith, a teacher who".
  if (lastIndexOf(words, ',', j, j - MAX_DESCRIPTION_BEFORE_WHO) < 0) return end
  return closingComma(words, clauseStart, end, minWords)
}

/**
 * The end of the word before the comma that closes a clause opening at word
 * `clauseStart`, the comma before the main verb; `end` when none does (or,
 * with `pastVerb`, when the word after the first such comma is no verb in
 * the past).
 */
function closingComma(
  words: readonly Word[],
  clauseStart: number,
  end: number,
  minWords: number,
  /** Whether the word after the comma must read as a verb in the past: "…, congratulated". */
  pastVerb = false,
): number {
  const last = Math.min(words.length - 1, clauseStart + MAX_RELATIVE_CLAUSE_WORDS)
  // Inside an aside of its own ("the schools, which are old, need"), whose comma closes the aside.
  let aside = false
  for (let comma = clauseStart + 1; comma <= last; comma++) {
    if ((words[comma] as Word).text !== ',') continue
    if (aside) {
      aside = false
      continue
    }
    // 'who calls Trump a “sociopath,” said': the comma inside a closing mark.
    let after = comma + 1
    while (CLOSING_MARKS.has(words[after]?.text ?? '')) after++
    const next = words[after]
    if (!next) return end
    // "who supported Sen. Ted Cruz, R-Texas, and ...": a party and state set off inside it.
    if (PARTY_STATE.test(next.text)) continue
    if (!/^\p{Ll}/u.test(next.text)) return end
    // The comma before the main verb, not one that opens an aside or a list inside the clause
    // ("the schools, which are ...", "who backed Cruz, and then ...").
    if (NOT_MAIN_VERBS.has(next.lower)) {
      aside = RELATIVES.has(next.lower) || next.lower === 'whose'
      continue
    }
    // (Not a list's comma nor an appositive's: "fitness facilities, resort-style pools"; nor
    // participles in a list: "was seized, occupied and annexed".)
    if (pastVerb && (!PAST.test(next.text) || isParticipleList(words, after + 1))) return end
    return comma - clauseStart >= minWords ? (words[comma - 1] as Word).end : end
  }
  return end
}

/** A lower-case verb in the past: "congratulated". */
const PAST = /^\p{Ll}{3,}ed$/u

/**
 * Whether a participle after a comma goes on as one of a list: "and", "or"
 * or "then", or a comma, then another participle within a few words from
 * word `from` ("occupied and annexed", "stored in a warehouse, and sold").
 */
function isParticipleList(words: readonly Word[], from: number): boolean {
  const last = Math.min(words.length - 1, from + MAX_LIST_REACH)
  for (let j = from; j < last; j++) {
    const word = words[j] as Word
    if (!(LIST_JOINERS.has(word.lower) || word.text === ',')) continue
    let next = j + 1
    if (word.text === ',' && LIST_JOINERS.has(words[next]?.lower ?? '')) next++
    if (PAST.test(words[next]?.text ?? '')) return true
  }
  return false
}
/** Words after a listed participle read for the next one. */
const MAX_LIST_REACH = 8
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'then'])

/** Verbs that open a report whose subject is the noun before its source: "charges he says are". */
const GAPPED_OPENERS: ReadonlySet<string> = new Set([
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should'],
])

/** Relative words before a clause's own subject: "where the ministry says", "which Smith denies". */
const RELATIVES_BEFORE_SOURCE: ReadonlySet<string> = new Set([
  ...RELATIVES,
  'where',
  'when',
  'whom',
])

/** How far before its "who" the comma that opens an appositive is: ", a South Carolina native who". */
const MAX_DESCRIPTION_BEFORE_WHO = 5

/** Most words of a relative clause's report looked through for the comma that closes it. */
const MAX_RELATIVE_CLAUSE_WORDS = 30

/** A party and a state after a legislator's name: "R-Texas", "D-N.Y.". */
const PARTY_STATE = /^[RDI]-\p{Lu}/u

/**
 * Words after a comma that open an aside, a list or a phrase, not the main verb: "the schools,
 * which", ", and", ", in", ", the" (the stops of a source but its verbs, and the determiners).
 */
const NOT_MAIN_VERBS: ReadonlySet<string> = new Set([
  ...[...SOURCE_STOPS].filter((word) => !REPORTING.has(word)),
  ...DETERMINER_WORDS,
  'whose',
  'of',
  'including',
  'according',
])

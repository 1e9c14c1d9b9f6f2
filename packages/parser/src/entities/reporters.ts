/**
 * Names that open a sentence as the subject of a reporting verb, where the
 * tagger said no: "Earhardt then asked Rubio which states he could win." A
 * capitalised word at a sentence start is a weak sign of a name (see
 * view.ts), and a word the article uses once says nothing more; the verb
 * after it does. One or two capitalised words, none a common or a function
 * word ("Officials said", "He said" stay out), before a reporting verb in the
 * past or the present (an adverb may come between) are a person's name: one
 * word (not a plural the article never capitalises inside a sentence), or a
 * first name and a surname; a description set off by commas may stand
 * between ("Scholz, a Social Democrat, said").
 */
import { functionWords } from './discourse.js'
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js'
import { lexicon } from './lexicon.js'
import type { TaggedName } from './tagger.js'
import { isNameCased, lowerAt, TokenFlag, type Tokens } from './tokenize.js'
import { type CommonWords, type DocumentView, tokensCovered } from './view.js'
import { isReportingVerb } from './reporting.js'
import { ARTICLES, TITLES, WordSet } from './words.js'
import { PERSON_ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles.js'
import { PARTY_MEMBER_WORDS } from '../lexicon/organizations.js'

/** Words of people that are no names: "Nobody asked", and the days and months. */
const NOT_NAMES = new WordSet([
  'nobody',
  'somebody',
  'everybody',
  'anybody',
  'everyone',
  'someone',
  'anyone',
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
])
/** Adverbs that stand between a subject and its verb: "Earhardt then asked". */
const ADVERBS = new WordSet(['then', 'also', 'later', 'again', 'first', 'once', 'quickly'])
/** Words of a name read this way, at most. */
const MAX_WORDS = 2
/** How sure the rule is of a name it makes. */
const RULE_SURENESS = 0.5

/** `names` (in reading order) with the subjects of reporting verbs the tagger left out. */
export function withReportingSubjects(
  doc: DocumentView,
  names: TaggedName[],
  common: CommonWords,
): TaggedName[] {
  const tokens = doc.tokens
  const { firstNames } = lexicon()
  const taken = tokensCovered(doc, names)
  const added: TaggedName[] = []
  for (const view of doc.texts) {
    if (view.caps || view.titleCase) continue
    const { from, to } = view
    for (let opening = from; opening < to; opening++) {
      if (!((tokens.flags[opening] as number) & TokenFlag.sentenceStart)) continue
      // "Mr. Minassian said": the name after a title, without it.
      const k = opening + 1 < to && TITLES.hasToken(tokens, opening) ? opening + 1 : opening
      let end = k
      while (end < k + MAX_WORDS && !taken[end] && isNameWord(tokens, end, common)) end++
      if (end === k || !isReportingAt(tokens, afterAppositive(tokens, end, to), to)) continue
      const hash = tokens.hash[k] as number
      // Two words are a first name and a surname; one word in "-s" may be a plural ("Eyewitnesses").
      if (
        end - k > 1
          ? !firstNames.has(hash)
          : PLURAL.test(lowerAt(tokens, k)) && !doc.capSeen.has(hash)
      )
        continue
      added.push({
        text: view.index,
        first: k - from,
        last: end - 1 - from,
        type: 'PER',
        sureness: RULE_SURENESS,
      })
    }
  }
  if (added.length === 0) return names
  return [...names, ...added].sort((a, b) => a.text - b.text || a.first - b.first)
}
const PLURAL = /s$/u

/**
 * A capitalised word, not in capitals, with no digit, neither common nor a
 * function word nor a pronoun's contraction ("I've"), no date, no place.
 */
function isNameWord(tokens: Tokens, k: number, common: CommonWords): boolean {
  if (!isNameCased(tokens, k)) return false
  const hash = tokens.hash[k] as number
  if (common.has(hash) || lexicon().places.has(hash)) return false
  if (functionWords().hasToken(tokens, k) || NOT_NAMES.hasToken(tokens, k)) return false
  const lower = lowerAt(tokens, k)
  const apostrophe = lower.search(APOSTROPHES)
  return apostrophe < 0 || !functionWords().has(lower.slice(0, apostrophe))
}
const APOSTROPHES = /['’]/u

/**
 * Where the words after a description set off by commas at `k` start ("a
 * Social Democrat" of "Scholz, a Social Democrat, said"): past its closing
 * comma, when it opens with an article; else `k`.
 */
function afterAppositive(tokens: Tokens, k: number, to: number): number {
  if (k + 1 >= to || lowerAt(tokens, k) !== ',' || !ARTICLES.hasToken(tokens, k + 1)) return k
  const last = Math.min(to, k + MAX_APPOSITIVE_TOKENS)
  // A person's description: a role or a party's member ("a Social Democrat", "the group's
  // leader"), not a body's ("Revolut, the fintech, said").
  let person = false
  for (let j = k + 2; j < last; j++) {
    if ((tokens.flags[j] as number) & TokenFlag.sentenceStart) return k
    if (lowerAt(tokens, j) === ',') return person ? j + 1 : k
    person ||= PERSON_WORDS.hasToken(tokens, j)
  }
  return k
}
/** Words of a person's description: roles and titles, a party's members. */
const PERSON_WORDS = new WordSet([...PERSON_ROLE_NOUNS, ...TITLE_WORDS, ...PARTY_MEMBER_WORDS])
/** Most tokens of a description set off after a name, its commas included. */
const MAX_APPOSITIVE_TOKENS = 12

/** A reporting verb in the past ("asked", "told") or one of a few in "-s" ("says"), an adverb allowed before. */
function isReportingAt(tokens: Tokens, k: number, to: number): boolean {
  if (k < to && ADVERBS.hasToken(tokens, k)) k++
  if (k >= to || !isReportingVerb(tokens, k)) return false
  const value = tokens.values[tokens.text[k] as number] as string
  // "said", "asked": the past, not a noun in "-s" ("Homegrown attacks").
  return value.charCodeAt((tokens.end[k] as number) - 1) === LOWER_D || FINITE.hasToken(tokens, k)
}
const LOWER_D = 0x64
/** Reporting verbs in the past that end in no "d", and in the present that are no nouns. */
const FINITE = new WordSet([
  'told',
  'wrote',
  'spoke',
  'says',
  'tells',
  'asks',
  'writes',
  'adds',
  'insists',
  'explains',
  'recalls',
])

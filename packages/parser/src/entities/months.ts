/**
 * Months that are first names: "April Mellody, a spokeswoman", "said June
 * Smith". The tagger reads a month before a capitalised word as a date and
 * leaves both out; where the month is a first name of the gazetteer, no word
 * before it asks for a date ("in April", "since May"), and the word after it
 * is a person's name or reads as a surname (a comma, a possessive or a
 * reporting verb follows it), the two are a person's name.
 */
import { MONTH_NAMES } from '../lexicon/calendar.js'
import { lexicon } from './lexicon.js'
import { DATES } from './organization-names.js'
import type { TaggedName } from './tagger.js'
import { isNameCased, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { isReportingVerb } from './reporting.js'
import { WordSet } from './words.js'

const MONTHS = new WordSet(MONTH_NAMES)
/** Words after which a month is a date: "in April", "since May", "last June". */
const BEFORE_DATES = new WordSet(
  (
    'in since by until till through throughout during from of last next this that early late ' +
    'mid before after on to between and or each every'
  ).split(' '),
)
/** Marks after a surname: a comma, a possessive. */
const AFTER_SURNAME = new WordSet([',', "'s", '’s'])
/** How sure the rule is of a name it makes from words the tagger left out. */
const RULE_SURENESS = 0.5

/** `names` (in reading order) with the months that are first names put in. */
export function withMonthFirstNames(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const { firstNames } = lexicon()
  const starts = new Map<number, TaggedName>()
  for (const name of names) starts.set((doc.texts[name.text] as TextView).from + name.first, name)
  const added: TaggedName[] = []
  for (const view of doc.texts) {
    if (view.caps || view.titleCase) continue
    const { from, to } = view
    for (let k = from; k + 1 < to; k++) {
      // The flags of the word after turn most tokens away before any lookup (the tests are pure:
      // their order changes no answer).
      if (!isNameCased(tokens, k + 1)) continue
      if (!MONTHS.hasToken(tokens, k) || !firstNames.has(tokens.hash[k] as number)) continue
      if (starts.has(k) || !isSurnameShape(tokens, k + 1)) continue
      if (k > from && BEFORE_DATES.hasToken(tokens, k - 1)) continue
      const name = starts.get(k + 1)
      if (name) {
        if (name.type !== 'PER') continue
        name.first--
      } else if (
        !lexicon().known.has(tokens.hash[k + 1] as number) &&
        readsAsSurname(tokens, k + 2, to)
      ) {
        const sureness = RULE_SURENESS
        added.push({ text: view.index, first: k - from, last: k + 1 - from, type: 'PER', sureness })
      }
    }
  }
  if (added.length === 0) return names
  return [...names, ...added].sort((a, b) => a.text - b.text || a.first - b.first)
}

/** A capitalised word with no digit that names no month or weekday, not in capitals. */
function isSurnameShape(tokens: Tokens, k: number): boolean {
  return isNameCased(tokens, k) && !DATES.hasToken(tokens, k)
}

/** The token at `k` (before `to`) is a comma, a possessive, a reporting verb or the end. */
function readsAsSurname(tokens: Tokens, k: number, to: number): boolean {
  return k >= to || AFTER_SURNAME.hasToken(tokens, k) || isReportingVerb(tokens, k)
}

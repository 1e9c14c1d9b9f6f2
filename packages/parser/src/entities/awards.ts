/**
 * Awards: "the Pritzker Prize", "an Academy Award", "the Presidential Medal of
 * Freedom". Other names, whatever their first words name, made whole where
 * the tagger cut them ("Presidential | Medal | of | Freedom").
 */
import type { VotedName } from './consistency.js'
import { isJoinedAcross, OF } from './organization-names.js'
import { isNameCased, lowerAt, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

/** Heads of awards' names. */
const AWARDS = new WordSet(['prize', 'prizes', 'award', 'awards', 'medal', 'trophy'])

/** Most capitalised words the tagger left out before an award's head: "Presidential". */
const MAX_LEFT_OUT = 2

/**
 * `names` with each award's name an other name, made whole: the capitalised
 * words right before it that no name holds ("Presidential"), and "of" and the
 * name right after it ("Medal | of | Freedom").
 */
export function withAwardNames(doc: DocumentView, names: readonly VotedName[]): VotedName[] {
  const tokens = doc.tokens
  const out: VotedName[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as VotedName
    const view = doc.texts[name.text] as TextView
    const head = view.from + name.last + 1
    const next = names[i + 1]
    // "the 97th Academy | Awards": the award's head the tagger left out after the name.
    const leftOut =
      head < view.to &&
      isNameCased(tokens, head) &&
      AWARDS.hasToken(tokens, head) &&
      !(next?.text === name.text && next.first === name.last + 1)
    if (
      !leftOut &&
      !isAwardName(tokens, view.from + name.first, view.from + name.last) &&
      !isStatuette(tokens, view, name)
    ) {
      out.push(name)
      continue
    }
    const previous = out[out.length - 1]
    const floor = view.from + (previous?.text === name.text ? previous.last + 1 : 0)
    let first = view.from + name.first
    while (first - 1 >= floor && view.from + name.first - first < MAX_LEFT_OUT) {
      if (
        !isNameCased(tokens, first - 1) ||
        (tokens.flags[first] as number) & TokenFlag.sentenceStart
      )
        break
      first--
    }
    let last = leftOut ? name.last + 1 : name.last
    if (
      AWARDS.hasToken(tokens, view.from + last) &&
      isJoinedAcross(tokens, name.text, last, view.from, next, (k) => OF.hasToken(tokens, k))
    ) {
      last = next.last
      i++
    }
    out.push({ ...name, first: first - view.from, last, type: 'MISC', confidence: 1 })
  }
  return out
}

/**
 * Whether `name` is a statuette's one word after a determiner or a number
 * and what qualifies it, no name after it: "an honorary Oscar", "two Emmys",
 * "his first Grammy" (not "told Emmy", "Oscar Pistorius").
 */
function isStatuette(tokens: Tokens, view: TextView, name: VotedName): boolean {
  const k = view.from + name.first
  if (name.last !== name.first || !STATUETTES.hasToken(tokens, k)) return false
  if (k + 1 < view.to && isNameCased(tokens, k + 1)) return false
  // (A number in digits before the plural only: "3 Oscars", not "paid £25m for Oscar".)
  const plural = lowerAt(tokens, k).endsWith('s')
  for (let j = k - 1; j >= view.from && j >= k - MAX_QUALIFIERS - 1; j--) {
    const flags = tokens.flags[j] as number
    if (COUNTERS.hasToken(tokens, j) || (plural && flags & TokenFlag.hasDigit)) return true
    // (Not past a mark or a sentence's start, nor "a boy named Oscar", "their son Oscar".)
    if (!(flags & TokenFlag.word) || isNameCased(tokens, j) || NAMING.hasToken(tokens, j))
      return false
  }
  return false
}
/** Statuettes named alone: "an Oscar", "two Emmys". */
const STATUETTES = new WordSet([
  ...['oscar', 'oscars', 'emmy', 'emmys', 'grammy', 'grammys', 'bafta', 'baftas', 'tonys'],
])
/** Articles and numbers before a statuette and its qualifiers (no possessive: "their son Oscar"). */
const COUNTERS = new WordSet([
  ...['a', 'an', 'the', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['several', 'many', 'multiple'],
])
/** Words that name a person or a pet after them: "a boy named Oscar", "their dog Oscar". */
const NAMING = new WordSet([
  ...['named', 'called', 'son', 'daughter', 'boy', 'girl', 'baby', 'dog', 'cat', 'puppy'],
  ...['grandson', 'granddaughter', 'brother', 'sister', 'nephew', 'niece', 'pet'],
])
/** Most words between such a determiner and the statuette: "an honorary". */
const MAX_QUALIFIERS = 2

/**
 * Whether tokens [first, last] name an award: by its head last ("Pritzker
 * Prize"), or before "of" ("Medal of Honor").
 */
function isAwardName(tokens: Tokens, first: number, last: number): boolean {
  if (AWARDS.hasToken(tokens, last)) return true
  for (let k = first; k < last - 1; k++)
    if (AWARDS.hasToken(tokens, k) && OF.hasToken(tokens, k + 1)) return true
  return false
}

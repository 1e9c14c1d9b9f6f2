/**
 * The votes for the type of one name over a document (see consistency.ts),
 * and the words that no surname is.
 */
import { ORGANIZATION_NOUNS } from '../lexicon/titles.js'
import { hashSet } from './hash.js'
import { TYPES } from './tagger.js'

/** The index of the person type in {@link TYPES}. */
export const PERSON = 0
/** The index of the organisation type in {@link TYPES}. */
export const ORGANIZATION = 1

/**
 * Last words of "people" that are no surnames (hashes): nouns that end
 * organisation names ("Chelsea Clinton Foundation" is an organisation the
 * tagger got wrong), and the pronoun "I" ("Now I'm" in a headline).
 */
export const NOT_SURNAMES = hashSet([
  ...ORGANIZATION_NOUNS,
  ..."foundation college museum police i i'm i'd i'll i've".split(' '),
])

/** What is known of one name (by its key): the votes and the hashes of its words. */
export interface Tally {
  /** By type, in the order of TYPES (a plain array: a typed one costs more to make than to use). */
  votes: number[]
  words: number[]
  /** The winning type (by index), its share of the votes and their total: see settle. */
  type: number
  share: number
  total: number
}

/** Counts the votes of `tally`: its winning type, the winner's share, the total. */
export function settle(tally: Tally): void {
  const votes = tally.votes
  let type = 0
  let total = 0
  for (let k = 0; k < TYPES.length; k++) {
    total += votes[k] as number
    if ((votes[k] as number) > (votes[type] as number)) type = k
  }
  tally.type = type
  tally.total = total
  tally.share = total > 0 ? (votes[type] as number) / total : 0
}

/**
 * Names of groups of people: faiths, their followers and peoples by descent
 * ("Islam", "Muslims", "Hispanic"), other names, never a person or a place.
 */
import {
  DEITY_NAMES,
  DESCENT_COLOURS,
  DESCENT_WORDS,
  ETHNIC_GROUP_WORDS,
  FAITH_NAMES,
  FAITH_WORDS,
} from '../lexicon/faiths.js'
import { isLowerWord, type Tokens } from './tokenize.js'
import { WordSet } from './words.js'

/**
 * The words of {@link FAITH_WORDS}, {@link FAITH_NAMES}, {@link DEITY_NAMES}
 * and {@link ETHNIC_GROUP_WORDS}, by token.
 */
export const GROUPS = new WordSet([
  ...FAITH_WORDS,
  ...FAITH_NAMES,
  ...DEITY_NAMES,
  ...ETHNIC_GROUP_WORDS,
])

const COLOURS = new WordSet(DESCENT_COLOURS)
const DESCENTS = new WordSet(DESCENT_WORDS)
const AMERICANS = new WordSet(['american', 'americans'])

/**
 * Whether the name of tokens `first` to `last` names a people by descent,
 * beyond {@link GROUPS}: a colour before a word in lower case ("Black
 * voters"), or a people's word and "American(s)" written apart ("Native
 * Americans", "Asian American voters"; `isDemonym` knows the nationalities).
 */
export function isDescentName(
  tokens: Tokens,
  first: number,
  last: number,
  isDemonym: (k: number) => boolean,
): boolean {
  if (first === last) return COLOURS.hasToken(tokens, first) && isLowerWord(tokens, last + 1)
  return (
    last === first + 1 &&
    AMERICANS.hasToken(tokens, last) &&
    (DESCENTS.hasToken(tokens, first) || isDemonym(first))
  )
}

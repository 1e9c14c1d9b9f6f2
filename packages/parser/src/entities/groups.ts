/**
 * Names of groups of people: faiths, their followers and peoples by descent
 * ("Islam", "Muslims", "Hispanic"), other names, never a person or a place.
 */
import { ETHNIC_GROUP_WORDS, FAITH_NAMES, FAITH_WORDS } from '../lexicon/faiths.js'
import { WordSet } from './words.js'

/** The words of {@link FAITH_WORDS}, {@link FAITH_NAMES} and {@link ETHNIC_GROUP_WORDS}, by token. */
export const GROUPS = new WordSet([...FAITH_WORDS, ...FAITH_NAMES, ...ETHNIC_GROUP_WORDS])

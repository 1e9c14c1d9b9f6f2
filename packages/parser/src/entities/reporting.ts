/**
 * The reporting verbs ("said", "asked", "wrote") as a set looked up by
 * token, for the rules that read a name by the verb after it. Made once,
 * the first time a rule asks: several rules share it, and loading the
 * package builds none.
 */
import { SPEECH_VERBS } from '../lexicon/speech.js'
import type { Tokens } from './tokenize.js'
import { WordSet } from './words.js'

let verbs: WordSet | null = null

/**
 * Whether token `k` is a reporting verb, in any form.
 *
 * @example
 * isReportingVerb(tokens, k) // true for "said", "asks", "wrote"
 */
export function isReportingVerb(tokens: Tokens, k: number): boolean {
  return (verbs ??= new WordSet(SPEECH_VERBS)).hasToken(tokens, k)
}

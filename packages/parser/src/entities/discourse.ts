/**
 * Words that open a sentence as discourse, not as a name: "Moreover,",
 * "Yes.", "Basically, he said", "Unfortunately, ...". The tagger learned from
 * Reuters text, where such openers are rare, and takes many of them for
 * people; the view (view.ts) leaves them out of the candidates, as it does
 * the common words that open a sentence. A word is such an opener when it is
 * a function word (generated from compromise's lexicon), an adverb of time
 * ("Tonight,", "Yesterday"), or an adverb in
 * "-ly" followed by a mark and known to no gazetteer ("Kelly," stays a name).
 */
import { FUNCTION_WORDS } from '../lexicon/generated/function-words.js'
import { lexicon } from './lexicon.js'
import { TokenFlag, type Tokens } from './tokenize.js'
import { WordSet } from './words.js'

let functionWordSet: WordSet | null = null

/** The function words, as a set of words looked up by token (made the first time it is asked for). */
export function functionWords(): WordSet {
  return (functionWordSet ??= new WordSet(FUNCTION_WORDS.split('|')))
}
const LOWER_L = 0x6c
const LOWER_Y = 0x79
const UPPER_L = 0x4c
const UPPER_Y = 0x59
/** Adverbs in "-ly" are longer than this ("Only" is a function word; "Ely", "Lily" are names). */
const MIN_ADVERB_LENGTH = 5

/** Adverbs of time that open sentences, which no list above holds: "Tonight, we will sleep". */
const TIME_ADVERBS = new WordSet([
  ...['today', 'tonight', 'yesterday', 'tomorrow', 'meanwhile', 'overnight', 'afterwards'],
])

/**
 * Whether the capitalised opener `k` (of a text ending before token `to`) is
 * a discourse word rather than a name.
 *
 * @example
 * // "Moreover, the plan failed." -> true for "Moreover"
 * // "Kelly, a lawyer, said so." -> false for "Kelly" (a first name)
 */
export function isDiscourseOpener(tokens: Tokens, k: number, to: number): boolean {
  if (functionWords().hasToken(tokens, k) || TIME_ADVERBS.hasToken(tokens, k)) return true
  const next = k + 1
  if (next < to && (tokens.flags[next] as number) & TokenFlag.word) return false
  return isAdverb(tokens, k) && !lexicon().known.has(tokens.hash[k] as number)
}

/** A word of at least MIN_ADVERB_LENGTH letters ending in "ly". */
function isAdverb(tokens: Tokens, k: number): boolean {
  const start = tokens.start[k] as number
  const end = tokens.end[k] as number
  if (end - start < MIN_ADVERB_LENGTH) return false
  const value = tokens.values[tokens.text[k] as number] as string
  const l = value.charCodeAt(end - 2)
  const y = value.charCodeAt(end - 1)
  return (l === LOWER_L || l === UPPER_L) && (y === LOWER_Y || y === UPPER_Y)
}

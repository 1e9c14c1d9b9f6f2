/**
 * Sentence openers that are names after all. A capitalised common word that
 * opens a sentence ("The", "But", "Bush", "Fields") is no candidate for the
 * tagger (see view.ts): most such words are not names. When the article names
 * the word with confidence elsewhere (the surname of "Jeb Bush", the
 * organisation "Congress"), the opener is that name ("Bush is panning...",
 * "Fields did not reply...") unless the article's own evidence or the word
 * after it says it is the common word here: "May 5", "Sessions of Congress",
 * "Young voters" in an article that also writes "young".
 */
import { ORGANIZATION_HEADS } from '../lexicon/organizations.js'
import { TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView } from './view.js'
import { isReportingVerb } from './reporting.js'
import { POSSESSIVE_MARKS, WordSet } from './words.js'

/** Words after which an opener is the common noun they follow ("Sessions of Congress"). */
const NOUN_FOLLOWERS = new WordSet(['of'])
const ORGANIZATION_HEAD_WORDS = new WordSet(ORGANIZATION_HEADS)
/** The pronoun "I" and its contractions: capitalised everywhere, so capitals say nothing. */
const ALWAYS_CAPITALISED = new WordSet(['i', "i'm", "i'd", "i'll", "i've"])
const COMMA = 0x2c

/**
 * Whether the capitalised opener `k` (a word the tagger did not read, in a
 * text that ends before token `to`) reads as the name the article writes it
 * for. The article must capitalise the word inside a sentence somewhere
 * ("I" says nothing: it always is). Then a number after it says not ("May
 * 5"); a reporting verb says name ("May said"); otherwise the article must
 * never write the word in lower case, and the next token must be a word
 * other than "of" ("Sessions of Congress"), a possessive, a comma or nothing.
 *
 * @example
 * // In an article that names "Michelle Fields" and never writes "fields":
 * openerIsName(doc, k, to) // true for "Fields" of "Fields did not reply."
 */
export function openerIsName(doc: DocumentView, k: number, to: number): boolean {
  const tokens = doc.tokens
  const flags = tokens.flags[k] as number
  if (!(flags & TokenFlag.sentenceStart) || !(flags & TokenFlag.capitalised)) return false
  const hash = tokens.hash[k] as number
  if (!doc.capSeen.has(hash) || ALWAYS_CAPITALISED.hasToken(tokens, k)) return false
  const lowerToo = doc.lowerSeen.has(hash)
  const next = k + 1
  if (next >= to) return !lowerToo
  const after = tokens.flags[next] as number
  if (after & TokenFlag.hasDigit) return false
  if (!(after & TokenFlag.word)) return !lowerToo && isMarkAfterName(tokens, next)
  // A reporting verb ("May said", "From agreed"): even a word the article writes in lower case;
  // so does the head of a body's name ("Cobalt Institute president", "Health Ministry").
  if (
    isReportingVerb(tokens, next) ||
    (after & TokenFlag.capitalised && ORGANIZATION_HEAD_WORDS.hasToken(tokens, next))
  )
    return true
  return !lowerToo && !NOUN_FOLLOWERS.hasToken(tokens, next)
}

function isMarkAfterName(tokens: Tokens, k: number): boolean {
  const value = tokens.values[tokens.text[k] as number] as string
  const code = value.charCodeAt(tokens.start[k] as number)
  return code === COMMA || POSSESSIVE_MARKS.hasToken(tokens, k)
}

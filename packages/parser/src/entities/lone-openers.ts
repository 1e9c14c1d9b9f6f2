/**
 * A common noun that opens a sentence, which the tagger read as a person's
 * name where it is unsure ("Flour costs more now", "Butter prices have nearly
 * doubled"): one word that no list knows as a name or a place, that the
 * document names nowhere else, before a word in lower case that is no verb
 * of speech. Real people are named in full first ("Dorothy Kessler"), or
 * known to the lists, or say something ("Kessler said").
 */
import type { RuledName } from './rules.js'
import { lexicon } from './lexicon.js'
import { isReportingVerb } from './reporting.js'
import { isLowerWord, nameKey, TokenFlag } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

/** Marks inside a word that surnames have and common nouns lack: "Al-Muteiri", "O'Neill". */
const NAME_MARKS = /[-'’]/u
/** Words after a person's name as a subject, seldom after a noun's: "Earhardt then asked". */
const PERSON_FOLLOWERS = new WordSet([
  'then',
  'also',
  'later',
  'herself',
  'himself',
  'who',
  'whose',
])

/** How sure the tagger may be of a person for the rule to overrule it. */
const MAX_CONFIDENCE = 0.6

/** The names of `names` that are such openers. */
export function loneOpeners(doc: DocumentView, names: readonly RuledName[]): Set<RuledName> {
  const found = new Set<RuledName>()
  const tokens = doc.tokens
  let counts: Map<number, number> | null = null
  let lowerWords: Set<number> | null = null
  for (const name of names) {
    if (name.type !== 'PER' || name.first !== name.last || name.confidence >= MAX_CONFIDENCE)
      continue
    const view = doc.texts[name.text] as TextView
    if (view.caps || view.titleCase || view.headline) continue
    const k = view.from + name.first
    const flags = tokens.flags[k] as number
    if (!(flags & TokenFlag.sentenceStart) || flags & TokenFlag.allCaps) continue
    if (k + 1 >= view.to || !isLowerWord(tokens, k + 1) || isReportingVerb(tokens, k + 1)) continue
    const hash = tokens.hash[k] as number
    const { firstNames, known, lastNames, surnames } = lexicon()
    if (known.has(hash) || firstNames.has(hash) || lastNames.has(hash) || surnames.has(hash))
      continue
    counts ??= wordCounts(doc, names)
    if ((counts.get(hash) ?? 0) !== 1) continue
    lowerWords ??= lowerCaseWords(doc)
    // The document's own "the flour" settles it; else a word shaped as no surname is ("Al-Muteiri
    // was confirmed"), before no word that follows a person's name more than a noun's ("Earhardt
    // then asked").
    if (
      lowerWords.has(hash) ||
      (!NAME_MARKS.test(wordAt(doc, k)) && !PERSON_FOLLOWERS.hasToken(tokens, k + 1))
    )
      found.add(name)
  }
  return found
}

/** The text of token `k`. */
function wordAt(doc: DocumentView, k: number): string {
  const tokens = doc.tokens
  const value = tokens.values[tokens.text[k] as number] as string
  return value.slice(tokens.start[k] as number, tokens.end[k] as number)
}

/** The keys of the words the document writes in lower case. */
function lowerCaseWords(doc: DocumentView): Set<number> {
  const words = new Set<number>()
  for (let k = 0; k < doc.tokens.count; k++)
    if (isLowerWord(doc.tokens, k)) words.add(doc.tokens.hash[k] as number)
  return words
}

/** How many names of `names` hold each word, by the word's key. */
function wordCounts(doc: DocumentView, names: readonly RuledName[]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const name of names) {
    const from = (doc.texts[name.text] as TextView).from
    for (let k = from + name.first; k <= from + name.last; k++) {
      const key = nameKey(doc.tokens, k, k)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
}

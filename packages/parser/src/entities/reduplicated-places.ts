/**
 * Places named by one word said twice: "Wagga Wagga", "Walla Walla", "Kurri
 * Kurri", "Bora Bora". The tagger reads them as a person's given name and
 * surname, or cuts them in half; no one's name repeats its given name.
 */
import { lexicon } from './lexicon.js'
import type { TaggedName } from './tagger.js'
import { isNameCased, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** `names` (in reading order) with each word said twice read as one place. */
export function withReduplicatedPlaces(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const out: TaggedName[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as TaggedName
    const view = doc.texts[name.text] as TextView
    const first = view.from + name.first
    // "Wagga Wagga" read whole, as a person.
    if (name.last === name.first + 1 && isRepeated(tokens, first)) {
      out.push({ ...name, type: 'LOC' })
      continue
    }
    // "Kurri" read alone before its repetition, which the tagger may have read as a name too.
    if (name.last === name.first && first + 1 < view.to && isRepeated(tokens, first)) {
      out.push({ ...name, last: name.last + 1, type: 'LOC' })
      const next = names[i + 1]
      if (next?.text === name.text && next.first === name.last + 1) i++
      continue
    }
    out.push(name)
  }
  return out
}

/**
 * Whether token `k` and the one after it are the same word, capitalised as a
 * name, and no given name the lists know ("a man calling himself Paul Paul").
 */
function isRepeated(tokens: Tokens, k: number): boolean {
  return (
    tokens.hash[k] === tokens.hash[k + 1] &&
    !lexicon().firstNames.has(tokens.hash[k] as number) &&
    isNameCased(tokens, k) &&
    isNameCased(tokens, k + 1) &&
    tokens.end[k] === (tokens.start[k + 1] as number) - 1
  )
}

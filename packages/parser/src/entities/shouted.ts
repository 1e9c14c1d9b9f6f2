/**
 * Names in a text where capitals say little (a headline in capitals or in
 * title case) often take in a capitalised verb or noun next to them: "Apple
 * Unveils", "Counter Zelensky". When the same document names the rest
 * ("Apple", "Zelensky") in a plain text, a word at either end that the
 * document never capitalises inside a sentence of a plain text is cut off.
 */
import type { TaggedName } from './tagger.js'
import { nameKey, type Token } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** `names` with the names of shouted texts cut to what plain texts name. */
export function trimShouted(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const plain = new Set<number>()
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    if (!view.caps && !view.titleCase) plain.add(nameKey(view.tokens, name.first, name.last))
  }
  if (plain.size === 0) return names
  const loose = (token: Token): boolean => !doc.capSeen.has(token.hash)
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    if ((!view.caps && !view.titleCase) || name.first === name.last) continue
    const tokens = view.tokens
    if (plain.has(nameKey(tokens, name.first, name.last))) continue
    let first = name.first
    let last = name.last
    while (first < last && loose(tokens[first] as Token)) first++
    while (last > first && loose(tokens[last] as Token)) last--
    if ((first !== name.first || last !== name.last) && plain.has(nameKey(tokens, first, last))) {
      name.first = first
      name.last = last
    }
  }
  return names
}

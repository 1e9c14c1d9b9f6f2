/**
 * Names in a text where capitals say little (a headline in capitals or in
 * title case) often take in a capitalised verb or noun next to them: "Apple
 * Unveils", "Counter Zelensky". When the same document names the rest
 * ("Apple", "Zelensky") in a plain text, a word at either end that the
 * document never capitalises inside a sentence of a plain text is cut off.
 */
import type { TaggedName } from './tagger.js'
import { nameKey } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** `names` with the names of shouted texts cut to what plain texts name. */
export function trimShouted(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const plain = new Set<number>()
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    if (!view.caps && !view.titleCase)
      plain.add(nameKey(tokens, view.from + name.first, view.from + name.last))
  }
  if (plain.size === 0) return names
  const loose = (k: number): boolean => !doc.capSeen.has(tokens.hash[k] as number)
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    if ((!view.caps && !view.titleCase) || name.first === name.last) continue
    const from = view.from
    if (plain.has(nameKey(tokens, from + name.first, from + name.last))) continue
    let first = from + name.first
    let last = from + name.last
    while (first < last && loose(first)) first++
    while (last > first && loose(last)) last--
    if (
      (first !== from + name.first || last !== from + name.last) &&
      plain.has(nameKey(tokens, first, last))
    ) {
      name.first = first - from
      name.last = last - from
    }
  }
  return names
}

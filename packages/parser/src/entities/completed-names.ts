/**
 * Names the tagger cut short by a capitalised word it left out before them,
 * where the document writes the whole name elsewhere: "its Change Healthcare
 * unit" read as "Healthcare" beside "a spokesperson for Change Healthcare".
 * The word is put back, and the name goes on to be the longer one's.
 */
import type { TaggedName } from './tagger.js'
import { nameKey, TokenFlag } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** `names` (in reading order) with the capitalised word before a name put back where the document names the two together. */
export function withCompletedNames<T extends TaggedName>(doc: DocumentView, names: T[]): T[] {
  const tokens = doc.tokens
  const longer = new Map<number, T>()
  for (const name of names) {
    if (name.last === name.first) continue
    const { from } = doc.texts[name.text] as TextView
    longer.set(nameKey(tokens, from + name.first, from + name.last), name)
  }
  if (longer.size === 0) return names
  return names.map((name, i) => {
    const { from } = doc.texts[name.text] as TextView
    const before = from + name.first - 1
    const previous = names[i - 1]
    if (
      name.first === 0 ||
      ((tokens.flags[before] as number) & TokenFlag.capitalised) === 0 ||
      (previous !== undefined && previous.text === name.text && previous.last >= name.first - 1)
    )
      return name
    const whole = longer.get(nameKey(tokens, before, from + name.last))
    return whole === undefined ? name : { ...name, first: name.first - 1, type: whole.type }
  })
}

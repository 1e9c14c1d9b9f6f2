/**
 * Names the tagger cut short by a capitalised word it left out before them,
 * where the document writes the whole name elsewhere: "its Change Healthcare
 * unit" read as "Healthcare" beside "a spokesperson for Change Healthcare"; or
 * by a nation's name after a body's ("NHS England figures" read as "NHS").
 * The word is put back, and the name goes on to be the longer one's.
 */
import type { TaggedName } from './tagger.js'
import { nameKey, TokenFlag } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

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
    const { from, to } = doc.texts[name.text] as TextView
    const before = from + name.first - 1
    const previous = names[i - 1]
    if (
      name.first > 0 &&
      ((tokens.flags[before] as number) & TokenFlag.capitalised) !== 0 &&
      !(previous !== undefined && previous.text === name.text && previous.last >= name.first - 1)
    ) {
      const whole = longer.get(nameKey(tokens, before, from + name.last))
      if (whole !== undefined) return { ...name, first: name.first - 1, type: whole.type }
    }
    // "according to NHS England figures" read as "NHS" beside "NHS England has told trusts": the
    // nation's name after a body's, which the document names whole.
    const after = from + name.last + 1
    if (after >= to || !NATIONS_AFTER.hasToken(tokens, after)) return name
    const next = names[i + 1]
    if (next !== undefined && next.text === name.text && next.first <= name.last + 1) return name
    const whole = longer.get(nameKey(tokens, from + name.first, after))
    return whole === undefined || whole.type !== 'ORG'
      ? name
      : { ...name, last: name.last + 1, type: 'ORG' }
  })
}
/** Nations whose names end bodies' names: "NHS England", "Sport Wales". */
const NATIONS_AFTER = new WordSet(['england', 'scotland', 'wales', 'ireland', 'uk'])

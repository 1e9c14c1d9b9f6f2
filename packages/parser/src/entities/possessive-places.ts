/**
 * Buildings named after a saint or a person in the possessive: "St. Peter's
 * Basilica", "St Paul's Cathedral". The tagger reads the person ("St.
 * Peter") and the building's head ("Basilica") apart; the name with its
 * possessive and the head is one place.
 */
import type { TaggedName } from './tagger.js'
import { TokenFlag } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { FACILITIES, POSSESSIVE_S } from './words.js'

/** `names` (in reading order) with each such building made one place's name. */
export function withPossessivePlaces<T extends TaggedName>(doc: DocumentView, names: T[]): T[] {
  const tokens = doc.tokens
  const out: T[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as T
    const next = names[i + 1]
    const { from, to } = doc.texts[name.text] as TextView
    const head = from + name.last + 2
    if (
      head < to &&
      POSSESSIVE_S.hasToken(tokens, head - 1) &&
      ((tokens.flags[head] as number) & TokenFlag.capitalised) !== 0 &&
      FACILITIES.hasToken(tokens, head)
    ) {
      // The head, a name of its own or none.
      const headName = next?.text === name.text && next.first === name.last + 2
      if (!headName || next.last === next.first) {
        out.push({ ...name, last: name.last + 2, type: 'LOC' })
        if (headName) i++
        continue
      }
    }
    out.push(name)
  }
  return out
}

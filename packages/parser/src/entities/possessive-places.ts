/**
 * Buildings named after a saint or a person in the possessive: "St. Peter's
 * Basilica", "St Paul's Cathedral". The tagger reads the person ("St.
 * Peter") and the building's head ("Basilica") apart; the name with its
 * possessive and the head is one place.
 */
import type { TaggedName } from './tagger.js'
import { lexicon } from './lexicon.js'
import { nameKey, TokenFlag } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { POSSESSIVE_S, WordSet } from './words.js'

/** Heads of buildings named after a person in the possessive: "Basilica", "Palace". */
const BUILDINGS = new WordSet(['basilica', 'cathedral', 'abbey', 'palace', 'chapel', 'castle'])

/** `names` (in reading order) with each such building made one place's name. */
export function withPossessivePlaces<T extends TaggedName>(doc: DocumentView, names: T[]): T[] {
  const tokens = doc.tokens
  const { places } = lexicon()
  const out: T[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as T
    const next = names[i + 1]
    const { from, to } = doc.texts[name.text] as TextView
    const head = from + name.last + 2
    // (Not in a headline's capitals, "Biden's Airport Remarks"; not the possessive of a body or
    // of a place the lists know, "Russia's Memorial"; not a head that opens a longer name.)
    const view = doc.texts[name.text] as TextView
    if (
      head < to &&
      !view.headline &&
      !view.titleCase &&
      !view.caps &&
      name.type !== 'ORG' &&
      !places.has(nameKey(tokens, from + name.first, from + name.last)) &&
      POSSESSIVE_S.hasToken(tokens, head - 1) &&
      ((tokens.flags[head] as number) & TokenFlag.capitalised) !== 0 &&
      BUILDINGS.hasToken(tokens, head) &&
      !(head + 1 < to && ((tokens.flags[head + 1] as number) & TokenFlag.capitalised) !== 0)
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

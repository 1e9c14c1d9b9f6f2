/**
 * Buildings named after a saint or a person in the possessive: "St. Peter's
 * Basilica", "St Paul's Cathedral", "St James' Park". The tagger reads the
 * person ("St. Peter") and the building's head ("Basilica") apart; the name
 * with its possessive and the head is one place.
 */
import type { TaggedName } from './tagger.js'
import { lexicon } from './lexicon.js'
import { nameKey, TokenFlag } from './tokenize.js'
import type { DocumentView } from './view.js'
import { isCapitalsText, withHeadsTaken } from './head-joins.js'
import { POSSESSIVE_MARKS, SAINTS, WordSet } from './words.js'

/** Heads of buildings named after a person in the possessive: "Basilica", "Theatre", "Stadium". */
const BUILDINGS = new WordSet([
  ...['basilica', 'cathedral', 'abbey', 'palace', 'chapel', 'castle', 'theatre', 'theater'],
  ...['stadium', 'arena', 'square', 'park'],
])

/** `names` (in reading order) with each such building made one place's name. */
export function withPossessivePlaces<T extends TaggedName>(doc: DocumentView, names: T[]): T[] {
  const tokens = doc.tokens
  const { places } = lexicon()
  return withHeadsTaken(
    doc,
    names,
    (name, view) => {
      const head = view.from + name.last + 2
      // (Not in a headline's capitals, "Biden's Airport Remarks"; not the possessive of a body,
      // though a saint's name may read as one, or of a place the lists know, "Russia's Memorial";
      // not a head that opens a longer name.)
      const building =
        head < view.to &&
        !isCapitalsText(view) &&
        (name.type !== 'ORG' || SAINTS.hasToken(tokens, view.from + name.first)) &&
        !places.has(nameKey(tokens, view.from + name.first, view.from + name.last)) &&
        POSSESSIVE_MARKS.hasToken(tokens, head - 1) &&
        ((tokens.flags[head] as number) & TokenFlag.capitalised) !== 0 &&
        BUILDINGS.hasToken(tokens, head) &&
        !(head + 1 < view.to && ((tokens.flags[head + 1] as number) & TokenFlag.capitalised) !== 0)
      return building ? head : -1
    },
    'LOC',
  )
}

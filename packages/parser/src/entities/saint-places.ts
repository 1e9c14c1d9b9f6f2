/**
 * A place named after a saint, a fort or a mount by its abbreviation ("ST.
 * LOUIS (AP) —", "FT. MYERS"), which the tagger reads in capitals as two
 * names (the abbreviation a place, the word after it a body's): one place.
 */
import { joinedWithPrevious, type TaggedName } from './tagger.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

/** Abbreviations that open a place's name: "St. Louis", "Ft. Myers", "Mt. Vernon". */
const PLACE_ABBREVIATIONS = new WordSet(['st.', 'ste.', 'ft.', 'mt.', 'pt.'])

/** `names` (in reading order) with an abbreviation read alone joined to the name right after it. */
export function withSaintPlacesJoined(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  return joinedWithPrevious(names, (before, name) =>
    isAbbreviationBefore(doc, before, name)
      ? {
          ...before,
          last: name.last,
          type: before.type === name.type ? name.type : 'LOC',
          sureness: Math.max(before.sureness, name.sureness),
        }
      : null,
  )
}

/** Whether `before` is an abbreviation alone right before `name`: "ST." + "LOUIS". */
function isAbbreviationBefore(doc: DocumentView, before: TaggedName, name: TaggedName): boolean {
  if (before.text !== name.text || before.first !== before.last || name.first !== before.last + 1)
    return false
  const from = (doc.texts[name.text] as TextView).from
  return PLACE_ABBREVIATIONS.hasToken(doc.tokens, from + before.first)
}

/**
 * A place or a body named after a person ("Kennedy Space Center", "Reagan
 * Library"), which the tagger reads as the person's name and the rest apart:
 * one name, of the kind of the rest.
 */
import { joinedWithPrevious, type TaggedName } from './tagger.js'
import type { DocumentView, TextView } from './view.js'
import { FACILITIES, WordSet } from './words.js'

/** Heads of the names of places and bodies named after people, besides buildings'. */
const NAMED_AFTER_HEADS = new WordSet([
  ...['center', 'centre', 'library', 'museum', 'institute', 'foundation', 'hospital'],
])

/** `names` (in reading order) with a person's name joined to the place or body right after it. */
export function withNamedAfterPeople(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  return joinedWithPrevious(names, (before, name) => {
    if (before.type !== 'PER' || name.type === 'PER' || before.text !== name.text) return null
    if (name.first !== before.last + 1) return null
    const k = (doc.texts[name.text] as TextView).from + name.last
    return FACILITIES.hasToken(doc.tokens, k) || NAMED_AFTER_HEADS.hasToken(doc.tokens, k)
      ? { ...name, first: before.first }
      : null
  })
}

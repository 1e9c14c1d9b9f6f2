/**
 * A place or a body named after a person ("Kennedy Space Center", "Reagan
 * Library"), which the tagger reads as the person's name and the rest apart,
 * or as the person's name alone: one name, of the kind of the rest (a body
 * when the tagger left the rest out).
 */
import { joinedWithPrevious, type TaggedName } from './tagger.js'
import { isNameCased } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { FACILITIES, WordSet } from './words.js'

/** Heads of the names of places and bodies named after people, besides buildings'. */
const NAMED_AFTER_HEADS = new WordSet([
  ...['center', 'centre', 'library', 'museum', 'institute', 'foundation', 'hospital'],
])
/** Most capitalised words the tagger left out between the person's name and the head ("Space" "Center"). */
const MAX_LEFT_OUT = 3

/** `names` (in reading order) with a person's name joined to the place or body right after it. */
export function withNamedAfterPeople(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const joined = joinedWithPrevious(names, (before, name) => {
    if (before.type !== 'PER' || before.text !== name.text) return null
    if (name.first !== before.last + 1) return null
    const k = (doc.texts[name.text] as TextView).from + name.last
    if (!FACILITIES.hasToken(doc.tokens, k) && !NAMED_AFTER_HEADS.hasToken(doc.tokens, k))
      return null
    // ("Sabin" + "Vaccine Institute", both read as people's: the head says it is a body.)
    return { ...name, first: before.first, ...(name.type === 'PER' ? { type: 'ORG' } : {}) }
  })
  return joined.map((name, i) => withLeftOutHead(doc, name, joined[i + 1]))
}

/**
 * `name`, a person's, taken to the end of the body's name the tagger left out
 * after it ("Kennedy" + "Space Center."), as that body; else `name`. The
 * words up to the head are capitalised and no name's (`next` is the name
 * after).
 */
function withLeftOutHead(
  doc: DocumentView,
  name: TaggedName,
  next: TaggedName | undefined,
): TaggedName {
  if (name.type !== 'PER') return name
  const view = doc.texts[name.text] as TextView
  const { tokens } = doc
  let end = view.to
  if (next !== undefined && next.text === name.text) end = Math.min(end, view.from + next.first)
  for (let n = 1; n <= MAX_LEFT_OUT; n++) {
    const k = view.from + name.last + n
    if (k >= end || !isNameCased(tokens, k)) return name
    if (NAMED_AFTER_HEADS.hasToken(tokens, k)) return { ...name, last: name.last + n, type: 'ORG' }
  }
  return name
}

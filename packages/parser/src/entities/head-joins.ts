/**
 * Names run on to a head the tagger left out or read as a name of its own:
 * "Eras" + "Tour" (rules.ts), "St. Peter" + "'s" + "Basilica"
 * (possessive-places.ts). The callers say where the head is; this module
 * joins, once.
 */
import type { NameType, TaggedName } from './tagger.js'
import type { DocumentView, TextView } from './view.js'

/**
 * `names` (in reading order) with each name for which `headAt` gives a head
 * (a token of the document after the name; -1 for none) run on to it and
 * typed `type`. A name of one word the tagger made of the head is taken in;
 * a longer one there leaves the name as it is.
 */
export function withHeadsTaken<T extends TaggedName>(
  doc: DocumentView,
  names: readonly T[],
  headAt: (name: T, view: TextView) => number,
  type: NameType,
): T[] {
  const out: T[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as T
    const view = doc.texts[name.text] as TextView
    const head = headAt(name, view)
    const next = names[i + 1]
    const headName =
      next !== undefined && next.text === name.text && view.from + next.first === head
    if (head < 0 || (headName && next.last !== next.first)) {
      out.push(name)
      continue
    }
    out.push({ ...name, last: head - view.from, type })
    if (headName) i++
  }
  return out
}

/** Whether the text of `view` is written in capitals or title case, or is the headline: its capitals say little. */
export function isCapitalsText(view: TextView): boolean {
  return view.headline || view.titleCase || view.caps
}

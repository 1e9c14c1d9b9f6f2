/**
 * A made thing named by its maker, a model's number and a name ("Boeing 737
 * MAX"), which the tagger reads as two names, the maker's and the last word's
 * (a body "MAX"): one other name, a product's.
 */
import { joinedWithPrevious, type TaggedName } from './tagger.js'
import type { DocumentView, TextView } from './view.js'

/** `names` (in reading order) with a maker's name, a model's number and a name after it joined. */
export function withModelNumbersJoined(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  return joinedWithPrevious(names, (before, name) =>
    isModelNumberBetween(doc, before, name) ? { ...before, last: name.last, type: 'MISC' } : null,
  )
}

/**
 * Whether one token, a model's number of three digits, stands between
 * `before` and the one-word `name`: "Boeing" + "737" + "MAX" (not a score,
 * "Arsenal 3 Chelsea", nor a year, "Paris 2024 Olympics").
 */
function isModelNumberBetween(doc: DocumentView, before: TaggedName, name: TaggedName): boolean {
  if (before.text !== name.text || name.first !== before.last + 2 || name.first !== name.last)
    return false
  const tokens = doc.tokens
  const k = (doc.texts[name.text] as TextView).from + before.last + 1
  const value = tokens.values[tokens.text[k] as number] as string
  return MODEL_NUMBER.test(value.slice(tokens.start[k], tokens.end[k]))
}
/** A model's number: three digits. */
const MODEL_NUMBER = /^\d{3}$/u

/**
 * A body's name of several words that the tagger read whole once and cut
 * elsewhere: "Fire and Rescue NSW said ..." then "Priya Raman of Fire and
 * Rescue NSW" (read "Fire", a place, and "Rescue NSW"). Where the document
 * writes the same words again, capitalised as the whole name, they are that
 * name, in place of the names inside them.
 */
import { endsBefore, withFoundNames } from './conjoined-bodies.js'
import type { TaggedName } from './tagger.js'
import { nameKey, TokenFlag } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** Most words of a name looked for again: longer ones the tagger reads whole. */
const MAX_WORDS = 6

/**
 * `names` (in reading order) with each body's name of several words read
 * whole wherever the document writes its words again, unless a name there
 * reaches past them ("Fire and Rescue NSW Commissioner" read whole stays).
 */
export function withRepeatedBodies(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  // The bodies' names by the hash of their first word, with their keys and lengths.
  const byFirst = new Map<number, { key: number; length: number; at: number }[]>()
  for (const name of names) {
    const length = name.last - name.first + 1
    if (name.type !== 'ORG' || length < 2 || length > MAX_WORDS) continue
    const view = doc.texts[name.text] as TextView
    if (view.caps || view.titleCase) continue
    const first = view.from + name.first
    const entry = { key: nameKey(tokens, first, view.from + name.last), length, at: first }
    const hash = tokens.hash[first] as number
    const list = byFirst.get(hash)
    if (list === undefined) byFirst.set(hash, [entry])
    else if (!list.some((other) => other.key === entry.key)) list.push(entry)
  }
  if (byFirst.size === 0) return names
  const found: TaggedName[] = []
  // The first name that does not end before the token looked at (names are in reading order).
  let n = 0
  for (const view of doc.texts) {
    if (view.caps || view.titleCase) continue
    for (let k = view.from; k < view.to; k++) {
      const bodies = byFirst.get(tokens.hash[k] as number)
      if (bodies === undefined || !((tokens.flags[k] as number) & TokenFlag.capitalised)) continue
      const body = bodies.find(
        ({ key, length, at }) =>
          k + length <= view.to &&
          nameKey(tokens, k, k + length - 1) === key &&
          isCapitalisedAs(tokens.flags, k, at, length),
      )
      if (body === undefined) continue
      const first = k - view.from
      const last = first + body.length - 1
      while (n < names.length && endsBefore(names[n] as TaggedName, view.index, first)) n++
      if (isReadWhole(names, n, view.index, first, last)) {
        k += body.length - 1
        continue
      }
      found.push({ text: view.index, first, last, type: 'ORG', sureness: 1 })
      k += body.length - 1
    }
  }
  return withFoundNames(names, found)
}

/**
 * Whether the `length` tokens from `k` have capitals where those from `at`
 * do: "Republican Party" again, not "Republican party".
 */
function isCapitalisedAs(flags: Uint8Array, k: number, at: number, length: number): boolean {
  for (let i = 0; i < length; i++)
    if (
      ((flags[k + i] as number) & TokenFlag.capitalised) !==
      ((flags[at + i] as number) & TokenFlag.capitalised)
    )
      return false
  return true
}

/**
 * Whether the names from `names[n]` on leave the words `first`..`last` of
 * text `text` as they are: one name is all of them, or one reaches past them.
 */
function isReadWhole(
  names: readonly TaggedName[],
  n: number,
  text: number,
  first: number,
  last: number,
): boolean {
  for (let i = n; i < names.length; i++) {
    const name = names[i] as TaggedName
    if (name.text !== text || name.first > last) return false
    if (name.first < first || name.last > last) return true
    if (name.first === first && name.last === last) return true
  }
  return false
}

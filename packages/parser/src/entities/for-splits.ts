/**
 * A body's name that the tagger ran on through "for" into a person's name:
 * "Bayern Munich for Victor Okafor" (a bid from the club for the player).
 * The words after "for" are a first name the lists know and a surname, to
 * the name's end; the words before, two at least, end in a place the lists
 * know and in no body's head ("the Committee for Jane Smith", "Young
 * Americans for Ron Paul" are one body).
 */
import { lexicon } from './lexicon.js'
import { HEADS, TAKES_COMPLEMENT } from './organization-names.js'
import type { TaggedName } from './tagger.js'
import { isNameCased } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

/** `names` with such names split in two: the body before "for", the person after it. */
export function withPeopleAfterFor(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  let out: TaggedName[] | null = null
  names.forEach((name, i) => {
    const at = name.type === 'ORG' ? forBeforePerson(doc, name) : -1
    if (at < 0) {
      out?.push(name)
      return
    }
    out ??= names.slice(0, i)
    const from = (doc.texts[name.text] as TextView).from
    out.push({ ...name, last: at - 1 - from }, { ...name, first: at + 1 - from, type: 'PER' })
  })
  return out ?? names
}

/**
 * The token of "for" in `name` when a person's first name and surname follow
 * it to the name's end and a body's name of two words or more stands before
 * it, which a place ends; -1 otherwise.
 */
function forBeforePerson(doc: DocumentView, name: TaggedName): number {
  const tokens = doc.tokens
  const from = (doc.texts[name.text] as TextView).from
  const first = from + name.first
  const last = from + name.last
  // "Bayern Munich for Victor Okafor": two words before, two or three after.
  for (let k = first + 2; k <= last - 2 && last - k <= MAX_PERSON_WORDS; k++) {
    if (!FOR.hasToken(tokens, k)) continue
    if (HEADS.hasToken(tokens, k - 1) || TAKES_COMPLEMENT.hasToken(tokens, k - 1)) return -1
    // A club or a body named after its place ("Bayern Munich"), not a group for someone ("Young
    // Americans for Ron Paul").
    if (!lexicon().places.has(tokens.hash[k - 1] as number)) return -1
    if (!lexicon().firstNames.has(tokens.hash[k + 1] as number)) return -1
    for (let at = k + 1; at <= last; at++) if (!isNameCased(tokens, at)) return -1
    return k
  }
  return -1
}
const FOR = new WordSet(['for'])
/** Most words of the person's name after "for": "Victor Okafor", "Mary Ann Smith". */
const MAX_PERSON_WORDS = 3

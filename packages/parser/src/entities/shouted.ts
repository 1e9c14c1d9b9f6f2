/**
 * Names in a text where capitals say little (a headline in capitals or in
 * title case) often take in a capitalised verb or noun next to them: "Apple
 * Unveils", "Counter Zelensky". When the same document names the rest
 * ("Apple", "Zelensky") in a plain text, a word at either end that the
 * document never capitalises inside a sentence of a plain text is cut off.
 * A name of such a text or of the headline that the body never gives whole
 * is cut to the body's names it holds ("Carly Fiorina Endorses Ted Cruz").
 */
import { lexicon } from './lexicon.js'
import type { TaggedName } from './tagger.js'
import { nameKey, textAt, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** `names` with the names of shouted texts cut to what plain texts name. */
export function trimShouted(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  // Names of plain texts, and of those the names of the body (plain, and not the headline).
  const plain = new Set<number>()
  const body = new Set<number>()
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    if (view.caps || view.titleCase) continue
    const key = nameKey(tokens, view.from + name.first, view.from + name.last)
    plain.add(key)
    if (!view.headline) body.add(key)
  }
  if (plain.size === 0) return names
  const loose = (k: number): boolean => !doc.capSeen.has(tokens.hash[k] as number)
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    if ((!view.caps && !view.titleCase) || name.first === name.last) continue
    const from = view.from
    if (plain.has(nameKey(tokens, from + name.first, from + name.last))) continue
    let first = from + name.first
    let last = from + name.last
    while (first < last && loose(first)) first++
    while (last > first && loose(last)) last--
    if (
      (first !== from + name.first || last !== from + name.last) &&
      plain.has(nameKey(tokens, first, last))
    ) {
      name.first = first - from
      name.last = last - from
    }
  }
  return joinAcross(doc, names, body)
    .flatMap((name) => knownParts(doc, name, body) ?? [name])
    .filter((name) => !isShoutedPhrase(doc, name, loose))
}

/**
 * Whether `name`, of a subhead in capitals ("UNION WARNS ON JOBS"), is words
 * that plain texts never capitalise and that no list knows: a phrase shouted,
 * no name.
 */
function isShoutedPhrase(
  doc: DocumentView,
  name: TaggedName,
  loose: (k: number) => boolean,
): boolean {
  const view = doc.texts[name.text] as TextView
  // (Of two words at least, with words after it: one word, or a line that is the name alone,
  // may be a name that the text never writes otherwise, "LEICESTERSHIRE", "LE TEMPS".)
  if (!view.caps || view.headline || name.first === name.last) return false
  const tokens = doc.tokens
  let after = false
  for (let k = view.from + name.last + 1; k < view.to && !after; k++)
    after = ((tokens.flags[k] as number) & TokenFlag.word) !== 0
  if (!after) return false
  const { known, organizations } = lexicon()
  for (let k = view.from + name.first; k <= view.from + name.last; k++) {
    const hash = tokens.hash[k] as number
    // (Not "U.N." nor "APPLE": an abbreviation, a well-known body.)
    if (!loose(k) || known.has(hash) || organizations.has(hash) || textAt(tokens, k).includes('.'))
      return false
  }
  return !organizations.has(nameKey(tokens, view.from + name.first, view.from + name.last))
}

/**
 * "NEW" and "HAMPSHIRE PRIMARY" of a headline in capitals: two names side by
 * side in a shouted text, across which runs a name the body gives ("New
 * Hampshire"), are read as one, which {@link knownParts} then cuts to it.
 */
function joinAcross(
  doc: DocumentView,
  names: readonly TaggedName[],
  known: ReadonlySet<number>,
): TaggedName[] {
  const tokens = doc.tokens
  const joined: TaggedName[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as TaggedName
    const next = names[i + 1]
    const view = doc.texts[name.text] as TextView
    if (
      next !== undefined &&
      next.text === name.text &&
      next.first === name.last + 1 &&
      (view.caps || view.titleCase || view.headline) &&
      spansKnown(tokens, view.from, name, next, known)
    ) {
      joined.push({ ...name, last: next.last })
      i++
      continue
    }
    // "NEW" of "NEW HAMPSHIRE SHOWS STRONG LEAD", the rest untagged: as far as the body's name.
    const end = view.caps || view.headline ? knownEnd(doc, view, name, next, known) : -1
    joined.push(end > name.last ? { ...name, last: end } : name)
  }
  return joined
}

/**
 * The last word of the longest name of `known` that opens with `name` and runs
 * on over the untagged words after it (before `next`), in a text in capitals;
 * -1 when there is none.
 */
function knownEnd(
  doc: DocumentView,
  view: TextView,
  name: TaggedName,
  next: TaggedName | undefined,
  known: ReadonlySet<number>,
): number {
  const tokens = doc.tokens
  const limit = Math.min(
    view.to - view.from - 1,
    next !== undefined && next.text === name.text ? next.first - 1 : Infinity,
    name.first + MAX_PART_WORDS - 1,
  )
  let found = -1
  for (let end = name.last + 1; end <= limit; end++) {
    if (!((tokens.flags[view.from + end] as number) & TokenFlag.word)) break
    if (known.has(nameKey(tokens, view.from + name.first, view.from + end))) found = end
  }
  return found
}

/** Whether a name of `known` runs from inside `left` into `right` (tokens of the text at `from`). */
function spansKnown(
  tokens: Tokens,
  from: number,
  left: TaggedName,
  right: TaggedName,
  known: ReadonlySet<number>,
): boolean {
  for (let start = left.first; start <= left.last; start++) {
    const farthest = Math.min(right.last, start + MAX_PART_WORDS - 1)
    for (let end = right.first; end <= farthest; end++)
      if (known.has(nameKey(tokens, from + start, from + end))) return true
  }
  return false
}

/**
 * "Bernie Sanders Promises Action On Immigration", "Carly Fiorina Endorses
 * Ted Cruz": a name of a shouted text or of the headline that runs over words
 * the body never names, cut to the names of the body it holds (`known`,
 * longest first, left to right); null when it holds none, or is one.
 */
function knownParts(
  doc: DocumentView,
  name: TaggedName,
  known: ReadonlySet<number>,
): TaggedName[] | null {
  const view = doc.texts[name.text] as TextView
  const shouted = view.caps || view.titleCase || view.headline
  if (!shouted || name.last - name.first < MIN_PARTS_WORDS) return null
  const tokens = doc.tokens
  const from = view.from
  if (known.has(nameKey(tokens, from + name.first, from + name.last))) return null
  const parts: TaggedName[] = []
  for (let start = name.first; start <= name.last;) {
    let end = Math.min(name.last, start + MAX_PART_WORDS - 1)
    while (end >= start && !known.has(nameKey(tokens, from + start, from + end))) end--
    if (end < start) {
      start++
      continue
    }
    parts.push({ ...name, first: start, last: end })
    start = end + 1
  }
  return parts.length > 0 ? parts : null
}

/** Names of shouted texts shorter than this are left as they are. */
const MIN_PARTS_WORDS = 2

/** Most words of a plain text's name looked for inside a shouted one. */
const MAX_PART_WORDS = 4

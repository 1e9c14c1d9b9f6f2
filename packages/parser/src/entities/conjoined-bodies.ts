/**
 * Bodies whose names join two common words with "and" before their head,
 * which the tagger, trained on names without them, cuts at the "and": "the
 * U.S. Food and Drug Administration" (read "U.S. Food", a place, and
 * nothing), "the Food and Drug Administration" ("Food", then "Drug
 * Administration"), "the Texas Health and Human Services Commission",
 * "Malatya Training and Research Hospital".
 */
import { functionWords } from './discourse.js'
import { lexicon } from './lexicon.js'
import { isCapital } from './organization-names.js'
import type { TaggedName } from './tagger.js'
import { isCommonWord } from './common-words.js'
import { lowerAt, nameKey, TokenFlag, type Tokens } from './tokenize.js'
import type { CommonWords, DocumentView } from './view.js'
import { AND_LENGTH, AND_WORD, ARTICLES, BODY_HEADS, WordSet } from './words.js'

/**
 * Heads of institutions' names joined over an "and", besides bodies' heads:
 * "Malatya Training and Research Hospital", "Texas Agricultural and
 * Mechanical University".
 */
const INSTITUTION_HEADS = new WordSet([
  ...['hospital', 'university', 'college', 'school', 'institute', 'academy'],
  ...['centre', 'center', 'museum', 'library'],
  // "the Hostages and Missing Families Forum", "the Fish and Wildlife Trust".
  ...['forum', 'coalition', 'alliance', 'network', 'fund', 'trust', 'society'],
])
/**
 * Fields of public bodies that the tagger's list of common words lacks: "the Disaster and
 * Emergency Management Authority", "the NAACP Legal Defense and Educational Fund".
 */
const FIELDS = new WordSet([
  ...['defense', 'disaster', 'rescue', 'prevention', 'reconstruction', 'rehabilitation'],
  ...['resettlement', 'heritage', 'arts', 'tourism', 'fisheries', 'forestry', 'wildlife'],
  ...['aging', 'excise', 'taxation', 'maritime', 'energy', 'petroleum', 'sanitation', 'climate'],
  ...['employment', 'labor', 'equality', 'inclusion', 'science', 'innovation', 'commerce'],
  ...['agriculture', 'urban', 'educational', 'cultural'],
])
/** Most capitalised words before the "and": "U.S. Food". */
const MAX_BEFORE = 3
/** Most capitalised words after the "and", the head included: "Human Services Commission". */
const MAX_AFTER = 3

/**
 * `names` (in reading order) with the bodies' names joined over an "and",
 * without the names they hold. The words before the "and" are capitalised,
 * the last of them a common word ("Food", not "Anthropic and Commerce
 * Department") that no person's or known name holds ("Biden and Commerce
 * Department", "Ukraine and European Commission" are two); the words after it
 * are capitalised and end in a body's head.
 */
export function withConjoinedBodies(
  doc: DocumentView,
  names: TaggedName[],
  common: CommonWords,
): TaggedName[] {
  const tokens = doc.tokens
  const found: TaggedName[] = []
  // The first name that does not end before the token looked at (names are in reading order).
  let n = 0
  doc.texts.forEach(({ from, to, caps, titleCase }, text) => {
    // In capitals or title case, capitals say nothing of names.
    if (caps || titleCase) return
    const { start: starts, end: ends } = tokens
    for (let k = from + 1; k + 2 < to; k++) {
      // The cheap test first: most tokens are not three characters long.
      if ((ends[k] as number) - (starts[k] as number) !== AND_LENGTH) continue
      if (!AND_WORD.hasToken(tokens, k)) continue
      const head = headAfter(tokens, k, to)
      if (head < 0 || !(isCommonWord(lowerAt(tokens, k - 1)) || FIELDS.hasToken(tokens, k - 1)))
        continue
      // "Ithaca College and Cornell University": two bodies, each with its head.
      if (isHead(tokens, k - 1)) continue
      const start = runBefore(tokens, k, from)
      // ("the Land and Environment Court": after "the", a first name's word is a common word.)
      const afterArticle = start > from && ARTICLES.hasToken(tokens, start - 1)
      if (start === k || !isUnknown(tokens, start, k - 1, afterArticle)) continue
      while (n < names.length && endsBefore(names[n] as TaggedName, text, start - from)) n++
      if (holdsOther(names, n, text, k - 1 - from, tokens, from, common)) continue
      found.push({ text, first: start - from, last: head - from, type: 'ORG', sureness: 1 })
      k = head
    }
  })
  return withFoundNames(names, found)
}

/**
 * `names` and `found` (both in reading order) merged in reading order,
 * without the names that a found name overlaps.
 */
export function withFoundNames(names: TaggedName[], found: readonly TaggedName[]): TaggedName[] {
  if (found.length === 0) return names
  const out: TaggedName[] = []
  let f = 0
  for (const name of names) {
    while (f < found.length && endsBefore(found[f] as TaggedName, name.text, name.first)) {
      out.push(found[f] as TaggedName)
      f++
    }
    const body = found[f]
    if (body?.text === name.text && body.first <= name.last) continue
    out.push(name)
  }
  while (f < found.length) out.push(found[f++] as TaggedName)
  return out
}

/** Whether token `k` is a body's or an institution's head: "Committee", "College". */
function isHead(tokens: Tokens, k: number): boolean {
  return BODY_HEADS.hasToken(tokens, k) || INSTITUTION_HEADS.hasToken(tokens, k)
}

/** Whether `name` ends before token `first` of text `text`. */
export function endsBefore(name: TaggedName, text: number, first: number): boolean {
  return name.text < text || (name.text === text && name.last < first)
}

/**
 * The body's head among the capitalised words after the "and" at `k`, with
 * at least one word before it ("Drug Administration"); -1 when none.
 */
function headAfter(tokens: Tokens, k: number, to: number): number {
  for (let j = k + 1; j < to && j <= k + MAX_AFTER; j++) {
    const flags = tokens.flags[j] as number
    if (!(flags & TokenFlag.capitalised) || flags & TokenFlag.sentenceStart) return -1
    if (j > k + 1 && isHead(tokens, j)) return j
  }
  return -1
}

/** The first of the capitalised words right before the "and" at `k`: no function word, within the sentence. */
function runBefore(tokens: Tokens, k: number, from: number): number {
  let start = k
  while (
    start - 1 >= from &&
    k - start < MAX_BEFORE &&
    isCapital(tokens, start - 1) &&
    !functionWords().hasToken(tokens, start - 1)
  ) {
    start--
    if ((tokens.flags[start] as number) & TokenFlag.sentenceStart) break
  }
  return start
}

/**
 * Whether neither the words `first`..`last` nor the last alone are a name the
 * lists know (a first name, unless `afterArticle`).
 */
function isUnknown(tokens: Tokens, first: number, last: number, afterArticle: boolean): boolean {
  const { organizations, places, people, firstNames } = lexicon()
  for (const key of [nameKey(tokens, first, last), tokens.hash[last] as number]) {
    if (organizations.has(key) || places.has(key) || people.has(key)) return false
  }
  return afterArticle || !firstNames.has(tokens.hash[last] as number)
}

/**
 * Whether a person's or an organisation's name from `names[n]` on starts by
 * token `last` of text `text` ("Biden and", "Anthropic and"): the names from
 * `n` on end at or after the run's first token. A common word alone that the
 * tagger took for a person is none ("Food and Drug Administration
 * Commissioner Robert Califf", where it opens the sentence).
 */
function holdsOther(
  names: readonly TaggedName[],
  n: number,
  text: number,
  last: number,
  tokens: Tokens,
  from: number,
  common: CommonWords,
): boolean {
  for (let i = n; i < names.length; i++) {
    const name = names[i] as TaggedName
    if (name.text !== text || name.first > last) return false
    // "the Senate Energy and Natural Resources Committee": a body's name the tagger cut at the
    // "and", on a common word no head of its own ("Anthropic and Commerce Department" are two).
    if (
      name.type === 'ORG' &&
      !(
        name.last === last &&
        name.last > name.first &&
        (common.has(tokens.hash[from + last] as number) || FIELDS.hasToken(tokens, from + last)) &&
        !isHead(tokens, from + last)
      )
    )
      return true
    if (name.type !== 'PER') continue
    if (name.first !== name.last || !common.has(tokens.hash[from + name.first] as number))
      return true
  }
  return false
}

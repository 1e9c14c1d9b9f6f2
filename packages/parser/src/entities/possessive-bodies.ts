/**
 * Bodies named after the office or the people they serve, in the possessive:
 * "the Los Angeles County Sheriff's Department", "the U.S. Attorney's Office
 * in Manhattan", "the Pakistan People's Party", "Boston Children's Hospital",
 * "the Writers' Guild of America", and after a body's head and "of": "the
 * Ohio Bureau of Workers' Compensation", "the Department of Veterans' Affairs".
 * One organisation's name, where the tagger read a place and a word ("Los
 * Angeles County", "Department"), a place alone ("Pakistan People") or the
 * name up to the owner ("Bureau of Workers").
 */
import type { TaggedName } from './tagger.js'
import { functionWords } from './discourse.js'
import { ARTICLE, isCapital, OF } from './organization-names.js'
import { isNameCased, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView } from './view.js'
import { POSSESSIVE_MARKS, WordSet } from './words.js'

/** Offices and peoples a body is named after in the possessive: "Sheriff's", "People's". */
const OWNERS = new WordSet([
  ...['sheriff', 'attorney', 'attorneys', 'people', 'children', 'women', 'veterans'],
  ...['governor', 'mayor', 'comptroller', 'controller', 'prosecutor', 'defender', 'workers'],
  ...['teachers', 'farmers', 'men', 'citizens', 'examiner', 'coroner', 'clerk', 'treasurer'],
  ...['magistrates', 'justices', 'writers', 'actors', 'nurses', 'doctors', 'miners'],
  ...['journalists', 'officers', 'firefighters', 'seafarers', 'pensioners'],
])

/** Heads of the names of such bodies: "Department", "Office", "Party", "Hospital". */
const BODY_HEADS = new WordSet([
  ...['department', 'office', 'party', 'hospital', 'union', 'association', 'fund', 'council'],
  ...['commission', 'bureau', 'league', 'movement', 'march', 'alliance', 'front', 'congress'],
  ...['army', 'bank', 'republic', 'liberation', 'daily', 'museum', 'court', 'guild', 'institute'],
  ...['federation', 'society', 'trust', 'network', 'services', 'affairs'],
])

/** Most capitalised words of the place or body before the owner: "Los Angeles County". */
const MAX_LEAD_WORDS = 4

/** `names` with each body named after an owner in the possessive made one organisation's name. */
export function withPossessiveBodies(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const found: TaggedName[] = []
  doc.texts.forEach(({ from, to, caps }, text) => {
    if (caps) return
    for (let k = from + 1; k + 1 < to; k++) {
      // The cheap tests first: most tokens follow no capitalised word, and are no possessive mark.
      const owner = k - 1
      const head = k + 1
      if (!isCapital(tokens, owner) || !POSSESSIVE_MARKS.hasToken(tokens, k)) continue
      if (!OWNERS.hasToken(tokens, owner) || !isCapital(tokens, head)) continue
      // "Bureau of Workers' Compensation": a body's head and "of" before the owner; then any
      // field the body serves is its name's ("Compensation", "Affairs").
      const ofHead = ofHeadBefore(tokens, owner, from)
      if (ofHead < 0 && !BODY_HEADS.hasToken(tokens, head)) continue
      if (ofHead >= 0 && !isTail(tokens, head)) continue
      // The place or body before the owner: "Los Angeles County", "U.S.", "Pakistan".
      let first = ofHead >= 0 ? ofHead : owner
      while (
        first - 1 >= from &&
        owner - first < MAX_LEAD_WORDS + 2 * Number(ofHead >= 0) &&
        isLead(tokens, first - 1) &&
        !ARTICLE.hasToken(tokens, first - 1) &&
        !((tokens.flags[first] as number) & TokenFlag.sentenceStart) &&
        // ("At Covenant Children's Hospital, doctors": a word that opens the sentence before it.)
        !(
          (tokens.flags[first - 1] as number) & TokenFlag.sentenceStart &&
          functionWords().hasToken(tokens, first - 1)
        )
      )
        first--
      // "People's Liberation Front", "People's Republic of China": the rest of the name.
      let last = head
      while (last + 1 < to && last - head < MAX_TAIL_WORDS && isTail(tokens, last + 1)) last++
      if (last + 2 < to && OF.hasToken(tokens, last + 1) && isTail(tokens, last + 2)) {
        last += 2
        while (last + 1 < to && last - head < MAX_TAIL_WORDS && isTail(tokens, last + 1)) last++
      }
      // A republic is a country: "the Democratic People's Republic of Korea".
      const type = REPUBLIC.hasToken(tokens, head) ? 'LOC' : 'ORG'
      found.push({ text, first: first - from, last: last - from, type, sureness: 1 })
      k = last
    }
  })
  if (found.length === 0) return names
  // Merged in reading order, without the names a found one overlaps.
  const bodies = new Set(found)
  const out: TaggedName[] = []
  let f = 0
  for (const name of names) {
    while (f < found.length && startsBefore(found[f] as TaggedName, name)) {
      const body = found[f++] as TaggedName
      const last = out[out.length - 1]
      if (last && overlaps(body, last)) out.pop()
      out.push(body)
    }
    const last = out[out.length - 1]
    if (last && bodies.has(last) && overlaps(last, name)) continue
    out.push(name)
  }
  while (f < found.length) out.push(found[f++] as TaggedName)
  return out
}

/**
 * The body's head right before "of" and the owner at `owner` ("Bureau" of
 * "Bureau of Workers'"), or -1: a capitalised word that heads bodies'
 * names, within the text that starts at `from`.
 */
function ofHeadBefore(tokens: Tokens, owner: number, from: number): number {
  const head = owner - 2
  if (head < from || !OF.hasToken(tokens, owner - 1)) return -1
  return isCapital(tokens, head) && OF_HEADS.hasToken(tokens, head) ? head : -1
}

/** Heads of bodies named "X of Y": "Department", "Bureau", "Ministry", "Office". */
const OF_HEADS = new WordSet([
  ...['department', 'bureau', 'ministry', 'office', 'division', 'board', 'commission'],
  ...['council', 'agency', 'directorate', 'court', 'league', 'union'],
])

/** Most words of a body's name after its head: "Liberation Front of Tigray". */
const MAX_TAIL_WORDS = 4
const REPUBLIC = new WordSet(['republic'])

/** A capitalised word inside a sentence, written as names are: "Front", "Korea". */
function isTail(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags[k] as number
  return isLead(tokens, k) && !(flags & TokenFlag.sentenceStart)
}

/** A capitalised word written as names are, that may lead a body's name: "County", "U.S.". */
function isLead(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags[k] as number
  return isCapital(tokens, k) && (isNameCased(tokens, k) || (flags & TokenFlag.allCaps) !== 0)
}

function startsBefore(a: TaggedName, b: TaggedName): boolean {
  return a.text < b.text || (a.text === b.text && a.first <= b.first)
}

function overlaps(a: TaggedName, b: TaggedName): boolean {
  return a.text === b.text && b.first <= a.last && b.last >= a.first
}

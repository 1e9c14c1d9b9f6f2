/**
 * Document-level consistency of the tagger's names: a name keeps one type
 * wherever it occurs (the types its occurrences were given are voted,
 * weighted by how sure the tagger was); a lone first or last name of a
 * person named in full is a person; and a name typed with confidence is also
 * found where the tagger missed it (a wire headline in capitals, a sentence
 * that opens with it), since one document rarely uses one name for two
 * things.
 */
import { nameKey, TokenFlag, type Token } from './tokenize.js'
import { zeros, type DocumentView, type TextView } from './view.js'
import { TYPES, type NameType, type TaggedName } from './tagger.js'

/** A name after voting: its type and the share of the votes it won. */
export interface VotedName extends TaggedName {
  confidence: number
}

/** Votes of names in capitals (or title case) count for this much: capitals say less. */
const SHOUTED_WEIGHT = 0.5
/** A lone part of a full person name gets this many person votes per full mention. */
const PART_OF_PERSON = 1
/** A name is looked for elsewhere when its votes add up to this much. */
const MIN_PROPAGATE = 0.6
/** Names of at most this many tokens are looked for elsewhere. */
const MAX_PROPAGATE_TOKENS = 6
const PERSON = 0

/** What is known of one name (by its key): the votes and the hashes of its words. */
interface Tally {
  votes: Float64Array
  words: number[]
}

/** Votes, retypes and completes `names` (in reading order) over the document. */
export function harmonise(doc: DocumentView, names: readonly TaggedName[]): VotedName[] {
  const votes = new Map<number, Tally>()
  const keys: number[] = []
  for (const name of names) {
    const view = doc.texts[name.text] as TextView
    const key = nameKey(view.tokens, name.first, name.last)
    keys.push(key)
    let tally = votes.get(key)
    if (!tally) {
      const words: number[] = []
      for (let i = name.first; i <= name.last; i++) words.push((view.tokens[i] as Token).hash)
      tally = { votes: new Float64Array(TYPES.length), words }
      votes.set(key, tally)
    }
    const weight = view.caps || view.titleCase ? SHOUTED_WEIGHT : 1
    const type = TYPES.indexOf(name.type)
    tally.votes[type] = (tally.votes[type] as number) + weight * name.sureness
  }
  // Lone parts of full person names.
  names.forEach((name, i) => {
    if (name.type !== 'PER' || name.last === name.first) return
    const tokens = (doc.texts[name.text] as TextView).tokens
    for (const part of [(tokens[name.first] as Token).hash, (tokens[name.last] as Token).hash]) {
      const tally = votes.get(part)
      if (tally && part !== keys[i])
        tally.votes[PERSON] = (tally.votes[PERSON] as number) + PART_OF_PERSON
    }
  })
  const voted: VotedName[] = names.map((name, i) =>
    retype(name, votes.get(keys[i] as number)?.votes),
  )
  return [...voted, ...propagate(doc, voted, votes)].sort(
    (a, b) => a.text - b.text || a.first - b.first,
  )
}

function winner(tally: Float64Array | undefined): { type: number; share: number; total: number } {
  let type = 0
  let total = 0
  for (let k = 0; k < TYPES.length; k++) {
    total += tally?.[k] ?? 0
    if ((tally?.[k] ?? 0) > (tally?.[type] ?? 0)) type = k
  }
  return { type, share: total > 0 ? (tally?.[type] ?? 0) / total : 0, total }
}

function retype(name: TaggedName, tally: Float64Array | undefined): VotedName {
  const { type, share, total } = winner(tally)
  if (!tally || total <= 0) return { ...name, confidence: name.sureness }
  return { ...name, type: TYPES[type] as NameType, confidence: Math.min(name.sureness, share) }
}

/** Occurrences of confidently typed names that the tagger left out. */
function propagate(
  doc: DocumentView,
  names: readonly VotedName[],
  votes: Map<number, Tally>,
): VotedName[] {
  const byFirst = new Map<number, { words: number[]; type: NameType; confidence: number }[]>()
  for (const { votes: tally, words } of votes.values()) {
    const { type, share, total } = winner(tally)
    if (total < MIN_PROPAGATE || TYPES[type] === 'MISC') continue
    if (words.length > MAX_PROPAGATE_TOKENS) continue
    const list = byFirst.get(words[0] as number) ?? []
    list.push({ words, type: TYPES[type] as NameType, confidence: share })
    byFirst.set(words[0] as number, list)
  }
  if (byFirst.size === 0) return []
  const taken = doc.texts.map((view) => zeros(view.tokens.length))
  for (const name of names) (taken[name.text] as number[]).fill(1, name.first, name.last + 1)
  const found: VotedName[] = []
  doc.texts.forEach((view, t) => {
    const busy = taken[t] as number[]
    const tokens = view.tokens
    for (let i = 0; i < tokens.length; i++) {
      if (busy[i] || !view.candidate[i]) continue
      const candidates = byFirst.get((tokens[i] as Token).hash)
      if (!candidates) continue
      let match: { words: number[]; type: NameType; confidence: number } | null = null
      for (const candidate of candidates) {
        if (match && match.words.length >= candidate.words.length) continue
        if (matchesAt(tokens, busy, i, candidate.words)) match = candidate
      }
      if (!match) continue
      const last = i + match.words.length - 1
      found.push({
        text: t,
        first: i,
        last,
        type: match.type,
        sureness: match.confidence,
        confidence: match.confidence,
      })
      busy.fill(1, i, last + 1)
      i = last
    }
  })
  return found
}

/** The capitalised tokens from `at` spell `words`, none of them taken. */
function matchesAt(
  tokens: readonly Token[],
  busy: readonly number[],
  at: number,
  words: readonly number[],
): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k]
    if (!token || busy[at + k] || token.hash !== words[k]) return false
    if (!(token.flags & TokenFlag.hasUpper) && k === 0) return false
  }
  return true
}

/**
 * Places named by a head and "of": "the Strait of Hormuz", "the Bay of
 * Bengal", "the Democratic Republic of Congo", "the Kingdom of Saudi
 * Arabia". Places, whatever the tagger typed them, made whole where it read
 * the head apart ("Bay" | "of" | "Bengal").
 */
import type { VotedName } from './consistency.js'
import { isJoinedAcross, OF } from './organization-names.js'
import type { Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

/** Heads of places' names that "of" and a name follow. */
const PLACE_HEADS = new WordSet([
  ...['sea', 'gulf', 'strait', 'straits', 'bay', 'lake', 'isle', 'island', 'islands', 'cape'],
  ...['republic', 'kingdom', 'emirate', 'principality', 'sultanate', 'commonwealth'],
])

/** `names` with the places a head and "of" name, typed places and made whole. */
export function withPlacesOf(doc: DocumentView, names: readonly VotedName[]): VotedName[] {
  const tokens = doc.tokens
  const out: VotedName[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as VotedName
    const { from } = doc.texts[name.text] as TextView
    const next = names[i + 1]
    // "Bay" | "of" | "Bengal": the head the tagger read apart, "of" and the name after it.
    if (
      PLACE_HEADS.hasToken(tokens, from + name.last) &&
      isJoinedAcross(tokens, name.text, name.last, from, next, (k) => OF.hasToken(tokens, k))
    ) {
      out.push({ ...name, last: next.last, type: 'LOC', confidence: 1 })
      i++
      continue
    }
    out.push(
      hasPlaceHead(tokens, from + name.first, from + name.last)
        ? { ...name, type: 'LOC', confidence: 1 }
        : name,
    )
  }
  return out
}

/** Whether a head of {@link PLACE_HEADS} and "of" stand inside tokens [first, last]. */
function hasPlaceHead(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k < last - 1; k++)
    if (PLACE_HEADS.hasToken(tokens, k) && OF.hasToken(tokens, k + 1)) return true
  return false
}

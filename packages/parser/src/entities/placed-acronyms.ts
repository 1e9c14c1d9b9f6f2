/**
 * A body's short name in brackets that a place opens, after its name in full:
 * "the Africa Centres for Disease Control and Prevention (Africa CDC)". The
 * tagger reads the place and the acronym apart (and the acronym alone is
 * another body's, "CDC"); the two are one body's name.
 */
import { joinedWithPrevious, type TaggedName } from './tagger.js'
import { isMark, TokenFlag } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** `names` (in reading order) with each place and acronym in brackets joined in one body's name. */
export function withPlacedAcronyms(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  return joinedWithPrevious(names, (before, name) =>
    isPlacedAcronym(doc, before, name)
      ? {
          ...before,
          last: name.last,
          type: 'ORG',
          sureness: Math.max(before.sureness, name.sureness),
        }
      : null,
  )
}

/** Whether `before`, a place, and `name`, an acronym, are all that stand in a pair of brackets. */
function isPlacedAcronym(doc: DocumentView, before: TaggedName, name: TaggedName): boolean {
  if (before.text !== name.text || before.type !== 'LOC') return false
  if (name.first !== before.last + 1 || name.first !== name.last) return false
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + before.first
  const k = view.from + name.first
  return (
    first > view.from &&
    k + 1 < view.to &&
    isMark(tokens, first - 1, '(') &&
    isMark(tokens, k + 1, ')') &&
    ((tokens.flags[k] as number) & TokenFlag.allCaps) !== 0
  )
}

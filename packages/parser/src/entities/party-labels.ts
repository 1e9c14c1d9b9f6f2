/**
 * A councillor's party and ward in brackets after their name, as British
 * local news writes them: "Cllr Tom Baker (Con, Hartfield)", "Sunita Bains
 * (Lib Dem, Ashby Green)", "Cllr Joe Bloggs (Lab)". The party's short name
 * is no one's name (the tagger read "Con" and "Lib Dem" as people, who then
 * took the "he" and "she" of the councillors' quotes); the ward after it is
 * a place.
 */
import type { VotedName } from './consistency.js'
import { isMark, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

/** Parties' short names in a councillor's brackets, one word: "Con", "Lab", "LD". */
const PARTY_LABELS = new WordSet([
  ...['con', 'lab', 'ld', 'green', 'grn', 'ind', 'snp', 'plaid', 'pc', 'reform', 'ukip', 'res'],
])
/** The two words of the Liberal Democrats' short name: "Lib Dem". */
const LIB = new WordSet(['lib'])
const DEM = new WordSet(['dem', 'dems'])

/** A councillor's brackets: the text they are in, where the ward starts, and the closing token. */
interface Label {
  text: number
  ward: number
  close: number
}

/** `names` (in reading order) without a party's short name in such brackets, the ward a place. */
export function withPartyLabels<T extends VotedName>(doc: DocumentView, names: readonly T[]): T[] {
  let out: T[] | null = null
  let label: Label | null = null
  names.forEach((name, i) => {
    const { from, to } = doc.texts[name.text] as TextView
    const first = from + name.first
    if (label === null || label.text !== name.text || first > label.close) {
      label =
        name.type === 'PER' ? labelAfter(doc.tokens, name.text, from + name.last + 1, to) : null
      out?.push(name)
      return
    }
    out ??= names.slice(0, i)
    // The party's short name is dropped; a name after its comma is the ward, a place.
    if (first >= label.ward) out.push({ ...name, type: 'LOC' })
  })
  return out ?? [...names]
}

/**
 * The brackets that open at token `open` of text `text` (before `to`) when
 * they hold a party's short name alone, or before a comma and a ward; else null.
 */
function labelAfter(tokens: Tokens, text: number, open: number, to: number): Label | null {
  if (open + 2 >= to || !isMark(tokens, open, '(')) return null
  let k = open + 1
  if (LIB.hasToken(tokens, k) && DEM.hasToken(tokens, k + 1)) k += 2
  else if (PARTY_LABELS.hasToken(tokens, k)) k += 1
  else return null
  if (isMark(tokens, k, ')')) return { text, ward: k, close: k }
  if (!isMark(tokens, k, ',')) return null
  // The ward: a few words up to the closing bracket.
  const last = Math.min(to - 1, k + 1 + MAX_WARD_WORDS)
  for (let end = k + 2; end <= last; end++)
    if (isMark(tokens, end, ')')) return { text, ward: k + 1, close: end }
  return null
}

/** Most words of a ward's name: "St Mary's and Holywell". */
const MAX_WARD_WORDS = 5

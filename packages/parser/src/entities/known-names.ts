/**
 * Well-known organisations the tagger passed over. A one-word name of the
 * organisation gazetteer ("Boeing", "Facebook", "Pfizer") that stands alone,
 * capitalised, between words that are no names, is that organisation, even
 * where the tagger, unsure at a sentence's start ("Boeing and Lockheed's
 * venture"), tagged it nothing. The rules (rules.ts) settle its kind with the
 * document's other names.
 */
import { lexicon } from './lexicon.js'
import type { TaggedName } from './tagger.js'
import { TokenFlag } from './tokenize.js'
import { tokensCovered, type DocumentView, type TextView } from './view.js'

/** How sure a name found so is, as the tagger would say it. */
const SURENESS = 0.9

/** `names` (in reading order) with the well-known organisations they miss, in order. */
export function withKnownOrganizations(
  doc: DocumentView,
  names: readonly TaggedName[],
): TaggedName[] {
  const { organizations } = lexicon()
  const { flags, hash } = doc.tokens
  let covered: Uint8Array | null = null
  const found: TaggedName[] = []
  doc.texts.forEach((view: TextView, text) => {
    // A headline's capitals say nothing of names.
    if (view.caps || view.titleCase) return
    for (let k = view.from; k < view.to; k++) {
      const flag = flags[k] as number
      if (!(flag & TokenFlag.capitalised) || flag & TokenFlag.allCaps) continue
      if (!organizations.has(hash[k] as number)) continue
      // "Visa screening missed ...", "apple" elsewhere: a word the document writes in lower case.
      if (doc.lowerSeen.has(hash[k] as number)) continue
      // "Boeing Co", "General Electric": a word of a longer name is the tagger's to read.
      if (k > view.from && isNameWord(flags[k - 1] as number, k - 1 === view.from)) continue
      if (k + 1 < view.to && isNameWord(flags[k + 1] as number, false)) continue
      covered ??= tokensCovered(doc, names)
      if (covered[k]) continue
      found.push({
        text,
        first: k - view.from,
        last: k - view.from,
        type: 'ORG',
        sureness: SURENESS,
      })
    }
  })
  return found.length === 0 ? [...names] : mergeByPlace(names, found)
}

/** Whether a token of these flags may be a word of a name (a capitalised word inside a sentence). */
function isNameWord(flag: number, opensText: boolean): boolean {
  return (flag & TokenFlag.capitalised) !== 0 && !opensText && !(flag & TokenFlag.sentenceStart)
}

/** The names of `a` and `b` (each in reading order) in reading order. */
function mergeByPlace(a: readonly TaggedName[], b: readonly TaggedName[]): TaggedName[] {
  const out: TaggedName[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = a[i]
    const y = b[j]
    if (
      y === undefined ||
      (x !== undefined && (x.text < y.text || (x.text === y.text && x.first < y.first)))
    ) {
      out.push(x as TaggedName)
      i++
    } else {
      out.push(y)
      j++
    }
  }
  return out
}

/**
 * Quotation paragraphs attributed by the paragraph next to them: introduced
 * by the one before ("Cruz continued:" / "the statement reads:") or signed by
 * the one after ('"Q."' then '- Hillary Clinton.').
 */
import type { Segment } from '../annotate/segments.js'
import type { Quotation } from '../types.js'
import { afterQuote, DASHES } from './after-quote.js'
import { attributeQuote, type Attribution } from './attribution.js'
import { QuotedRanges } from './ranges.js'
import { sentenceStarts } from './sentences.js'
import { wordsIn } from './words.js'

/** A part of a quotation in one segment: the words between the marks. */
export interface Part {
  segment: number
  start: number
  end: number
}

/** A quotation being built. */
export interface Draft {
  parts: Part[]
  role: Quotation['role']
  attribution: { segment: number; value: Attribution } | null
}

/** Most characters between a quotation's last part and the end of its paragraph, its closing mark and stop. */
const MAX_TAIL = 3

/** Attributes the unattributed quotation paragraphs of `drafts` from their neighbours. */
export function attributeFromNeighbours(
  drafts: readonly Draft[],
  segments: readonly Segment[],
  quotedBySegment: readonly (readonly [number, number][])[],
): void {
  for (const draft of drafts) {
    if (draft.attribution) continue
    const first = draft.parts[0] as Part
    const last = draft.parts[draft.parts.length - 1] as Part
    const found =
      first.start <= 1 && first.segment > 0
        ? introduced(segments[first.segment - 1] as Segment, quotedBySegment[first.segment - 1])
        : null
    if (found) draft.attribution = { segment: first.segment - 1, value: found }
    else {
      const after = segments[last.segment + 1]
      const ends = (segments[last.segment] as Segment).value.length - last.end <= MAX_TAIL
      const signed = ends && after ? signature(after) : null
      if (signed) draft.attribution = { segment: last.segment + 1, value: signed }
    }
    if (draft.attribution && draft.role !== 'direct' && draft.role !== 'partial')
      draft.role = 'direct'
  }
}

/**
 * The attribution of a paragraph that ends in a colon ("Cruz continued:"), or
 * whose last sentence says someone spoke in a text that the quotation after
 * it gives ("Ethan Marlow apologized in a letter to customers on Thursday.").
 */
function introduced(
  previous: Segment,
  quotedList: readonly [number, number][] = [],
): Attribution | null {
  const value = previous.value
  const colon = /:\s*$/u.test(value)
  if (!colon && !/[.]\s*$/u.test(value)) return null
  const quoted = new QuotedRanges(quotedList)
  const starts = sentenceStarts(value, quotedList)
  const lastStart = starts[starts.length - 1] ?? 0
  if (colon)
    return attributeQuote(value, value.length, value.length, lastStart, value.length, quoted)
  // (Its own quotation is what the sentence gives, if it holds one.)
  const last = value.slice(lastStart)
  if (!IN_A_TEXT.test(last) || /["“”]/u.test(last)) return null
  const end = value.trimEnd().length - 1
  const found = attributeQuote(value, end, end, lastStart, end, quoted)
  return found?.source ? found : null
}
/** A text a quotation may give, that someone spoke in: "in a letter", "in a statement". */
const IN_A_TEXT =
  /\bin an? (?:(?:open|brief|lengthy|short|written|video|blog|joint|separate) )?(?:letter|statement|memo|email|e-mail|note|post|message|video|op-ed)\b/u

/** The attribution of a paragraph that signs the quote before it: "- Hillary Clinton.". */
function signature(next: Segment): Attribution | null {
  if (!DASHES.has(next.value.charAt(0))) return null
  const found = afterQuote(wordsIn(next.value, 0, next.value.length))
  return found?.source ? found : null
}

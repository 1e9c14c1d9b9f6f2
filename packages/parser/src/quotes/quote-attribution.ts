/**
 * A quote's attribution as the quote stage looks for it: in its sentence, at
 * the start of the next, in the sentence before that introduces it, by its
 * sentence's subject, or from the reported speech before a floating quote.
 */
import { firstNotBefore } from '../bisect.js'
import {
  attributeFromNextSentence,
  attributeQuote,
  type Attribution,
  writerSentence,
} from './attribution.js'
import type { QuotedSpan } from './marks.js'
import type { Reported } from './report-words.js'
import type { SegmentText } from './segment-text.js'
import { sentenceAt } from './sentences.js'

/** Characters on each side of a quotation that its attribution is looked for in. */
const MAX_ATTRIBUTION_REACH = 250

/**
 * The sentence or sentences that hold a quoted span, as [start, end) of the
 * text, and the index of the sentence its close is in. Bounded, so that a text
 * without sentence ends costs no more per quote than a sentence does.
 */
export function quoteSentence(
  { value, starts, quoted }: SegmentText,
  span: QuotedSpan,
): { start: number; end: number; closeSentence: number } {
  const closeSentence = sentenceAt(starts, Math.max(span.open, span.close - 1))
  const start = Math.max(
    starts[sentenceAt(starts, span.open)] ?? 0,
    span.open - MAX_ATTRIBUTION_REACH,
  )
  // "Congress concedes defeat; Hooda blames 'misuse of machinery'": a semicolon outside
  // quotation marks before the quote ends another clause, whose cue is not the quote's.
  const semicolon = value.lastIndexOf(';', span.open - 1)
  return {
    start: semicolon >= start && !quoted.overlaps(semicolon, semicolon + 1) ? semicolon + 1 : start,
    end: Math.min(starts[closeSentence + 1] ?? value.length, span.close + MAX_ATTRIBUTION_REACH),
    closeSentence,
  }
}

export function attributionOf(
  text: SegmentText,
  span: QuotedSpan,
): { segment: number; value: Attribution } | null {
  const { value, index: segment, starts, quoted } = text
  const words = text.words()
  const { start: sentenceStart, end: sentenceEnd, closeSentence } = quoteSentence(text, span)
  const found = attributeQuote(
    value,
    span.open,
    span.close,
    sentenceStart,
    sentenceEnd,
    quoted,
    words,
  )
  if (found) return { segment, value: found }
  // '"Why not?" Rubio said.': a quote that ends its own sentence, attributed at the next one's start.
  const next = starts[closeSentence + 1]
  if (next === undefined || next - span.close > 3) return null
  const nextEnd = Math.min(starts[closeSentence + 2] ?? value.length, next + MAX_ATTRIBUTION_REACH)
  const following = attributeFromNextSentence(value, span.close, nextEnd, quoted, words)
  return following ? { segment, value: following } : null
}

/**
 * The last report with a source that ends before `start` of segment `segment`,
 * in it or in the paragraph before; `reports` are in reading order.
 */
export function reportBefore(
  reports: readonly Reported[],
  segment: number,
  start: number,
): Reported | null {
  return (
    reportsBefore(reports, segment, start, MAX_REPORTS_BACK).find((report) => report.source) ?? null
  )
}

/**
 * The reports of `reports` (in reading order) that end before `start` of
 * segment `segment`, in it or in the `reach` segments before (one unless
 * given), nearest first: at most `limit` of them, found by bisection.
 */
export function reportsBefore(
  reports: readonly Reported[],
  segment: number,
  start: number,
  limit: number,
  reach = 1,
): Reported[] {
  const low = firstNotBefore(
    reports,
    (report) =>
      report.segment < segment || (report.segment === segment && report.content.end <= start),
  )
  const found: Reported[] = []
  for (let i = low - 1; i >= 0 && low - i <= limit; i--) {
    const report = reports[i] as Reported
    if (report.segment < segment - reach) break
    found.push(report)
  }
  return found
}

/** How many reports back a floating quote looks for its speaker. */
const MAX_REPORTS_BACK = 4

/**
 * A quote that makes a sentence of its own, attributed by the sentence before
 * it in the paragraph: 'His partner, Lawrence B. Cummings, called him a master
 * at deals. "He showed again and again an ability ..."'.
 */
export function introducedBefore(
  { value, index: segment, starts, quoted, words }: SegmentText,
  span: QuotedSpan,
): { segment: number; value: Attribution } | null {
  const sentence = sentenceAt(starts, span.open)
  if (sentence === 0 || starts[sentence] !== span.open) return null
  const previousStart = Math.max(starts[sentence - 1] ?? 0, span.open - MAX_ATTRIBUTION_REACH)
  const found = attributeQuote(
    value,
    span.open,
    span.open,
    previousStart,
    span.open,
    quoted,
    words(),
  )
  if (!found?.source) return null
  // 'Both parties "saw ...," said Victor Cha, who served ... "In that sense ..."': a quote between
  // the subject and the cue was that cue's, and the quote after it goes on in its speaker's voice.
  if (found.source.end < found.cue.start && quoted.overlaps(found.source.end, found.cue.start))
    return null
  return { segment, value: found }
}

/** A partial quote's attribution by the subject of its own sentence. */
export function subjectAttribution(
  text: SegmentText,
  span: QuotedSpan,
): { segment: number; value: Attribution } | null {
  const { value, index: segment, quoted, words } = text
  const found = writerSentence(value, span.open, quoteSentence(text, span).start, quoted, words())
  return found ? { segment, value: found } : null
}

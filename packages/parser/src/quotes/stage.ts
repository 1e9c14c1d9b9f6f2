/**
 * The quote stage: every quotation with who said it. Quoted spans from the
 * marks, joined across paragraphs when a quote goes on (an opening mark at
 * each new paragraph, no closing mark until the end); each classified as a
 * direct quote, a partial quote inside the writer's sentence, or marks used
 * otherwise (scare quotes, titles, nicknames); attributed to a cue and a
 * source; the source resolved to an entity. Reported speech without marks
 * ("X said that ...") comes from `indirect.ts`.
 */
import type { InlineAnnotation } from '../annotate/inline.js'
import { positionOf, type Segment, type Source } from '../annotate/segments.js'
import type { PlacedMention } from '../entities/stage.js'
import type { Entity, Quotation, Quote } from '../types.js'
import {
  attributeFromNextSentence,
  attributeQuote,
  writerSentence,
  type Attribution,
} from './attribution.js'
import { isClaim, isCue } from './cues.js'
import { findIndirect } from './indirect.js'
import type { Reported } from './report-words.js'
import { STANCE_VERBS } from '../lexicon/speech.js'
import { findQuotedSpans, opensWithQuote, type QuotedSpan } from './marks.js'
import { sentenceAt, sentenceStarts } from './sentences.js'
import { QuotedRanges } from './ranges.js'
import type { SegmentText } from './segment-text.js'
import { SpeakerResolver } from './speakers.js'
import { wordsBetween, wordsIn, type Word } from './words.js'

/** A part of a quotation in one segment: the words between the marks. */
interface Part {
  segment: number
  start: number
  end: number
}

/** A quotation being built. */
interface Draft {
  parts: Part[]
  role: Quotation['role']
  attribution: { segment: number; value: Attribution } | null
}

/** The stage's result: quotes and the inline quotation nodes by segment. */
export interface QuoteResult {
  quotes: Quote[]
  annotations: InlineAnnotation[][]
}

const PRONOUN_SOURCE = /^(?:he|she)$/iu
/** Characters on each side of a quotation that its attribution is looked for in. */
const MAX_ATTRIBUTION_REACH = 250
/** Quoted text without two letters in a row, or a handle, a link or a date. */
const NOT_WORDS = /^(?:[^\p{L}]*\p{L}?[^\p{L}]*|@\w+|https?:\S+|\d{4}-\d{2}-\d{2})$/u
const MAX_TITLE_WORDS = 6
const TITLE_BEFORE = /(?:\bon|\bof|\bin|[’']s?|\bthe|\bfilm|\bbook|\bshow|\bprogram(?:me)?)\s*$/iu
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'vs',
])
/** "... as a", "... as": a characterisation follows. */
const CHARACTERISED = /\bas(?:\s+(?:a|an))?\s*$/iu
/** Quotes at most this many words long without attribution are scare quotes or titles. */
const MAX_SCARE_WORDS = 4
const SO_CALLED =
  /\b(?:so-called|dubbed|nicknamed|called|titled|entitled|named|known as|term|word|phrase|label)\s*$/iu
const WORK_BEFORE =
  /\b(?:film|movie|book|novel|song|album|show|series|play|documentary|poem|article|column|essay|report|episode|podcast|programme|program|painting|opera|musical|hit)\s*,?\s*$/iu

/** Finds the quotes of `segments`, resolving speakers through `mentions`. */
export function readQuotes(
  segments: readonly Segment[],
  source: Source,
  mentions: readonly PlacedMention[],
  entities: Entity[],
): QuoteResult {
  const speakers = new SpeakerResolver(segments, source, entities, mentions)
  const drafts: Draft[] = []
  let open: Draft | null = null
  const quotedBySegment: [number, number][][] = []
  const reports: Reported[] = []
  segments.forEach((segment, segmentIndex) => {
    const value = segment.value
    const spans = findQuotedSpans(value)
    const quotedList = spans.map((span): [number, number] => [span.open, span.close])
    quotedBySegment[segmentIndex] = quotedList
    let words: Word[] | null = null
    const text: SegmentText = {
      value,
      index: segmentIndex,
      starts: sentenceStarts(value, quotedList),
      quoted: new QuotedRanges(quotedList),
      // The words of the text, cut once for its quotations and its reported speech, and let go
      // after it: a long article keeps no more than one paragraph's words at a time.
      words: () => (words ??= wordsIn(value, 0, value.length)),
    }
    // A quote left open in the paragraph before goes on when this one opens with a mark.
    if (open && !(segment.kind === 'paragraph' && opensWithQuote(value))) open = null
    for (const span of spans) {
      if (span.depth > 0) continue
      const part: Part = {
        segment: segmentIndex,
        start: span.open + span.openLength,
        end: trimEnd(value, span.open + span.openLength, span.close),
      }
      if (part.end <= part.start) continue
      if (open && span.open === 0) {
        open.parts.push(part)
        if (!open.attribution) open.attribution = attributionOf(text, span)
        if (!span.unclosed) open = null
        continue
      }
      const attribution = attributionOf(text, span)
      const cued = attribution !== null || sentenceHasCue(text, span)
      const role = roleOf(value, span, text.starts, cued)
      const draft: Draft = {
        parts: [part],
        role,
        attribution:
          attribution ??
          (role === 'direct'
            ? introducedBefore(text, span)
            : role === 'partial'
              ? subjectAttribution(text, span)
              : null),
      }
      drafts.push(draft)
      open = span.unclosed && segment.kind === 'paragraph' ? draft : null
    }
    for (const reported of findIndirect(segment.kind, text)) {
      reports.push(reported)
    }
  })

  // A quotation paragraph introduced by the paragraph before: "Cruz continued:" / "the statement reads:".
  for (const draft of drafts) {
    const first = draft.parts[0] as Part
    if (draft.attribution || first.start > 1 || first.segment === 0) continue
    const previous = segments[first.segment - 1] as Segment
    if (!/:\s*$/u.test(previous.value)) continue
    const value = previous.value
    const quotedList = quotedBySegment[first.segment - 1] ?? []
    const quoted = new QuotedRanges(quotedList)
    const starts = sentenceStarts(value, quotedList)
    const lastStart = starts[starts.length - 1] ?? 0
    const found = attributeQuote(value, value.length, value.length, lastStart, value.length, quoted)
    if (found) {
      draft.attribution = { segment: first.segment - 1, value: found }
      if (draft.role !== 'direct' && draft.role !== 'partial') draft.role = 'direct'
    }
  }

  const quotes: Quote[] = []
  const annotations: InlineAnnotation[][] = segments.map(() => [])
  // Each report's speaker, resolved once: by a quote it introduces, or by itself.
  const reportSpeakers = new Map<Reported, string | null>()
  const speakerOf = (reported: Reported): string | null => {
    let speaker = reportSpeakers.get(reported)
    if (speaker === undefined) {
      speaker = reported.source ? speakers.resolve(reported.segment, reported.source) : null
      reportSpeakers.set(reported, speaker)
    }
    return speaker
  }
  let previousSpeaker: {
    speaker: string | null
    segment: number
    cue: Quote['cue']
    source: Quote['source']
  } | null = null
  for (const draft of drafts) {
    const first = draft.parts[0] as Part
    const last = draft.parts[draft.parts.length - 1] as Part
    const isQuote = draft.role === 'direct' || draft.role === 'partial'
    let id: string | null = null
    if (isQuote) {
      id = `q${quotes.length + 1}`
      const attribution = draft.attribution
      const cueSegment = attribution ? (segments[attribution.segment] as Segment) : null
      const cue = attribution && cueSegment ? span(cueSegment, attribution.value.cue, source) : null
      const sourceSpan = attribution?.value.source ?? null
      const sourceInfo =
        attribution && cueSegment && sourceSpan ? span(cueSegment, sourceSpan, source) : null
      let speaker =
        attribution && sourceSpan ? speakers.resolve(attribution.segment, sourceSpan) : null
      // A pronoun the entity stage could not resolve speaks as the quote before it did.
      if (
        speaker === null &&
        sourceInfo &&
        PRONOUN_SOURCE.test(sourceInfo.text) &&
        previousSpeaker
      ) {
        speaker = previousSpeaker.speaker
      }
      // A quote with no cue of its own goes on from the quote before it, in the same paragraph
      // ("'Q1,' X said. 'Q2.'") or from the paragraph before (a floating quote).
      let inheritedCue = cue
      let inheritedSource = sourceInfo
      // Or from reported speech in the paragraph before, nearer than any quote: 'X said the
      // deal was dead.' then '"We will not sign it."'.
      const report = attribution ? null : reportBefore(reports, first.segment, first.start)
      const reach = previousSpeaker ? first.segment - previousSpeaker.segment : Infinity
      if (report && (reach > 1 || report.segment > (previousSpeaker?.segment ?? -1))) {
        const reportSegment = segments[report.segment] as Segment
        speaker = speakerOf(report)
        inheritedCue = span(reportSegment, report.cue, source)
        inheritedSource = report.source ? span(reportSegment, report.source, source) : null
      } else if (!attribution && previousSpeaker && reach <= 1) {
        speaker = previousSpeaker.speaker
        inheritedCue = previousSpeaker.cue
        inheritedSource = previousSpeaker.source
      } else if (attribution && !sourceSpan && previousSpeaker && reach <= 1) {
        // A cue without a source of its own ("Adding, 'Q'") goes on from the speaker before.
        speaker = previousSpeaker.speaker
        inheritedSource = previousSpeaker.source
      }
      const firstSegment = segments[first.segment] as Segment
      const lastSegment = segments[last.segment] as Segment
      const start = positionOf(firstSegment, first.start, first.end, source).start
      const end = positionOf(lastSegment, last.start, last.end, source).end
      quotes.push({
        id,
        kind: draft.role === 'direct' ? 'direct' : 'partial',
        text: draft.parts
          .map((part) => (segments[part.segment] as Segment).value.slice(part.start, part.end))
          .join(' '),
        position: { start, end },
        cue: inheritedCue,
        source: inheritedSource,
        speaker,
      })
      if (speaker !== null || attribution) {
        previousSpeaker = {
          speaker,
          segment: last.segment,
          cue: inheritedCue,
          source: inheritedSource,
        }
      }
    }
    for (const part of draft.parts) {
      const quoteId = id
      const role = draft.role
      annotations[part.segment]?.push({
        start: part.start,
        end: part.end,
        make: (children, _value, position): Quotation => ({
          type: 'quotation',
          role,
          quoteId,
          position,
          children,
        }),
      })
    }
  }

  for (const reported of reports) {
    const segment = segments[reported.segment] as Segment
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: 'indirect',
      text: segment.value.slice(reported.content.start, reported.content.end),
      position: positionOf(segment, reported.content.start, reported.content.end, source),
      cue: span(segment, reported.cue, source),
      source: reported.source ? span(segment, reported.source, source) : null,
      speaker: speakerOf(reported),
    })
  }
  quotes.sort((a, b) => a.position.start.offset - b.position.start.offset)
  return { quotes, annotations }
}

function attributionOf(
  { value, index: segment, starts, quoted, words: wordsOfText }: SegmentText,
  span: QuotedSpan,
): { segment: number; value: Attribution } | null {
  const words = wordsOfText()
  const sentence = sentenceAt(starts, span.open)
  const closeSentence = sentenceAt(starts, Math.max(span.open, span.close - 1))
  // Bounded, so that a text without sentence ends costs no more per quote than a sentence does.
  const sentenceStart = Math.max(starts[sentence] ?? 0, span.open - MAX_ATTRIBUTION_REACH)
  const sentenceEnd = Math.min(
    starts[closeSentence + 1] ?? value.length,
    span.close + MAX_ATTRIBUTION_REACH,
  )
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
function reportBefore(
  reports: readonly Reported[],
  segment: number,
  start: number,
): Reported | null {
  // By bisection, the first report that does not end before the point; then a few steps back.
  let low = 0
  let high = reports.length
  while (low < high) {
    const middle = (low + high) >> 1
    const report = reports[middle] as Reported
    const before =
      report.segment < segment || (report.segment === segment && report.content.end <= start)
    if (before) low = middle + 1
    else high = middle
  }
  for (let i = low - 1; i >= 0 && low - i <= MAX_REPORTS_BACK; i--) {
    const report = reports[i] as Reported
    if (report.segment < segment - 1) break
    if (report.source) return report
  }
  return null
}

/** How many reports back a floating quote looks for its speaker. */
const MAX_REPORTS_BACK = 4

/**
 * A quote that makes a sentence of its own, attributed by the sentence before
 * it in the paragraph: 'His partner, Lawrence B. Cummings, called him a master
 * at deals. "He showed again and again an ability ..."'.
 */
function introducedBefore(
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
  return found?.source ? { segment, value: found } : null
}

/** A partial quote's attribution by the subject of its own sentence. */
function subjectAttribution(
  { value, index: segment, starts, quoted, words }: SegmentText,
  span: QuotedSpan,
): { segment: number; value: Attribution } | null {
  const sentenceStart = Math.max(
    starts[sentenceAt(starts, span.open)] ?? 0,
    span.open - MAX_ATTRIBUTION_REACH,
  )
  const found = writerSentence(value, span.open, sentenceStart, quoted, words())
  return found ? { segment, value: found } : null
}

/** Every word capitalised (short function words aside), at least two words. */
function isTitleCase(inner: string): boolean {
  const words = inner
    .replace(/[.,;:!?]+$/u, '')
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
  return (
    words.length >= 2 &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || MINOR_WORDS.has(word))
  )
}

/** Whether the sentence around a quoted span has a reporting verb outside quotation marks. */
function sentenceHasCue(
  { value, starts, quoted, words: wordsOfText }: SegmentText,
  span: QuotedSpan,
): boolean {
  const start = Math.max(
    starts[sentenceAt(starts, span.open)] ?? 0,
    span.open - MAX_ATTRIBUTION_REACH,
  )
  const end = Math.min(
    starts[sentenceAt(starts, Math.max(span.open, span.close - 1)) + 1] ?? value.length,
    span.close + MAX_ATTRIBUTION_REACH,
  )
  const words = wordsBetween(wordsOfText(), start, end)
  return words.some(
    (word, k) =>
      (isCue(words, k) || STANCE_VERBS.has(word.lower) || isClaim(words, k)) &&
      !quoted.within(word.start),
  )
}

/** What the marks do: quote someone, or set off a word. */
function roleOf(
  value: string,
  span: QuotedSpan,
  starts: readonly number[],
  attributed: boolean,
): Quotation['role'] {
  const inner = value.slice(span.open + span.openLength, span.close)
  const words = inner.trim().split(/\s+/u).filter(Boolean).length
  const before = value.slice(Math.max(0, span.open - 24), span.open)
  // Markup, handles, numbers and dates between marks (embedded posts) are nobody's words.
  if (NOT_WORDS.test(inner.trim())) return 'scare'
  // A programme or work named in Title Case: on Fox News' "Sunday Morning Futures".
  if (words <= MAX_TITLE_WORDS && isTitleCase(inner) && TITLE_BEFORE.test(before)) return 'title'
  // "described Putin as a 'strong leader'": someone's characterisation, quoted.
  const characterised = CHARACTERISED.test(before) && !SO_CALLED.test(before)
  // Marcia "Cia" Price: one word between the parts of a name.
  const withinName =
    /\p{Lu}[\p{L}.]*\s*$/u.test(before) &&
    /^\s*\p{Lu}/u.test(value.slice(span.close + 1, span.close + 4))
  if (words === 1 && withinName) return 'nickname'
  if (!attributed && !characterised && words <= MAX_SCARE_WORDS) {
    if (
      WORK_BEFORE.test(before) ||
      (/^\p{Lu}/u.test(inner) && words > 1 && /\p{Lu}/u.test(inner.split(/\s+/u).pop() ?? ''))
    ) {
      return 'title'
    }
    if (withinName) return 'nickname'
    return 'scare'
  }
  if (SO_CALLED.test(before) && words <= MAX_SCARE_WORDS) return 'scare'
  const atSentenceStart =
    starts[sentenceAt(starts, span.open)] === span.open || /[:,]\s*$|^\s*$/u.test(before.slice(-3))
  return atSentenceStart && /^[\p{Lu}\p{N}'‘"“…]/u.test(inner.trimStart()) ? 'direct' : 'partial'
}

/** The end of the quoted words: before the closing mark, without trailing spaces. */
function trimEnd(value: string, start: number, end: number): number {
  let e = end
  while (e > start && value[e - 1] === ' ') e--
  return e
}

function span(
  segment: Segment,
  range: { start: number; end: number },
  source: Source,
): { text: string; position: Quote['position'] } {
  return {
    text: segment.value.slice(range.start, range.end),
    position: positionOf(segment, range.start, range.end, source),
  }
}

/**
 * The quote stage: every quotation with who said it. Quoted spans from the
 * marks, joined across paragraphs when a quote goes on (an opening mark at
 * each new paragraph, no closing mark until the end); each classified as a
 * direct quote, a partial quote inside the writer's sentence, or marks used
 * otherwise (scare quotes, titles, nicknames); attributed to a cue and a
 * source; the source resolved to an entity. Reported speech without marks
 * ("X said that ...") comes from `indirect.ts`.
 */
import { isQuotedPhrase } from '../heading.js'
import { DEFINITE } from './speaker-words.js'
import type { InlineAnnotation } from '../annotate/inline.js'
import { firstAtOrAfter, firstNotBefore } from '../bisect.js'
import { openingEnd, positionOf, type Segment, type Source } from '../annotate/segments.js'
import type { PlacedMention } from '../entities/stage.js'
import type { Entity, Quotation, Quote } from '../types.js'
import { isQuestion, readTurn, speakerAfterColon } from './headline-reports.js'
import { findIndirect } from './indirect.js'
import {
  quotedSpansOf,
  insideExcerpt,
  isExcerpt,
  opensWithQuote,
  opensWithSingle,
  type QuotedSpan,
} from './marks.js'
import { attributeFromNeighbours, type Draft, type Part } from './neighbours.js'
import {
  attributionOf,
  introducedBefore,
  reportBefore,
  reportsBefore,
  subjectAttribution,
} from './quote-attribution.js'
import { QuotedRanges } from './ranges.js'
import type { Reported } from './report-words.js'
import { roleOf, sentenceHasCue } from './roles.js'
import type { SegmentText } from './segment-text.js'
import { endWithoutWritersStop, sentenceStarts } from './sentences.js'
import { SpeakerResolver } from './speakers.js'
import { type Word, wordsIn } from './words.js'
import { countWords } from '../words.js'

/** The stage's result: quotes and the inline quotation nodes by segment. */
export interface QuoteResult {
  quotes: Quote[]
  annotations: InlineAnnotation[][]
  /**
   * The entity stage's mentions as speakers left them (nominal sources added, a speaker's own
   * pronouns taken out), in reading order.
   */
  mentions: PlacedMention[]
}

const PRONOUN_SOURCE = /^(?:he|she)$/iu
/** Who speaks for someone else: "the prime minister's spokesman", "a senior Cruz adviser". */
const SPEAKING_FOR =
  /\b(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|sources?|campaign|office|lawyers?|attorneys?|representatives?|friends?|allies|ally|associates?|staff(?:er)?s?)\b/iu
/** Cues of a reply: "replied", "answered", "shot back". */
const REPLYING =
  /^(?:repl(?:ied|ies|y)|answer(?:ed|s)?|respond(?:ed|s)?|retort(?:ed|s)?|shot back)$/iu

/**
 * Most mentions read between a described speaker's report and a pronoun
 * that may be theirs: more, and some name among them is nearer.
 */
const MAX_MENTIONS_BETWEEN = 64

/** Cues of saying, whose speaker a pronoun after them may go on as. */
const SAYING_CUES = /^(?:said|says|told|tells|added|adds|stated|noted|explained|insisted)$/iu

/**
 * Whether a paragraph that opens with a mark, after a quote left open, is a
 * new voice rather than the same quote going on: its own attribution names
 * someone ('"Q," added Rep. Jim Clyburn') other than the source of the open
 * quote (`before`: its attribution, or that of the quote before it).
 * A quote that goes on is attributed again only to the same speaker, by
 * name or pronoun ('"Q," he added').
 */
function isAnotherVoice(
  before: Draft['attribution'],
  attribution: Draft['attribution'],
  segments: readonly Segment[],
): boolean {
  const source = attribution?.value.source
  const openSource = before?.value.source
  if (!source || !openSource || !before || !attribution) return false
  const name = sourceText(segments, attribution.segment, source)
  if (!/^\p{Lu}/u.test(name) || PRONOUN_SOURCE.test(name)) return false
  const openName = sourceText(segments, before.segment, openSource)
  // '"Q1," she said. "Q2 ...' then '"Q3," Smith added': "she" may be Smith; the quote goes on.
  if (!/^\p{Lu}/u.test(openName) || ANY_PRONOUN.test(openName)) return false
  return !sameSurname(name, openName)
}

function sourceText(
  segments: readonly Segment[],
  segment: number,
  range: { start: number; end: number },
): string {
  return segments[segment]?.value.slice(range.start, range.end) ?? ''
}

/**
 * Whether a quote left open in single marks goes on in a paragraph that opens
 * with one: it was a sentence or more ("said: 'Nurses have been patient for
 * too long.") and so is what opens the paragraph, running on or closed after
 * a few words; not an elision left open ("since '22.", "rock 'n roll.") nor a
 * word quoted ("'We' in this case means").
 */
function goesOnInSingle(
  open: Draft,
  segments: readonly Segment[],
  value: string,
  spans: readonly QuotedSpan[],
): boolean {
  const part = open.parts[open.parts.length - 1] as Part
  const before = (segments[part.segment] as Segment).value.slice(part.start, part.end)
  if (!/[.!?,]$/u.test(before) || countWords(before) < MIN_SINGLE_WORDS) return false
  const next = spans.find((span) => span.open === 0)
  return (
    next !== undefined &&
    (next.unclosed || countWords(value.slice(next.openLength, next.close)) >= MIN_SINGLE_WORDS)
  )
}
/** Fewest words of a quote in single marks read as going on over paragraphs. */
const MIN_SINGLE_WORDS = 4

/** Whether `value` opens with a mark of the style (straight or typographic) of `mark`. */
function sameStyle(mark: string, value: string): boolean {
  return STRAIGHT_MARKS.has(mark) === STRAIGHT_MARKS.has(value.charAt(0))
}

const STRAIGHT_MARKS = new Set(['"', "'"])

/** Whether two names end in the same word ("Rep. Gwen Moore" and "Moore"), titles aside. */
function sameSurname(a: string, b: string): boolean {
  return lastWord(a) === lastWord(b)
}

function lastWord(name: string): string {
  const words = name.split(/[\s,]+/u).filter((word) => word && !NAME_SUFFIXES.test(word))
  return words[words.length - 1] ?? ''
}

/**
 * Where the text of `segment` opens past the dateline the structure stage
 * found at its start ("LONDON, May 3 (Reuters) - ") or a live report's entry
 * time ("9:15 p.m. ET — "), white space after it included; 0 when it has none.
 */
function pastDateline(segment: Segment): number {
  let start = openingEnd(segment)
  if (start === 0) return 0
  while (start < segment.value.length && segment.value.charCodeAt(start) === SPACE) start++
  return start
}
const SPACE = 0x20

/** Paragraphs read back for the unnamed source a definite description takes up. */
const DESCRIBED_REACH = 3

/** Reports read back for a person who reported near a witness's report. */
const MAX_REPORTS_NEAR = 8

/** The two sides of an exchange of questions and answers. */
interface Exchange {
  asker: string
  replier: string
}

/**
 * Who speaks a quote with no cue of its own in `exchange`, after the quote
 * `before`: the asker for a question after the replier's answer, the
 * replier for an answer after the asker's question; else null.
 */
function turnOf(
  exchange: Exchange | null,
  before: { speaker: string | null; question: unknown },
  asks: boolean,
): string | null {
  if (exchange === null || before.speaker === null) return null
  if (asks && before.speaker === exchange.replier) return exchange.asker
  if (!asks && before.question !== null && before.speaker === exchange.asker)
    return exchange.replier
  return null
}

/** A pronoun source, whoever it stands for: "she", "They", "I". */
const ANY_PRONOUN = /^(?:he|she|they|we|i|you|it)$/iu

/** Words after a surname that are not it: "Jr.", "Sr", "III". */
const NAME_SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?$/iu

/** Finds the quotes of `segments`, resolving speakers through `mentions`. */
export function readQuotes(
  segments: readonly Segment[],
  source: Source,
  mentions: readonly PlacedMention[],
  entities: Entity[],
  /** The news agencies the text names only as the source of its news (EntityResult). */
  creditedAgencies: ReadonlySet<string>,
): QuoteResult {
  const speakers = new SpeakerResolver(segments, source, entities, mentions, creditedAgencies)
  const drafts: Draft[] = []
  let open: Draft | null = null
  let openVoice: Draft['attribution'] = null
  let openMark = ''
  const quotedBySegment: [number, number][][] = []
  const quotedRanges: QuotedRanges[] = []
  let reports: Reported[] = []
  let inExcerpt = false
  segments.forEach((segment, segmentIndex) => {
    // A crosshead in marks ("'We had about ten minutes'") pulls a quote out of the section it
    // heads, where the quote and its speaker are read; and no quote goes on across it.
    if (segment.kind === 'heading' && isQuotedPhrase(segment.value)) {
      open = null
      return
    }
    const value = segment.value
    const found = quotedSpansOf(segment)
    // A transcript's turn in marks ('"PENCE: Well, look, ...') is a speaker's, never an excerpt.
    inExcerpt =
      segment.kind === 'paragraph' && isExcerpt(value, found, inExcerpt) && !readTurn(value)
    const spans = inExcerpt ? insideExcerpt(found) : found
    const quotedList = spans.map((span): [number, number] => [span.open, span.close])
    quotedBySegment[segmentIndex] = quotedList
    let words: Word[] | null = null
    const text: SegmentText = {
      value,
      index: segmentIndex,
      starts: sentenceStarts(value, quotedList),
      quoted: (quotedRanges[segmentIndex] = new QuotedRanges(quotedList)),
      // The words of the text, cut once for its quotations and its reported speech, and let go
      // after it: a long article keeps no more than one paragraph's words at a time.
      words: () => (words ??= wordsIn(value, 0, value.length)),
      opening: pastDateline(segment),
    }
    // A quote left open in the paragraph before goes on when this one opens with a mark of the
    // same style: a straight mark does not go on at a curly one (an excerpt in straight marks
    // that holds curly quotes, then a paragraph of the article's own in curly ones).
    if (
      open &&
      !(
        segment.kind === 'paragraph' &&
        ((opensWithSingle(value, openMark) && goesOnInSingle(open, segments, value, found)) ||
          (opensWithQuote(value) && sameStyle(openMark, value)))
      )
    )
      open = null
    // The opening marks of the titles and nicknames of this text.
    const setOff = new Set<number>()
    for (const span of spans) {
      if (span.depth > 0) continue
      const part: Part = {
        segment: segmentIndex,
        start: trimStart(value, span.open + span.openLength, span.close),
        end: trimEnd(value, span.open + span.openLength, span.close),
      }
      if (part.end <= part.start) continue
      const attribution =
        attributionOf(text, span) ??
        (segment.kind === 'title' || segment.kind === 'standfirst'
          ? speakerAfterColon(text, span, segmentIndex)
          : null)
      if (open && span.open === 0 && !isAnotherVoice(openVoice, attribution, segments)) {
        open.parts.push(part)
        open.attribution ??= attribution
        if (!span.unclosed) open = null
        continue
      }
      const cued = attribution !== null || sentenceHasCue(text, span)
      const role = roleOf(value, span, text.starts, cued, text.opening)
      if (role === 'title' || role === 'nickname') setOff.add(span.open)
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
      // The voice of an open quote: its own attribution, or that of the quote before it in its paragraph.
      const previous = drafts[drafts.length - 1]
      const voice =
        draft.attribution ??
        (previous?.parts[0]?.segment === segmentIndex ? previous.attribution : null)
      drafts.push(draft)
      open = span.unclosed && segment.kind === 'paragraph' ? draft : null
      openMark = value.charAt(span.open)
      openVoice = voice
    }
    // Reported speech reads past a title or a nickname in it: they are no one's words, which
    // the quote stage would have ('said it would release "The Salt Harvest" in November'). (A
    // scare quote may be someone's: 'the plan, which critics called "reckless," would pass'.)
    const reading =
      setOff.size === 0
        ? text
        : { ...text, quoted: new QuotedRanges(quotedList.filter(([at]) => !setOff.has(at))) }
    for (const reported of findIndirect(segment.kind, reading)) {
      reports.push(reported)
    }
  })
  // "SYDNEY: Ms Doyle will face the vote": a dateline the structure stage left in a later
  // paragraph, no transcript's turn (its name a place's).
  // (The places' mentions are read only for a text that has such a turn.)
  const isTurn = (report: Reported): boolean =>
    report.source !== null && report.cue.end - report.cue.start === 1
  if (reports.some(isTurn)) {
    const placeIds = new Set(
      entities.filter((entity) => entity.kind === 'place').map((entity) => entity.id),
    )
    const places = new Set(
      mentions
        .filter((mention) => placeIds.has(mention.entityId))
        .map((mention) => `${mention.segment}:${mention.start}`),
    )
    reports = reports.filter(
      (report) => !isTurn(report) || !places.has(`${report.segment}:${report.source?.start ?? -1}`),
    )
  }
  // "A: ..." answers an interview's "Q: ..." only in a text that asks such questions.
  if (reports.some((report) => report.answer) && !segments.some((s) => isQuestion(s.value)))
    reports = reports.filter((report) => !report.answer)
  // The reported clauses that hold a partial quotation: the claims of those quotations, no
  // reports of their own. (Unless each quotation it holds is another's, in a clause it reports:
  // 'Ndlovu said that the union had raised it, but that management had described the readings
  // as "within normal parameters"'.)
  const claims: Reported[] = []
  if (reports.some((report) => report.claim))
    reports = reports.filter((report) => {
      if (!report.claim) return true
      if (!holdsOnlyOthersQuotes(report, drafts, segments)) {
        claims.push(report)
        return false
      }
      delete report.claim
      return true
    })

  speakers.useQuotations(quotedRanges)
  // Quotation paragraphs attributed by the paragraph before ("Cruz continued:") or after ("- Sanders.").
  attributeFromNeighbours(drafts, segments, quotedBySegment)
  // A source cut inside a name takes the whole name ("The Office for Budget Responsibility said").
  for (const draft of drafts) {
    const attribution = draft.attribution
    if (attribution?.value.source)
      speakers.widenToNames(attribution.segment, attribution.value.source, attribution.value.cue)
  }
  for (const reported of reports)
    if (reported.source) speakers.widenToNames(reported.segment, reported.source, reported.cue)

  const quotes: Quote[] = []
  const annotations: InlineAnnotation[][] = segments.map(() => [])
  // Each report's speaker, resolved once: by a quote it introduces, or by itself.
  const reportSpeakers = new Map<Reported, string | null>()
  let interviewed: string | null | undefined
  // The paragraphs that answer an interview's questions: their "I" is the interviewee.
  const answers = new Set(reports.filter((report) => report.answer).map((report) => report.segment))
  const speakerOf = (reported: Reported): string | null => {
    let speaker = reportSpeakers.get(reported)
    if (speaker === undefined) {
      speaker =
        reported.answer ||
        (answers.has(reported.segment) &&
          reported.source !== null &&
          FIRST_PERSON.test(sourceText(segments, reported.segment, reported.source)))
          ? (interviewed ??= intervieweeOf(segments, mentions, entities))
          : reported.source
            ? speakers.resolveCued(reported.segment, reported.source, reported.cue)
            : null
      reportSpeakers.set(reported, speaker)
      // "..., the spokesperson added": the unnamed source described before, as for a quote.
      if (reported.source) {
        const text = sourceText(segments, reported.segment, reported.source)
        speaker = takenUp(reported.segment, reported.source, text, speaker)
        reportSpeakers.set(reported, speaker)
      }
    }
    return speaker
  }
  /**
   * The described person ("the prime minister's spokesman") whose report ends
   * just before `start` of segment `segment`, for the pronoun `pronoun` there,
   * when no name of `named` (the person the pronoun was read as) comes between.
   */
  const describedVoiceBefore = (
    segment: number,
    start: number,
    pronoun: string,
    named: string | null,
  ): string | null => {
    const report = reportBefore(reports, segment, start)
    // A report of saying ("said", "told"), not a question put to the speaker ("a reporter asked").
    if (!report?.source || !SAYING_CUES.test(sourceText(segments, report.segment, report.cue)))
      return null
    const voice = speakerOf(report)
    if (voice === null || voice === named) return null
    const gender = speakers.describedGender(voice)
    if (gender === undefined) return null
    if (gender !== null && gender !== (/^he$/iu.test(pronoun) ? 'male' : 'female')) return null
    if (named === null) return voice
    // 'Police Chief John Miller said A. A witness said B. "Q," he said': a witness, whose gender
    // no word says, takes no pronoun from a person who reported near it.
    if (speakers.isWitness(voice) && reportedNear(named, segment, start)) return null
    const from = report.source.end
    const after = firstNotBefore(
      mentions,
      (mention) =>
        mention.segment < report.segment ||
        (mention.segment === report.segment && mention.start < from),
    )
    for (let i = after; i < mentions.length; i++) {
      const mention = mentions[i] as PlacedMention
      if (mention.segment > segment || (mention.segment === segment && mention.start >= start))
        break
      if (i - after >= MAX_MENTIONS_BETWEEN) return null
      if (mention.entityId === named && mention.kind === 'name') return null
    }
    return voice
  }
  /**
   * The person described from words alone ("a person familiar with ...") who
   * reports just before `start` of segment `segment`, or in the few segments
   * before, and whom the definite description `text` ("the person") takes up.
   */
  const describedBefore = (segment: number, start: number, text: string): string | null => {
    // Back a few paragraphs: "A Commission spokesperson said A. ¶ ... ¶ ..., the spokesperson
    // added."
    for (const report of reportsBefore(
      reports,
      segment,
      start,
      MAX_REPORTS_NEAR,
      DESCRIBED_REACH,
    )) {
      const voice = report.source ? speakerOf(report) : null
      if (voice !== null && speakers.repeatsDescription(voice, text)) return voice
    }
    return null
  }
  /**
   * The speaker of the source `text` at `source` of segment `segment`, read as
   * `speaker`: the unnamed source described before when `text` is a definite
   * description that takes it up ("the person said"), whose mention it then
   * becomes; else `speaker`.
   */
  const takenUp = (
    segment: number,
    source: { start: number; end: number },
    text: string,
    speaker: string | null,
  ): string | null => {
    if (!DEFINITE.test(text)) return speaker
    const voice = describedBefore(segment, source.start, text)
    if (voice === null || voice === speaker) return speaker
    speakers.moveMention(segment, source, voice)
    return voice
  }
  /** Whether `id` reports something in segment `segment` before `start`, or in the one before. */
  const reportedNear = (id: string, segment: number, start: number): boolean =>
    reportsBefore(reports, segment, start, MAX_REPORTS_NEAR).some(
      (report) => speakerOf(report) === id,
    )
  const isUntitledPerson = (id: string): boolean => {
    const entity = entities.find((e) => e.id === id)
    return entity?.kind === 'person' && entity.titles.length === 0
  }
  let previousSpeaker: {
    speaker: string | null
    segment: number
    cue: Quote['cue']
    source: Quote['source']
    /** The last part of the quote, when it asks a question. */
    question: Part | null
  } | null = null
  // The two sides of an exchange of questions and answers, from a reply to a question ('"So it
  // sat in an inbox?" Ms Okafor asked. "It did," Mr Petrakis replied.'), whose turns after it
  // alternate without cues.
  // (Cast: TypeScript narrows a `let` to its first value and forgets the loop's later ones.)
  let exchange = null as Exchange | null
  for (const draft of drafts) {
    const first = draft.parts[0] as Part
    const last = draft.parts[draft.parts.length - 1] as Part
    // Whether the quote asks a question.
    const asks = (segments[last.segment] as Segment).value.charAt(last.end - 1) === '?'
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
        attribution && sourceSpan
          ? speakers.resolveCued(attribution.segment, sourceSpan, attribution.value.cue)
          : null
      // '"We got nothing back," Marc Lefevre said. / "Nothing at all," added the union leader': a
      // description that "added" goes on with is the speaker of the quote just before, when no
      // title of theirs says they are someone else (not another leader titled paragraphs back).
      if (
        speaker !== null &&
        cue !== null &&
        sourceInfo &&
        attribution &&
        sourceSpan &&
        GOES_ON.has(cue.text.toLowerCase()) &&
        DESCRIPTION.test(sourceInfo.text) &&
        previousSpeaker?.speaker &&
        previousSpeaker.speaker !== speaker &&
        previousSpeaker.segment >= attribution.segment - 1 &&
        isUntitledPerson(previousSpeaker.speaker)
      ) {
        speakers.moveMention(attribution.segment, sourceSpan, previousSpeaker.speaker)
        speaker = previousSpeaker.speaker
      }
      // '"So the map sat in an inbox?" Ms Okafor asked. "It sat in a shared folder," he replied': a
      // pronoun's reply to a question is of whom the asker pressed, named before the question.
      if (
        speaker === null &&
        sourceInfo &&
        PRONOUN_SOURCE.test(sourceInfo.text) &&
        previousSpeaker?.question &&
        previousSpeaker.speaker !== null &&
        REPLYING.test(cue?.text ?? '')
      ) {
        const { segment, start } = previousSpeaker.question
        speaker = speakers.pressedBefore(segment, start, previousSpeaker.speaker, sourceInfo.text)
      }
      // A pronoun the entity stage could not resolve speaks as the quote before it did, when it
      // may stand for that speaker and does not answer their question ('"So it sat in an
      // inbox?" Ms Okafor asked. "It did," he replied').
      if (
        speaker === null &&
        sourceInfo &&
        PRONOUN_SOURCE.test(sourceInfo.text) &&
        previousSpeaker &&
        (previousSpeaker.speaker === null ||
          speakers.mayBeCalled(previousSpeaker.speaker, sourceInfo.text)) &&
        !(previousSpeaker.question && REPLYING.test(cue?.text ?? ''))
      ) {
        speaker = previousSpeaker.speaker
      }
      // 'The prime minister's spokesman said X. "Q," he told reporters': the "he" is the
      // described speaker of the report just before, unless the person it was read as is named since.
      if (attribution && sourceSpan && sourceInfo && PRONOUN_SOURCE.test(sourceInfo.text)) {
        const voice = describedVoiceBefore(
          attribution.segment,
          sourceSpan.start,
          sourceInfo.text,
          speaker,
        )
        if (voice !== null) {
          speakers.moveMention(attribution.segment, sourceSpan, voice)
          speaker = voice
        }
      }
      // 'A person familiar with the talks said X. "Q," the person said': a definite description
      // takes up the described speaker of a report just before whose head it repeats.
      if (attribution && sourceSpan && sourceInfo)
        speaker = takenUp(attribution.segment, sourceSpan, sourceInfo.text, speaker)
      // '"Those were your words, Mr. Whitcomb?" Okafor asked. "They were," the 58-year-old
      // replied': a reply is not the asker's; the person the question addresses gives it.
      if (
        attribution &&
        sourceSpan &&
        sourceInfo &&
        speaker !== null &&
        previousSpeaker?.question &&
        previousSpeaker.speaker === speaker &&
        REPLYING.test(cue?.text ?? '') &&
        !/^\p{Lu}/u.test(sourceInfo.text.replace(DEFINITE, ''))
      ) {
        const { segment, start, end } = previousSpeaker.question
        const addressed = speakers.addressedIn(segment, start, end)
        if (addressed !== null && addressed !== speaker) {
          speakers.moveMention(attribution.segment, sourceSpan, addressed)
          speaker = addressed
        }
      }
      // A quote with no cue of its own goes on from the quote before it, in the same paragraph
      // ("'Q1,' X said. 'Q2.'") or from the paragraph before (a floating quote).
      let inheritedCue = cue
      let inheritedSource = sourceInfo
      // Or from reported speech in the paragraph before, nearer than any quote: 'X said the
      // deal was dead.' then '"We will not sign it."'.
      const report = attribution ? null : reportBefore(reports, first.segment, first.start)
      // (Not from a headline or a standfirst, each written on its own: "Ryan calls Trump line
      // 'racist'" then "Criticism drives candidate to say remarks 'misconstrued'".)
      const reach =
        previousSpeaker === null ||
        (previousSpeaker.segment < first.segment &&
          (segments[previousSpeaker.segment] as Segment).node === null)
          ? Infinity
          : first.segment - previousSpeaker.segment
      if (report && (reach > 1 || report.segment > (previousSpeaker?.segment ?? -1))) {
        const reportSegment = segments[report.segment] as Segment
        speaker = speakerOf(report)
        inheritedCue = span(reportSegment, report.cue, source)
        inheritedSource = report.source ? span(reportSegment, report.source, source) : null
      } else if (!attribution && previousSpeaker && reach <= 1) {
        // A turn of an exchange: a question after the answer is the asker's ('"For how long?"'),
        // an answer after the asker's question the replier's.
        const turn = turnOf(exchange, previousSpeaker, asks)
        speaker = turn ?? previousSpeaker.speaker
        inheritedCue = turn === null ? previousSpeaker.cue : null
        inheritedSource = turn === null ? previousSpeaker.source : null
      } else if (attribution && !sourceSpan && previousSpeaker && reach <= 1) {
        // A cue without a source of its own ("Adding, 'Q'") goes on from the speaker before.
        speaker = previousSpeaker.speaker
        inheritedSource = previousSpeaker.source
      }
      const firstSegment = segments[first.segment] as Segment
      const lastSegment = segments[last.segment] as Segment
      // (A partial quotation's words end before the writer's stop: `of "governing by applause."`.)
      const lastEnd =
        draft.role === 'partial'
          ? endWithoutWritersStop(lastSegment.value, last.start, last.end)
          : last.end
      const start = positionOf(firstSegment, first.start, first.end, source).start
      const end = positionOf(lastSegment, last.start, lastEnd, source).end
      quotes.push({
        id,
        kind: draft.role === 'direct' ? 'direct' : 'partial',
        text: draft.parts
          .map((part) =>
            (segments[part.segment] as Segment).value.slice(
              part.start,
              part === last ? lastEnd : part.end,
            ),
          )
          .join(' '),
        position: { start, end },
        cue: inheritedCue,
        source: inheritedSource,
        speaker,
      })
      // A pronoun of the third person in a speaker's own words is someone else's (not where who
      // speaks does so for them: "the prime minister's spokesman said. 'He disagrees'").
      if (
        speaker !== null &&
        draft.role === 'direct' &&
        !SPEAKING_FOR.test(inheritedSource?.text ?? '')
      )
        for (const part of draft.parts)
          speakers.dropOwnPronouns(speaker, part.segment, part.start, part.end)
      // A reply to a question opens an exchange; a quote of someone else cued otherwise ends it.
      if (
        attribution &&
        speaker !== null &&
        previousSpeaker?.question &&
        previousSpeaker.speaker !== null &&
        previousSpeaker.speaker !== speaker &&
        REPLYING.test(cue?.text ?? '')
      )
        exchange = { asker: previousSpeaker.speaker, replier: speaker }
      else if (attribution && speaker !== exchange?.asker && speaker !== exchange?.replier)
        exchange = null
      if (speaker !== null || attribution) {
        previousSpeaker = {
          speaker,
          segment: last.segment,
          cue: inheritedCue,
          source: inheritedSource,
          question: asks ? last : null,
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

  // A verb that cues a quotation ('"Q," Sarandon told MSNBC when asked ...') reports nothing more;
  // a title or a word set off in what it reports is no quotation ('said it would release "The
  // Salt Harvest" in November').
  const quoteCues = new Set(
    drafts.flatMap((draft) =>
      draft.attribution && (draft.role === 'direct' || draft.role === 'partial')
        ? [`${draft.attribution.segment}:${draft.attribution.value.cue.start}`]
        : [],
    ),
  )
  for (const reported of reports) {
    if (quoteCues.has(`${reported.segment}:${reported.cue.start}`)) continue
    const segment = segments[reported.segment] as Segment
    // "turnout had been 31.2%, down from 58%": a percent sign is no word, but ends the clause's.
    const end =
      segment.value.charCodeAt(reported.content.end) === PERCENT_SIGN
        ? reported.content.end + 1
        : reported.content.end
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: 'indirect',
      text: segment.value.slice(reported.content.start, end),
      position: positionOf(segment, reported.content.start, end, source),
      cue: span(segment, reported.cue, source),
      source: reported.source ? span(segment, reported.source, source) : null,
      speaker: speakerOf(reported),
    })
  }
  quotes.sort((a, b) => a.position.start.offset - b.position.start.offset)
  if (claims.length > 0) withClaims(quotes, claims, segments, source)
  return { quotes, annotations, mentions: speakers.placedMentions() }
}

/**
 * Whether the partial quotations of `drafts` that the reported clause of
 * `report` holds are all attributed to a cue in a second clause it reports
 * ("..., but that management had described the readings as"): another
 * speaker's words that the report tells of, none it quotes.
 */
function holdsOnlyOthersQuotes(
  report: Reported,
  drafts: readonly Draft[],
  segments: readonly Segment[],
): boolean {
  const value = (segments[report.segment] as Segment).value
  let held = 0
  for (const draft of drafts) {
    const part = draft.parts[0]
    if (draft.role !== 'partial' || part === undefined || part.segment !== report.segment) continue
    if (part.start < report.content.start || part.end > report.content.end) continue
    held++
    const cue = draft.attribution?.value.cue
    const source = draft.attribution?.value.source
    if (
      draft.attribution?.segment !== report.segment ||
      cue === undefined ||
      !source ||
      cue.end > report.content.end ||
      source.start <= report.content.start + JOINED_THAT_REACH ||
      !JOINED_THAT.test(value.slice(source.start - JOINED_THAT_REACH, source.start))
    )
      return false
  }
  return held > 0
}

/** A second reported clause joined to the first, right before its subject: ", but that ". */
const JOINED_THAT = /\b(?:and|but)\s+that\s+$/u
/** Characters before a subject read for such a join, and fewest of the clause before it. */
const JOINED_THAT_REACH = 12

/**
 * Gives each partial quotation of `quotes` (in reading order) that a claim of
 * `claims` holds that claim: the reported clause its words stand in.
 */
function withClaims(
  quotes: Quote[],
  claims: readonly Reported[],
  segments: readonly Segment[],
  source: Source,
): void {
  // The quotes by where they start, to find those a claim holds by bisection.
  const starts = quotes.map((quote) => ({ start: quote.position.start.offset }))
  for (const claim of claims) {
    const segment = segments[claim.segment] as Segment
    const { start, end } = positionOf(segment, claim.content.start, claim.content.end, source)
    for (let i = firstAtOrAfter(starts, start.offset); i < quotes.length; i++) {
      const quote = quotes[i] as Quote
      if (quote.position.start.offset > end.offset) break
      if (quote.kind !== 'partial' || quote.claim !== undefined) continue
      if (quote.position.end.offset > end.offset) continue
      quote.claim = {
        text: segment.value.slice(claim.content.start, claim.content.end),
        position: { start, end },
      }
    }
  }
}

/** Cues that go on from the quote before: "added the union leader". */
const GOES_ON: ReadonlySet<string> = new Set(['added', 'adds', 'continued', 'continues'])
/** A description in lower case after "the": "the union leader", "the 57-year-old". */
const DESCRIPTION = /^the\s+\p{Ll}/u

/** The end of the quoted words: before the closing mark, without trailing spaces. */
function trimEnd(value: string, start: number, end: number): number {
  let e = end
  while (e > start && QUOTE_PADDING.has(value.charCodeAt(e - 1))) e--
  return e
}

/** The start of the quoted words: after the opening mark and the space French style sets after it ("« Rien »"). */
function trimStart(value: string, start: number, end: number): number {
  let s = start
  while (s < end && QUOTE_PADDING.has(value.charCodeAt(s))) s++
  return s
}
/** Spaces inside quotation marks: a space, a no-break space, a narrow no-break space. */
const QUOTE_PADDING: ReadonlySet<number> = new Set([0x20, 0xa0, 0x202f])

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

/** The speaker's own pronoun as a report's source: "I believe", "we think". */
const FIRST_PERSON = /^(?:i|we)$/iu

/**
 * The person an interview questions: the first person named before its first
 * question ("Katharine Hayhoe has spent 25 years ... We spoke to her"), or
 * null when none is.
 */
function intervieweeOf(
  segments: readonly Segment[],
  mentions: readonly PlacedMention[],
  entities: readonly Entity[],
): string | null {
  const first = segments.findIndex((segment) => isQuestion(segment.value))
  const people = new Set(entities.filter((e) => e.kind === 'person').map((e) => e.id))
  for (const mention of mentions) {
    if (first >= 0 && mention.segment >= first) break
    if (mention.kind === 'name' && people.has(mention.entityId)) return mention.entityId
  }
  return null
}

const PERCENT_SIGN = 0x25

/**
 * Reported speech without quotation marks: "X said (that) CLAUSE",
 * "X argued/claimed/warned that CLAUSE", "CLAUSE, X said.", "according to X,
 * CLAUSE". The content is the reported clause; sentences that hold a
 * quotation are left to the quote stage.
 */
import type { Segment } from '../annotate/segments.js'
import { afterGerund, isNamingParticiple, isNoun } from './cues.js'
import { BETWEEN_SOURCE_AND_CUE, backwardSource, isRoleNoun, subjectOf } from './sources.js'
import { PARTICIPLES, REPORTING, STANCE_VERBS } from '../lexicon/speech.js'
import type { QuotedRanges } from './ranges.js'
import type { SegmentText } from './segment-text.js'
import { lastIndexOf, wordsBetween, wordsIn, type Word } from './words.js'
import { firstAtOrAfter } from '../bisect.js'

/** Reported speech found in one segment: value ranges. */
export interface Reported {
  segment: number
  content: { start: number; end: number }
  cue: { start: number; end: number }
  source: { start: number; end: number } | null
}

/** Adjectives of attitude: "X is confident that CLAUSE". */
const ATTITUDES = new Set([
  'confident',
  'concerned',
  'convinced',
  'sure',
  'certain',
  'worried',
  'optimistic',
  'hopeful',
  'aware',
  'adamant',
  'skeptical',
  'sceptical',
  'afraid',
  'fearful',
  'angry',
  'happy',
  'glad',
  'pleased',
  'proud',
  'disappointed',
  'clear',
  'positive',
  'unsure',
  'uncertain',
  'doubtful',
])

/** Reporting words that are as often nouns: cues only before "that". */
const NOUN_LIKE = new Set([
  'show',
  'states',
  'questions',
  'remarks',
  'charges',
  'answers',
  'figures',
  'posts',
  'projects',
])

/** Words that may stand between the cue and "that": "said on Thursday that". */
const MAX_GAP_WORDS = 10
const MIN_CLAUSE_WORDS = 2
/** Words after a cue that do not open a reported clause: "said in a statement", "told to". */
const NOT_CLAUSE_OPENERS = new Set([
  'to',
  'on',
  'in',
  'at',
  'by',
  'for',
  'with',
  'about',
  'from',
  'so',
  'yes',
  'no',
  'nothing',
  'goodbye',
  'hello',
  'as',
  'of',
  'into',
  'during',
  'after',
  'before',
  'through',
  'up',
  'out',
  'off',
  'over',
  'under',
  'again',
  'too',
  'more',
  'less',
  'only',
  'little',
  'much',
  'something',
  'anything',
  'everything',
  'me',
  'him',
  'her',
  'us',
  'them',
  'reporters',
  'and',
  'or',
  'but',
])

/**
 * The reported speech of one text of kind `kind`, read with the sentences,
 * quoted ranges and words the quote stage found in it (its words are asked for
 * only when the text can report).
 */
export function findIndirect(
  kind: Segment['kind'],
  { value, index: segment, starts, quoted, words }: SegmentText,
): Reported[] {
  const found: Reported[] = []
  if (kind === 'title') {
    const headline = readHeadline(value, quoted)
    if (headline) found.push({ segment, ...headline })
    return found
  }
  if (kind !== 'paragraph') return found
  // A transcript's turn: 'PENCE: Well, look, ...' reports the whole paragraph.
  const turn = readTurn(value)
  if (turn) {
    found.push({ segment, ...turn })
    return found
  }
  const cues = cueOffsets(words())
  if (cues.length === 0) return found
  let c = 0
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? value.length
    // Only sentences with a reporting word are read word by word.
    while (c < cues.length && (cues[c] as number) < start) c++
    if (c >= cues.length || (cues[c] as number) >= end) return
    // A sentence is read around its first cue only, so an endless sentence costs no more than a long one.
    const from = Math.max(start, (cues[c] as number) - MAX_SENTENCE_REACH)
    const to = Math.min(end, (cues[c] as number) + MAX_SENTENCE_REACH)
    const sentence = wordsBetween(words(), from, to)
    const sentenceEnd = trimmedEnd(value, from, to)
    const reported = readSentence(sentence, from, sentenceEnd)
    // "Asked whether ..., Mr. Daley said ...": a question set off before the sentence's report.
    if (reported && reported.source === null && reported.content.end < sentenceEnd) {
      const rest = firstAtOrAfter(sentence, reported.content.end)
      const next = readSentence(
        sentence.slice(rest),
        sentence[rest]?.start ?? sentenceEnd,
        sentenceEnd,
      )
      if (next) pushReported(found, quoted, segment, next)
    }
    // "CLAUSE, X said, adding that B": the participle's report after the first.
    const added = reported ? trailingParticiple(reported, sentence, sentenceEnd) : null
    if (reported) {
      for (const part of [...splitAtParticiple(reported, sentence), ...(added ? [added] : [])]) {
        for (const piece of splitAtConjoinedReport(part, sentence)) {
          pushReported(found, quoted, segment, piece)
        }
      }
    }
  })
  return found
}

/**
 * "X said A, adding that B": two reports of one speaker, A cued by "said" and
 * B by "adding"; a report without such a participle comes back whole.
 */
function splitAtParticiple(
  reported: Omit<Reported, 'segment'>,
  words: readonly Word[],
): Omit<Reported, 'segment'>[] {
  const { content } = reported
  for (let k = firstAtOrAfter(words, content.start) + 1; k < words.length; k++) {
    const word = words[k] as Word
    if (word.start >= content.end) break
    if (!PARTICIPLES.has(word.lower) || words[k - 1]?.text !== ',') continue
    const clause = isThat(words[k + 1]) ? k + 2 : k + 1
    const first = words[clause]
    const comma = words[k - 1] as Word
    if (!first || words.length - clause < MIN_CLAUSE_WORDS || comma.start <= content.start) break
    return [
      { ...reported, content: { start: content.start, end: comma.start } },
      {
        content: { start: first.start, end: content.end },
        cue: { start: word.start, end: word.end },
        source: reported.source,
      },
    ]
  }
  return [reported]
}

/** Conjunctions that join a second report to a first: "says A but argues B". */
const REPORT_JOINERS = new Set(['but', 'and', 'while', 'whereas'])
/** Most words of the subject of a second report: "while 9 percent found". */
const MAX_JOINED_SUBJECT_WORDS = 4

/**
 * "X says A but argues that B" / "X said A, while 9 percent found B": a second
 * reporting verb joined inside the reported words reports its own clause,
 * with its own subject when one stands between the conjunction and the verb.
 */
function splitAtConjoinedReport(
  reported: Omit<Reported, 'segment'>,
  words: readonly Word[],
): Omit<Reported, 'segment'>[] {
  const { content } = reported
  for (let k = firstAtOrAfter(words, content.start) + 1; k < words.length; k++) {
    const joiner = words[k] as Word
    if (joiner.start >= content.end) break
    if (!REPORT_JOINERS.has(joiner.lower)) continue
    // "said A, but that B": a second clause of the same verb.
    if (isThat(words[k + 1])) continue
    let v = k + 1
    while (v < words.length && v - k <= MAX_JOINED_SUBJECT_WORDS + 1) {
      const word = words[v] as Word
      if (word.punct || REPORTING.has(word.lower) || REPORT_JOINERS.has(word.lower)) break
      v++
    }
    const verb = words[v]
    if (!verb || verb.punct || !REPORTING.has(verb.lower) || verb.lower.endsWith('ing')) continue
    // "the United States are waging": a name, not a verb.
    if (verb.text !== verb.lower) continue
    if (isNoun(words, v)) continue
    const clause = isThat(words[v + 1]) ? v + 2 : v + 1
    const first = words[clause]
    if (!first || first.punct || NOT_CLAUSE_OPENERS.has(first.lower)) continue
    if (words.length - clause < MIN_CLAUSE_WORDS || first.start >= content.end) continue
    const last = words[words[k - 1]?.text === ',' ? k - 2 : k - 1]
    if (!last || last.end <= content.start) continue
    const end = last.end
    // "but they did not know if": the subject without the auxiliaries before the verb.
    let subjectEnd = v
    while (subjectEnd > k + 1 && BETWEEN_SOURCE_AND_CUE.has((words[subjectEnd - 1] as Word).lower))
      subjectEnd--
    const subject = words.slice(k + 1, subjectEnd)
    return [
      { ...reported, content: { start: content.start, end } },
      {
        content: { start: first.start, end: content.end },
        cue: { start: verb.start, end: verb.end },
        source: subject.length > 0 ? spanOf(subject) : reported.source,
      },
    ]
  }
  return [reported]
}

/**
 * "CLAUSE, sources said." / "CLAUSE, the source added." / "CLAUSE, a
 * spokesman announced Monday.": a sentence that ends in its attribution,
 * whatever reporting or stance words its clause holds.
 */
function finalAttribution(words: readonly Word[], start: number): Omit<Reported, 'segment'> | null {
  const comma = lastIndexOf(words, ',', words.length, words.length - MAX_FINAL_ACCORDING_WORDS)
  if (comma <= MIN_CLAUSE_WORDS) return null
  // "CLAUSE, according to the Roper Center for Public Opinion Research."
  if (isAccordingTo(words, comma + 1)) {
    const found = accordingAfterClause(words, comma + 1, start)
    return found.source ? found : null
  }
  if (words.length - comma > MAX_FINAL_WORDS) return null
  for (let k = comma + 1; k < words.length; k++) {
    const word = words[k] as Word
    if (word.punct) return null
    if (!REPORTING.has(word.lower) || word.lower.endsWith('ing') || isNoun(words, k)) continue
    const head = k === comma + 1 ? [] : words.slice(comma + 1, k)
    if (head.some((w) => /^(?:and|but|or|that|which|who|if|when|because)$/u.test(w.lower)))
      return null
    const cue = { start: word.start, end: word.end }
    const content = { start, end: (words[comma] as Word).start }
    const tail = words.slice(k + 1)
    // "..., said Mr. Barrett" / "..., said the spokesman": an inverted speaker ends the sentence.
    if (head.length === 0) {
      const first = tail[0]
      const last = tail[tail.length - 1]
      const described =
        (first?.lower === 'the' || first?.lower === 'a') && isRoleNoun(last?.lower ?? '')
      if (!first || !(/^\p{Lu}/u.test(first.text) || described)) return null
      const source = spanOf(tail)
      return source ? { content, cue, source } : null
    }
    // "..., sources said" / "..., a spokesman announced Monday morning": nothing after but when or where.
    if (tail.length > 0 && !FINAL_TAIL_OPENERS.test(tail[0]?.lower ?? '')) return null
    const source = spanOf(head)
    return source ? { content, cue, source } : null
  }
  return null
}
/** Whether words `k` and `k + 1` are "according to". */
function isAccordingTo(words: readonly Word[], k: number): boolean {
  return words[k]?.lower === 'according' && words[k + 1]?.lower === 'to'
}

/** "CLAUSE, according to X.": the clause from `start` to the comma before word `k`, X after "to". */
function accordingAfterClause(
  words: readonly Word[],
  k: number,
  start: number,
): Omit<Reported, 'segment'> {
  return {
    content: { start, end: (words[k - 1] as Word).start },
    cue: { start: (words[k] as Word).start, end: (words[k + 1] as Word).end },
    source: spanOf(words.slice(k + 2)),
  }
}

/** Words that open what may follow a final attribution's verb: when, where, how. */
const FINAL_TAIL_OPENERS =
  /^(?:in|on|at|during|after|before|to|via|by|from|last|this|late|early|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/u
/** Most words after the last comma of a sentence that ends in its attribution. */
const MAX_FINAL_WORDS = 7
/** Most words of a final "according to X", whose source can be a long name. */
const MAX_FINAL_ACCORDING_WORDS = 14

/** Words before a sentence-opening "asked": "When asked about ...". */
const ASKED_OPENERS = new Set(['when', 'after', 'if', 'once', 'while'])

/**
 * Keeps a report unless it touches a quotation: words in quotation marks are
 * the quote stage's, and a cue inside them is the quoted speaker's, not the writer's.
 */
function pushReported(
  found: Reported[],
  quoted: QuotedRanges,
  segment: number,
  reported: Omit<Reported, 'segment'>,
): void {
  const { content, cue } = reported
  if (quoted.overlaps(content.start, content.end) || quoted.contains(cue.start)) return
  found.push({ segment, ...reported })
}

/** A speaker's name in capitals and a colon opening a paragraph, after an optional quotation mark. */
const TURN = /^["“]?(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}):\s+(?=\S)/u

/** "PENCE: Well, look, ...": a transcript's turn, the name its source and the colon its cue. */
function readTurn(value: string): Omit<Reported, 'segment'> | null {
  const match = TURN.exec(value)
  if (!match || match[1] === undefined) return null
  const nameStart = value.indexOf(match[1])
  const colon = nameStart + match[1].length
  const start = match[0].length
  const end = trimmedEnd(value, start, value.length)
  if (end - start < MIN_HEADLINE_LENGTH) return null
  return {
    content: { start, end },
    cue: { start: colon, end: colon + 1 },
    source: { start: nameStart, end: colon },
  }
}

/** Labels that open headlines with a colon but name no speaker. */
const HEADLINE_LABELS = new Set([
  'breaking',
  'analysis',
  'opinion',
  'exclusive',
  'update',
  'updated',
  'watch',
  'live',
  'video',
  'photos',
  'editorial',
  'review',
  'explainer',
  'factbox',
  'timeline',
  'poll',
  'report',
  'commentary',
  'interview',
  'podcast',
  'latest',
  'fact check',
  'breaking news',
  'live updates',
  'in pictures',
  'in photos',
])
/** Most words of a speaker's name before a headline's colon. */
const MAX_HEADLINE_NAME_WORDS = 4

/** "Ann Coulter: And Then There Was the One": a headline that gives a speaker's words after their name. */
function readHeadline(value: string, quoted: QuotedRanges): Omit<Reported, 'segment'> | null {
  const colon = value.indexOf(':')
  if (colon <= 0 || quoted.overlaps(0, colon)) return null
  const words = wordsIn(value, 0, colon)
  if (words.length === 0 || words.length > MAX_HEADLINE_NAME_WORDS) return null
  if (!words.every((word) => !word.punct && /^\p{Lu}/u.test(word.text))) return null
  const label = words.map((word) => word.lower).join(' ')
  if (HEADLINE_LABELS.has(label) || HEADLINE_LABELS.has(label.replace(/^the /u, ''))) return null
  let start = colon + 1
  while (start < value.length && value[start] === ' ') start++
  const end = trimmedEnd(value, start, value.length)
  if (end - start < MIN_HEADLINE_LENGTH) return null
  return {
    content: { start, end },
    cue: { start: colon, end: colon + 1 },
    source: { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end },
  }
}
const MIN_HEADLINE_LENGTH = 8

function readSentence(
  words: readonly Word[],
  start: number,
  end: number,
): Omit<Reported, 'segment'> | null {
  const final = finalAttribution(words, start)
  if (final) return final
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word
    if (isAccordingTo(words, k)) {
      const comma = words.findIndex((w, j) => j > k + 1 && w.text === ',')
      const cue = { start: word.start, end: (words[k + 1] as Word).end }
      if (k === 0 && comma > 0) {
        // According to X, CLAUSE.
        const source = spanOf(words.slice(k + 2, comma))
        const content = { start: (words[comma + 1] as Word | undefined)?.start ?? end, end }
        return content.end > content.start ? { content, cue, source } : null
      }
      if (k > 0 && words[k - 1]?.text === ',') return accordingAfterClause(words, k, start)
      continue
    }
    // "spokeswoman Hope Hicks": a capitalised word inside the sentence is a name, not a verb.
    if (k > 0 && !(words[k - 1] as Word).punct && /^\p{Lu}\p{Ll}/u.test(word.text)) continue
    const attitude =
      ATTITUDES.has(word.lower) &&
      isThat(words[k + 1]) &&
      /^(?:is|was|are|were|am|be|been|remains?|seemed|seems)$/u.test(words[k - 1]?.lower ?? '')
    const stance = readStance(words, k, start, end)
    if (stance) return stance
    // "Asked whether ..., X said" / "When asked about ..., X said": a question put by no one named.
    if (
      word.lower === 'asked' &&
      (k === 0 || (k === 1 && ASKED_OPENERS.has(words[0]?.lower ?? '')))
    ) {
      const comma = words.findIndex((w, j) => j > k && w.text === ',')
      const first = words[k + 1]
      if (comma > k + 1 && first && !first.punct) {
        return {
          content: { start: first.start, end: (words[comma - 1] as Word).end },
          cue: { start: word.start, end: word.end },
          source: null,
        }
      }
    }
    const madeClear = readMadeClear(words, k, end)
    if (madeClear) return madeClear
    if (!REPORTING.has(word.lower) && !attitude) continue
    // "radio show", "his remarks", "the charges": nouns unless a clause follows with "that".
    if (NOUN_LIKE.has(word.lower) && !isThat(words[k + 1])) continue
    // "the report", "Clark’s claims": a noun after a determiner or a possessive.
    if (!attitude && isNoun(words, k)) continue
    // "He was told that ...": a passive's subject is not who reports; the source is unnamed.
    const passive = !attitude && isPassive(words, k)
    const cue = attitude
      ? { start: (words[k - 1] as Word).start, end: word.end }
      : { start: word.start, end: word.end }
    // CLAUSE, X said, CLAUSE: the speaker set off inside the sentence.
    const comma = lastIndexOf(words, ',', k)
    if (comma > 0 && k - comma <= 5 && words[k + 1]?.text === ',' && !attitude) {
      return { content: { start, end }, cue, source: spanOf(words.slice(comma + 1, k)) }
    }
    // CLAUSE, X said (at the time), adding that CLAUSE: the first clause, the participle read apart.
    const participle = participleAfter(words, k)
    if (participle > 0 && comma > MIN_CLAUSE_WORDS && k - comma <= 5 && !attitude) {
      return {
        content: { start, end: (words[comma] as Word).start },
        cue,
        source: spanOf(words.slice(comma + 1, k)),
      }
    }
    // CLAUSE, X said.
    if (k === words.length - 1 || (words.length - k <= 3 && comma > MIN_CLAUSE_WORDS)) {
      if (comma > MIN_CLAUSE_WORDS && k - comma <= 5) {
        return {
          content: { start, end: (words[comma] as Word).start },
          cue,
          source: spanOf(words.slice(comma + 1, k)),
        }
      }
      continue
    }
    const andBefore =
      CONJUNCTIONS.has(words[k - 1]?.lower ?? '') || CONJUNCTIONS.has(words[k - 2]?.lower ?? '')
    const source = passive
      ? null
      : (backwardSource(words, attitude ? k - 2 : k - 1) ?? (andBefore ? subjectOf(words) : null))
    if (!source && !passive) continue
    // X said (on Thursday) that CLAUSE / X said CLAUSE.
    let j = k + 1
    if (word.lower === 'told' || word.lower === 'tells')
      while (j < words.length && j - k <= 3 && !isThat(words[j])) j++
    // "asked whether ...", "wondered if ...".
    if (/^(?:whether|if|why|how|what|when)$/u.test(words[k + 1]?.lower ?? '')) {
      const clauseStart = k + 1
      if (words.length - clauseStart >= MIN_CLAUSE_WORDS) {
        return { content: { start: (words[clauseStart] as Word).start, end }, cue, source }
      }
    }
    let gap = 0
    // The "that" of this verb, not of a participle after it ("said A, adding that B").
    // Nor of a second verb ("says A but argues that B").
    while (
      j < words.length &&
      gap < MAX_GAP_WORDS &&
      !isThat(words[j]) &&
      !PARTICIPLES.has((words[j] as Word).lower) &&
      !REPORTING.has((words[j] as Word).lower)
    ) {
      j++
      gap++
    }
    let clauseStart: number
    if (isThat(words[j])) clauseStart = j + 1
    else if (opensClause(words, k)) clauseStart = k + 1
    else continue
    if (words.length - clauseStart < MIN_CLAUSE_WORDS) continue
    return { content: { start: (words[clauseStart] as Word).start, end }, cue, source }
  }
  return null
}

/** Forms of "be" before a passive participle. */
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being'])

/** Whether the cue at `k` is a participle after "be" (and adverbs): "is usually told". */
function isPassive(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  if (!/(?:ed|told|said|written|known|thought|felt)$/u.test(word.lower)) return false
  let j = k - 1
  while (j >= 0 && /^[a-z]{3,}ly$/u.test((words[j] as Word).text)) j--
  return BE.has(words[j]?.lower ?? '')
}

/** Forms of "make" in "made it clear that". */
const MAKE = new Set(['make', 'makes', 'made', 'making'])

/** "X made (it) clear (that) CLAUSE", with "clear" at word `k`: a report cued by the phrase. */
function readMadeClear(
  words: readonly Word[],
  k: number,
  end: number,
): Omit<Reported, 'segment'> | null {
  if ((words[k] as Word).lower !== 'clear') return null
  const made = words[k - 1]?.lower === 'it' ? k - 2 : k - 1
  if (!MAKE.has(words[made]?.lower ?? '')) return null
  const clauseStart = isThat(words[k + 1]) ? k + 2 : k + 1
  const first = words[clauseStart]
  if (!first || first.punct || NOT_CLAUSE_OPENERS.has(first.lower)) return null
  if (words.length - clauseStart < MIN_CLAUSE_WORDS) return null
  const source = backwardSource(words, made - 1)
  if (!source) return null
  const cue = { start: (words[made] as Word).start, end: (words[k] as Word).end }
  return { content: { start: first.start, end }, cue, source }
}

/**
 * A participle or a stance verb at word `k` of the sentence [start, end):
 * "X ..., saying CLAUSE" / "X endorsed Cruz".
 */
function readStance(
  words: readonly Word[],
  k: number,
  start: number,
  end: number,
): Omit<Reported, 'segment'> | null {
  const word = words[k] as Word
  const cue = { start: word.start, end: word.end }
  const next = words[k + 1]
  if (!next || next.punct) return null
  if (PARTICIPLES.has(word.lower) && words[k - 1]?.text === ',') {
    const clauseStart = isThat(next) ? k + 2 : k + 1
    if (words.length - clauseStart < MIN_CLAUSE_WORDS) return null
    // "'Q,' Mr. Ackman said at the time, adding that ...": the source of the verb it goes on from.
    const source = reporterBefore(words, k) ?? subjectOf(words.slice(0, k))
    return source
      ? { content: { start: (words[clauseStart] as Word).start, end }, cue, source }
      : null
  }
  if (STANCE_VERBS.has(word.lower)) {
    if (NOT_CLAUSE_OPENERS.has(next.lower) && next.lower !== 'to' && next.lower !== 'for')
      return null
    // "the report", "late-night calls", "personal attacks": nouns, not stances.
    if (isNoun(words, k) || afterGerund(words, k) || isNamingParticiple(words, k)) return null
    // "X defended the deal, saying CLAUSE": the words said are the report, not the stance.
    for (let j = k + 2; j < words.length; j++) {
      if (PARTICIPLES.has((words[j] as Word).lower) && words[j - 1]?.text === ',') return null
    }
    const source = backwardSource(words, k - 1)
    return source ? { content: { start: next.start, end }, cue, source } : null
  }
  return null
}

/** Most words between a cue and the participle that goes on from it: "said at the time, adding". */
const MAX_PARTICIPLE_GAP = 6

/** The index of ", PARTICIPLE" shortly after the cue at word `k`, or -1. */
function participleAfter(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < words.length && j - k <= MAX_PARTICIPLE_GAP; j++) {
    const word = words[j] as Word
    if (word.punct && word.text !== ',') return -1
    if (PARTICIPLES.has(word.lower) && words[j - 1]?.text === ',') return j
  }
  return -1
}

/**
 * The report of a participle after a report's cue and outside its content:
 * "CLAUSE, Mr. Ackman said at the time, adding that B" gives B, cued by "adding".
 */
function trailingParticiple(
  reported: Omit<Reported, 'segment'>,
  words: readonly Word[],
  end: number,
): Omit<Reported, 'segment'> | null {
  if (reported.content.end > reported.cue.start) return null
  const k = firstAtOrAfter(words, reported.cue.end)
  const p = participleAfter(words, k - 1)
  if (p < 0) return null
  const participle = words[p] as Word
  const clauseStart = isThat(words[p + 1]) ? p + 2 : p + 1
  const first = words[clauseStart]
  if (!first || first.punct || words.length - clauseStart < MIN_CLAUSE_WORDS) return null
  return {
    content: { start: first.start, end },
    cue: { start: participle.start, end: participle.end },
    source: reported.source,
  }
}

/** How far back a participle looks for the reporting verb it goes on from. */
const MAX_REPORTER_REACH = 12

/**
 * The source of the reporting verb shortly before word `k` ("Mr. Ackman said
 * at the time, adding"), when one stands there with its source; else null.
 */
function reporterBefore(words: readonly Word[], k: number): { start: number; end: number } | null {
  for (let j = k - 1; j >= Math.max(0, k - MAX_REPORTER_REACH); j--) {
    const word = words[j] as Word
    if (!REPORTING.has(word.lower) || word.lower.endsWith('ing') || isNoun(words, j)) continue
    return backwardSource(words, j - 1)
  }
  return null
}

/** Offsets of the words that can be cues. */
function cueOffsets(words: readonly Word[]): number[] {
  const offsets: number[] = []
  for (const word of words) {
    const length = word.end - word.start
    if (length >= MIN_CUE_LENGTH && length <= MAX_CUE_LENGTH && CUE_WORDS.has(word.lower))
      offsets.push(word.start)
  }
  return offsets
}

/** Every word that can open a report, in one set for the scan. */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...REPORTING,
  ...ATTITUDES,
  ...PARTICIPLES,
  ...STANCE_VERBS,
  'according',
])

/** Characters on each side of a cue that its sentence is read in. */
const MAX_SENTENCE_REACH = 600
const MIN_CUE_LENGTH = 3
const MAX_CUE_LENGTH = 12

/** Verbs after which "her" opens the clause as a possessive: "said her family asked". */
const SAY_LIKE = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'noted',
  'notes',
  'claimed',
  'claims',
])

/** Whether the word after the cue at `k` opens its reported clause: not "said in", "told him". */
function opensClause(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]
  if (!next || next.punct) return false
  if (next.lower === 'her' && SAY_LIKE.has((words[k] as Word).lower)) return true
  return !NOT_CLAUSE_OPENERS.has(next.lower)
}

function isThat(word: Word | undefined): boolean {
  return word?.lower === 'that'
}

/** Words that join a second verb to the sentence's subject: "... but said CLAUSE". */
const CONJUNCTIONS = new Set(['and', 'but'])

function spanOf(words: readonly Word[]): { start: number; end: number } | null {
  const content = words.filter((w) => !w.punct)
  if (content.length === 0) return null
  return { start: (content[0] as Word).start, end: (content[content.length - 1] as Word).end }
}

/** The end of a sentence without its final punctuation and spaces. */
function trimmedEnd(value: string, start: number, end: number): number {
  let e = end
  while (e > start && /[\s.!?]/u.test(value[e - 1] as string)) e--
  return e
}

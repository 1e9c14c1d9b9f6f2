/**
 * Reports a whole text makes by its shape: a headline that gives a speaker's
 * words after their name ("Trump: We will win"), a transcript's turn
 * ("PENCE: Well, look, ..."), and an interview's answer ("A: Anger is a fuel").
 */
import { TURN_LABEL } from '../heading.js'
import type { Attribution } from './attribution.js'
import type { QuotedRanges } from './ranges.js'
import { isPersonNoun } from './speaker-words.js'
import { type Reported, trimmedEnd } from './report-words.js'
import { areCapitalised, type Word, wordsIn } from './words.js'
import { FINITE_AUXILIARY_WORDS } from '../lexicon/grammar-words.js'

/** "PENCE: Well, look, ...": a transcript's turn, the name its source and the colon its cue. */
export function readTurn(value: string): Omit<Reported, 'segment'> | null {
  const match = TURN_LABEL.exec(value)
  // "UPDATE: …", "CORRECTION: …": a label, no speaker.
  if (!match || match[1] === undefined || HEADLINE_LABELS.has(match[1].toLowerCase())) return null
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

/** An interview's label and its colon opening a paragraph: "A: ...", "Q: ...". */
const ANSWER = /^A:\s+(?=\S)/u
const QUESTION = /^Q:\s+(?=\S)/u

/** Whether `value` is an interview's question: "Q: You've said anger isn't useful. Why?". */
export function isQuestion(value: string): boolean {
  return QUESTION.test(value)
}

/** "A: Anger is a fuel ...": an interview's answer, the label its source and the colon its cue. */
export function readAnswer(value: string): Omit<Reported, 'segment'> | null {
  const match = ANSWER.exec(value)
  if (!match) return null
  const start = match[0].length
  const end = trimmedEnd(value, start, value.length)
  if (end <= start) return null
  return {
    content: { start, end },
    cue: { start: 1, end: 2 },
    source: { start: 0, end: 1 },
    answer: true,
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
  // "Q&A: Climate scientist Katharine Hayhoe on ...": an interview's label ("&" is no word).
  'q a',
  'q and a',
  'correction',
  'clarification',
  "editor's note",
  'editor’s note',
])

/** Most words of a speaker's name before a headline's colon. */
const MAX_HEADLINE_NAME_WORDS = 4

/** "Ann Coulter: And Then There Was the One": a headline that gives a speaker's words after their name. */
export function readHeadline(
  value: string,
  quoted: QuotedRanges,
): Omit<Reported, 'segment'> | null {
  const colon = value.indexOf(':')
  if (colon <= 0 || quoted.overlaps(0, colon)) return null
  const all = wordsIn(value, 0, colon)
  // "Clinton to Planned Parenthood: ...", "Gillibrand on Hillary's Speeches: ...": the speaker,
  // then whom or what they speak to or of.
  const addressed = topicWordAt(all, MAX_HEADLINE_NAME_WORDS)
  const words = addressed > 0 ? all.slice(0, addressed) : all
  if (words.length === 0 || words.length > MAX_HEADLINE_NAME_WORDS) return null
  if (!areCapitalised(words)) return null
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

/** Words after a headline's speaker that open whom or what they speak to: "Clinton to Planned Parenthood:". */
const HEADLINE_TOPIC_WORDS: ReadonlySet<string> = new Set(['on', 'to', 'about', 'at'])

/**
 * Where the word that opens whom or what a headline's speaker speaks to
 * stands among `words`, after one to `most` words of the speaker; -1 when none.
 */
export function topicWordAt(words: readonly Word[], most: number): number {
  return words.findIndex((word, k) => k > 0 && k <= most && HEADLINE_TOPIC_WORDS.has(word.lower))
}

/**
 * Verbs of a headline that reports: "Zelensky says Ukraine will fight on",
 * "Trump Says He Never Pledged ...", "Musk warns AI is a risk". Finite forms
 * only, as headlines write them; not "tells" or "urges", whose object comes
 * before what is said.
 */
const HEADLINE_CUES: ReadonlySet<string> = new Set([
  ...['says', 'said', 'warns', 'warned', 'vows', 'vowed', 'claims', 'claimed'],
  ...['insists', 'insisted', 'admits', 'admitted', 'argues', 'argued', 'predicts'],
  ...['denies', 'denied', 'believes', 'thinks', 'suggests', 'suggested'],
  // Of a plural speaker: "consumer groups say the company moved too slowly".
  ...['say', 'warn', 'vow', 'claim', 'insist', 'admit', 'argue', 'predict', 'deny', 'believe'],
])

/** Words that open a headline about a report, not a report: "What the data says about ...". */
const NOT_HEADLINE_SOURCES = new Set(['what', 'how', 'why', 'when', 'where', 'who', 'which'])

/**
 * Words that no speaker's name or title holds, so that a verb after them is
 * none of a report's: "Ben Carson Defends Himself Against Claims ...", "Trump
 * May Not Have Said ...".
 */
const NOT_IN_HEADLINE_SOURCES = new Set([
  ...FINITE_AUXILIARY_WORDS,
  ...['not', 'did', 'does', 'do', 'be', 'himself', 'herself'],
  ...['against', 'for', 'to', 'with', 'on', 'in', 'at', 'by', 'from', 'about', 'after', 'over'],
])

/**
 * Words after the verb that open no clause: "says about", "says no", "said in", "warns of";
 * nor what is won or owned: "claims victory", "admits defeat", "claims responsibility".
 */
const NOT_HEADLINE_CONTENT = new Set([
  ...['about', 'in', 'on', 'to', 'for', 'with', 'no', 'yes', 'so', 'of', 'against', 'over'],
  ...['victory', 'win', 'defeat', 'credit', 'responsibility'],
])

/**
 * "Zelensky says Ukraine will never give up" (a speaker, a verb of saying and
 * the words said), or "Ukraine will never give up, Zelensky says": a headline's
 * report without a colon, in sentence or title case, read from `from` (where a
 * clause after a semicolon opens) to `to` (a standfirst's sentence). Words in
 * quotation marks are the quote stage's.
 */
export function readHeadlineReport(
  value: string,
  quoted: QuotedRanges,
  from = 0,
  to = value.length,
): Omit<Reported, 'segment'> | null {
  const words = wordsIn(value, from, to)
  const end = trimmedEnd(value, from, to)
  const first = words[0]
  if (!first || NOT_HEADLINE_SOURCES.has(first.lower)) return null
  const last = Math.min(words.length - 1, MAX_HEADLINE_NAME_WORDS + 1)
  for (let k = 1; k <= last; k++) {
    const word = words[k] as Word
    if (word.punct || NOT_IN_HEADLINE_SOURCES.has(word.lower)) break
    if (!HEADLINE_CUES.has(word.lower)) continue
    // "Hillary Clinton’s Claim That ...": a noun its owner's possessive comes before, no verb.
    if (/['’]s?$/u.test((words[k - 1] as Word).text)) return null
    const opening = words[k + 1]
    if (!opening || opening.punct || NOT_HEADLINE_CONTENT.has(opening.lower)) return null
    const report = {
      content: { start: opening.start, end },
      cue: { start: word.start, end: word.end },
      source: { start: first.start, end: (words[k - 1] as Word).end },
    }
    return end - opening.start >= MIN_HEADLINE_LENGTH && !quoted.overlaps(opening.start, end)
      ? report
      : null
  }
  return finalHeadlineReport(words, end, quoted)
}

/** "Ukraine will never give up, Zelensky says": the speaker and verb after a comma at the end. */
function finalHeadlineReport(
  words: readonly Word[],
  end: number,
  quoted: QuotedRanges,
): Omit<Reported, 'segment'> | null {
  const verb = words[words.length - 1]
  if (!verb || !HEADLINE_CUES.has(verb.lower)) return null
  let comma = words.length - 2
  while (comma > 0 && !(words[comma] as Word).punct) comma--
  const name = words.slice(comma + 1, words.length - 1)
  if (words[comma]?.text !== ',' || name.length === 0 || name.length > MAX_HEADLINE_NAME_WORDS)
    return null
  if (!/^\p{Lu}/u.test((name[0] as Word).text)) return null
  const start = (words[0] as Word).start
  const contentEnd = (words[comma - 1] as Word | undefined)?.end ?? start
  if (contentEnd - start < MIN_HEADLINE_LENGTH || quoted.overlaps(start, contentEnd)) return null
  return {
    content: { start, end: contentEnd },
    cue: { start: verb.start, end: Math.min(end, verb.end) },
    source: { start: (name[0] as Word).start, end: (name[name.length - 1] as Word).end },
  }
}

/** Most words of a headline's speaker after its quote and colon: "UN climate chief". */
const MAX_COLON_SPEAKER_WORDS = 6

/** Words that end a headline's speaker after the colon: "UN climate chief on the road to COP30". */
const SPEAKER_ENDS = new Set([
  ...['on', 'in', 'at', 'as', 'after', 'over', 'to', 'for', 'with', 'about', 'amid', 'of'],
  ...['says', 'said', 'warns', 'tells', 'urges', 'vows', 'defends', 'slams', 'calls', 'and'],
])

/**
 * "'We are running out of time': UN climate chief on the road to COP30": a
 * headline's quote whose speaker follows it after a colon; the colon is the
 * cue, the words up to a preposition or a verb of saying the source. Null when
 * no colon follows the quote or no capitalised words stand after it.
 */
export function speakerAfterColon(
  { value }: { value: string },
  span: { close: number },
  segment: number,
): { segment: number; value: Attribution } | null {
  const colon = span.close + 1
  if (value.charAt(colon) !== ':') return null
  const words = wordsIn(value, colon + 1, value.length)
  let end = 0
  while (
    end < words.length &&
    end < MAX_COLON_SPEAKER_WORDS &&
    !(words[end] as Word).punct &&
    !SPEAKER_ENDS.has((words[end] as Word).lower)
  )
    end++
  const first = words[0]
  if (end === 0 || !first || !/^\p{Lu}/u.test(first.text)) return null
  // The speaker ends at a word that says so ("UN climate chief on ...", "Biden in defiant
  // interview"), in a name or a person's noun: not a title's headline ("'Oppenheimer': Nolan
  // film sweeps Oscars", "'Help us': Zelenskyy appeals to Congress").
  const stop = words[end]
  const last = words[end - 1] as Word
  if (!stop || !SPEAKER_ENDS.has(stop.lower)) return null
  if (!/^\p{Lu}/u.test(last.text) && !isPersonNoun(last.lower)) return null
  return {
    segment,
    value: {
      cue: { start: colon, end: colon + 1 },
      source: { start: first.start, end: (words[end - 1] as Word).end },
    },
  }
}

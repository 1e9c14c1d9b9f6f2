/**
 * Reported speech without quotation marks: "X said (that) CLAUSE",
 * "X argued/claimed/warned that CLAUSE", "CLAUSE, X said.", "according to X,
 * CLAUSE". The content is the reported clause; sentences that hold a
 * quotation are left to the quote stage.
 */
import type { Segment } from '../annotate/segments.js'
import { firstAtOrAfter } from '../bisect.js'
import { readDateline } from '../dateline.js'
import { PARTICIPLES, REPORTING, STANCE_VERBS } from '../lexicon/speech.js'
import { CALL_FORMS } from './cues.js'
import { readAnswer, readHeadline, readHeadlineReport, readTurn } from './headline-reports.js'
import { ARTICLES, isBetweenSourceAndCue, MAX_APPOSITIVE_WORDS } from './source-words.js'
import type { QuotedRanges } from './ranges.js'
import { invertedNameEnd, readSentence } from './report-sentence.js'
import {
  splitAtConjoinedReport,
  splitAtParticiple,
  trailingParticiple,
  withoutAsClause,
} from './report-splits.js'
import {
  ATTITUDES,
  clauseAfterParticiple,
  POINTED_PARTICLES,
  POINTING,
  RELATIVES,
  type Reported,
  trimmedEnd,
} from './report-words.js'
import type { SegmentText } from './segment-text.js'
import { WordSet } from './word-set.js'
import { lastIndexOf, type Word, wordsBetween } from './words.js'

/**
 * The reported speech of one text of kind `kind`, read with the sentences,
 * quoted ranges and words the quote stage found in it (its words are asked for
 * only when the text can report).
 */
export function findIndirect(
  kind: Segment['kind'],
  { value, index: segment, starts, quoted, words, opening }: SegmentText,
): Reported[] {
  const found: Reported[] = []
  if (kind === 'title') {
    const headline = headlineReport(value, quoted, 0, value.length)
    if (headline) found.push({ segment, ...headline })
    return found
  }
  // A standfirst is a headline a sentence: "The company says its assistant will ship by default.
  // A senator says that is exactly the problem."; else a paragraph ("Doyle will fight for her
  // life after a former minister told the watchdog he was pressured").
  if (kind === 'standfirst') {
    starts.forEach((start, i) => {
      const headline = headlineReport(value, quoted, start, starts[i + 1] ?? value.length)
      if (headline) found.push({ segment, ...headline })
    })
    if (found.length > 0) return found
  } else if (kind !== 'paragraph') return found
  // A transcript's turn: 'PENCE: Well, look, ...' reports the whole paragraph (not a dateline's
  // place before its colon: "NEW DELHI: The BJP won").
  const turn = opening > 0 || kind !== 'paragraph' ? null : readTurn(value)
  if (turn) {
    found.push({ segment, ...turn })
    return found
  }
  // So does an interview's answer ('A: Anger is a fuel'), whose speaker the quote stage finds;
  // the reports inside it ("I think ...") are read too.
  const answer = kind === 'paragraph' ? readAnswer(value) : null
  if (answer) found.push({ segment, ...answer })
  const cues = cueOffsets(words())
  if (cues.length === 0) return found
  const clauses = clauseStarts(value, starts, quoted)
  let c = 0
  clauses.forEach((start, i) => {
    const end = clauses[i + 1] ?? value.length
    // Only sentences with a reporting word are read word by word.
    while (c < cues.length && (cues[c] as number) < start) c++
    if (c >= cues.length || (cues[c] as number) >= end) return
    // A sentence is read around its first cue only, so an endless sentence costs no more than a long one.
    // "SAN JOSE, Calif., Nov 25 (Reuters) - Nvidia ..., saying": the first sentence opens past
    // its dateline, which is neither a source nor what was said.
    const from = Math.max(start, opening, (cues[c] as number) - MAX_SENTENCE_REACH)
    const to = Math.min(end, (cues[c] as number) + MAX_SENTENCE_REACH)
    const sentence = wordsBetween(words(), from, to)
    const sentenceEnd = trimmedEnd(value, from, to)
    const reported = outsideQuotation(
      readSentence(sentence, from, sentenceEnd),
      sentence,
      quoted,
      sentenceEnd,
    )
    // "Asked whether ..., Mr. Daley said ...": a question set off before the sentence's report.
    if (reported && reported.source === null && reported.content.end < sentenceEnd) {
      const rest = firstAtOrAfter(sentence, reported.content.end)
      const next = readSentence(
        sentence.slice(rest),
        sentence[rest]?.start ?? sentenceEnd,
        sentenceEnd,
      )
      if (next) pushReported(found, value, quoted, segment, next)
    }
    // "CLAUSE, X said, adding that B": the participle's report after the first.
    const added = reported ? trailingParticiple(reported, sentence, sentenceEnd) : null
    // "Mr. Leenders, who estimated that A, said B": the main clause's report after the relative's.
    const main = reported
      ? (afterRelativeClause(reported, sentence, sentenceEnd) ??
        afterClosedClause(reported, sentence, sentenceEnd))
      : null
    if (reported) {
      const parts = [...splitAtParticiple(reported, sentence), ...(added ? [added] : [])]
      for (const part of main ? [...parts, main] : parts) {
        for (const piece of splitAtConjoinedReport(part, sentence)) {
          pushReported(found, value, quoted, segment, withoutAsClause(piece, sentence))
        }
      }
    }
  })
  return found
}

/**
 * The starts of the clauses of `value` that report on their own: its
 * sentences', and past each semicolon outside a quotation ("Brussels says
 * the search giant kept favouring its own services; the company vows to
 * appeal"), where a sentence joins two.
 */
function clauseStarts(value: string, starts: readonly number[], quoted: QuotedRanges): number[] {
  let semicolon = value.indexOf('; ')
  if (semicolon < 0) return starts as number[]
  const out: number[] = []
  for (const start of starts) {
    while (semicolon >= 0 && semicolon + 2 <= start) {
      if (!quoted.contains(semicolon) && semicolon + 2 < start) out.push(semicolon + 2)
      semicolon = value.indexOf('; ', semicolon + 1)
    }
    out.push(start)
  }
  for (; semicolon >= 0; semicolon = value.indexOf('; ', semicolon + 1))
    if (!quoted.contains(semicolon)) out.push(semicolon + 2)
  return out
}

/**
 * The report of a sentence's main clause after that of a relative clause set
 * off by commas before its verb ("Mr. Leenders, who estimated that A, said
 * B"): the sentence read again without the relative clause, "Mr. Leenders
 * said B". Null when the report is no relative clause's or the rest reports
 * nothing.
 */
function afterRelativeClause(
  reported: Omit<Reported, 'segment'>,
  sentence: readonly Word[],
  sentenceEnd: number,
): Omit<Reported, 'segment'> | null {
  const close = firstAtOrAfter(sentence, reported.content.end)
  const comma = sentence[close]
  if (comma?.text !== ',') return null
  let relative = firstAtOrAfter(sentence, reported.cue.start) - 1
  while (relative > 0 && isBetweenSourceAndCue(sentence, relative)) relative--
  if (!RELATIVES.has(sentence[relative]?.lower ?? '') || sentence[relative - 1]?.text !== ',')
    return null
  // "Dr. Madhav Thambisetty, a neurologist at the institute, who ..., said B": the comma before
  // "who" closes the description set off before it, and stays ("X, a neurologist, said B").
  const described = isDescribedBefore(sentence, relative - 1)
  const main = [
    ...sentence.slice(0, described ? relative : relative - 1),
    ...sentence.slice(close + 1),
  ]
  const first = main[0]
  if (!first) return null
  const report = readSentence(main, first.start, sentenceEnd)
  return report && report.cue.start > comma.start ? report : null
}

/**
 * Whether a description set off by commas ends at the comma at word `comma`:
 * a comma a few words before it opens a phrase with an article after a name
 * (", a neurologist at the National Institute on Aging,").
 */
function isDescribedBefore(sentence: readonly Word[], comma: number): boolean {
  const open = lastIndexOf(sentence, ',', comma, comma - MAX_APPOSITIVE_WORDS)
  return (
    open > 0 &&
    ARTICLES.has(sentence[open + 1]?.lower ?? '') &&
    /^\p{Lu}/u.test(sentence[open - 1]?.text ?? '')
  )
}

/**
 * The report after one whose content a comma closes inside the sentence
 * ("uniting conservatives who wanted A, and unions who said B"): the rest of
 * the sentence read on its own. Null when the report runs to the sentence's
 * end or the rest reports nothing.
 */
function afterClosedClause(
  reported: Omit<Reported, 'segment'>,
  sentence: readonly Word[],
  sentenceEnd: number,
): Omit<Reported, 'segment'> | null {
  const close = firstAtOrAfter(sentence, reported.content.end)
  // A report without a source ("Asked whether A, X said B") is read on above.
  if (reported.source === null || reported.cue.start > reported.content.start) return null
  if (sentence[close]?.text !== ',') return null
  const first = sentence[close + 1]
  return first ? readSentence(sentence.slice(close + 1), first.start, sentenceEnd) : null
}

/**
 * A sentence's report whose cue lies inside a quotation is the quoted
 * speaker's ('"I think ...," said Devine, suggesting that B'): the sentence's
 * own report, if any, is read from past the quotation.
 */
function outsideQuotation(
  reported: Omit<Reported, 'segment'> | null,
  sentence: readonly Word[],
  quoted: QuotedRanges,
  sentenceEnd: number,
): Omit<Reported, 'segment'> | null {
  if (!reported) return reported
  if (!quoted.contains(reported.cue.start)) {
    // '"Q," said Stiell, adding that B': the participle's source is no word of the quotation.
    const source = reported.source
    if (source && !quoted.contains(source.start)) return reported
    return afterQuotedReport(reported, sentence, quoted, sentenceEnd) ?? reported
  }
  const after = firstAtOrAfter(sentence, quoted.endOf(reported.cue.start) + 1)
  const first = sentence[after]
  if (!first) return reported
  const rest = sentence.slice(after)
  return (
    readSentence(rest, first.start, sentenceEnd) ??
    invertedParticiple(rest, sentenceEnd) ??
    reported
  )
}

/**
 * The report of a participle after a quotation's inverted speaker, whose
 * speaker it is, where the sentence was read with a source inside (or
 * across) the quotation or none ('"It was hard," said Stiell, adding that B'
 * gave the source "It", and '"Q," said Devine, suggesting that B' none). Null
 * when the words after the last quotation before the cue are not so.
 */
function afterQuotedReport(
  reported: Omit<Reported, 'segment'>,
  sentence: readonly Word[],
  quoted: QuotedRanges,
  sentenceEnd: number,
): Omit<Reported, 'segment'> | null {
  const cue = firstAtOrAfter(sentence, reported.cue.start)
  // The closing mark of the last quotation before the cue.
  let close = cue - 1
  while (close >= 0 && !quoted.contains((sentence[close] as Word).start)) close--
  if (close < 0) return null
  const after = firstAtOrAfter(sentence, quoted.endOf((sentence[close] as Word).start) + 1)
  const found = invertedParticiple(sentence.slice(after), sentenceEnd)
  return found !== null && found.cue.start >= reported.cue.start ? found : null
}

/**
 * ', said Devine, suggesting that B' after a quotation: the participle's report,
 * whose speaker is the inverted one before it.
 */
function invertedParticiple(words: readonly Word[], end: number): Omit<Reported, 'segment'> | null {
  const verb = words[0]?.text === ',' ? 1 : 0
  if (!REPORTING.has(words[verb]?.text ?? '')) return null
  const name = verb + 1
  const comma = invertedNameEnd(words, verb)
  const participle = words[comma + 1]
  if (comma === name || words[comma]?.text !== ',' || !participle) return null
  if (!PARTICIPLES.has(participle.lower)) return null
  const clause = words[clauseAfterParticiple(words, comma + 1)]
  if (!clause || clause.punct) return null
  return {
    content: { start: clause.start, end },
    cue: { start: participle.start, end: participle.end },
    source: { start: (words[name] as Word).start, end: (words[comma - 1] as Word).end },
  }
}

/**
 * The cue at `cue` with the particle that a form of "point" reports with ("pointed out",
 * "pointing to"); else `cue`.
 */
function withParticle(value: string, cue: { start: number; end: number }): typeof cue {
  const verb = value.slice(cue.start, cue.end).toLowerCase()
  const particles = POINTING.has(verb)
    ? POINTED_PARTICLES
    : CALL_FORMS.has(verb)
      ? CALLED_PARTICLES
      : null
  if (particles === null) return cue
  const next = NEXT_WORD.exec(value.slice(cue.end, cue.end + NEXT_WORD_REACH))
  return next && particles.has(next[1] as string)
    ? { start: cue.start, end: cue.end + next[0].length }
    : cue
}
/** The particles with which "call" reports: "called for a ceasefire", "calls on Israel". */
const CALLED_PARTICLES: ReadonlySet<string> = new Set(['for', 'on'])
/** The word after a space, read far enough to tell a particle ("out", "to") from longer words. */
const NEXT_WORD = /^ (\p{L}+)/u
const NEXT_WORD_REACH = 5

/**
 * Keeps a report unless it touches a quotation: words in quotation marks are
 * the quote stage's, and a cue inside them is the quoted speaker's, not the writer's.
 */
function pushReported(
  found: Reported[],
  value: string,
  quoted: QuotedRanges,
  segment: number,
  read: Omit<Reported, 'segment'>,
): void {
  // "pointed out that", "points to", "called for": the cue with its particle, which no content
  // opens.
  const withCue = { ...read, cue: withParticle(value, read.cue) }
  const reported =
    withCue.content.start >= read.cue.end && withCue.content.start < withCue.cue.end
      ? { ...withCue, content: { start: withCue.cue.end + 1, end: read.content.end } }
      : withCue
  const { cue, source } = reported
  // "MEXICO CITY - The rise of ...": a dateline the structure stage left in a later paragraph
  // is not what was said either.
  let content =
    reported.content.start === 0 ? pastDateline(value, reported.content) : reported.content
  if (quoted.contains(cue.start)) return
  if (quoted.overlaps(content.start, content.end)) {
    // "said he has supported legislation that would target the accreditation bodies, which he
    // called "a cartel"": the clause before the one the quotation stands in is reported.
    const clause =
      cue.end <= content.start
        ? beforeQuotingClause(value, content, quoted.firstStartIn(content.start, content.end))
        : null
    if (clause) {
      found.push({ segment, ...reported, content: clause })
      return
    }
    // Only a verb of saying reports a clause so, or a verb of a stance the writer's own words go
    // on from ("warned that the plan was "dead on arrival"", "called the deal "a historic step""):
    // "explained the headline by saying, "Q"" is the quotation's.
    // ("According to Juan Pablo Restrepo, the split vote showed the board was "deeply divided"
    // and ...": a source's view the writer gives, as a saying's.)
    const cueWord = value.slice(cue.start, cue.end).toLowerCase()
    if (
      !SAYING_CUES.has(cueWord) &&
      !ACCORDING_TO.test(cueWord) &&
      !claimsBy(cueWord, value, content, quoted)
    )
      return
    // "Lazar said he welcomed extradition and added, "Q"": the clause before the quotation's own
    // attribution is reported still.
    const before = quoted.contains(content.start)
      ? null
      : beforeQuotedTail(value, content, quoted.firstStartIn(content.start, content.end))
    // 'Ley said the budget showed the government had "no plan" to fix it': the quoted words are
    // the quote, and the clause that holds them the claim they are of.
    if (!before) {
      found.push({ segment, ...reported, content: claimOf(value, content, quoted), claim: true })
      return
    }
    content = before
  }
  // "it feels like ...", "you want to ...": no one holds the view the writer describes.
  const who = source ? value.slice(source.start, source.end) : ''
  // "had called Mr Cousins": a call made to someone, nothing said. "A white cat called Blossom
  // slept": a name given.
  if (CALL_FORMS.has(value.slice(cue.start, cue.end).toLowerCase())) {
    const called = value.slice(content.start, content.end)
    if (NAME_ONLY.test(called) || (INDEFINITE.test(who) && NAME_FIRST.test(called))) return
  }
  // "Khumalo questioned Sipho Ndlovu on Tuesday": someone questioned, nothing said.
  if (
    QUESTIONS.test(value.slice(cue.start, cue.end)) &&
    NAME_AND_WHEN.test(value.slice(content.start, content.end))
  )
    return
  if (NO_ONE.test(who) || (/^it$/iu.test(who) && FEEL.test(value.slice(cue.start, cue.end)))) return
  // "blaming weak demand, sending its shares to a low": the effect the writer tells ends it.
  // (Not in words reported before their cue: "A blade caused the engine to fail, forcing the crew
  // to land, the NTSB said".)
  const effect =
    content.start >= cue.end ? WRITERS_EFFECT.exec(value.slice(content.start, content.end)) : null
  if (effect) content = { start: content.start, end: content.start + effect.index }
  // "..., though he declined to say when", "..., but did not elaborate": what the writer says
  // the speaker left unsaid ends what was said.
  const unsaid =
    content.start >= cue.end ? UNSAID.exec(value.slice(content.start, content.end)) : null
  if (unsaid) content = { start: content.start, end: content.start + unsaid.index }
  // "hours after he declared it, as lawmakers voted": what was said is the verb's object alone.
  const object = objectPronounLength(value.slice(content.start, content.end))
  if (object > 0) content = { start: content.start, end: content.start + object }
  found.push({ segment, ...reported, content })
}

/**
 * The claim of a reported clause that holds a quotation: the clause up to a
 * second predicate the writer joins after the last quotation in it ('the
 * alliance would "ensure that Ukraine prevails" against Russia | , but did
 * not hold out any prospect').
 */
function claimOf(
  value: string,
  content: { start: number; end: number },
  quoted: QuotedRanges,
): { start: number; end: number } {
  let last = content.start
  for (let at = quoted.firstStartIn(content.start, content.end); at >= 0 && at < content.end;) {
    last = quoted.endOf(at) + 1
    at = quoted.firstStartIn(last, content.end)
  }
  const joined = WRITERS_PREDICATE.exec(value.slice(last, content.end))
  return joined ? { start: content.start, end: last + joined.index } : content
}
/**
 * A second predicate or clause the writer joins: ", but did not", ", while critics", ", saying it
 * was", " and ordered the plaintiffs".
 */
const WRITERS_PREDICATE =
  /[,;]\s+(?:but|while|although|though|whereas|saying|adding)\s|\s+and\s+(?:\p{Ll}+ed|said|told)\s/u

/** A name (maybe after its courtesy title): "Mr Cousins", "Sipho Ndlovu". */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.? )?\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*){0,3}`
/** A name alone: "Mr Cousins". */
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u')
/** Forms of "question" and "interview", whose object may be a person. */
const QUESTIONS = /^(?:question|interview|cross-examine)(?:s|d|ed|ing)?$/iu
/** A name alone, maybe with when, where or about what: "Sipho Ndlovu on Tuesday". */
const NAME_AND_WHEN = new RegExp(
  `^${NAME}(?: (?:on|at|in|during|about|over|for|last|this) [^,;]*)?$`,
  'u',
)
/** A name that opens a content: "Blossom slept on the porch". */
const NAME_FIRST = /^\p{Lu}\p{Ll}/u
/** A thing or someone not yet known, the subject a name is given to: "A white cat". */
const INDEFINITE = /^an?\s/iu

/**
 * What the writer says a speaker left unsaid, after what they said: ", though he declined to say
 * when", ", although she gave no date", ", but did not elaborate".
 */
const UNSAID =
  /[,;]\s+(?:though|although|but)\s+(?:(?:he|she|they|it)\s+)?(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|gave\s+no|offered\s+no|provided\s+no)\s+(?:to\s+)?(?:say|elaborate|give|comment|specify|provide|offer|explain|detail|date|details|timeline|timetable|evidence)\b/u

/**
 * A participle of an effect, which the writer adds to what was said: ", sending its shares"
 * (not ", pushing for common rules", the subject's own aim).
 */
const WRITERS_EFFECT =
  /,\s+(?:sending|pushing|driving|prompting|forcing|triggering|sparking|dragging|knocking|wiping|fuell?ing)\s(?!for\s)/u

/**
 * The length of the object pronoun that is all of a content, or 0: the
 * pronoun, then its sentence's end, a clause the writer adds ("it, as
 * lawmakers voted"), or a phrase of time or place with no verb of a clause
 * after it ("it during the Q&A session", "it on television"). Not "it, too,
 * was reviewing", "it on Monday would cut", "it, as well as state agencies,
 * was": the pronoun opens a clause there.
 */
function objectPronounLength(content: string): number {
  const pronoun = OBJECT_PRONOUN.exec(content)?.[0]
  if (pronoun === undefined) return 0
  const rest = content.slice(pronoun.length)
  if (PRONOUN_ALONE.test(rest) || WRITERS_CLAUSE.test(rest)) return pronoun.length
  return PHRASE_AFTER.test(rest) && !CLAUSE_VERB.test(rest) ? pronoun.length : 0
}
const OBJECT_PRONOUN = /^(?:it|them)\b/iu
const PRONOUN_ALONE = /^[.;]?$/u
const WRITERS_CLAUSE =
  /^[,;]\s+(?:as(?!\s+well\s+as)|while|when|after|before|because|since|but|and|amid)\s/iu
const PHRASE_AFTER = /^,?\s+(?:on|in|at|during|with)\s/iu
/** An auxiliary or a modal, which a clause with the pronoun for its subject would hold. */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|would|will|had|has|have|could|should|can|may|might|must|did|does)\b/iu

/**
 * The content before the quotation at `quoteStart` that ends it, when only a
 * verb of saying and the words that lead to it stand between ("he welcomed
 * extradition | and added, "Q"", "he would go ahead | , although he tweeted
 * that he "Q""); null when the quotation goes on the clause itself ("the plan
 * was "dead on arrival"") or too little is left.
 */
function beforeQuotedTail(
  value: string,
  content: { start: number; end: number },
  quoteStart: number,
): { start: number; end: number } | null {
  if (quoteStart <= content.start) return null
  let end = quoteStart
  let spoke = false
  for (;;) {
    while (end > content.start && TAIL_MARKS.has(value.charAt(end - 1))) end--
    let start = end
    while (start > content.start && /\p{L}/u.test(value.charAt(start - 1))) start--
    const word = value.slice(start, end).toLowerCase()
    if (start === end || !(TAIL_SPEECH.has(word) || TAIL_WORDS.has(word))) break
    spoke ||= TAIL_SPEECH.has(word)
    end = start
  }
  while (end > content.start && TAIL_MARKS.has(value.charAt(end - 1))) end--
  const kept = value.slice(content.start, end)
  if (!spoke || kept.split(' ').length < MIN_TAIL_CLAUSE_WORDS) return null
  // "explained the headline by | saying, "Q"", "she had been | ...": the quotation completes it.
  const last = kept.slice(kept.lastIndexOf(' ') + 1).toLowerCase()
  return UNFINISHED.has(last) ? null : { start: content.start, end }
}
/** Words that leave a clause unfinished: a preposition, an auxiliary. */
const UNFINISHED = new Set([
  ...['by', 'to', 'of', 'in', 'on', 'for', 'with', 'at', 'from', 'as', 'about', 'the', 'a'],
  ...['which', 'who', 'that'],
  ...['been', 'be', 'is', 'was', 'are', 'were', 'had', 'has', 'have', 'would', 'will'],
])
/** Verbs of saying whose clause a quotation after it may follow: "said he welcomed it and added, "Q"". */
const SAYING_CUES = new Set(['said', 'says', 'told', 'added', 'wrote', 'reported', 'noted'])
/** The cue of a source's view: "according to". */
const ACCORDING_TO = /^according\s+to$/u
/**
 * Other verbs of saying and of a stance, in the past or the present, whose clause or object a
 * partial quotation stands in: "warned", "insisted", "called", "described".
 */
const CLAIMING_CUES: ReadonlySet<string> = new Set(
  [
    ...['warn', 'insist', 'argue', 'claim', 'agree', 'state', 'explain', 'acknowledge'],
    ...['admit', 'concede', 'predict', 'suggest', 'stress', 'assert', 'maintain', 'contend'],
    ...['call', 'describe', 'dismiss', 'criticize', 'criticise', 'praise', 'urge', 'vow'],
    ...['pledge', 'promise', 'announce', 'confirm', 'complain', 'caution', 'declare', 'allege'],
    ...['emphasize', 'emphasise', 'reiterate', 'testify', 'observe', 'remark'],
  ].flatMap(pastAndPresent),
)

/** The past and the present's third person of a regular verb: "denied", "denies"; "warned", "warns". */
function pastAndPresent(verb: string): string[] {
  if (verb.endsWith('y')) return [`${verb.slice(0, -1)}ied`, `${verb.slice(0, -1)}ies`]
  if (verb.endsWith('e')) return [`${verb}d`, `${verb}s`]
  // ("admit": its last consonant doubled.)
  const past = verb === 'admit' ? 'admitted' : `${verb}ed`
  return [past, /(?:s|sh|ch|x|z)$/u.test(verb) ? `${verb}es` : `${verb}s`]
}

/** Forms of "call", which also telephones: "called police after hearing "gunshots"". */
const CALLING: ReadonlySet<string> = new Set(['called', 'calls'])

/**
 * Whether the verb of a stance `cueWord` (of {@link CLAIMING_CUES}) makes `content`, which holds
 * a quotation, the claim the quotation stands in: writer's words open it (not 'saying, "Q"'), no
 * participle of saying or second predicate comes before the quotation, no object pronoun stands
 * alone with it, and a call names what the quotation calls it.
 */
function claimsBy(
  cueWord: string,
  value: string,
  content: { start: number; end: number },
  quoted: QuotedRanges,
): boolean {
  if (!CLAIMING_CUES.has(cueWord)) return false
  // The writer's words before the first quotation, read once for every test.
  const first = quoted.firstStartIn(content.start, content.end)
  const lead = first < 0 ? '' : value.slice(content.start, first)
  if (first >= 0 && !/[\p{L}\p{N}]/u.test(lead)) return false
  if (CALLING.has(cueWord) && (first < 0 || !isNamedAsQuoted(lead))) return false
  if (PARTICIPLE_BEFORE_QUOTATION.test(lead)) return false
  return !PRONOUN_THEN_QUOTATION.test(value.slice(content.start, content.end))
}

/**
 * Whether `lead`, the words before a quotation, names what the quotation calls it, in a few
 * words that no preposition or verb opens: 'called Trump a "pathological liar"', not 'called
 * police after hearing "shots"'.
 */
function isNamedAsQuoted(lead: string): boolean {
  const words = lead.trim().split(/\s+/u)
  return (
    words.length <= MAX_CALLED_WORDS &&
    !words.slice(0, CALLED_STOP_REACH).some((word) => CALLED_STOPS.test(word))
  )
}
const MAX_CALLED_WORDS = 16
/** Words that say the call was no naming, among the first two: "police after hearing". */
const CALLED_STOPS = /^(?:after|before|on|in|at|with|about|from|\p{Ll}+ing)$/u
const CALLED_STOP_REACH = 2

/**
 * A participle of saying before the quotation, whose own report holds it ('by saying the company
 * had "run out"'), or a second predicate ('praised the volunteers and thanked "every one"').
 */
const PARTICIPLE_BEFORE_QUOTATION =
  /\b(?:saying|adding|telling|arguing|insisting|warning|calling)\b|\sand\s+\p{Ll}+ed\s/u
/** An object pronoun and the quotation alone: 'called it "a disgrace"' says nothing of the writer's. */
const PRONOUN_THEN_QUOTATION = /^(?:it|this|that|them|him|her)\s+(?:an?\s+)?["\u201C]/iu

/** Marks between the words of a quotation's attribution: "and added, ". */
const TAIL_MARKS = new Set([' ', ',', ':', '\u2014', '-'])
/** Verbs that attribute the quotation after them. */
const TAIL_SPEECH = new Set([
  ...['said', 'says', 'added', 'adding', 'saying', 'tweeted', 'wrote', 'told', 'noted', 'asked'],
  ...['insisted', 'warned', 'declared', 'explained', 'argued'],
])
/** Words that lead from a clause to such a verb: "and", "although he", "in a statement". */
const TAIL_WORDS = new Set([
  ...['and', 'but', 'although', 'though', 'while', 'that', 'then', 'later', 'also'],
  ...['he', 'she', 'they', 'we', 'it', 'reporters', 'in', 'a', 'an', 'statement', 'interview'],
])
/** Fewest words of a clause kept before a quotation. */
const MIN_TAIL_CLAUSE_WORDS = 4

/**
 * The content before the clause that holds the quotation at `quoteStart`,
 * where a relative clause or a dash sets that clause off (", which he called
 * "Q"", ", when Mr. Buchanan called for a "Q"", " — known here as "Q""); null
 * when there is no such clause or too little is left before it.
 */
function beforeQuotingClause(
  value: string,
  content: { start: number; end: number },
  quoteStart: number,
): { start: number; end: number } | null {
  if (quoteStart <= content.start) return null
  const before = value.slice(content.start, quoteStart)
  // The last clause still open at the quotation: "the plant, which employs 300 people, would
  // close in June and called it "Q"" closes its clause before it (an odd count of commas after
  // the boundary), ", when Mr. Buchanan, who had failed, called for "Q"" does not (a pair of
  // commas sets off an aside inside it).
  // One pass from the end, counting the commas after each place.
  let cut = -1
  let commasAfter = 0
  for (let at = before.length - 1; at >= 0 && cut < 0; at--) {
    const code = before.charCodeAt(at)
    // Every boundary opens with a comma or a space.
    if (
      (code === COMMA || code === SPACE) &&
      commasAfter % 2 === 0 &&
      CLAUSE_BOUNDARIES.some((boundary) => before.startsWith(boundary, at))
    )
      cut = at
    if (code === COMMA) commasAfter++
  }
  // ", a weakness she called "Q"": a noun set off after the clause, that the quotation names.
  if (cut < 0) cut = NAMING_APPOSITIVE.exec(before)?.index ?? -1
  if (cut < 0) return null
  const kept = before.slice(0, cut)
  // "told Obama's team — jokingly but with edge — that "Q"": a dash that closes an aside.
  if (DASHES.some((dash) => kept.includes(dash))) return null
  if (kept.split(' ').length < MIN_CLAUSE_WORDS_BEFORE_QUOTE) return null
  const last = kept.slice(kept.lastIndexOf(' ') + 1).toLowerCase()
  return UNFINISHED.has(last) ? null : { start: content.start, end: content.start + cut }
}
const COMMA = 0x2c
const SPACE = 0x20
/** Dashes that set off a clause or an aside. */
const DASHES = [' — ', ' – ', ' -- ']
/** What sets off a clause after a report's content: a relative after a comma, a dash. */
const CLAUSE_BOUNDARIES = [
  ...[', which ', ', who ', ', whom ', ', when ', ', where ', ', whose '],
  ...DASHES,
]
/**
 * A noun set off after a clause, then who names it and the verb that does, right before the
 * quotation: ", a weakness she called ", ", a result that he called ", ", what critics dubbed ".
 */
const NAMING_APPOSITIVE =
  /, (?:an?|what|something) [^,]*\b(?:called|calls|dubbed|termed|labell?ed|described as) $/u
/** Fewest words of a report's content kept before a clause that holds a quotation. */
const MIN_CLAUSE_WORDS_BEFORE_QUOTE = 6

/** A report's content without the dateline that opens its paragraph. */
function pastDateline(
  value: string,
  content: { start: number; end: number },
): { start: number; end: number } {
  const dateline = readDateline(value)
  if (!dateline || dateline.length === 0) return content
  let start = dateline.length
  while (start < content.end && value.charCodeAt(start) === 0x20) start++
  return start < content.end ? { start, end: content.end } : content
}

/** Sources that name no one who says or thinks anything: the reader's "you", "others you". */
const NO_ONE = /(?:^|\s)you$/iu

/** "it feels like": how a thing seems, not what anyone holds. */
const FEEL = /^(?:feels?|felt)$/iu

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

/** Every word that can open a report, in one set for the scan (every word of every paragraph is asked). */
const CUE_WORDS = new WordSet([
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

/**
 * The report of a headline's words at `from`..`to` of `value`: a speaker and a colon, a speaker
 * and a verb of saying, or (where a clause after a semicolon opens) the same in that clause:
 * "Regulators open inquiries; consumer groups say the company moved too slowly".
 */
function headlineReport(
  value: string,
  quoted: QuotedRanges,
  from: number,
  to: number,
): Omit<Reported, 'segment'> | null {
  const clause = value.lastIndexOf('; ', to)
  return (
    (from === 0 && to === value.length ? readHeadline(value, quoted) : null) ??
    readHeadlineReport(value, quoted, from, to) ??
    (clause > from ? readHeadlineReport(value, quoted, clause + 2, to) : null)
  )
}

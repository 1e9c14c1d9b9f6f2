/**
 * Sources: the phrase that names who speaks, found from a reporting verb
 * ("Zelensky said", "said the spokesman"), past auxiliaries and adverbs,
 * appositives ("Dante Scala, a political scientist, said"), parentheses
 * ("Sen. Rubio (R-Fla.) said") and relative clauses, or as a sentence's
 * subject past its opening phrase and dateline.
 */
import { firstAtOrAfter } from '../bisect.js'
import { isPeopleWord } from '../entities/lexicon.js'
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js'
import { BODY_HEAD_WORDS, COMPLEMENT_HEADS } from '../lexicon/organizations.js'
import { TITLE_WORDS } from '../lexicon/titles.js'
import { FINITE_REPORTS, SPEECH_VERBS } from '../lexicon/speech.js'
import {
  ARTICLES,
  BETWEEN_SOURCE_AND_CUE,
  DETERMINERS,
  isBetweenSourceAndCue,
  isRoleNoun,
  isTimeWord,
  MAX_APPOSITIVE_WORDS,
  MAX_SOURCE_WORDS,
  PLACE_PREPOSITIONS,
  RELATIVE_TIME,
  SOURCE_STOPS,
  spanOf,
  SUBJECT_PRONOUNS,
  TIME_PREPOSITIONS,
} from './source-words.js'
import { isOwnerWord, THINK_TANKS } from './cues.js'
import {
  areOnePersonsRoles,
  isPersonFrom,
  isPersonNoun,
  TIMED_ROLE_WORDS,
} from './speaker-words.js'
import { subjectBeforeAside } from './subjects.js'
import { areCapitalised, isCapitalised, lastIndexOf, type Word, wordsBetween } from './words.js'
import { isDescriptionWord, MAX_NAME_DESCRIPTION_WORDS } from '../entities/titles.js'

/**
 * The subject of a reduced relative clause set off after a comma, when
 * `phrase` (its first word right after the comma at `comma` of `words`)
 * holds the noun it qualifies before it, an article and one noun (", a move
 * the bloc" of ", a move the bloc says will end ...", ", a decision Fed Chair
 * Jerome Powell said was ..."): from the second determiner or the name on;
 * else `phrase`. Not a subject that speaks itself ("A
 * spokesman the company hired last year said"), nor "a member of the family".
 */
function pastReducedRelative(words: readonly Word[], phrase: Word[], comma: number): Word[] {
  const noun = phrase[1]
  if (
    words[comma]?.text !== ',' ||
    phrase.length < 4 ||
    !ARTICLES.has((phrase[0] as Word).lower) ||
    noun === undefined ||
    !/^\p{Ll}/u.test(noun.text) ||
    // ", a decision Fed Chair Jerome Powell said was ...": a name after a noun of no person.
    !(
      DETERMINERS.has((phrase[2] as Word).lower) ||
      (/^\p{Lu}/u.test((phrase[2] as Word).text) && RELATIVE_HEADS.has(noun.lower))
    )
  )
    return phrase
  return phrase.slice(2)
}

/**
 * Nouns of what is said or done that a reduced relative clause qualifies
 * with a name for its subject: "a decision Fed Chair Jerome Powell said was
 * ...", "a move Mr. Obama called overdue" (no adjective: "the presumptive
 * Republican nominee").
 */
const RELATIVE_HEADS = new Set([
  ...['decision', 'move', 'step', 'plan', 'claim', 'measure', 'deal', 'policy', 'proposal'],
  ...['idea', 'charge', 'figure', 'number', 'change', 'rule', 'law', 'bill', 'remark'],
  ...['comment', 'statement', 'view', 'approach', 'strategy', 'assessment', 'estimate'],
])

/**
 * Whether the parenthesis that closes at word `close` holds a short name
 * alone: "(UN)", "(Africa CDC)", "(Caltech)".
 */
function isShortNameAt(words: readonly Word[], close: number): boolean {
  if (!/^\p{Lu}[\p{L}\d]+$/u.test(words[close - 1]?.text ?? '')) return false
  return (
    words[close - 2]?.text === '(' ||
    (words[close - 3]?.text === '(' && /^\p{Lu}\p{Ll}/u.test(words[close - 2]?.text ?? ''))
  )
}

/** The source phrase ending just before word `from` (skipping auxiliaries and adverbs). */
export function backwardSource(
  words: readonly Word[],
  from: number,
): { start: number; end: number } | null {
  return sourceBefore(words, from) ?? describedByRelative(words, from)
}

/**
 * The subject, with its own qualifiers, that a relative clause set off by
 * commas right before word `from` describes, when it opens the words: "A
 * person" of "A person close to the talks, who asked not to be named, said";
 * null for none.
 */
function describedByRelative(
  words: readonly Word[],
  from: number,
): { start: number; end: number } | null {
  const k = sourceEnd(words, from)
  if (words[k]?.text !== ',') return null
  const open = lastIndexOf(words, ',', k, k - MAX_RELATIVE_ASIDE_WORDS)
  if (open <= 0 || words[open + 1]?.lower !== 'who') return null
  if (!/^\p{Ll}/u.test(words[open - 1]?.text ?? '')) return null
  // (Only a subject that opens the words: not "... because of his Mexican heritage, who fights
  // with journalists, claims", the object of the clause before.)
  const subject = sourceBefore(words, open - 1)
  return subject !== null && subject.start === words[0]?.start ? subject : null
}

/**
 * The last word a source before word `from` may end at: past a time phrase, an
 * adverb set off, and the auxiliaries and adverbs before the verb.
 */
function sourceEnd(words: readonly Word[], from: number): number {
  let k = pastAsideAdverb(words, pastTimePhrase(words, from))
  while (k >= 0 && isBetweenSourceAndCue(words, k)) k--
  return k
}

/** The source phrase ending just before word `from`, but for a relative clause set off. */
function sourceBefore(words: readonly Word[], from: number): { start: number; end: number } | null {
  let k = sourceEnd(words, from)
  // "Sen. Marco Rubio (R-Fla.) said" / "Gov. John Kasich (R-OH), said": past a parenthesis to the name.
  // (Not "Simon Stiell, the head of the United Nations (UN), said": a body's short name in an
  // appositive, which is read past below.)
  if (words[k]?.text === ',' && words[k - 1]?.text === ')' && !isShortNameAt(words, k - 1)) k--
  if (words[k]?.text === ')') {
    const open = lastIndexOf(words, '(', k, k - MAX_NAME_WORDS - 2)
    if (open > 0) k = open - 1
  }
  // "Another passenger, Harold Feeney, 71, of Council Bluffs, said": the place a person is of,
  // set off last, is none of the source.
  k = pastOriginSetOff(words, k)
  // "Jagmeet Singh, who lost his seat in Burnaby, British Columbia, said": the place set off
  // inside a relative clause is none of the source; the name before the clause is.
  const inClause = nameBeforeRelative(words, k) ?? nameBeforeWhose(words, k)
  if (inClause) return inClause
  const personOf = personBeforeBodyOf(words, words[k]?.lower === 'who' ? k - 1 : k)
  if (personOf) return personOf
  // "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, called" /
  // "Marco Rubio, whose hometown, Miami, is ..., called": the name that opens the sentence,
  // past the asides about it and the names inside them.
  // (A name after a word that dates its title too: "former President Luis Arce, who ..., warned".)
  const opening = words[k]?.text === ',' ? subjectBeforeAside(words.slice(0, k + 1)) : null
  if (opening && isName(words, pastDatingWord(words, opening)) && !isOwnedRole(words, opening))
    return opening
  // "the attorney general, Pam Bondi, vowed": the name set off by commas after a title.
  const named = nameBetweenCommas(words, k)
  if (named) return named
  // "Dante Scala, a political scientist at the university, said": past the appositive to the name.
  if (words[k]?.text === ',') {
    const open = lastIndexOf(words, ',', k, k - MAX_APPOSITIVE_WORDS)
    // ("The Computer and Communications Industry Association (CCIA Europe), whose members
    // include Google, said": the name before its short name in brackets.)
    const bracket = words[open - 1]?.text === ')' ? bracketedNameStart(words, open - 1) : -1
    const named = bracket > 0 ? bracket - 1 : open - 1
    if (open > 0 && /^\p{Lu}/u.test(words[named]?.text ?? '')) k = named
  }
  let phrase = withQualifiedHead(words, k, withFirstRole(words, k, phraseBefore(words, k)))
  // "The American Civil Liberties Union (ACLU) of Missouri called": a body's branch after its
  // short name in brackets, with the body's name before them.
  phrase = withBracketedBody(words, k, phrase)
  // "A source familiar with the matter said", "An official speaking on condition of anonymity
  // said", "Experts not involved in the study said": the subject, before the words that
  // qualify it (maybe denied) and their object.
  const preposition = k - phrase.length
  if (
    phrase.length > 0 &&
    QUALIFIER_PREPOSITIONS.has(words[preposition]?.lower ?? '') &&
    SOURCE_QUALIFIERS.has(words[preposition - 1]?.lower ?? '')
  ) {
    const denied = words[preposition - 2]?.lower === 'not' ? 1 : 0
    const subject = phraseBefore(words, preposition - 2 - denied)
    if (subject.length > 0) phrase = subject
  } else if (
    phrase.length > 0 &&
    ((words[preposition]?.lower === 'from' && isPersonFrom(words[preposition - 1]?.lower ?? '')) ||
      (words[preposition]?.lower === 'in' &&
        BODIES_OF_PEOPLE.has(words[preposition - 1]?.lower ?? '')) ||
      (/^(?:in|at)$/u.test(words[preposition]?.lower ?? '') &&
        /^\p{Lu}/u.test(words[preposition - 1]?.text ?? '') &&
        /^\p{Lu}/u.test((phrase[0] as Word).text)))
  ) {
    // "a Labour MP from a neighbouring seat said": the person, with where they are from;
    // "Consumer groups in both countries said": the bodies, with where they are; "David
    // Lindqvist of the Karolinska Institute in Stockholm said": the name, with where it is.
    const subject = phraseBefore(words, preposition - 1)
    if (subject.length > 0) phrase = words.slice(k - phrase.length - subject.length, k + 1)
  }
  // "Mr. Slinker, who runs Paradata, ..., said": past a relative clause to the name before it.
  const stop = k - phrase.length
  // (Not past a pronoun that is the verb's own subject: "Det Sgt Maddox, who she said had".)
  const subjectPronoun = phrase.length === 1 && SUBJECT_PRONOUNS.has((phrase[0] as Word).lower)
  const relative = !subjectPronoun && RELATIVE_PRONOUNS.has(words[stop]?.lower ?? '')
  // "projections in December, which Lagarde said would ...": a name after "which" is the subject
  // of its clause, the source.
  // ("..., which the agency says was intended to ...", "..., which officials say": whatever
  // subject stands between a "which" set off by a comma and the verb.)
  const subject = words[stop]?.lower === 'which' && phrase.length > 0 ? spanOf(phrase) : null
  if (subject && (isName(words, subject) || words[stop - 1]?.text === ',')) return subject
  if (relative && words[stop - 1]?.text === ',' && /^\p{Lu}/u.test(words[stop - 2]?.text ?? '')) {
    phrase = phraseBefore(words, stop - 2)
    // "Meaghan Lloyd, the chief of staff of his firm, Gehry Partners, who said": the person
    // a description set off before the "who" describes, not the firm named last.
    if (words[stop]?.lower === 'who')
      phrase = describedBefore(words, stop - 1 - phrase.length) ?? phrase
  } else if (relative && words[stop - 1]?.text === ',' && phrase.length === 0) {
    // "Mitch McConnell, now the Senate majority leader, who in 2010 said": past the appositive.
    const open = lastIndexOf(words, ',', stop - 1, stop - 1 - MAX_APPOSITIVE_WORDS)
    if (open > 0 && /^\p{Lu}/u.test(words[open - 1]?.text ?? ''))
      phrase = phraseBefore(words, open - 1)
  } else if (relative && phrase.length === 0 && isRelativeHead(words, stop - 1)) {
    // "the Chicago Police Department which reported", "the study -- which notes".
    let head = stop - 1
    while (DASHES.has(words[head]?.text ?? '')) head--
    phrase = phraseBefore(words, head)
  } else if (words[stop]?.lower === 'who' && !(words[stop - 1]?.punct ?? true)) {
    // "One of the docs who sent the letter called Oz a quack": the subject the clause qualifies;
    // "listeners who said they had misgivings": the verb's own "who", which stands for a noun
    // (a name before it is read above).
    const subject = phrase.length > 0 ? phraseBefore(words, stop - 1) : [words[stop] as Word]
    if (subject.length > 0) phrase = subject
  } else if (phrase.length > 0) {
    // "An official who asked not to be identified said", "officials who were briefed on the
    // talks said": the subject before a relative clause that runs up to the verb.
    const who = whoBefore(words, stop)
    const subject = who > 0 ? phraseBefore(words, who - 1) : []
    if (subject.length > 0) phrase = subject
  }
  // "Greg Raiff, chief executive of Private Jet, an aviation firm, said": past a second
  // appositive, a description, to the name before it.
  const described = k - phrase.length
  if (
    phrase.length > 0 &&
    words[k + 1]?.text === ',' &&
    /^\p{Ll}/u.test((phrase[0] as Word).text) &&
    words[described]?.text === ',' &&
    /^\p{Lu}/u.test(words[described - 1]?.text ?? '')
  ) {
    const name = phraseBefore(words, described - 1)
    if (name.length > 0 && name.every((word) => /^\p{Lu}/u.test(word.text))) phrase = name
  }
  // "Greenpeace and Oxfam called", "Britain and France said": two names that speak together;
  // "The United States and 12 other Western countries said": a name and the others with it.
  const joined = k - phrase.length
  if (
    phrase.length > 0 &&
    (/^\p{Lu}/u.test((phrase[0] as Word).text) || isOthersWith(phrase)) &&
    words[joined]?.lower === 'and' &&
    /^\p{Lu}/u.test(words[joined - 1]?.text ?? '')
  ) {
    const first = phraseBefore(words, joined - 1)
    if (first.length > 0 && first.every((word) => /^\p{Lu}/u.test(word.text)))
      phrase = [...first, words[joined] as Word, ...phrase]
  }
  // "Families of patients on the affected wards described": the group the sentence opens with,
  // not the object of the last preposition.
  if (phrase.length > 0) {
    const first = words.indexOf(phrase[0] as Word)
    const group = groupOpening(words, first)
    if (group >= 0) phrase = words.slice(group, first + phrase.length)
  }
  if (phrase.length > 0 && !phrase.every(isTimeWord)) {
    const comma = firstAtOrAfter(words, (phrase[0] as Word).start) - 1
    const subject = pastReducedRelative(words, phrase, comma)
    return withoutContraction(spanOf(trimLeadingLowercase(subject)), subject)
  }
  // "Marley Anderson, 21, a junior from Las Vegas, said": the named subject before the asides.
  if (words[k]?.text === ',' || words[k]?.text === ')')
    return subjectBeforeAside(words.slice(0, k + 1))
  return null
}

/**
 * Where the sentence's group noun stands when the phrase from word `first`
 * is the object of prepositions after it ("Families | of patients | on the
 * affected wards"; "Parents of children at the school"), or -1.
 */
function groupOpening(words: readonly Word[], first: number): number {
  let p = first
  for (let hops = 0; hops < MAX_GROUP_HOPS; hops++) {
    if (!GROUP_PREPOSITIONS.has(words[p - 1]?.lower ?? '')) return -1
    // "Staff at Kingsbridge General": the group right before the preposition.
    if (isGroupOpening(words, p - 2)) return p - 2
    // The words of the phrase before the preposition: a noun in lower case, with its article.
    let q = p - 2
    while (q >= 0 && p - 2 - q < MAX_GROUP_OBJECT_WORDS) {
      const word = words[q] as Word
      if (word.punct || word.text !== word.lower) break
      q--
    }
    if (q + 1 > p - 2) return -1
    if (isGroupOpening(words, q + 1)) return q + 1
    // ("Families" in capitals opens the sentence: the word before the run of lower case.)
    if (isGroupOpening(words, q)) return q
    p = q + 1
  }
  return -1
}
/** Whether word `k` is a group noun that opens its sentence: "Families", "staff". */
function isGroupOpening(words: readonly Word[], k: number): boolean {
  const word = words[k]
  return (
    word !== undefined &&
    !word.punct &&
    RELATED_GROUPS.has(word.lower) &&
    (k === 0 || (words[k - 1] as Word).punct)
  )
}
/** Prepositions between a group noun and the things it is of: "of patients on the wards". */
const GROUP_PREPOSITIONS = new Set(['of', 'on', 'at', 'in', 'from'])
const MAX_GROUP_HOPS = 3
const MAX_GROUP_OBJECT_WORDS = 4
/**
 * Nouns of people by whom or what they are of, which open a group that
 * prepositions go on ("families of patients", "staff at the hospital"); apart
 * from speaker-words.ts' GROUP_NOUNS, the plurals without an "s".
 */
const RELATED_GROUPS = new Set([
  ...['families', 'relatives', 'parents', 'friends', 'residents', 'neighbours', 'neighbors'],
  ...['members', 'colleagues', 'survivors', 'staff', 'workers', 'employees', 'students'],
  ...['teachers', 'doctors', 'nurses', 'patients', 'owners', 'supporters', 'victims'],
  // "Officials at the finance ministry", "Analysts at the central bank".
  ...['officials', 'sources', 'analysts', 'economists', 'diplomats', 'investigators'],
  ...['prosecutors', 'researchers', 'scientists', 'experts', 'lawyers', 'executives'],
])

/**
 * The name before a chain of parts set off by commas that ends with the part
 * opening at word `start`, when one of those parts is a description (it
 * opens with a determiner): "Meaghan Lloyd" of "Meaghan Lloyd, a spokeswoman
 * for Gehry Partners," and of "Meaghan Lloyd, the chief of staff of his
 * firm, Gehry Partners,". Null when no such chain stands there.
 */
function describedBefore(words: readonly Word[], start: number): Word[] | null {
  let at = start
  // "Dr. Madhav Thambisetty, a neurologist at the National Institute on Aging, who": a name read
  // inside the description, whose comma stands further back.
  if (words[at - 1]?.text !== ',') {
    const open = lastIndexOf(words, ',', at - 1, at - 1 - MAX_APPOSITIVE_WORDS)
    if (open < 0 || !DETERMINERS.has(words[open + 1]?.lower ?? '')) return null
    at = open + 1
  }
  for (let parts = 0; parts < MAX_APPOSITIVE_PARTS; parts++) {
    if (words[at - 1]?.text !== ',') return null
    if (DETERMINERS.has(words[at]?.lower ?? '')) {
      if (!/^\p{Lu}/u.test(words[at - 2]?.text ?? '')) return null
      const name = phraseBefore(words, at - 2)
      return name.length > 0 && name.every((word) => /^\p{Lu}/u.test(word.text)) ? name : null
    }
    const open = lastIndexOf(words, ',', at - 1, at - 1 - MAX_APPOSITIVE_WORDS)
    if (open < 0) return null
    at = open + 1
  }
  return null
}

/**
 * `phrase` (ending at word `k`) with the body's name and its short name in
 * brackets before it, when it opens with the link of a branch: "The American
 * Civil Liberties Union (ACLU)" before "of Missouri". Else `phrase`.
 */
function withBracketedBody(words: readonly Word[], k: number, phrase: Word[]): Word[] {
  const link = phrase[0]
  if (link === undefined || !BODY_LINKS.has(link.lower)) return phrase
  const close = k - phrase.length
  if (words[close]?.text !== ')') return phrase
  const open = bracketedNameStart(words, close)
  if (open <= 0) return phrase
  const name = phraseBefore(words, open - 1)
  if (name.length === 0 || !name.some((word) => /^\p{Lu}/u.test(word.text))) return phrase
  return words.slice(open - name.length, k + 1)
}

/**
 * Where the brackets that close at word `close` open, when they hold a short
 * name alone, its words capitalised ("(UN)", "(CCIA Europe)"); else -1.
 */
function bracketedNameStart(words: readonly Word[], close: number): number {
  const open = lastIndexOf(words, '(', close, close - MAX_BRACKETED_WORDS - 1)
  return open > 0 && open < close - 1 && areCapitalised(words.slice(open + 1, close)) ? open : -1
}
/**
 * The name before a clause that "whose" opens and the comma at word `comma`
 * closes, right before the verb, whatever lists it holds: "The Computer and
 * Communications Industry Association (CCIA Europe), whose members include
 * Google, Meta and Amazon, said"; null when none stands there.
 */
function nameBeforeWhose(
  words: readonly Word[],
  comma: number,
): { start: number; end: number } | null {
  if (words[comma]?.text !== ',') return null
  for (let i = comma - 1; i > 1 && comma - i <= MAX_APPOSITIVE_WORDS; i--) {
    const word = words[i] as Word
    if (/^[.!?;:]$/u.test(word.text)) return null
    if (word.lower !== 'whose' || words[i - 1]?.text !== ',') continue
    const bracket = words[i - 2]?.text === ')' ? bracketedNameStart(words, i - 2) : -1
    const last = bracket > 0 ? bracket - 1 : i - 2
    if (!/^\p{Lu}/u.test(words[last]?.text ?? '')) return null
    let first = last
    while (
      first > 0 &&
      last - first < MAX_SOURCE_WORDS &&
      (/^\p{Lu}/u.test(words[first - 1]?.text ?? '') ||
        (NAME_LINKS.has(words[first - 1]?.lower ?? '') &&
          /^\p{Lu}/u.test(words[first - 2]?.text ?? '')))
    )
      first--
    // "Margaret Fielding, 72, from Dewsbury, whose ...": the place a person is from describes
    // the person named before it.
    const from = originOwnerBefore(words, first)
    if (from) return from
    // "Hogan Gidley, a former executive director of the South Carolina Republican Party, whose
    // roots ...": the person the description set off before it describes.
    const described = describedBefore(words, first)
    return spanOf(described ?? words.slice(first, last + 1))
  }
  return null
}

/**
 * The name that ", from PLACE" right before word `first` (the place's name)
 * describes, past an age set off after it: "Margaret Fielding, 72, from
 * Dewsbury"; null when none stands there.
 */
function originOwnerBefore(
  words: readonly Word[],
  first: number,
): { start: number; end: number } | null {
  if (words[first - 1]?.lower !== 'from' || words[first - 2]?.text !== ',') return null
  let end = first - 3
  if (/^\d{1,3}$/u.test(words[end]?.text ?? '') && words[end - 1]?.text === ',') end -= 2
  if (end < 0 || !/^\p{Lu}/u.test(words[end]?.text ?? '')) return null
  let start = end
  while (
    start > 0 &&
    end - start < MAX_SOURCE_WORDS &&
    /^\p{Lu}/u.test(words[start - 1]?.text ?? '')
  )
    start--
  return spanOf(words.slice(start, end + 1))
}

/**
 * The comma before ", of PLACE," or ", from PLACE," that the comma at word `k` closes, after a
 * name or an age set off ("Harold Feeney, 71, of Council Bluffs,"); else `k`.
 */
function pastOriginSetOff(words: readonly Word[], k: number): number {
  if (words[k]?.text !== ',' || !/^\p{Lu}/u.test(words[k - 1]?.text ?? '')) return k
  const open = lastIndexOf(words, ',', k, k - MAX_ORIGIN_WORDS - 2)
  const link = words[open + 1]?.lower
  if (open < 1 || (link !== 'of' && link !== 'from')) return k
  if (!areCapitalised(words.slice(open + 2, k))) return k
  const before = words[open - 1]?.text ?? ''
  return /^\d{1,3}$/u.test(before) || /^\p{Lu}/u.test(before) ? open : k
}
/** Most words of the place in ", of PLACE,": "of Council Bluffs". */
const MAX_ORIGIN_WORDS = 3

/** Words that link the words of a body's name: "Computer and Communications", "Bank of England". */
const NAME_LINKS: ReadonlySet<string> = new Set(['and', '&', 'of', 'for'])

/** Most words of a short name in brackets: "(CCIA Europe)". */
const MAX_BRACKETED_WORDS = 2

/** Most parts set off by commas read back over to the name a description describes. */
const MAX_APPOSITIVE_PARTS = 2

/**
 * Word `k`, or the word before the time phrase that ends at it: "A Quinnipiac
 * poll in late August found" / "Paul Ryan, the Speaker, on Tuesday called".
 */
export function pastTimePhrase(words: readonly Word[], k: number): number {
  let j = k
  while (j >= 0 && isBetweenSourceAndCue(words, j)) j--
  const end = j
  while (j >= 0 && !(words[j] as Word).punct && isTimeWord(words[j] as Word)) j--
  if (j >= end) return k
  if (TIME_PREPOSITIONS.has(words[j]?.lower ?? '')) return j - 1
  // "Russian officials Monday said": a bare weekday.
  if (
    end - j === 1 &&
    /^\p{Lu}/u.test((words[end] as Word).text) &&
    WEEKDAYS.has((words[end] as Word).lower)
  )
    return pastReportParticiple(words, j)
  // "Police had last month charged", "a CNN/ORC poll late last week showed": a time that a
  // word of its own opens.
  if (end - j >= 2 && TIME_OPENERS.has(words[j + 1]?.lower ?? ''))
    return pastReportParticiple(words, j)
  // "The State Department two weeks ago said", "Trump days later said": a time phrase without a preposition.
  if (!RELATIVE_TIME.has(words[end]?.lower ?? '') || end - j < 2) return k
  if (COUNTS.has(words[j]?.lower ?? '')) j--
  // "less than two weeks ago", "just days later", "about a year ago".
  while (j >= 0 && APPROXIMATORS.has(words[j]?.lower ?? '')) j--
  return j
}

/** Words that make a relative time approximate: "less than two weeks ago", "just days later". */
const APPROXIMATORS = new Set([
  'less',
  'more',
  'than',
  'about',
  'nearly',
  'almost',
  'just',
  'only',
  'some',
])

const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES)

/** Words after a source that qualify it, before their preposition: "familiar with", "speaking on". */
const SOURCE_QUALIFIERS = new Set([
  'familiar',
  'close',
  'speaking',
  'talking',
  'briefed',
  'knowledgeable',
  'involved',
  'privy',
  // "Economists polled by Reuters expect", "analysts surveyed by Bloomberg".
  ...['polled', 'surveyed', 'interviewed', 'contacted', 'questioned', 'consulted'],
])

/** The prepositions after a source's qualifier: "familiar with", "close to", "polled by". */
const QUALIFIER_PREPOSITIONS = new Set(['with', 'to', 'on', 'about', 'in', 'by'])

/** Words that open a time phrase without a preposition: "last month", "late last week", "this year". */
const TIME_OPENERS = new Set(['last', 'late', 'early', 'this', 'next'])

/**
 * Word `k`, or the word before the participle at it that qualifies a report
 * before a time: "a poll released last week showed", "surveys conducted".
 */
function pastReportParticiple(words: readonly Word[], k: number): number {
  return REPORT_PARTICIPLES.has(words[k]?.lower ?? '') ? k - 1 : k
}

/** Participles that qualify a poll, a report or a study: "released", "conducted", "taken". */
const REPORT_PARTICIPLES = new Set([
  'released',
  'conducted',
  'taken',
  'published',
  'issued',
  'completed',
  'commissioned',
])

/**
 * The index of a "who" at most a few words before word `k`, with no mark
 * between them and a word before it ("An official who asked not to"), or -1.
 */
function whoBefore(words: readonly Word[], k: number): number {
  for (let i = k; i >= 1 && k - i <= MAX_RELATIVE_WORDS; i--) {
    const word = words[i] as Word
    if (word.punct) return -1
    if (word.lower === 'who') return (words[i - 1] as Word).punct ? -1 : i
  }
  return -1
}

/** Most words of a relative clause set off by commas before a verb: ", who asked not to be named because ...,". */
const MAX_RELATIVE_ASIDE_WORDS = 16

/** Most words between a "who" and the end of its clause before a verb: "who asked not to be". */
const MAX_RELATIVE_WORDS = 8

/** Counts before the unit of a relative time: "two weeks ago", "a few days later". */
const COUNTS = new Set(['a', 'few', 'several', 'two', 'three', 'four', 'five', 'six', 'ten'])

/** Word `k`, or the word before an adverb set off by commas that ends at it: "officials, however, said". */
function pastAsideAdverb(words: readonly Word[], k: number): number {
  if (words[k]?.text !== ',' || words[k - 2]?.text !== ',') return k
  return ASIDE_ADVERBS.has(words[k - 1]?.lower ?? '') ? k - 3 : k
}

/** Adverbs set off by commas between a subject and its verb. */
const ASIDE_ADVERBS = new Set([
  'however',
  'though',
  'meanwhile',
  'too',
  'also',
  'instead',
  'moreover',
])

/** Whether `word` owns the noun after it: "its", "the company's" (not "he's"). */
function isOwner(word: Word | undefined): boolean {
  return word !== undefined && (OWNERS.has(word.lower) || isOwnerWord(word.lower))
}
const OWNERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your'])

/** The words ending at word `k`, back to a stop, a mark or a reporting verb. */
function phraseBefore(words: readonly Word[], k: number): Word[] {
  const phrase: Word[] = []
  for (let i = k; i >= 0 && phrase.length < MAX_SOURCE_WORDS; i--) {
    const word = words[i] as Word
    // A reporting verb ends the phrase; a capitalised one is a name: "The Huffington Post".
    // Not the noun that heads the source and opens its clause ("and the report says"), nor
    // "secretary of state".
    const noun =
      (phrase.length === 0 &&
        ARTICLES.has(words[i - 1]?.lower ?? '') &&
        isClauseStart(words, i - 1)) ||
      (word.lower === 'state' && words[i - 1]?.lower === 'of') ||
      (phrase.length === 0 && isSubjectNoun(words, i)) ||
      // "familiar with the company's thinking said": a verb's form after an owner is a noun.
      (phrase.length === 0 && isOwner(words[i - 1]))
    // "the IFS think tank": a compound noun, no verb.
    const compound = word.lower === 'think' && THINK_TANKS.has(phrase[0]?.lower ?? '')
    // "Britain's biggest rail union", "the state attorney general": a noun that qualifies the
    // head, after a determiner (which opens the phrase), a possessive or a superlative.
    // (Not before a pronoun, the subject of a clause of its own: "the state he won".)
    const modifier =
      phrase.length > 0 &&
      NOUN_MODIFIERS.has(word.lower) &&
      isNounModifierAfter(words[i - 1]) &&
      /^\p{Ll}/u.test((phrase[0] as Word).text) &&
      !CLAUSE_SUBJECTS.has((phrase[0] as Word).lower)
    if (modifier && DETERMINERS.has(words[i - 1]?.lower ?? '')) {
      phrase.unshift(word, words[i - 1] as Word)
      break
    }
    const verb =
      SPEECH_VERBS.has(word.lower) && word.text === word.lower && !noun && !compound && !modifier
    // "The senator from Vermont", "a Democrat from Ohio": a role and where it is from.
    const from =
      word.lower === 'from' &&
      /^\p{Lu}/u.test(phrase[0]?.text ?? '') &&
      isRoleNoun(words[i - 1]?.lower ?? '')
    // "The Commission on Presidential Debates", "the Council on Foreign Relations", "the
    // Institute for Justice": a name's link.
    const link =
      (word.lower === 'on' || word.lower === 'for') &&
      /^\p{Lu}/u.test(phrase[0]?.text ?? '') &&
      /^\p{Lu}/u.test(words[i - 1]?.text ?? '') &&
      COMPLEMENT_HEADS.has(words[i - 1]?.lower ?? '')
    // "the Land and Environment Court": a body's name of two words joined, before its head.
    const joined =
      word.lower === 'and' &&
      /^\p{Lu}/u.test(phrase[0]?.text ?? '') &&
      /^\p{Lu}/u.test(words[i - 1]?.text ?? '') &&
      BODY_HEADS.has(phrase[phrase.length - 1]?.lower ?? '')
    // "A spokesman for Google", "an aide to Clinton": who speaks for whom; "a teacher at the
    // high school": where one works (not "a minister at the time").
    const agent =
      phrase.length > 0 &&
      (((word.lower === 'for' || word.lower === 'to') &&
        AGENT_ROLES.has(words[i - 1]?.lower ?? '')) ||
        (word.lower === 'at' &&
          isPersonNoun(words[i - 1]?.lower ?? '') &&
          (phrase[phrase.length - 1] as Word).lower !== 'time'))
    // "A forensic accountant hired by Ortega": who hired the one who speaks.
    const hiredBy =
      word.lower === 'by' && phrase.length > 0 && HIRING.has(words[i - 1]?.lower ?? '')
    // "Market trader Zuhura Said": a surname that is a verb's form, after a name's word.
    const surname = word.text !== word.lower && /^\p{Lu}/u.test(words[i - 1]?.text ?? '')
    if (
      word.punct ||
      (SOURCE_STOPS.has(word.lower) &&
        !from &&
        !link &&
        !agent &&
        !hiredBy &&
        !surname &&
        !joined) ||
      verb
    )
      break
    phrase.unshift(word)
    // "a weakness she called": a pronoun is its own phrase, the subject of a clause of its own.
    if (phrase.length === 1 && SUBJECT_PRONOUNS.has(word.lower)) break
  }
  // A phrase cut right after the "for" of "a spokesman for ..." keeps to what follows it.
  if (phrase[0]?.lower === 'for' || phrase[0]?.lower === 'to') phrase.shift()
  // "In June she called": a month before a pronoun or an article (not "June Smith", a name).
  if (
    phrase.length > 1 &&
    MONTHS.has((phrase[0] as Word).lower) &&
    SUBJECT_OPENERS.has((phrase[1] as Word).text)
  )
    phrase.shift()
  // "Thursday a Bundesbank spokeswoman said", "Last month the White House said": a time that opens
  // the sentence is none of the source.
  // ("Tuesday night he said"; not "Tuesday of leading operatives", whose source was cut before.)
  while (phrase.length > 1) {
    const first = (phrase[0] as Word).lower
    const second = phrase[1]?.lower ?? ''
    const lead =
      (TIME_LEADS.has(first) || RELATIVE_TIME_WORDS.has(first)) && PERIODS.has(second)
        ? 2
        : TIME_LEADS.has(first)
          ? 1
          : 0
    if (lead === 0 || phrase.length <= lead) break
    // (Before the subject's article, pronoun or name: not "Monday night's results", "a Sunday
    // interview", where the time qualifies the noun.)
    const next = phrase[lead] as Word
    if (!SUBJECT_OPENERS.has(next.lower) && !/^\p{Lu}/u.test(next.text)) break
    phrase.splice(0, lead)
  }
  return phrase
}

/** Heads of public bodies' names: "Court", "Commission". */
const BODY_HEADS: ReadonlySet<string> = new Set(BODY_HEAD_WORDS)

/** Plurals of bodies of people that a place may follow: "Consumer groups in both countries". */
const BODIES_OF_PEOPLE: ReadonlySet<string> = new Set([
  ...['groups', 'organisations', 'organizations', 'unions', 'associations', 'charities'],
])

/** The months' names, in lower case. */
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES.map((month) => month.toLowerCase()))

/** Words that open a subject after a time: "Thursday a spokeswoman", "Last month the White House". */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'he', 'she', 'they', 'we', 'i', 'it', 'his', 'her', 'their', 'its'],
])
/** Words of a time alone that may open a sentence before its subject: "Thursday", "Yesterday". */
const TIME_LEADS: ReadonlySet<string> = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['yesterday', 'today', 'tonight', 'earlier', 'later', 'meanwhile'],
])
/** Words that say which period before it: "last month", "this week". */
const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'earlier'])
/** Periods of the calendar: "month" of "last month". */
const PERIODS: ReadonlySet<string> = new Set([
  ...['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'spring'],
  ...['summer', 'autumn', 'fall', 'winter'],
])

/** Participles of taking someone on, before "by" and who did: "an accountant hired by Ortega". */
const HIRING = new Set([
  ...['hired', 'appointed', 'employed', 'retained', 'commissioned', 'engaged', 'contracted'],
])

/** Pronouns that open a clause as its subject: "the state he won", "the question nobody asked". */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([
  ...['i', 'you', 'he', 'she', 'it', 'we', 'they', 'nobody', 'no-one', 'everyone', 'everybody'],
  ...['someone', 'somebody', 'anyone', 'anybody', 'one', 'who', 'which', 'that', 'this'],
])

/** Reporting verbs' bare forms that qualify nouns: "rail union", "state police". */
const NOUN_MODIFIERS = new Set(['rail', 'state'])

/** Whether `word` makes the word after it a noun's: a determiner, a possessive, a superlative. */
function isNounModifierAfter(word: Word | undefined): boolean {
  if (word === undefined || word.punct) return false
  if (DETERMINERS.has(word.lower) || SUPERLATIVES.has(word.lower)) return true
  return /^\p{L}+['’]s$/u.test(word.text) && !CONTRACTED.has(word.lower)
}
/** Superlatives and ranks before a noun: "Britain's biggest rail union". */
const SUPERLATIVES = new Set([
  ...['biggest', 'largest', 'oldest', 'newest', 'smallest', 'main', 'top', 'leading', 'only'],
])
/** Words with a contracted "is" or "has", no possessives: "it's", "that's". */
const CONTRACTED = new Set(
  ['it', 'that', 'he', 'she', 'there', 'what', 'who', 'here', 'let', 'where'].flatMap((word) => [
    `${word}'s`,
    `${word}’s`,
  ]),
)

/**
 * Whether the speech word at `i`, right before a finite reporting verb, is
 * that verb's subject: "A news report said", not "in a Medium post said",
 * whose subject comes before the preposition.
 */
function isSubjectNoun(words: readonly Word[], i: number): boolean {
  if (!FINITE_REPORTS.has(words[i + 1]?.lower ?? '')) return false
  for (let j = i - 1; j >= 0 && j >= i - MAX_NOUN_MODIFIERS - 1; j--) {
    const word = words[j] as Word
    if (word.punct) return false
    if (DETERMINERS.has(word.lower)) return !PREPOSITIONS.has(words[j - 1]?.lower ?? '')
  }
  return false
}

/** Most words between a determiner and its noun: "a new Gallup report". */
const MAX_NOUN_MODIFIERS = 2

/** Prepositions before a noun phrase that is no subject: "in a Medium post". */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'from', 'with', 'of', 'for', 'to', 'after'])

/** Roles of those who speak for someone, before "for" or "to": "a spokeswoman for the company". */
const AGENT_ROLES: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokesmen',
  'spokespeople',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'representative',
  'representatives',
])

/** Whether `phrase` names others of a kind: "12 other Western countries", "several other groups". */
function isOthersWith(phrase: readonly Word[]): boolean {
  const first = phrase[0] as Word
  return (
    phrase[1]?.lower === 'other' && (/^\d+$/u.test(first.text) || OTHERS_COUNTS.has(first.lower))
  )
}
const OTHERS_COUNTS: ReadonlySet<string> = new Set([
  ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens'],
  ...['several', 'many', 'some', 'various'],
])

/**
 * One person's two roles joined by "and": "the former secretary of state and
 * current Democratic presidential nominee", "The former first lady and U.S.
 * senator". `phrase`, ending at word `k`, is the second role, without an
 * article of its own; the first opens with "the"; both end in a role noun.
 */
function withFirstRole(words: readonly Word[], k: number, phrase: Word[]): Word[] {
  const and = k - phrase.length
  if (
    words[and]?.lower !== 'and' ||
    !endsInRole(phrase) ||
    DETERMINERS.has(phrase[0]?.lower ?? '')
  ) {
    return phrase
  }
  const before = phraseBefore(words, and - 1)
  const text = (list: readonly Word[]): string[] => list.map((word) => word.text)
  return before[0]?.lower === 'the' &&
    endsInRole(before) &&
    areOnePersonsRoles(text(before), text(phrase))
    ? [...before, words[and] as Word, ...phrase]
    : phrase
}

/**
 * A place read back from the verb, with the phrase it qualifies: "Some
 * delegates at the convention in Philadelphia", "Authorities in North-Rhine
 * Westphalia", not "Philadelphia". `phrase` ends at word `k`.
 */
function withQualifiedHead(words: readonly Word[], k: number, phrase: Word[]): Word[] {
  const name = phrase[0]?.lower === 'the' ? phrase.slice(1) : phrase
  if (name.length === 0 || !isLinkedName(name)) return phrase
  let result = phrase
  let start = k - phrase.length + 1
  for (let links = 0; links < MAX_PLACE_LINKS; links++) {
    const preposition = words[start - 1]
    if (!preposition) break
    const head = phraseBefore(words, start - 2)
    // "Jonathan Price of the Institute for Justice": a person's full name, and the body they are of.
    const ofBody = preposition.text === 'of' && head.length >= 2 && areCapitalised(head)
    if (!PLACE_PREPOSITION_SET.has(preposition.text) && !ofBody) break
    const last = head[head.length - 1]
    // A noun: not a verb ("appeared in the BMJ"), nor a name but a group's ("Democrats on Capitol
    // Hill") or a person's full name ("U.S. District Judge Angel Kelley in Boston").
    const noun =
      last &&
      (last.text === last.lower ||
        (head.length === 1 && /s$/u.test(last.text)) ||
        (head.length >= 2 && areCapitalised(head)))
    if (!last || !noun || SPEECH_VERBS.has(last.lower) || /ed$/u.test(last.lower)) break
    result = [...head, preposition, ...result]
    start -= head.length + 1
  }
  return result
}

/**
 * Whether `name` reads as one proper name: capitalised words, maybe linked by
 * the lower-case words inside a body's name ("University of Chicago",
 * "Institute for Justice").
 */
function isLinkedName(name: readonly Word[]): boolean {
  return (
    isCapitalised(name[0] as Word) &&
    isCapitalised(name[name.length - 1] as Word) &&
    name.every((word) => isCapitalised(word) || NAME_LINKS.has(word.text))
  )
}

/** The prepositions of PLACE_PREPOSITIONS, to look words up. */
const PLACE_PREPOSITION_SET: ReadonlySet<string> = new Set(PLACE_PREPOSITIONS)

/** Most prepositional phrases followed back from a place. */
const MAX_PLACE_LINKS = 3

/** Whether a phrase ends in a lower-case role noun: "presidential nominee", "secretary of state". */
function endsInRole(phrase: readonly Word[]): boolean {
  const last = phrase[phrase.length - 1]
  if (!last || last.text !== last.lower) return false
  return (
    isPersonNoun(last.lower) ||
    (last.lower === 'state' && phrase[phrase.length - 2]?.lower === 'of')
  )
}

/**
 * Whether the words of `span` are all capitalised and open with no word that
 * opens sentences: a name ("Marco Rubio"), not "The senator", "Of Carson",
 * "Similarly" or "Friday".
 */
function isName(words: readonly Word[], span: { start: number; end: number }): boolean {
  const name = wordsBetween(words, span.start, span.end)
  const first = name[0]
  if (!first || !areCapitalised(name) || isTimeWord(first)) return false
  return (
    !NOT_NAME_OPENERS.has(first.lower) &&
    !SOURCE_STOPS.has(first.lower) &&
    !/ly$/u.test(first.lower)
  )
}

/**
 * Whether `span` of `words` is a role that a name owns, in capitals: "Swindon's MP" (the name
 * set off after it is the source: "Swindon's MP, Will Stone, said").
 */
function isOwnedRole(words: readonly Word[], span: { start: number; end: number }): boolean {
  const phrase = wordsBetween(words, span.start, span.end)
  return phrase.length >= 2 && phrase.slice(0, -1).some((word) => /['’]s$/u.test(word.text))
}

/** `span` of `words`, past a lower-case word that opens it and dates a title ("former"). */
function pastDatingWord(
  words: readonly Word[],
  span: { start: number; end: number },
): { start: number; end: number } {
  const at = firstAtOrAfter(words, span.start)
  const first = words[at]
  const next = words[at + 1]
  return first && next && next.start < span.end && TIMED_ROLE_WORDS.has(first.text)
    ? { start: next.start, end: span.end }
    : span
}

/** Capitalised words opening a sentence that open no name. */
const NOT_NAME_OPENERS = new Set(['of', 'the', 'a', 'an', 'even', 'also', 'still', 'yet', 'then'])

/** Whether word `k` opens a clause: the first word, or after a mark or a stop ("and"). */
function isClauseStart(words: readonly Word[], k: number): boolean {
  const before = words[k - 1]
  return before === undefined || before.punct || SOURCE_STOPS.has(before.lower)
}

/** Articles before a noun: "the report says", "a study found". */

/**
 * The person whose body a "who" after the comma at `comma` follows ("Professor
 * Anika Ramesh of the University of New South Wales, who estimated"): "who"
 * stands for the person, not the body; null when no name and "of" stand
 * before the body.
 */
function personBeforeBodyOf(
  words: readonly Word[],
  comma: number,
): { start: number; end: number } | null {
  if (words[comma]?.text !== ',' || words[comma + 1]?.lower !== 'who') return null
  const body = phraseBefore(words, comma - 1)
  // (The phrase may open with the "of".)
  const of = comma - body.length - (body[0]?.lower === 'of' ? 0 : 1)
  if (body.length === 0 || words[of]?.lower !== 'of' || !/^\p{Lu}/u.test(words[of - 1]?.text ?? ''))
    return null
  const person = spanOf(phraseBefore(words, of - 1))
  return person && isName(words, person) ? person : null
}

/** Pronouns that open a relative clause about the source: "who", "who’s" (who has), "which". */
const RELATIVE_PRONOUNS = new Set(['who', 'who’s', "who's", 'which'])

/** Most words of a region after a place: "British Columbia". */
const MAX_REGION_WORDS = 3
/** Most words of a relative clause that holds a place set off by a comma. */
const MAX_PLACED_CLAUSE_WORDS = 14

/**
 * The name before a relative clause that the comma at `comma` of `words`
 * ends, after a place and its region ("Jagmeet Singh, who lost his seat in
 * Burnaby, British Columbia,"): the words of ", who" found back from the
 * comma, within reach and in the same sentence, and the sentence's subject
 * before them; null when no place and region end there or no such clause
 * holds them.
 */
function nameBeforeRelative(
  words: readonly Word[],
  comma: number,
): { start: number; end: number } | null {
  // A place and its region end the clause: "in Burnaby, British Columbia,".
  const region = lastIndexOf(words, ',', comma, comma - MAX_REGION_WORDS - 1)
  if (
    words[comma]?.text !== ',' ||
    region < 1 ||
    !/^\p{Lu}/u.test(words[comma - 1]?.text ?? '') ||
    !/^\p{Lu}/u.test(words[region - 1]?.text ?? '') ||
    !areCapitalised(words.slice(region + 1, comma))
  )
    return null
  for (let i = comma - 2; i > 1 && comma - i <= MAX_PLACED_CLAUSE_WORDS; i--) {
    const word = words[i] as Word
    if (/^[.!?;:]$/u.test(word.text)) return null
    if (word.lower !== 'who' || words[i - 1]?.text !== ',') continue
    // The sentence's subject before the clause, past its own asides ("Sheila Jones, a nurse from
    // Dayton, Ohio, who ..."), as a source set off by asides is read.
    return subjectBeforeAside(words.slice(0, i))
  }
  return null
}

/** Marks that set off a clause like commas: "the study -- which notes". */
const DASHES = new Set(['-', '–', '—'])

/** Whether word `k`, before a relative pronoun, ends what the clause qualifies: a name or a dash. */
function isRelativeHead(words: readonly Word[], k: number): boolean {
  const word = words[k]
  if (!word) return false
  return DASHES.has(word.text) || (!word.punct && /^\p{Lu}/u.test(word.text))
}

/** Most words of a name set off by commas: "Pam Bondi", "Lee C. Bollinger". */
const MAX_NAME_WORDS = 4

/** The capitalised name between the comma at `k` and the comma before it, after a lower-case title. */
function nameBetweenCommas(
  words: readonly Word[],
  k: number,
): { start: number; end: number } | null {
  if (words[k]?.text !== ',') return null
  const open = lastIndexOf(words, ',', k, k - MAX_NAME_WORDS - MAX_ROLE_WORDS - MAX_BODY_WORDS - 1)
  if (open <= 0 || k - open < 2) return null
  const between = withoutBodyAfter(words.slice(open + 1, k))
  // "Hayes' attorney, public defender Monica Reyes, said": a role in lower case before the name,
  // maybe after a nationality ("The group's spokesman, Kenyan diplomat Otieno Wambua, warned").
  const nationality = isNationalityBefore(between) ? 1 : 0
  let role = nationality
  while (role < nationality + MAX_ROLE_WORDS && /^\p{Ll}/u.test(between[role]?.text ?? '')) role++
  // ("His daughter, state Sen. Catherine Haskins-Reilly, said": a qualifier of the title after it.)
  if (
    role > 0 &&
    !isPersonNoun((between[role - 1] as Word).lower) &&
    !isTitleWord(between[role]?.lower ?? '')
  )
    return describedName(words, open, between)
  // Words of a role only: no clause about the noun before ("The lawsuit, filed by attorney Gloria
  // Allred,", "The group, which includes actor Tom Hanks,", "celebrities, including actor").
  if (between.slice(nationality, role).some((word) => !isRoleWord(word.lower)))
    return describedName(words, open, between)
  const name = between.slice(role)
  if (name.length === 0 || name.length > MAX_NAME_WORDS || !areCapitalised(name)) return null
  const title = words[open - 1] as Word
  // After a title ("the attorney general, Pam Bondi,"), or a full name of its own.
  const afterTitle = /^\p{Ll}/u.test(title.text) && !SOURCE_STOPS.has(title.lower)
  return afterTitle || name.length >= 2 ? spanOf(between) : null
}
/**
 * The name of two words or more set off by commas after a role, after its
 * own description in lower case, with that description ("Ferrante's coach,
 * former world number 11 Davide Sartori,", "Another evacuee, 34-year-old Luis
 * Carranza,"), `between` the comma at word `open` and the closing one; null
 * for other words.
 */
function describedName(
  words: readonly Word[],
  open: number,
  between: readonly Word[],
): { start: number; end: number } | null {
  let name = between.length
  while (name > 0 && /^\p{Lu}/u.test((between[name - 1] as Word).text)) name--
  if (name === 0 || name > MAX_NAME_DESCRIPTION_WORDS || between.length - name < 2) return null
  if (!between.slice(0, name).every((word) => isDescriptionWord(word.text))) return null
  return isPersonNoun((words[open - 1] as Word).lower) ? spanOf(between) : null
}

/**
 * Whether `words` open with a nationality before a word in lower case:
 * "Kenyan diplomat Otieno Wambua".
 */
function isNationalityBefore(words: readonly Word[]): boolean {
  const first = words[0]
  return first !== undefined && /^\p{Ll}/u.test(words[1]?.text ?? '') && isPeopleWord(first.lower)
}

/**
 * `words` without the body a person is of after the name ("of Stellar Line
 * Sports Management (SLSM)" of "Femi Adeyemi-Clarke of Stellar Line Sports
 * Management (SLSM)"): a link, then capitalised words, links and an acronym
 * in brackets to the end.
 */
function withoutBodyAfter(words: readonly Word[]): readonly Word[] {
  const link = words.findIndex((word, i) => i > 0 && BODY_LINKS.has(word.text))
  // (Maybe with its article: "Jonathan Price of the Institute for Justice".)
  const bodyStart = words[link + 1]?.text === 'the' ? link + 2 : link + 1
  if (link < 0 || !/^\p{Lu}/u.test(words[bodyStart]?.text ?? '')) return words
  // (A person's name is left, two words or more: not "Bank" of "Bank of America".)
  if (link < 2) return words
  const body = words.slice(link + 1)
  const isBodyWord = (word: Word): boolean =>
    /^\p{Lu}/u.test(word.text) ||
    BODY_NAME_LINKS.has(word.lower) ||
    word.text === '(' ||
    word.text === ')'
  return body.length <= MAX_BODY_WORDS && body.every(isBodyWord) ? words.slice(0, link) : words
}
/** Words between a name and the body its person is of: "of", "at", "from". */
const BODY_LINKS = new Set(['of', 'at', 'from'])
/** Lower-case words inside a body's name: "Office for Budget Responsibility", "Procter & Gamble". */
const BODY_NAME_LINKS = new Set(['of', 'for', 'and', '&', 'the', 'on'])
/**
 * Most words of a body after a name set off by commas, an acronym in brackets with them: "the
 * Centre for the Study of Developing Societies (CSDS)".
 */
const MAX_BODY_WORDS = 12

/** Whether `word` (lower-cased, maybe without its full stop: "sen") is a title's word. */
function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || TITLE_WORDS.has(`${word}.`)
}
/** Whether `word` may be a word of a role before a name: "public defender", "the actor". */
function isRoleWord(word: string): boolean {
  if (CLAUSE_WORDS.has(word) || word.endsWith('ing')) return false
  return !word.endsWith('ed') || ROLE_PARTICIPLES.has(word)
}
/** Words that open a clause or a phrase about a noun, never a role's. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...['by', 'through', 'like', 'after', 'with', 'for', 'of', 'from', 'as', 'to', 'under'],
  ...['which', 'who', 'that', 'whose', 'and', 'or', 'such', 'led'],
  ...['without', 'alongside', 'unlike', 'via', 'per', 'besides', 'among', 'behind', 'beside'],
  ...['against', 'near', 'plus', 'minus', 'except', 'than', 'into', 'over', 'in', 'at', 'on'],
])
/** Participles that qualify a role: "retired teacher", "acclaimed director". */
const ROLE_PARTICIPLES: ReadonlySet<string> = new Set([
  ...['retired', 'acclaimed', 'celebrated', 'noted', 'renowned', 'disgraced', 'jailed'],
  ...['elected', 'appointed', 'licensed', 'registered', 'certified', 'trained'],
])
/** Most words of a role in lower case before a name set off by commas: "public defender". */
const MAX_ROLE_WORDS = 3

/** The source phrase starting at word `from`: "Zelensky", "the Kremlin spokesman Dmitry Peskov". */
export function forwardSource(
  words: readonly Word[],
  from: number,
): { start: number; end: number } | null {
  const phrase: Word[] = []
  for (let k = from; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct || (SOURCE_STOPS.has(word.lower) && word.lower !== 'by')) break
    phrase.push(word)
  }
  return phrase.length > 0 ? spanOf(phrase) : null
}

/** "I've", "they’d": a pronoun with a contracted auxiliary. */
const CONTRACTED_PRONOUN = /^(i|you|we|they|he|she|it)['’](?:ve|d|ll|re|s|m)$/iu

/** The span without the contracted auxiliary of a lone pronoun: "I've" gives "I". */
function withoutContraction(
  span: { start: number; end: number },
  phrase: readonly Word[],
): { start: number; end: number } {
  const only = phrase.length === 1 ? (phrase[0] as Word) : null
  const pronoun = only ? CONTRACTED_PRONOUN.exec(only.text)?.[1] : undefined
  return pronoun ? { start: span.start, end: span.start + pronoun.length } : span
}

/**
 * Drops lower-case words that open a phrase but are not part of a noun phrase:
 * "also", and the noun a relative clause without "that" qualifies ("meddling
 * the California congressman said is designed"): a lower-case word before
 * the phrase's article.
 */
function trimLeadingLowercase(phrase: Word[]): Word[] {
  let i = 0
  while (i < phrase.length - 1 && BETWEEN_SOURCE_AND_CUE.has((phrase[i] as Word).lower)) i++
  const first = phrase[i]
  const article = phrase[i + 1]
  if (
    first &&
    article &&
    first.text === first.lower &&
    !DETERMINERS.has(first.lower) &&
    !/^[\d.]/u.test(first.text) &&
    ARTICLES.has(article.text)
  )
    i++
  return phrase.slice(i)
}

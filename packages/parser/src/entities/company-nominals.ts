/**
 * Which body a nominal such as "the company" or "the group" stands for, read
 * from its sentence and the sentence before: the one business the sentence
 * names ("A Maersk spokesperson said the company"), not a body whose words or
 * act it reports ("The SEC said the company"), nor one it reached through
 * ("Analysts at Bernstein said").
 */
import { BODY_HEAD_WORDS, COMPANY_PLURALS, LEGAL_FORMS } from '../lexicon/organizations.js'
import { MAKER_NOUNS } from '../lexicon/titles.js'
import { NEWS_AGENCIES } from '../lexicon/credits.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { firstAtOrAfter } from '../bisect.js'
import type { Entity } from '../types.js'
import { isSpaceCode } from './words.js'

/** A name mention where it stands: its entity and its value range. */
interface NameAt {
  entityId: string
  start: number
  end: number
}

/**
 * Words of public bodies' and parties' names, which "the company" or "the
 * firm" is none of ("the Army", "the Federal Aviation Administration").
 */
const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  ...BODY_HEAD_WORDS,
  ...['army', 'navy', 'military', 'forces', 'police', 'government', 'parliament'],
  ...['congress', 'senate', 'party', 'union', 'nations'],
  // "the Royal Netherlands Sea Rescue Institution", "the National Health Service".
  ...['institution', 'institute', 'service', 'coastguard', 'foundation', 'association'],
  ...['federation', 'charity', 'hospital', 'church'],
  // Blocs and bodies of nations known by their letters: "the EU", "NATO".
  ...['eu', 'e.u.', 'nato', 'un', 'u.n.', 'imf', 'opec', 'asean'],
])
/** Heads of nominals any body may be, that the last body that opened a sentence is: "the group". */
export const SUBJECT_HEADS: ReadonlySet<string> = new Set([
  ...['company', 'firm', 'group', 'organization', 'organisation'],
])
/** Words before a head that tell one body from another: "the new company", "the parent company". */
export const NEW_BODY: ReadonlySet<string> = new Set([
  ...['new', 'combined', 'merged', 'parent', 'former', 'other', 'rival', 'same', 'first'],
])
/** How many names back the body that opened a sentence is looked for. */
export const MAX_SUBJECT_LOOKBACK = 8

/** Heads of a business, which no public body is. */
export const COMPANY_HEADS: ReadonlySet<string> = new Set(['company', 'firm', ...MAKER_NOUNS])

/**
 * The organisation that "the company" or "the firm" at `start` names when its
 * sentence names one business before it and no other organisation: "A Maersk
 * spokesperson said the company would ...", though the document names
 * another more often. Null for another head, or when the sentence names none
 * or several.
 */
export function soleCompanyBefore(
  value: string,
  names: readonly NameAt[],
  start: number,
  head: string,
  byId: ReadonlyMap<string, Entity>,
): string | null {
  if (!COMPANY_HEADS.has(head)) return null
  let found = soleBodyBefore(value, names, start, byId)
  // "The ship is managed by Meridian Bulk Management. The company said": the one business the
  // sentence before names, for a nominal that opens its sentence.
  const opening = sentenceStartBefore(value, start)
  if (found === null && opening > 0 && value.slice(opening, start).trim() === '') {
    let end = opening
    while (
      end > 0 &&
      (isSpaceCode(value.charCodeAt(end - 1)) || CLOSING_MARKS.has(value.charCodeAt(end - 1)))
    )
      end--
    found = end > 0 ? soleBodyBefore(value, names, end - 1, byId) : null
  }
  const entity = found === null ? undefined : byId.get(found)
  return entity === undefined || isPublicBody(entity.name) ? null : found
}

/**
 * The organisation that a nominal of a body at `start`..`end` (whose head is
 * `head`) names when it reports its sentence, set off after it ("A Frontex surveillance aircraft had
 * spotted the boat, the agency said"), and the sentence names one
 * organisation before it and no other, which `fits` the head (not Hamas for
 * "Hamas fighters attacked a convoy, the ministry said"); else null.
 */
export function soleBodyReporting(
  value: string,
  names: readonly NameAt[],
  start: number,
  end: number,
  head: string,
  byId: ReadonlyMap<string, Entity>,
  fits: (id: string) => boolean,
): string | null {
  if (!REPORTING_BODY_HEADS.has(head)) return null
  let before = start
  while (before > 0 && isSpaceCode(value.charCodeAt(before - 1))) before--
  if (value.charCodeAt(before - 1) !== COMMA) return null
  if (!isActingSubject(value, end)) return null
  const found = soleBodyBefore(value, names, start, byId)
  return found !== null && fits(found) ? found : null
}
const COMMA = 0x2c
/** Heads of nominals for a body whose sentence names it in another way ("A Frontex aircraft"). */
const REPORTING_BODY_HEADS: ReadonlySet<string> = new Set([
  ...['agency', 'organization', 'organisation', 'group', 'ministry', 'department', 'office'],
  ...['authority', 'commission', 'regulator', 'watchdog', 'body'],
])

/**
 * The party of the speaker whose report a nominal "the party" at `start`
 * stands in: the organisation of the subject's title ("Congress MP Kumari
 * Selja said the party needed introspection") or set after the subject's name
 * ("Mr Chautala of the INLD said the party would"); else null.
 */
export function speakersParty(
  value: string,
  names: readonly NameAt[],
  start: number,
  byId: ReadonlyMap<string, Entity>,
): string | null {
  const from = sentenceStartBefore(value, start)
  const before = firstAtOrAfter(names, start)
  // The subject: the last person named before the nominal, right before a verb of saying, with
  // no name between them.
  const subject = names[before - 1]
  if (subject === undefined || subject.start < from) return null
  const kindOf = (name: NameAt | undefined): Entity['kind'] | undefined =>
    name === undefined ? undefined : byId.get(name.entityId)?.kind
  // "Mr Chautala of the INLD said": the body after the name.
  const after = kindOf(subject) === 'organization' ? subject : null
  const person = after === null ? subject : names[before - 2]
  if (person === undefined || person.start < from || kindOf(person) !== 'person') return null
  if (after !== null && !OF_BODY.test(value.slice(person.end, after.start))) return null
  const last = after ?? person
  const verb = VERB_AFTER.exec(value.slice(last.end, Math.min(start, last.end + SAID_REACH)))
  if (verb === null || !SPEECH_VERBS.has((verb[1] as string).toLowerCase())) return null
  // (Not a chamber the person sits in: "AAP's Rajya Sabha MP Sanjay Singh", "Senate Majority
  // Leader".)
  const isParty = (id: string): boolean => !CHAMBERS.has(lastWordOf(byId.get(id)?.name ?? ''))
  if (after !== null) return isParty(after.entityId) ? after.entityId : null
  // "Congress MP Kumari Selja said": the body that opens the title before the name.
  const title = names[before - 2]
  if (title === undefined || title.start < from || kindOf(title) !== 'organization') return null
  return TITLE_BETWEEN.test(value.slice(title.end, person.start)) && isParty(title.entityId)
    ? title.entityId
    : null
}
/** The last words of the names of chambers, whose members a party's are too. */
const CHAMBERS: ReadonlySet<string> = new Set([
  ...['senate', 'house', 'parliament', 'assembly', 'sabha', 'legislature', 'council', 'commons'],
  ...['lords', 'bundestag', 'duma', 'knesset', 'court', 'committee', 'cabinet'],
])

/** What joins a name to the body after it: " of the ", " from ". */
const OF_BODY = /^,? (?:of|from) (?:the )?$/u
/** The word right after the subject, past an adverb or an auxiliary: " said", " also told". */
const VERB_AFTER = /^,? (?:(?:also|later|has|had) )?(\p{L}+)/u
/** Characters after the subject read for {@link VERB_AFTER}. */
const SAID_REACH = 40
/** The words of a title between its body and the name: " MP ", " national president ". */
const TITLE_BETWEEN = /^(?: [\p{L}.-]+){1,3} $/u

/**
 * The one organisation that the sentence of `start` names before it, when it
 * names no other and none it reached through or whose words it reports.
 */
function soleBodyBefore(
  value: string,
  names: readonly NameAt[],
  start: number,
  byId: ReadonlyMap<string, Entity>,
): string | null {
  const from = sentenceStartBefore(value, start)
  let found: string | null = null
  for (let i = firstAtOrAfter(names, start) - 1; i >= 0; i--) {
    const name = names[i] as NameAt
    if (name.start < from) break
    const entity = byId.get(name.entityId)
    if (entity?.kind !== 'organization') continue
    if (found !== null && found !== entity.id) return null
    // "Analysts at Bernstein said ... the company", "told The Post that the company", "The SEC
    // said the company": whom the words came through or went to, or whose words or act they
    // are, not what they are about. "Blackwell, the company's chip": a thing of the company's
    // set off after its name.
    if (
      isOutsider(value, name.start) ||
      isActingSubject(value, name.end) ||
      isPossessiveAfter(value, name.end, start)
    )
      return null
    found = entity.id
  }
  return found
}

/**
 * Whether the name at `start` follows "at", "told", "by" or "according to"
 * ("analysts at X", "told The Post", "advised by Goldman Sachs", "according
 * to Bloomberg").
 */
function isOutsider(value: string, start: number): boolean {
  let end = start
  while (end > 0 && isSpaceCode(value.charCodeAt(end - 1))) end--
  // (Past a "the" of the name's: "told The Post".)
  let word = wordBefore(value, end)
  if (word.toLowerCase() === 'the') {
    end -= word.length
    while (end > 0 && isSpaceCode(value.charCodeAt(end - 1))) end--
    word = wordBefore(value, end)
  }
  const lower = word.toLowerCase()
  // ("a ship managed by Meridian": the business it names is what the sentence is about.)
  if (lower === 'by') {
    end -= word.length
    while (end > 0 && isSpaceCode(value.charCodeAt(end - 1))) end--
    return !HELD_BY.has(wordBefore(value, end).toLowerCase())
  }
  if (lower !== 'to') return OUTSIDER_WORDS.has(lower)
  end -= word.length
  while (end > 0 && isSpaceCode(value.charCodeAt(end - 1))) end--
  return wordBefore(value, end).toLowerCase() === 'according'
}
/** Participles of holding before "by" and the business that holds: "managed by", "owned by". */
const HELD_BY: ReadonlySet<string> = new Set([
  ...['managed', 'owned', 'operated', 'run', 'chartered', 'leased', 'built', 'made'],
])
/** Words before the name of whom words come through or go to: "analysts at", "told". */
const OUTSIDER_WORDS: ReadonlySet<string> = new Set(['at', 'told', 'by'])

/**
 * Whether the word after the name ending at `end` makes it a subject that
 * speaks or acts ("The SEC said", "Moody's downgraded", "Reuters reported")
 * or names those who speak for it from outside ("JPMorgan analysts").
 */
function isActingSubject(value: string, end: number): boolean {
  let start = end
  while (start < value.length && isSpaceCode(value.charCodeAt(start))) start++
  let stop = start
  while (stop < value.length && /\p{Ll}/u.test(value[stop] as string)) stop++
  const word = value.slice(start, stop)
  return word.length > 0 && (SUBJECT_VERBS.has(word) || SPEECH_VERBS.has(word))
}
/**
 * Words after a name that make it a subject of its own or its outside voices
 * ("The SEC is", "JPMorgan analysts"); with the speech verbs ("The SEC said").
 */
const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  ...['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does'],
  // Acts on another company: "Moody's downgraded the company's rating", "Microsoft acquired".
  ...['sued', 'sues', 'fined', 'fines', 'charged', 'charges', 'found', 'finds', 'downgraded'],
  ...['upgraded', 'rated', 'rates', 'valued', 'values', 'acquired', 'acquires', 'bought'],
  ...['buys', 'investigated', 'investigates', 'probed', 'ordered', 'orders', 'advised'],
  ...['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists'],
])

/** The letters that end at `end`. */
function wordBefore(value: string, end: number): string {
  let start = end
  while (start > 0 && /\p{L}/u.test(value[start - 1] as string)) start--
  return value.slice(start, end)
}

/** Whether the nominal at `start` is a possessive set off by a comma right after a name ending at `end`. */
function isPossessiveAfter(value: string, end: number, start: number): boolean {
  if (!/^,\s*$/u.test(value.slice(end, start))) return false
  const after = value.slice(start, start + MAX_NOMINAL_LENGTH)
  return /^\S+\s+\S+?['’]s\b/u.test(after)
}
/** Longer than "the company's", in characters. */
const MAX_NOMINAL_LENGTH = 24

/** Where the sentence that holds `at` opens, looked for at most {@link MAX_SENTENCE_REACH} back. */
export function sentenceStartBefore(value: string, at: number): number {
  const last = Math.max(0, at - MAX_SENTENCE_REACH)
  for (let i = at - 1; i > last; i--) {
    const code = value.charCodeAt(i)
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) continue
    // (Past the closing marks of a quotation the sentence ends: "understanding.'' James".)
    let next = i + 1
    while (next < at && CLOSING_MARKS.has(value.charCodeAt(next))) next++
    if (isSpaceCode(value.charCodeAt(next))) return next
  }
  return last
}
/** Closing quotation marks: straight double and single, curly double and single. */
const CLOSING_MARKS: ReadonlySet<number> = new Set([0x22, 0x27, 0x201d, 0x2019])
/** How far back a sentence's opening is looked for, in characters. */
const MAX_SENTENCE_REACH = 300

/**
 * Whether the organisation `id` is an agency of `credited` that "the" +
 * `modifiers` + `head` cannot be: the agency that reports the story ("told
 * Reuters", "(AP)") is no "bank" nor "company" of it; only "the network",
 * "the broadcaster", "the news agency" and the like are.
 */
export function isCreditedAgencyBesides(
  credited: ReadonlySet<string>,
  id: string,
  head: string,
  modifiers: string,
): boolean {
  if (!credited.has(id)) return false
  if (head === 'agency') return !/\bnews$/iu.test(modifiers)
  return !MEDIA_HEADS.has(head)
}
const NEWS_AGENCY_NAMES: ReadonlySet<string> = new Set(NEWS_AGENCIES)

/** A name mention placed in a segment's value. */
interface PlacedName {
  entityId: string
  segment: number
  start: number
  end: number
  kind: string
}

/**
 * The news agencies the text names only as the source of its news ("told
 * Reuters", "(AP)", "the AP asked", "according to CNN"), not as a party to
 * its story: named in the headline, or before a verb of their own ("The
 * Associated Press sued three officials", "Reuters said it would cut 200
 * jobs"; not "Reuters reported"). A party stays what "the company" can be.
 */
export function creditedAgencies(
  segments: readonly { value: string; kind?: string }[],
  names: readonly PlacedName[],
  nameOf: (id: string) => string | undefined,
): Set<string> {
  const agencies = new Set<string>()
  const parties = new Set<string>()
  /** Other businesses by whether every mention so far is after "told" ("told News24"). */
  const toldOnly = new Map<string, boolean>()
  for (const name of names) {
    if (name.kind !== 'name' || parties.has(name.entityId)) continue
    const entityName = nameOf(name.entityId) ?? ''
    if (!NEWS_AGENCY_NAMES.has(entityName.toLowerCase())) {
      // "Kruger told News24": an outlet the text names only as told, which no one's "the
      // company" is (not "told Parliament", a public body).
      if (isPublicBody(entityName) || toldOnly.get(name.entityId) === false) continue
      const value = segments[name.segment]?.value ?? ''
      const told = TOLD_BEFORE.test(value.slice(Math.max(0, name.start - CREDIT_REACH), name.start))
      toldOnly.set(name.entityId, told)
      continue
    }
    agencies.add(name.entityId)
    const segment = segments[name.segment]
    const value = segment?.value ?? ''
    const before = value.slice(Math.max(0, name.start - CREDIT_REACH), name.start)
    const after = value.slice(name.end, name.end + CREDIT_REACH)
    // A verb of its own after it ("On Tuesday, Reuters said it would cut 200 jobs", "the BBC
    // apologised"), not after a word that makes it the source ("told Reuters", "(AP)"); or the
    // subject that opens a sentence ("Reuters on Tuesday said", "AFP, the French news agency,
    // sued").
    const acting = ACTING_AFTER.test(after) && !CREDIT_BEFORE.test(before)
    const subject = SENTENCE_OPENING.test(before)
    if ((segment?.kind === 'title' || acting || subject) && !CREDIT_AFTER.test(after))
      parties.add(name.entityId)
  }
  for (const party of parties) agencies.delete(party)
  for (const [id, told] of toldOnly) if (told) agencies.add(id)
  return agencies
}
/** A verb of telling right before a name: "told News24", "told the Guardian". */
const TOLD_BEFORE = /\btold\s+(?:the\s+)?$/u
/** What stands before a sentence's subject: the text's start or the end of a sentence, maybe "The". */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+)(?:the\s+)?$/iu
/** A word in lower case right after a name, no preposition nor joiner: its verb, most often. */
const ACTING_AFTER =
  /^\s+(?!(?:in|on|at|of|and|or|but|which|that|who|whose|for|to|with|by|from|about|as|than|into|over|after|before|since|during|under|while|when|where)\b)\p{Ll}/u
/** Words before an agency named as the source of the news: "(", "told", "according to the". */
const CREDIT_BEFORE = /(?:\(|\b(?:told|to|by|from|for|with|according to|via|citing)(?: the)?\s+)$/iu
/** Words after an agency named as the gatherer of the news: "reported", "obtained", "was unable to reach", "'s questions". */
const CREDIT_AFTER =
  /^(?:\)|\/|:|['’]s?\s+(?:questions|requests|reporting|report|story|article|interview|analysis|calculations|tally|poll)|\s+(?:reported|reports|has reported|asked|article|story|interview|calculations|poll|survey|analysis|tally|news agency|reporters?|correspondents?|obtained|saw|has seen|reviewed|has reviewed|reached out|has reached out|contacted|was unable|could not|interviewed|learned|has learned|spoke to|talked to)\b)/iu
/** How far around an agency's name its credit is read, in characters. */
const CREDIT_REACH = 24
/** Heads of nominals of a news organisation: "the network", "the broadcaster". */
const MEDIA_HEADS: ReadonlySet<string> = new Set([
  'network',
  'newspaper',
  'paper',
  'channel',
  'broadcaster',
])

/**
 * Whether a nominal of head `head` cannot be the organisation named `name`
 * for the kind of body it is: "the company" (or "the firm") is no public body
 * or party, not the Army, nor the National Union of Mineworkers; "the club"
 * is no league or federation, not the Premier League its games are in.
 */
export function isUnfitBodyFor(head: string, name: string): boolean {
  if (COMPANY_HEADS.has(head)) return isPublicBody(name)
  // "Halvern Therapeutics will meet the MHRA. The regulator said": a company oversees nothing.
  if (OVERSEER_HEADS.has(head)) return isCompanyName(name)
  return head === 'club' && COMPETITION_WORDS.has(lastWordOf(name))
}
/** The last word of `name`, lower-cased: "therapeutics" of "Halvern Therapeutics". */
function lastWordOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
}
/** Heads of a body that oversees others, which no company is: "the regulator", "the agency". */
const OVERSEER_HEADS: ReadonlySet<string> = new Set([
  'regulator',
  'watchdog',
  'agency',
  'authority',
])

/** Whether `name` ends as only a company's does: "Halvern Therapeutics", "Apple Inc.". */
function isCompanyName(name: string): boolean {
  return COMPANY_ENDINGS.has(lastWordOf(name).replace(/\.$/u, ''))
}
const COMPANY_ENDINGS: ReadonlySet<string> = new Set([...COMPANY_PLURALS, ...LEGAL_FORMS])

/** Last words of the names of sport's competitions and governing bodies: "Premier League". */
const COMPETITION_WORDS: ReadonlySet<string> = new Set([
  ...['league', 'liga', 'bundesliga', 'championship', 'federation', 'association', 'cup'],
  ...['uefa', 'fifa', 'series', 'conference', 'division', 'tour'],
])

/**
 * Whether an organisation named `name` is a public body or a party, no
 * company, by the word that ends its name ("the Army", "the Federal Aviation
 * Administration"; not "Union Pacific" or "United Parcel Service"), or its
 * head before a complement ("the National Union of Mineworkers", "the
 * Department of Justice").
 */
export function isPublicBody(name: string): boolean {
  if (PUBLIC_BODY_WORDS.has(lastWordOf(name))) return true
  const link = COMPLEMENT_LINK.exec(name)
  return link !== null && PUBLIC_BODY_WORDS.has(lastWordOf(name.slice(0, link.index)))
}
/** The link before a name's complement: " of " of "National Union of Mineworkers". */
const COMPLEMENT_LINK = / (?:of|for) /u

/**
 * Speaker resolution: the entity a quote's source names. A name, nominal or
 * pronoun mention that heads the source phrase names it; a definite role
 * ("the senator", "the candidate") names the person the text is about; a
 * singular description ("a State Department official") is a person of its
 * own, made an entity so that every quote of theirs links to them; a group
 * ("officials") names nobody.
 */
import { NATIONAL_PERSON_NOUNS, nationalityOfNoun, PLURAL_PEOPLE } from '../lexicon/faiths.js'
import { PERSON_ROLE_NOUNS } from '../lexicon/titles.js'
import { datelineEnd, positionOf, type Segment, type Source } from '../annotate/segments.js'
import { firstAtOrAfter, firstNotBefore } from '../bisect.js'
import { basedAt, basedOrganizations } from '../entities/based.js'
import type { PlacedMention } from '../entities/stage.js'
import { isCreditedAgencyBesides, isUnfitBodyFor } from '../entities/company-nominals.js'
import { opensSentenceAt } from '../sentence-start.js'
import {
  fitsHead,
  FORMER_WORD,
  genderOfPersonName,
  genderOfTitles,
  NAME_HELD_HEADS,
} from '../entities/references.js'
import { hashOf } from '../entities/hash.js'
import { lexicon } from '../entities/lexicon.js'
import { apposingComma } from '../entities/titles.js'
import {
  ORGANIZATION_NOUNS,
  PERSON_PRONOUNS,
  PORTFOLIO_WORDS,
  POST_NOMINAL_WORDS,
  TITLE_WORDS,
} from '../lexicon/titles.js'
import type { Entity } from '../types.js'
import {
  COURT_ROLES,
  JUDGE_STYLE,
  GAME_ROLES,
  AGE_NOUN,
  areOnePersonsRoles,
  DEFINITE,
  type Gender,
  genderOfDescription,
  type Role,
  describesOffice,
  isPortfolioOffice,
  roleOfDescription,
  rolesOf,
  titleFits,
  titleHead,
  HONORIFIC,
  INDEFINITE,
  COLLECTIVES,
  isGroup,
  isAgedPersonNoun,
  isPersonFrom,
  isPersonNoun,
  MAX_DESCRIPTION_WORDS,
  DOCUMENT_NOUNS,
  ORGANIZATION_DESCRIPTIONS,
  OWNED_ROLE,
  PLACED_ROLE,
  PRONOUN_OWNED_ROLE,
  HIRED_ROLE,
  QUALIFIED_ROLE,
  SURNAME,
  WITNESS_NOUNS,
} from './speaker-words.js'
import { PLACE_PREPOSITIONS } from './source-words.js'
import type { QuotedRanges } from './ranges.js'
import {
  endKey,
  findStateBodies,
  lastDescriptionBefore,
  namesStateBody,
  readStateBody,
  type StateBodies,
  type StateBody,
} from './state-bodies.js'

/**
 * A description of one ending a text: its article, up to three modifiers and a
 * head in lower case: "an architect", "a South Carolina native", "a 52-year-old
 * farmer".
 */
const ANTECEDENT =
  /(?:^|\s)((?:[Aa]n?|[Tt]he)(?:\s(?!(?:an?|the)\s)[\p{L}\p{N}.’'-]+){0,3}\s[\p{Ll}-]+)\s*$/u

/** Characters before a relative pronoun that its description is looked for in. */
const ANTECEDENT_REACH = 60

/** Most characters between a source and its cue that a relative clause's opening can take. */
const MAX_RELATIVE_GAP = 80

/**
 * The end of the text between a source and its cue when a relative pronoun is
 * the cue's subject: ", who", ", which has long", " that may", ", now the
 * majority leader, who in 2010", "—who had previously", ", who’s argued",
 * ", who on Tuesday": the pronoun (after a comma or a dash) and at most three
 * words (auxiliaries, adverbs, a time) before the cue.
 */
const RELATIVE_SUBJECT =
  /(?:^\s*|[,\u2013\u2014]\s*)(who|which|that)(?:['’]s)?(?:\s+[\p{L}\d]+){0,3}\s*$/u

/** Words that open what qualifies a description's head: "of state", "close to the Clintons". */
const POSTMODIFIER_OPENERS = new Set([
  'of',
  'familiar',
  'close',
  'involved',
  'with',
  'in',
  'at',
  'from',
  'for',
  'who',
  'on',
])

/** The alternation of PLACE_PREPOSITIONS, for the patterns below. */
const PREPOSITION = `(?:${PLACE_PREPOSITIONS.join('|')})`

/** A source that ends in a place after a preposition: "protest organizers in Cleveland". */
const QUALIFYING_PLACE = new RegExp(
  `^\\S.*\\s${PREPOSITION}\\s+(?:the\\s+)?\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)*$`,
  'u',
)

/** The words before the first preposition of a source: "Republicans" of "Republicans on the committee". */
const GROUP_HEAD = new RegExp(`^(\\S+(?:\\s\\S+){0,3}?)\\s${PREPOSITION}\\s`, 'u')

/**
 * The words before what qualifies them: "people" of "people close to the vice
 * president", "economists" of "economists polled by Reuters".
 */
const GROUP_QUALIFIED =
  /^(\S+(?:\s\S+){0,3}?)\s(?:close|familiar|involved|knowledgeable|briefed|polled|surveyed|interviewed)\s/u

/** The words before "of": "readers" of "readers of The New York Times". */
const GROUP_OF = /^(\S+(?:\s\S+){0,3}?)\sof\s/u

/** A description by where it is based, then its head: "the Austin, Texas-based company". */
/** A head after the article alone: "the party", "The group". */
const BARE_DEFINITE = /^the\s+\S+$/iu
const BASED_DESCRIPTION = /-based\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u

/** "The government in Beijing", "the regime in Damascus": the place stands for who governs it. */
const GOVERNING = /^(?:the\s+)?(?:government|regime|administration|leadership|cabinet)\s/iu

/** A preposition, and an article, right before a source: "in the ", "at ". */
const PREPOSITION_BEFORE = new RegExp(`\\b${PREPOSITION}\\s+(?:the\\s+)?$`, 'u')

/** Characters before a source that a preposition and an article can take. */
const PREPOSITION_REACH = 16

/** The word after the last space of `text`: "chairman" of "a former party chairman". */
function lastWordOf(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1)
}

/**
 * The head of a description's `words`, before what qualifies it: "secretary"
 * of "the former secretary of state", "chairman" of "a party chairman in Ohio".
 */
function headOf(words: readonly string[]): string {
  const qualifier = words.findIndex((word, i) => i > 0 && POSTMODIFIER_OPENERS.has(word))
  return (qualifier > 0 ? words[qualifier - 1] : words[words.length - 1]) ?? ''
}

/** A head word as the noun lists hold it: lower-cased, without a possessive ("aide's" -> "aide"). */
function headNoun(headWord: string): string {
  return headWord.toLowerCase().replace(/[’']s$/u, '')
}

/** Whether the description `text` is of one person by its head: "a former governor", not "the committee". */
function describesPerson(text: string): boolean {
  return isPersonNoun(headNoun(headOf(text.split(/\s+/u))))
}

/** A statement given, as a sentence of saying tells of it: "in a statement", "issued a statement". */
const GIVEN_STATEMENT =
  /\b(?:[Ii]n|issued|released|published|posted) a (?:[\p{Ll}-]+ ){0,2}statement\b/gu
/** How far after the start of "in a statement" its giver's name may start, in characters. */
const GIVER_REACH = 64
/** A passive "told" ("the court was told"), whose subject is told, not telling. */
const PASSIVE_TOLD = /\b(?:was|were|been|being|be|is|are)\s+told$/u
const PASSIVE_REACH = 8

/** Bodies of a company's workers, which speak for them, not for it: "works council", "union". */
const WORKERS_BODIES = /\s(?:works council|staff council|union|unions)$/u
/** "its union", "its works council": a role owned by "its". */
const OWNED_BY_IT = /^[Ii]ts\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u

/**
 * A description headed by an age, maybe before a role: "the 34-year-old", "the
 * 34-year-old mechanic"; not "the lawyer for the 34-year-old", "the
 * 34-year-old's lawyer", "the other 34-year-old".
 */
const AGE_IN_DESCRIPTION = /^the (\d{1,3})-year-old(?: [\p{Ll}-]+){0,2}$/iu
/** An age set off right after a name: "Bradley Ormond, 34,". */
const AGE_AFTER_NAME = /^, (\d{1,3})[,.;)]/u
/** An age right before a name: "34-year-old Bradley Ormond". */
const AGE_BEFORE_NAME = /\b(\d{1,3})-year-old $/u
/**
 * An age in a relation or a role set off before a name: "her 5-month-old daughter, Neema,", "a
 * 34-year-old mechanic, Dan Reyes,".
 */
const AGE_BEFORE_APPOSITIVE = /\b(\d{1,3})-(year|month|week|day)-old(?: [\p{Ll}-]+){1,2}, $/u
/** Characters before a name that an age set off before it is looked for in. */
const APPOSITIVE_AGE_REACH = 48
/** Characters around a name that its age is looked for in. */
const AGE_REACH = 16

/** Nothing but the comma that closes an appositive name before its cue. */
const CLOSING_COMMA = /^,\s*$/u
/** The same, maybe after letters for an office or an honour: "Tobias Renshaw SC,". */
function isClosingPostNominal(text: string): boolean {
  if (CLOSING_COMMA.test(text) || BODY_OF_COMMA.test(text)) return true
  const match = POST_NOMINAL_COMMA.exec(text)
  return match !== null && POST_NOMINALS.has((match[1] as string).toLowerCase())
}
const POST_NOMINAL_COMMA = /^ (\p{Lu}{2,3}),\s*$/u
/** The body a person is of, then the comma that closes the aside: " of the Seoul-based company Blue Harbour Pictures, ". */
const BODY_OF_COMMA =
  /^ (?:of|at|from) (?:[^\s,.;:!?"“”]+ ){0,7}[^\s,.;:!?"“”]+,\s*(?:\p{Ll}+\s+){0,2}$/u
const POST_NOMINALS: ReadonlySet<string> = new Set(POST_NOMINAL_WORDS)

/**
 * Heads of descriptions of people who speak for others or as experts, whom a
 * "he" or "she" after their report stands for: "The prime minister's
 * spokesman said ... '"Q," he told reporters'. Not kin ("his brother"), who
 * may be a person the text names.
 */
const SPOKESPEOPLE: ReadonlySet<string> = new Set([
  ...['spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'adviser', 'advisor'],
  ...['representative', 'lawyer', 'attorney', 'analyst', 'economist', 'strategist', 'diplomat'],
  // Unnamed sources: "A former cabinet minister, who asked not to be named, said ...".
  ...['minister', 'lawmaker', 'source', 'person', 'executive', 'insider', 'officer'],
])
/**
 * Unnamed people who saw or lived through what a story tells, whose "she" or
 * "he" after their report is theirs unless a person who spoke near it is
 * ("A neighbour told the BBC ... '"Q," she said'").
 */
const WITNESSES: ReadonlySet<string> = new Set(WITNESS_NOUNS)

/** A text said to come out in a publication: "a study ... published (Wednesday) in The Lancet". */
const PUBLISHED_TEXT =
  /^(?:a|an|the)\s+\p{Ll}+\b.*\b(?:published|appearing|appeared)\s+(?:\S+\s+){0,2}?in\s/u

/**
 * The country a people's word is of, lower-cased ("Italian" -> "italy",
 * "Spaniard" -> "spain"); the word lower-cased when the lists know no country.
 */
function countryOf(word: string): string {
  const lower = word.toLowerCase()
  return (
    lexicon()
      .demonyms.get(hashOf(nationalityOfNoun(lower)))
      ?.toLowerCase() ?? lower
  )
}

/** Whether `word` is a people's adjective or noun: "Italian", "Spaniard". */
function isNationalityWord(word: string): boolean {
  const lower = word.toLowerCase()
  return PEOPLE_NOUNS.has(lower) || lexicon().demonyms.has(hashOf(lower))
}

/**
 * Whether `text` is "the" and a people's noun in the singular, after at most
 * two lower-case words: "the Spaniard", "the Italian", "the 24-year-old
 * Briton" (not "the Americans" or "the French", a people).
 */
function isPersonByNationality(text: string): boolean {
  const match = /^[Tt]he (?:[\p{Ll}\d][\p{L}\d-]* ){0,2}(\p{Lu}\p{Ll}+)$/u.exec(text)
  const word = match?.[1]
  if (word === undefined) return false
  const lower = word.toLowerCase()
  // ("The 47-year-old Portuguese": with an age, one person of a people that "the Portuguese" is.)
  const aged = /\d-year-old \S+$/u.test(text)
  return (
    PEOPLE_NOUNS.has(lower) ||
    ((aged || !PLURAL_PEOPLE.test(lower)) && lexicon().demonyms.has(hashOf(lower)))
  )
}
/**
 * Nouns for a person of a nation that are not its adjective ("the Spaniard",
 * "the Briton"), and two adjectives that are such nouns too.
 */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([...NATIONAL_PERSON_NOUNS, 'argentine', 'swiss'])

/**
 * Members of a parliament by the initials of their seat, which a party
 * qualifies: "the Labour MP", "the SNP MSP" (the lexicon's titles, in capitals).
 */
const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  ['mp', 'mep', 'msp'].filter((word) => TITLE_WORDS.has(word)).map((word) => word.toUpperCase()),
)

/** Resolves sources to entities, creating entities for singular unnamed sources. */
export class SpeakerResolver {
  readonly #entities: Entity[]
  readonly #kinds: Map<string, Entity['kind']>
  readonly #bySegment: PlacedMention[][]
  #lede: number | undefined
  #firstNamed: Map<string, { segment: number; start: number }> | undefined
  /** The news agencies the text names only as the source of its news, which no description names. */
  readonly #creditedAgencies: ReadonlySet<string>
  readonly #segments: readonly Segment[]
  readonly #source: Source
  #surnames: Map<string, string | null> | null = null
  /** The name mentions of titled persons, in reading order (made at the first definite role). */
  #titled: PlacedMention[] | null = null
  /** The organisations said to be based somewhere, by the place, read at the first description that asks. */
  #based: Map<string, string | null> | null = null
  /** Each segment's quotations, as the quote stage read them (see {@link useQuotations}). */
  #quoted: readonly (QuotedRanges | undefined)[] = []
  #organizationHeads: Map<string, string | null> | null = null
  /** The entities by id, those this resolver makes included. */
  readonly #byId: Map<string, Entity>
  readonly #described = new Map<string, string>()
  /** The person the story gives each age, null for an age given two (made when first asked). */
  #ages: Map<number, string | null> | null = null
  /** The people the story gives an age by a name mention, to that age (the last given). */
  #agedIds: Map<string, number> | null = null
  /** The entity described at each place (segment and offset) of the texts. */
  readonly #describedAt = new Map<string, string>()
  /** Where the text first uses each word asked of {@link #calledBefore} (null: nowhere). */
  readonly #firstUse = new Map<string, { segment: number; start: number } | null>()
  /** The people described by an indefinite description, with its head and place, in the order made. */
  readonly #introduced: Introduction[] = []
  /** The same by their heads, each in the order made. */
  readonly #introducedByHead = new Map<string, Introduction[]>()
  /** The bodies of a state the text describes (read at the first source that describes one). */
  #bodies: StateBodies | null = null
  /** The entity of each of {@link #bodies}' bodies, made at the first source that is of it. */
  readonly #bodyIds = new Map<number, string>()

  constructor(
    segments: readonly Segment[],
    source: Source,
    entities: Entity[],
    mentions: readonly PlacedMention[],
    creditedAgencies: ReadonlySet<string>,
  ) {
    this.#segments = segments
    this.#source = source
    this.#entities = entities
    this.#byId = new Map(entities.map((entity) => [entity.id, entity]))
    this.#kinds = new Map(entities.map((entity) => [entity.id, entity.kind]))
    this.#bySegment = segments.map(() => [])
    for (const mention of mentions) this.#bySegment[mention.segment]?.push(mention)
    for (const list of this.#bySegment) list.sort((a, b) => a.start - b.start)
    this.#creditedAgencies = creditedAgencies
  }

  /**
   * Widens `range` (a source of segment `segment`) to the whole of a name it
   * cuts ("Budget Responsibility" of "The Office for Budget Responsibility",
   * read back from "said" to the "for" that a source phrase stops at), and over
   * a name's own full stop ("Acme Inc.") or the bracket that closes a short
   * name it opens ("the Election Commission of India (ECI)").
   */
  widenToNames(
    segment: number,
    range: { start: number; end: number },
    cue: { start: number; end: number },
  ): void {
    const mentions = this.#bySegment[segment] ?? []
    const first = firstAtOrAfter(mentions, range.start)
    const before = mentions[first - 1]
    // "Said Ellis": a name the tagger read with the cue before it keeps to the source.
    const overCue = before !== undefined && before.start < cue.end && before.end > cue.start
    if (before && before.kind === 'name' && before.end > range.start && !overCue) {
      range.start = before.start
      range.end = Math.max(range.end, before.end)
    }
    const value = (this.#segments[segment] as Segment).value
    const last = mentions[firstAtOrAfter(mentions, range.end) - 1]
    if (
      last !== undefined &&
      last.kind === 'name' &&
      last.end === range.end + 1 &&
      value.charCodeAt(range.end) === FULL_STOP &&
      (cue.start >= last.end || cue.end <= range.start)
    )
      range.end = last.end
    if (
      value.charCodeAt(range.end) === CLOSE_BRACKET &&
      value.lastIndexOf('(', range.end) >= range.start &&
      value.lastIndexOf(')', range.end - 1) < value.lastIndexOf('(', range.end) &&
      (cue.start > range.end || cue.end <= range.start)
    )
      range.end++
  }

  /**
   * The entity the source names, as `resolve` finds it; a relative pronoun
   * between the source and its cue ("Mr. Kamin, who emphasized that") is the
   * cue's subject, and joins that entity as a pronoun mention.
   */
  resolveCued(
    segment: number,
    source: { start: number; end: number },
    cue: { start: number; end: number },
  ): string | null {
    const value = (this.#segments[segment] as Segment).value
    // "..., the court was told": whom a passive tells, not who tells it (but its agent after the
    // cue tells it: "was told by Dr Hamish Okonkwo that").
    if (
      source.start < cue.start &&
      PASSIVE_TOLD.test(value.slice(Math.max(0, cue.start - PASSIVE_REACH), cue.end))
    )
      return null
    const id = this.#appositive(segment, source, cue) ?? this.resolve(segment, source)
    if (id === null || cue.start < source.end || cue.start - source.end > MAX_RELATIVE_GAP)
      return id
    const relative = RELATIVE_SUBJECT.exec(value.slice(source.end, cue.start))
    if (relative) {
      const pronoun = relative[1] as string
      const start = source.end + relative.index + relative[0].indexOf(pronoun)
      this.#addMention(id, segment, { start, end: start + pronoun.length }, pronoun, 'pronoun')
    }
    return id
  }

  /**
   * The person a description of one set off by commas beside their name is
   * ("said George Bruno, a former party chairman, referring to",
   * "Google's chief human resources executive, Laszlo Bock, told"), which the
   * description joins as a mention; null when no name stands so beside it.
   * The description must be of a person ("After meeting Obama, the committee,
   * in a statement, said" names no one), and what sets it off must lead to
   * the cue: a comma right before it, or the cue before the name ("After
   * meeting Obama, a spokesman, visibly relieved, said" is the spokesman's).
   */
  #appositive(
    segment: number,
    range: { start: number; end: number },
    cue: { start: number; end: number },
  ): string | null {
    const value = (this.#segments[segment] as Segment).value
    const text = value.slice(range.start, range.end)
    if (!describesPerson(text)) return null
    const mentions = this.#bySegment[segment] ?? []
    const isPersonName = (mention: PlacedMention | undefined): mention is PlacedMention =>
      mention?.kind === 'name' && this.#kinds.get(mention.entityId) === 'person'
    const next = firstAtOrAfter(mentions, range.start)
    const inner = mentions[next]
    // A person named inside the description speaks for it ("a spokeswoman for Jane Smith").
    const namesPerson =
      inner !== undefined && inner.start < range.end && this.#kinds.get(inner.entityId) === 'person'
    const before = mentions[next - 1]
    let id: string | null = null
    if (
      !namesPerson &&
      isPersonName(before) &&
      value.slice(before.end, range.start) === ', ' &&
      value.charAt(range.end) === ',' &&
      (cue.end <= before.start || CLOSING_COMMA.test(value.slice(range.end, cue.start)))
    )
      id = before.entityId
    else if (cue.start > range.end) {
      // "Jane Smith's spokesman, Tom Brown, said": the name after the description, then its cue.
      const next = firstAtOrAfter(mentions, range.end)
      let after = mentions[next]
      let opens = after?.start ?? range.end
      // "Varga's coach, the former Swedish player Mikael Lindqvist, said": past the name's own
      // description before it (and past the names inside that: "Swedish").
      const named = after && mentions[firstAtOrAfter(mentions, after.end)]
      if (
        after?.kind === 'nominal' &&
        isPersonName(named) &&
        named.entityId === after.entityId &&
        value.slice(after.end, named.start) === ' '
      ) {
        opens = after.start
        after = named
      }
      // ("Ferrante's coach, former world number 11 Davide Sartori, said": past a description in
      // lower case too.)
      if (
        isPersonName(after) &&
        apposingComma(value, opens) === range.end &&
        isClosingPostNominal(value.slice(after.end, cue.start))
      )
        id = after.entityId
    }
    if (id !== null) this.#addMention(id, segment, range, text)
    return id
  }

  /** The entity the source [start, end) of segment `segment` names, or null. */
  resolve(segment: number, range: { start: number; end: number }): string | null {
    const text = (this.#segments[segment] as Segment).value.slice(range.start, range.end)
    // "an architect who said": the "who" speaks as the description before it.
    if (text === 'who') return this.#antecedent(segment, range)
    // "what it called 'a clear threat'", "'Q,' it said": the organisation named last before it.
    if (text === 'it' || text === 'It') return this.#organizationBefore(segment, range, text)
    // "a spokeswoman for Jane Smith": the spokeswoman speaks, not the name that qualifies her.
    const qualified = QUALIFIED_ROLE.exec(text)
    // ("a Labour MP from a neighbouring seat": a title's word for a person too, placed by "from";
    // not "a majority of Republicans".)
    const qualifiedHead = (qualified?.[1] ?? '').toLowerCase()
    if (
      qualified &&
      (isPersonNoun(qualifiedHead) ||
        (qualified[0].endsWith(' from ') && isPersonFrom(qualifiedHead)))
    ) {
      return this.#describe(segment, range, text)
    }
    // "A forensic accountant hired by Ortega": the one hired speaks, not who hired them.
    const hired = HIRED_ROLE.exec(text)
    if (hired && isAgedPersonNoun((hired[1] ?? '').toLowerCase())) {
      return DEFINITE.test(text)
        ? this.#definite(segment, range, text, 'person')
        : this.#describe(segment, range, text)
    }
    // "Hillary Clinton’s right-hand woman", "her mother": someone of the name's, not the name.
    const owned = OWNED_ROLE.exec(text) ?? PRONOUN_OWNED_ROLE.exec(text)
    if (owned && isPersonNoun((owned[1] ?? '').toLowerCase())) {
      return this.#describe(segment, range, text)
    }
    // "Dawa Gyalzen's family said", "her family": a group of the owner's, not the owner.
    if (owned && COLLECTIVES.has((owned[1] ?? '').toLowerCase())) return null
    // "Helmbrecht's works council", "its union": the body of the owner's workers, not the owner.
    const owner = OWNED_ROLE.exec(text) ?? PRONOUN_OWNED_ROLE.exec(text) ?? OWNED_BY_IT.exec(text)
    if (owner && WORKERS_BODIES.test(text))
      return this.#describe(segment, range, text, 'organization')
    // "Her Honour said": the judge the story titled so.
    if (JUDGE_STYLE.test(text)) return this.#definite(segment, range, text, 'person')
    // "the senator from Vermont": the person the text is about, not the place that qualifies them.
    const placed = PLACED_ROLE.exec(text)
    // "The representative of China said": the country's envoy, a person of their own, the same
    // each time the text names them so.
    if (placed && DELEGATES.has((placed[1] ?? '').toLowerCase()) && / of \p{Lu}/u.test(text))
      return this.#describe(segment, range, text)
    if (placed && isPersonNoun((placed[1] ?? placed[2] ?? '').toLowerCase())) {
      return this.#definite(segment, range, text, 'person')
    }
    const mentions = this.#bySegment[segment] ?? []
    // "Obama administration officials", "Trump campaign aides": a group the name qualifies.
    if (isGroup(text) && !endsInMention(mentions, range)) return null
    // "Republicans on the House Judiciary Committee", "readers of The New York Times", "people
    // close to the vice president": a group the place, body or person qualifies.
    const qualifiedGroup =
      GROUP_QUALIFIED.exec(text)?.[1] ?? GROUP_HEAD.exec(text)?.[1] ?? GROUP_OF.exec(text)?.[1]
    // Not a name's own words ("the Communications Workers of America").
    if (
      qualifiedGroup &&
      isGroup(qualifiedGroup) &&
      !inLongerName(mentions, range.start + qualifiedGroup.length)
    )
      return null
    // "Mexico's foreign ministry", "the central bank", "the ministry": a body of a state.
    const body = readStateBody(text)
    if (body !== null) {
      const id = this.#stateBody(segment, range, text, body)
      if (id !== undefined) return id
    }
    // "the Round Rock, Texas-based computer maker": the names say where it is based, not who it is.
    const named = BASED_DESCRIPTION.test(text)
      ? null
      : headMention((this.#segments[segment] as Segment).value, mentions, range, this.#kinds)
    // "Some delegates at the convention in Philadelphia": a place after a preposition qualifies
    // who speaks; it is not who speaks.
    if (
      named &&
      this.#kinds.get(named) === 'place' &&
      (QUALIFYING_PLACE.test(text) || this.#afterPreposition(segment, range)) &&
      !GOVERNING.test(text)
    )
      return null
    // "the Florida Republican": a person the text is about, not the party the word names; "a New
    // Hampshire Republican": a person of their own.
    if (named && this.#kinds.get(named) === 'other') {
      // "the Spaniard told reporters", "the Italian said": the person the article is about,
      // named by a people's noun.
      if (isPersonByNationality(text)) return this.#byNationality(segment, range, text)
      const last = lastWordOf(text)
      if (ROLE_ABBREVIATIONS.has(last)) return this.#describe(segment, range, text)
      // "the Serbian center", "the Canadian guard": a player by nationality and position.
      const role = isPersonNoun(last.toLowerCase()) || PLAYER_POSITIONS.has(last)
      if (role && DEFINITE.test(text)) return this.#definite(segment, range, text, 'person')
      if (role && INDEFINITE.test(text)) return this.#describe(segment, range, text)
    }
    // "a study of 14,000 adults published in The Lancet": the journal is where a text came out,
    // not who speaks.
    if (named && this.#kinds.get(named) === 'organization' && PUBLISHED_TEXT.test(text)) return null
    // "a top GOP strategist", "the Kremlin spokesman": a person the organisation qualifies, not
    // the organisation.
    if (named && this.#kinds.get(named) === 'organization') {
      const last = lastWordOf(text)
      // ("the Labour MP said": a role in capitals too, someone of the body's own, whom the story
      // need not have named: not the MP of another party named last.)
      if (ROLE_ABBREVIATIONS.has(last)) return this.#describe(segment, range, text)
      if (/^\p{Ll}/u.test(last) && isPersonNoun(last)) {
        if (DEFINITE.test(text)) return this.#definite(segment, range, text, 'person')
        return INDEFINITE.test(text) ? this.#describe(segment, range, text) : null
      }
    }
    if (named) return named
    // "the Spaniard told reporters", where the entity stage read no name (a nation's noun for a
    // person is none): the person the article is about.
    if (isPersonByNationality(text)) return this.#byNationality(segment, range, text)
    // "Bush says ..." opening a paragraph, where the entity stage read no name: the person of
    // the article with that surname.
    const surnamed = this.#bySurname(text)
    if (surnamed) {
      this.#addMention(surnamed, segment, range, text, 'name')
      return surnamed
    }
    // "the former secretary of state and current Democratic presidential nominee": one person's
    // two roles, the first of which is read.
    const { first: words, second } = rolesOf(text)
    // "the governor and mayor": two people, no one speaker.
    if (second !== null && !areOnePersonsRoles(words, second)) return null
    if (words.length > MAX_DESCRIPTION_WORDS) return null
    // "the former secretary of state", "one Democrat familiar with the talks": the head before
    // what qualifies it.
    const headWord = headOf(words)
    const head = headNoun(headWord)
    // ("The 51-year-old former GP": a person by their age, before a role in capitals; "the
    // retired rancher": by a life the text tells of, as an age does.)
    const aged = words.some((word) => AGE_NOUN.test(word) || word === 'retired')
    const isPerson =
      isPersonNoun(head) ||
      // "the veteran guard", "the Serbian center": a player by position, not a body's centre.
      (PLAYER_POSITIONS.has(head) &&
        words.some(
          (word) => PLAYER_QUALIFIERS.has(word.toLowerCase()) || NATIONALITY_SHAPE.test(word),
        )) ||
      AGE_NOUN.test(head) ||
      (aged && /^\p{Lu}{2,3}$/u.test(headWord)) ||
      // ("the 54-year-old engineer", or "an architect": someone of their own, not who the text
      // named last, as "the driver" may be.)
      ((aged || INDEFINITE.test(text)) && isAgedPersonNoun(head))
    // "the fund" after "the International Monetary Fund": the one organisation its head names.
    if (DEFINITE.test(text) && !isPerson && /^\p{Ll}/u.test(headWord)) {
      const named = this.#organizationEndingIn(head)
      // (Not one that the words before the head tell apart: "the residents' association"; nor,
      // for a head the words before it qualify, one the text names only later: "The
      // Stuttgart-based group" before "FAW Group", where "the party" may be the one named later.)
      if (
        named &&
        this.#fitsDescription(named, text) &&
        (BARE_DEFINITE.test(text) || this.#namedBefore(named, segment, range))
      ) {
        this.#addMention(named, segment, range, text)
        return named
      }
    }
    const isOrganization = ORGANIZATION_NOUNS.has(head) || ORGANIZATION_DESCRIPTIONS.has(head)
    // 'In a statement posted to its website, Northway said ... "Q," the statement said': the
    // statement of whoever the document said gave one, in this paragraph or the one before.
    // (Not one whose giver the words say: "The campaign's statement".)
    if (head === 'statement' && DEFINITE.test(text) && !/['’]s\s/u.test(text)) {
      const giver = this.#statementGiver(segment, range.start)
      if (giver !== null) {
        this.#addMention(giver, segment, range, text)
        return giver
      }
    }
    // "the report said", "a new poll found": the text speaks, an entity of its own.
    if (!isPerson && !isOrganization && DOCUMENT_NOUNS.has(head) && /^\p{Ll}/u.test(headWord))
      return DEFINITE.test(text) || INDEFINITE.test(text)
        ? this.#describe(segment, range, text, 'other')
        : null
    if (!isPerson && !isOrganization) return null
    if (DEFINITE.test(text)) {
      return this.#definite(segment, range, text, isPerson ? 'person' : 'organization')
    }
    // "A federal judge ruled on Tuesday ..." opening the story, "U.S. District Judge Margaret
    // Ellison wrote" after it: the lede's someone is the one person the story titles so.
    if (isPerson && INDEFINITE.test(text) && segment === this.#ledeSegment()) {
      const titled = this.#soleTitled(segment, range, text)
      if (titled !== null) return titled
    }
    // "a spokesman", "a union representing flight attendants": someone, or a body, of their own.
    if (INDEFINITE.test(text))
      return this.#describe(segment, range, text, isPerson ? 'person' : 'organization')
    // "finance minister says ..." in a headline or a standfirst, which drop the article: the one
    // person the story titles so, however far down it names them.
    if (isPerson && (this.#segments[segment] as Segment).node === null)
      return this.#soleTitled(segment, range, text)
    return null
  }

  /**
   * Who gave a statement the document told of before offset `start` of
   * segment `segment`, in that paragraph or the one before ("In a statement,
   * Northway said", "Powell's office said in a statement"): the person or
   * organisation named or described right after a statement that opens its
   * sentence, or last before it; null when none is.
   */
  #statementGiver(segment: number, start: number): string | null {
    for (let s = segment; s >= Math.max(0, segment - 1); s--) {
      const value = (this.#segments[s] as Segment).value
      const before = s === segment ? value.slice(0, start) : value
      let at = -1
      for (const match of before.matchAll(GIVEN_STATEMENT)) at = match.index
      if (at < 0) continue
      const opens = before.lastIndexOf('. ', at) + 1
      const closes = value.indexOf('. ', at)
      const mentions = (this.#bySegment[s] ?? []).filter((mention) => {
        const kind = this.#kinds.get(mention.entityId)
        // (A pronoun may be inside what the statement says: 'announced that "he is ..."'.)
        return mention.kind !== 'pronoun' && (kind === 'person' || kind === 'organization')
      })
      // "In a statement posted to its website, Northway said": the first named after it, within
      // a few words; "Powell's office said in a statement": the last named before it.
      const opening = value.slice(opens, at).trim() === ''
      const giver = opening
        ? mentions.find(
            (mention) =>
              mention.start > at &&
              mention.start < Math.min(closes < 0 ? value.length : closes, at + GIVER_REACH),
          )
        : mentions.findLast((mention) => mention.start >= opens && mention.end <= at)
      return giver?.entityId ?? null
    }
    return null
  }

  /** The one person titled as the role `text` describes ("finance minister"), who joins it; else null. */
  #soleTitled(segment: number, range: { start: number; end: number }, text: string): string | null {
    const role = roleOfDescription(text)
    if (role === null) return null
    let holder: string | null = null
    for (const entity of this.#entities) {
      if (entity.kind !== 'person' || !this.#isTitled(entity.id, role)) continue
      if (holder !== null) return null
      holder = entity.id
    }
    if (holder !== null) this.#addMention(holder, segment, range, text)
    return holder
  }

  /**
   * The organisation a description of a body of a state at `range` names: one
   * the text named whose name fits it ("the foreign ministry" after the
   * Ministry of Foreign Affairs), else the body described so before ("the
   * ministry" after "Mexico's foreign ministry"), else, when the words name a
   * body alone ("the central bank", not "the bank"), a body of its own.
   * Undefined when they name none. A description the entity stage read as
   * one of its entities is that entity.
   */
  #stateBody(
    segment: number,
    range: { start: number; end: number },
    text: string,
    body: StateBody,
  ): string | undefined {
    // "The ministry said": the body the entity stage read the description as, when it did.
    const held = this.#heldBy({ segment, ...range })
    if (held !== null) return held
    const named = this.#salient(segment, range.start, 'organization', null, (id) =>
      namesStateBody(this.#byId.get(id)?.name ?? '', body),
    )
    if (named !== null) {
      this.#addMention(named.entityId, segment, range, text)
      return named.entityId
    }
    // "Chile's central bank signalled ... The board of the Banco Central de Chile": the one body
    // of that place the document names so, though it names it later.
    const later = this.#namedBodyOf(body)
    if (later !== null) {
      this.#addMention(later, segment, range, text)
      return later
    }
    const here = this.#stateBodies().byEnd.get(endKey(segment, range.end))
    if (here === undefined) return undefined
    const id = this.#bodyEntity(here.body)
    this.#addMention(id, segment, range, text)
    return id
  }

  /**
   * The one organisation of the document whose name names the body `body` of
   * a place and holds the place's name: "Banco Central de Chile" for "Chile's
   * central bank"; null for a body of no place, or none or several.
   */
  #namedBodyOf(body: StateBody): string | null {
    if (body.place === null) return null
    const place = body.place
    let found: string | null = null
    for (const entity of this.#entities) {
      if (entity.kind !== 'organization') continue
      // (The place's whole words: "south africa" of "South African Reserve Bank" is none.)
      const name = ` ${entity.name.toLowerCase()} `
      if (!name.includes(` ${place} `) || !namesStateBody(entity.name, body)) continue
      if (found !== null) return null
      found = entity.id
    }
    return found
  }

  /** The bodies of a state the text describes, read when first asked. */
  #stateBodies(): StateBodies {
    return (this.#bodies ??= findStateBodies(this.#segments.map((each) => each.value)))
  }

  /**
   * The entity of the described body `body` (an index of {@link #stateBodies}), made when
   * first asked, with every description of it as a mention (not one the entity stage gave
   * another entity: "the central bank" it read as the Bank of Japan).
   */
  #bodyEntity(body: number): string {
    const known = this.#bodyIds.get(body)
    if (known !== undefined) return known
    const { bodies, byBody } = this.#stateBodies()
    const described = bodies[body] as StateBody
    const id = this.#create('organization', this.#ministryOfTitles(described) ?? described.name)
    this.#bodyIds.set(body, id)
    for (const description of byBody[body] ?? []) {
      if (this.#heldBy(description) !== null) continue
      this.#addMention(id, description.segment, description, description.text)
    }
    return id
  }

  /**
   * The name of "the ministry", a body described by its head alone, by the one
   * portfolio the text's ministers hold: "interior ministry" after "Interior
   * Minister Abdi Hassan"; null for another body, or none or several portfolios.
   */
  #ministryOfTitles(body: StateBody): string | null {
    if (body.head !== 'ministry' || body.field !== '') return null
    let portfolio: string | null = null
    for (const entity of this.#entities) {
      if (entity.kind !== 'person') continue
      for (const title of entity.titles) {
        const held = MINISTER_OF.exec(title)?.[1]?.toLowerCase()
        // (A portfolio's: not "Prime Minister", "Deputy Minister".)
        if (held === undefined || !PORTFOLIOS.has(held)) continue
        if (portfolio !== null && portfolio !== held) return null
        portfolio = held
      }
    }
    return portfolio === null ? null : `${portfolio} ministry`
  }

  /** The entity of a mention at the very span `range` of segment `range.segment`, if any. */
  #heldBy(range: { segment: number; start: number; end: number }): string | null {
    const mentions = this.#bySegment[range.segment] ?? []
    const mention = mentions[firstAtOrAfter(mentions, range.start)]
    return mention?.start === range.start && mention.end === range.end ? mention.entityId : null
  }

  /**
   * The organisation named last before `range` in its paragraph, or at the
   * end of the paragraph before, which "it" stands for; the pronoun joins it
   * as a mention.
   */
  #organizationBefore(
    segment: number,
    range: { start: number; end: number },
    text: string,
  ): string | null {
    const value = (this.#segments[segment] as Segment).value
    // "The 84-page report singles out Thames Water ... for criticism. It says": the text that
    // the sentence before is about, not the body it names.
    const document = documentSubjectBefore(value, range.start)
    if (document !== null) return this.#describe(segment, document, document.text, 'other')
    // "Brazil's central bank held rates. '...,' it said": a body of a state described before it,
    // when no organisation is named after the description.
    const described = lastDescriptionBefore(this.#stateBodies(), segment, range.start)
    const byDescription = (): string | null => {
      if (described === null || this.#isToldOrRelative(segment, described, range)) return null
      const id = this.#bodyEntity(described.body)
      this.#addMention(id, segment, range, text, 'pronoun')
      return id
    }
    for (let s = segment; s >= 0 && s >= segment - 1; s--) {
      const mentions = this.#bySegment[s] ?? []
      const end = s === segment ? firstAtOrAfter(mentions, range.start) : mentions.length
      for (let i = end - 1; i >= 0; i--) {
        const mention = mentions[i] as PlacedMention
        const kind = this.#kinds.get(mention.entityId)
        if (kind !== 'organization') continue
        // "KYIV (Reuters) - ...": the agency of a dateline publishes the story; it says nothing in it.
        if (mention.start < datelineEnd(this.#segments[s] as Segment)) continue
        if (this.#isToldOrRelative(segment, mention, range)) continue
        if (
          described !== null &&
          (described.segment > s || (described.segment === s && described.start > mention.start))
        )
          return byDescription()
        this.#addMention(mention.entityId, segment, range, text, 'pronoun')
        return mention.entityId
      }
    }
    return byDescription()
  }

  /**
   * Whether "it" at `range` of segment `segment` cannot stand for the mention `named`: whom a
   * person tells ("Sami Abu Zuhri told Reuters that ..."), or a name that "which" after it
   * stands for ("rolled out Gemini 3, which it said outperformed").
   */
  #isToldOrRelative(
    segment: number,
    named: { segment: number; start: number; end: number },
    range: { start: number },
  ): boolean {
    const value = (this.#segments[named.segment] as Segment).value
    const before = value.slice(Math.max(0, named.start - TOLD_REACH), named.start)
    if (TOLD_BEFORE.test(before)) return true
    return named.segment === segment && RELATIVE_BEFORE.test(value.slice(named.end, range.start))
  }

  /**
   * The entity of the description of one person right before the relative
   * pronoun at `range` ("an architect who"), which the pronoun joins as a
   * mention; null for a group ("listeners who") or anything else.
   */
  #antecedent(segment: number, range: { start: number; end: number }): string | null {
    const value = (this.#segments[segment] as Segment).value
    const before = value.slice(Math.max(0, range.start - ANTECEDENT_REACH), range.start)
    const found = ANTECEDENT.exec(before)
    if (!found) return null
    const phrase = found[1] as string
    const start = range.start - before.length + found.index + found[0].indexOf(phrase)
    // "Jane Smith, a teacher who says": the description is the named person's.
    const mentions = this.#bySegment[segment] ?? []
    const named = mentions[firstAtOrAfter(mentions, start) - 1]
    const id =
      named && named.kind === 'name' && value.slice(named.end, start) === ', '
        ? named.entityId
        : this.resolve(segment, { start, end: start + phrase.length })
    if (id !== null) this.#addMention(id, segment, range, 'who', 'pronoun')
    return id
  }

  /**
   * The one person the story gives the age `age` by a name mention ("Bradley
   * Ormond, 34,", "34-year-old Bradley Ormond"), or null (none, or two).
   */
  #agedPerson(age: number): string | null {
    this.#readAges()
    return this.#ages?.get(age) ?? null
  }

  /** Reads the ages the story gives people by their name mentions, once. */
  #readAges(): void {
    if (this.#ages === null) {
      const ages = new Map<number, string | null>()
      const agedIds = new Map<string, number>()
      this.#bySegment.forEach((mentions, segment) => {
        const value = (this.#segments[segment] as Segment).value
        for (const mention of mentions) {
          if (mention.kind !== 'name' || this.#kinds.get(mention.entityId) !== 'person') continue
          const given =
            AGE_AFTER_NAME.exec(value.slice(mention.end, mention.end + AGE_REACH)) ??
            AGE_BEFORE_NAME.exec(
              value.slice(Math.max(0, mention.start - AGE_REACH), mention.start),
            ) ??
            AGE_BEFORE_APPOSITIVE.exec(
              value.slice(Math.max(0, mention.start - APPOSITIVE_AGE_REACH), mention.start),
            )
          if (!given) continue
          // ("her 5-month-old daughter, Neema": a baby, no year old.)
          const years = given[2] === undefined || given[2] === 'year' ? Number(given[1]) : 0
          agedIds.set(mention.entityId, years)
          const known = ages.get(years)
          ages.set(
            years,
            known === undefined || known === mention.entityId ? mention.entityId : null,
          )
        }
      })
      this.#ages = ages
      this.#agedIds = agedIds
    }
  }

  /** Whether the story gives the person `id` an age other than `age`. */
  #agedOtherwise(id: string, age: number): boolean {
    this.#readAges()
    const given = this.#agedIds?.get(id)
    return given !== undefined && given !== age
  }

  /** The entity of `kind` a definite description ("the senator") names, which it joins as a mention. */
  #definite(
    segment: number,
    range: { start: number; end: number },
    text: string,
    kind: Entity['kind'],
  ): string | null {
    // "Bradley Ormond, 34, ... the 34-year-old admitted": the one person the story gave that age.
    const age = kind === 'person' ? AGE_IN_DESCRIPTION.exec(text) : null
    const aged = age ? this.#agedPerson(Number(age[1])) : null
    if (aged) {
      this.#addMention(aged, segment, range, text)
      return aged
    }
    // "the Chicago-based company": the body the text said is based there.
    const place = kind === 'organization' ? basedAt(text) : null
    if (place !== null) {
      this.#based ??= basedOrganizations(
        this.#bySegment.flat().filter((mention) => mention.kind === 'name'),
        this.#segments,
        (id) => this.#kinds.get(id),
      )
      const based = this.#based.get(place)
      if (based) {
        this.#addMention(based, segment, range, text)
        return based
      }
    }
    // "the first lady", "the congressman": not a person whose first name says the other gender.
    const gender = kind === 'person' ? genderOfDescription(text) : null
    // "the party", "the campaign": an organisation whose name the head fits, not merely the last.
    // ("Laura Pennington, 34 ... The 37-year-old said": not a person the story gave another age.)
    const years = age ? Number(age[1]) : null
    const fits =
      kind === 'organization'
        ? (id: string) => this.#fitsDescription(id, text)
        : years !== null
          ? (id: string) => !this.#agedOtherwise(id, years)
          : undefined
    const recent = this.#salient(segment, range.start, kind, gender, fits)
    // "the judge": the person the article titled so, before anyone named more recently in an
    // earlier paragraph; someone named in the same paragraph is who it speaks of.
    const role = kind === 'person' ? roleOfDescription(text) : null
    // "An Israeli official familiar with the talks ... The official said": the one the text
    // introduced by the head since the person named last.
    if (role !== null) {
      const introduced = this.#introducedSince(segment, range, text, role.head, recent)
      if (introduced !== null) return introduced
    }
    // 'said a prominent Republican National Committee member ... the RNC member said': the
    // person a description of that head introduced since the person named last.
    if (kind === 'person') {
      const introduced = this.#introducedWith(headWordOf(text), segment, range.start, recent)
      if (introduced !== null) {
        this.#addMention(introduced, segment, range, text)
        return introduced
      }
    }
    // "the prosecutor", "the coach": a role that stands against another in the story (the
    // courtroom's, the game's) is the person the text titled so ("Australia coach Darren
    // Whitfield", not the player named since). Untitled, a courtroom's role is someone unnamed,
    // not whoever was named last ("Lewis Abbott denied murder. ... the prosecutor said"); a
    // game's is the person the text is about ("Eddie Jones spoke. ... the coach said").
    // (But "Angela Corey is the state attorney who charged him": the subject the role is said of.)
    const predicated =
      recent?.segment === segment &&
      PREDICATE_BEFORE.test(
        (this.#segments[segment] as Segment).value.slice(recent.end, range.start),
      )
    if (role !== null && (COURT_ROLES.has(role.head) || GAME_ROLES.has(role.head)) && !predicated) {
      const titled = this.#titledBefore(segment, range.start, gender, role)
      if (titled === null && COURT_ROLES.has(role.head)) return this.#describe(segment, range, text)
      const id = titled?.entityId ?? recent?.entityId ?? null
      if (id) this.#addMention(id, segment, range, text)
      return id
    }
    // "the health secretary": an office a person named before holds by their title, not whoever
    // was named last ("Nicola Ranger, the RCN's general secretary, said ... The health secretary
    // said").
    let id: string | null
    if (role !== null && isPortfolioOffice(role)) {
      id = this.#holderBefore(segment, range.start, role)
      // "Grace Achieng spoke. The former justice minister said": an office held once tells of
      // the person the text is about, whom no one holding it now is.
      if (id === null && FORMER_WORD.test(text) && recent !== null) id = recent.entityId
    } else {
      // (Nor one of the same paragraph who holds another office of the head: "The shadow
      // chancellor, Mel Stride, attacked it. The chancellor also confirmed".)
      // Nor, for an elected or appointed office, one of the paragraph the text gave no such title,
      // where someone the paragraph named before holds it ("Labour Minister Harpreet Gill said ...
      // According to Gill, a mediator, Susan Tremblay, ... The minister said"; not a senator of
      // paragraphs before: "Sen. John McCain ... Cruz defends it: 'Q,' the senator says").
      const elsewhere =
        role !== null &&
        (recent?.segment !== segment || this.#holdsOtherOffice(recent.entityId, role))
      const untitled =
        role !== null &&
        !elsewhere &&
        SPECIFIC_OFFICES.has(role.head) &&
        recent !== null &&
        !this.#isTitled(recent.entityId, role)
      const found =
        role && (elsewhere || untitled)
          ? this.#titledBefore(segment, range.start, gender, role)
          : null
      const titled = untitled && found?.segment !== segment ? null : found
      id = (titled ?? recent)?.entityId ?? null
      // "Senator Laura Whitfield spoke. The minister said": a person the text titled with other
      // offices only holds none of the description's, which is someone of their own.
      if (
        titled === null &&
        role !== null &&
        id !== null &&
        SPECIFIC_OFFICES.has(role.head) &&
        !FORMER_WORD.test(text) &&
        this.#holdsOnlyOtherOffices(id, role)
      )
        return this.#describe(segment, range, text)
      // "according to the state returning officer": an official of a body whom the text never
      // named, not the politician named last (a role's holder the text titled is found above).
      const head = headWordOf(text)
      if (
        titled === null &&
        UNNAMED_OFFICIALS.has(head) &&
        text
          .toLowerCase()
          .split(/\s+/u)
          .some((word) => OFFICIAL_QUALIFIERS.has(word)) &&
        id !== null &&
        !this.#titledWithHead(id, head)
      )
        return this.#describe(segment, range, text)
      // "Rachel Oduya said the care was poor. The nurse said": one whom the text calls by an
      // ordinary occupation it never gave before is someone unnamed, not the person named last.
      if (
        titled === null &&
        id !== null &&
        ORDINARY_PEOPLE.has(head) &&
        !this.#calledBefore(head, segment, range.start)
      )
        return this.#describe(segment, range, text)
    }
    // "The Tax Policy Center says", "The school declined": a body of a head that only a name
    // holding it fits, which the text did not name so, is a body of its own.
    if (id === null && kind === 'organization' && isNamedOnlyHead(text))
      return this.#describe(segment, range, text, 'organization')
    if (id) this.#addMention(id, segment, range, text)
    return id
  }

  /**
   * The person an indefinite description that opens a sentence introduced
   * by `head` ("An Israeli official ...") in this paragraph or the one before,
   * after the mention `after`, which the definite description at `range`
   * joins; null when none did.
   */
  #introducedSince(
    segment: number,
    range: { start: number; end: number },
    text: string,
    head: string,
    after: PlacedMention | null,
  ): string | null {
    let opening = INDEFINITE_OPENINGS.get(head)
    if (opening === undefined) {
      opening = new RegExp(`(?:^|[.!?]["”’]?\\s+)(An? (?:[\\p{L}-]+ ){0,3}${head})\\b`, 'gu')
      INDEFINITE_OPENINGS.set(head, opening)
    }
    for (let s = segment; s >= Math.max(0, segment - 1); s--) {
      if (after !== null && after.segment > s) return null
      const value = (this.#segments[s] as Segment).value
      // Only a window before the description is read: a long paragraph of many costs no more for each.
      const end = s === segment ? range.start : value.length
      const from = Math.max(0, end - INTRODUCTION_REACH)
      let found: RegExpExecArray | null = null
      for (const match of value.slice(from, end).matchAll(opening)) found = match
      if (found === null) continue
      const start = from + (found.index ?? 0) + found[0].length - (found[1] as string).length
      if (after !== null && after.segment === s && after.start > start) return null
      const id = this.#describe(
        s,
        { start, end: start + (found[1] as string).length },
        found[1] as string,
      )
      this.#addMention(id, segment, range, text)
      return id
    }
    return null
  }

  /**
   * The person a people's noun ("the Spaniard") describes, which it joins as
   * a mention: the first person named in its sentence's paragraph before it,
   * or else in the nearest paragraph before that names one, who is what that
   * paragraph is about ("Emery, whose side ..., was left frustrated ... a
   * challenge from William Saliba." then "'Q,' the Spaniard said"). As a
   * definite description when no one is named so near.
   */
  #byNationality(
    segment: number,
    range: { start: number; end: number },
    text: string,
  ): string | null {
    const country = countryOf(text.slice(text.lastIndexOf(' ') + 1))
    const value = (this.#segments[segment] as Segment).value
    let first: string | null = null
    for (let s = segment; s >= Math.max(0, segment - NATIONALITY_REACH) && !first; s--) {
      for (const mention of this.#bySegment[s] ?? []) {
        if (s === segment && mention.start >= range.start) break
        if (mention.kind !== 'name' || this.#kinds.get(mention.entityId) !== 'person') continue
        // ("Asked whether he had spoken to Hooper after the game, the Spaniard says": not whom the
        // phrase that opens the description's sentence names.)
        if (s === segment && inOpeningPhrase(value, mention, range.start)) continue
        first = mention.entityId
        break
      }
    }
    // "Italian Jannik Sinner lost to Spain's Carlos Alcaraz ... the Spaniard said": the person
    // introduced with that nationality, where the one the paragraph is about has another.
    const other = first === null ? null : this.#nationality(first, segment, range.start)
    const introduced =
      first === null || (other !== null && other !== country)
        ? this.#introducedAs(segment, range.start, country)
        : null
    const id = introduced ?? first
    if (id === null) return this.#definite(segment, range, text, 'person')
    this.#addMention(id, segment, range, text)
    return id
  }

  /**
   * The person last named before offset `start` of segment `segment` whom the
   * text gave the nationality of `country` (see {@link countryOf}): right
   * before the name ("Italian Jannik Sinner", "the Spaniard Carlos Alcaraz",
   * "Italy's Jannik Sinner") or in a title ("Australian coach Darren Cahill");
   * null when no one was. The last MAX_LOOKBACK names at most.
   */
  #introducedAs(segment: number, start: number, country: string): string | null {
    return this.#lastPersonBefore(
      segment,
      start,
      (mention, s) => this.#nationalityAt(mention, s) === country,
    )
  }

  /**
   * The person of the last name mention before offset `start` of segment
   * `segment` that `fits` (given the mention and its segment), among the last
   * MAX_LOOKBACK names of people; null when none does.
   */
  #lastPersonBefore(
    segment: number,
    start: number,
    fits: (mention: PlacedMention, segment: number) => boolean,
  ): string | null {
    let read = 0
    for (let s = segment; s >= 0; s--) {
      const mentions = this.#bySegment[s] ?? []
      const last = s === segment ? firstAtOrAfter(mentions, start) - 1 : mentions.length - 1
      for (let i = last; i >= 0; i--) {
        const mention = mentions[i] as PlacedMention
        if (mention.kind !== 'name' || this.#kinds.get(mention.entityId) !== 'person') continue
        if (++read > MAX_LOOKBACK) return null
        if (fits(mention, s)) return mention.entityId
      }
    }
    return null
  }

  /** The nationality the text gave the person `id` before a point (see {@link countryOf}), or null. */
  #nationality(id: string, segment: number, start: number): string | null {
    let read = 0
    for (let s = segment; s >= 0 && read < MAX_LOOKBACK; s--) {
      for (const mention of this.#bySegment[s] ?? []) {
        if (s === segment && mention.start >= start) break
        if (mention.kind !== 'name' || mention.entityId !== id || ++read > MAX_LOOKBACK) continue
        const found = this.#nationalityAt(mention, s)
        if (found !== null) return found
      }
    }
    return null
  }

  /**
   * The nationality a name mention was given (see {@link countryOf}): by the
   * word or the country's possessive right before it, or by a title of its
   * person ("Australian coach"); null when none.
   */
  #nationalityAt(mention: PlacedMention, segment: number): string | null {
    const value = (this.#segments[segment] as Segment).value
    const before = NATIONALITY_BEFORE.exec(
      value.slice(Math.max(0, mention.start - NATIONALITY_BEFORE_REACH), mention.start),
    )
    if (before) {
      const owner = before[2]
      const { nations } = lexicon()
      // (A country's possessive only: not "the Court's John Roberts".)
      if (owner !== undefined) {
        const country = nations.get(owner.toLowerCase())
        if (country !== undefined) return country
      } else if (isNationalityWord(before[1] as string)) return countryOf(before[1] as string)
    }
    for (const title of this.#byId.get(mention.entityId)?.titles ?? [])
      for (const word of title.split(' ')) if (isNationalityWord(word)) return countryOf(word)
    return null
  }

  /**
   * The person last named before offset `start` of segment `segment` who holds
   * the office of `role` by a title ("Health Secretary Wes Streeting") or by
   * words set beside a name of theirs ("Wes Streeting, the health secretary,",
   * "health secretary Wes Streeting"); null when no one does. The last
   * MAX_LOOKBACK names at most.
   */
  #holderBefore(segment: number, start: number, role: Role): string | null {
    return this.#lastPersonBefore(segment, start, (mention, s) => {
      if (this.#isTitled(mention.entityId, role)) return true
      const value = (this.#segments[s] as Segment).value
      const after = APPOSITIVE_AFTER.exec(value.slice(mention.end, mention.end + DESCRIPTION_REACH))
      const before = ROLE_BEFORE.exec(
        value.slice(Math.max(0, mention.start - DESCRIPTION_REACH), mention.start),
      )
      return (
        (after !== null && describesOffice(after[1] as string, role)) ||
        (before !== null && describesOffice(before[1] as string, role))
      )
    })
  }

  /** Whether the organisation `id` can be the definite description `text` ("the party"). */
  #fitsDescription(id: string, text: string): boolean {
    const words = text.split(/\s+/u)
    const head = (words[words.length - 1] ?? '').toLowerCase()
    const name = this.#byId.get(id)?.name ?? ''
    const modifiers = words.slice(1, -1).join(' ')
    return (
      fitsHead(name, head, modifiers) &&
      !isCreditedAgencyBesides(this.#creditedAgencies, id, head, modifiers) &&
      // ("The company said": not the union named last.)
      !isUnfitBodyFor(head, name)
    )
  }

  /**
   * The one person of the article whose name ends in the surname `text` gives
   * ("Bush", "Mr. King"), or null when there is none or more than one.
   */
  #bySurname(text: string): string | null {
    const name = text.replace(HONORIFIC, '')
    if (!SURNAME.test(name)) return null
    this.#surnames ??= surnameIndex(this.#entities)
    return this.#surnames.get(name) ?? null
  }

  /** The story's first paragraph, its lede: -1 when it has none. */
  #ledeSegment(): number {
    this.#lede ??= this.#segments.findIndex((segment) => segment.kind === 'paragraph')
    return this.#lede
  }

  /** Whether the text names entity `id` before `range` of segment `segment`. */
  #namedBefore(id: string, segment: number, range: { start: number; end: number }): boolean {
    // Where each entity is first named, read once: a long text asks many times.
    if (this.#firstNamed === undefined) {
      const first = new Map<string, { segment: number; start: number }>()
      this.#bySegment.forEach((mentions, s) => {
        for (const mention of mentions)
          if (mention.kind === 'name' && !first.has(mention.entityId))
            first.set(mention.entityId, { segment: s, start: mention.start })
      })
      this.#firstNamed = first
    }
    const named = this.#firstNamed.get(id)
    return (
      named !== undefined &&
      (named.segment < segment || (named.segment === segment && named.start < range.start))
    )
  }

  /** The one organisation of the article whose name ends in `head` ("Fund"), or null. */
  #organizationEndingIn(head: string): string | null {
    this.#organizationHeads ??= organizationHeadIndex(this.#entities)
    return this.#organizationHeads.get(head) ?? null
  }

  /**
   * The name mention of the entity of `kind` most recently named before a
   * point, within a few paragraphs; of a person who may be of `gender`; that
   * `accepts`, given.
   */
  #salient(
    segment: number,
    start: number,
    kind: Entity['kind'],
    gender: Gender | null = null,
    accepts?: (id: string) => boolean,
  ): PlacedMention | null {
    let looked = 0
    const value = (this.#segments[segment] as Segment).value
    // A person named after a preposition ("co-founded the company with Rajiv Menon"), whom a
    // description stands for only when no subject of their sentence is a person.
    let object: PlacedMention | null = null
    for (let s = segment; s >= Math.max(0, segment - SALIENCE_REACH); s--) {
      const mentions = this.#bySegment[s] ?? []
      const from = s === segment ? firstAtOrAfter(mentions, start) : mentions.length
      // (The object waits only for the subject of its own paragraph.)
      if (object !== null && s < object.segment) return object
      for (let i = from - 1; i >= 0; i--) {
        if (++looked > MAX_LOOKBACK) return object
        const mention = mentions[i] as PlacedMention
        // "Speaking to the BBC's Laura Kuenssberg on Sunday, the chancellor said": someone named
        // in the phrase that opens the sentence of a description is not who it describes.
        if (s === segment && kind === 'person' && inOpeningPhrase(value, mention, start)) continue
        // '"... Hunter was singled out," the president said': someone named inside the quotation
        // the description attributes, in its paragraph, is whom the speaker talks of; so is one
        // named inside a quotation of a paragraph before ('Pike said: "Sven is standing still."
        // ... the 52-year-old added').
        if (
          kind === 'person' &&
          this.#isQuoted(s, mention.start, s === segment ? start : Number.POSITIVE_INFINITY)
        )
          continue
        if (
          mention.kind === 'name' &&
          this.#kinds.get(mention.entityId) === kind &&
          (gender === null || this.#mayBe(mention.entityId, gender)) &&
          (accepts === undefined || accepts(mention.entityId))
        ) {
          const mentionValue = (this.#segments[s] as Segment).value
          if (
            object === null &&
            kind === 'person' &&
            isPrepositionalObject(mentionValue, mention)
          ) {
            object = mention
            continue
          }
          // ("Lena Hartmann co-founded the company with Rajiv Menon. ... the executive said":
          // the subject that opens the object's sentence.)
          if (object !== null && !opensClauseAt(mentionValue, titledStart(mentionValue, mention)))
            continue
          return mention
        }
      }
    }
    return object
  }

  /**
   * The name mention of the person titled `role` (and who may be of `gender`)
   * most recently named before a point, however many paragraphs back, among
   * the last MAX_LOOKBACK name mentions of titled persons: one bisection in
   * their list, made once, so that an article of many paragraphs costs no
   * more per description than a short one.
   */
  #titledBefore(
    segment: number,
    start: number,
    gender: Gender | null,
    role: Role,
  ): PlacedMention | null {
    this.#titled ??= this.#bySegment.flatMap((list) =>
      list.filter(
        (mention) =>
          mention.kind === 'name' &&
          this.#kinds.get(mention.entityId) === 'person' &&
          (this.#byId.get(mention.entityId)?.titles.length ?? 0) > 0,
      ),
    )
    const titled = this.#titled
    // The first titled mention at or after the point.
    const low = firstNotBefore(
      titled,
      (mention) =>
        mention.segment < segment || (mention.segment === segment && mention.start < start),
    )
    for (let i = low - 1; i >= Math.max(0, low - MAX_LOOKBACK); i--) {
      const mention = titled[i] as PlacedMention
      if (
        this.#isTitled(mention.entityId, role) &&
        (gender === null || this.#mayBe(mention.entityId, gender))
      )
        return mention
    }
    return null
  }

  /** Whether a preposition stands right before the source [start, end) of segment `segment`. */
  #afterPreposition(segment: number, range: { start: number; end: number }): boolean {
    const value = (this.#segments[segment] as Segment).value
    return PREPOSITION_BEFORE.test(
      value.slice(Math.max(0, range.start - PREPOSITION_REACH), range.start),
    )
  }

  /**
   * The person a quotation at `start`..`end` of segment `segment` addresses
   * by name: "Those were your words, Mr. Whitcomb?", "Senator, will you run?"
   * not; null when it names no one so.
   */
  /**
   * The person named last before a question at `start` of segment `segment`
   * (in it, or in the paragraph before), besides the asker `asker`, who may be
   * called `pronoun`: whom the asker pressed ("Ms Okafor pressed Mr Gavin
   * Petrakis. '...?' Ms Okafor asked. '...,' he replied").
   */
  pressedBefore(segment: number, start: number, asker: string, pronoun: string): string | null {
    return this.#lastPersonBefore(
      segment,
      start,
      (mention, s) =>
        s >= segment - 1 &&
        mention.entityId !== asker &&
        this.mayBeCalled(mention.entityId, pronoun),
    )
  }

  addressedIn(segment: number, start: number, end: number): string | null {
    const value = (this.#segments[segment] as Segment).value
    const mentions = this.#bySegment[segment] ?? []
    for (let i = firstAtOrAfter(mentions, start); i < mentions.length; i++) {
      const mention = mentions[i] as PlacedMention
      if (mention.end > end) break
      if (mention.kind !== 'name' || this.#kinds.get(mention.entityId) !== 'person') continue
      const before = value.slice(Math.max(start, mention.start - VOCATIVE_REACH), mention.start)
      const opens = mention.start - start <= VOCATIVE_OPENING
      if ((opens || VOCATIVE_BEFORE.test(before)) && VOCATIVE_AFTER.test(value.charAt(mention.end)))
        return mention.entityId
    }
    return null
  }

  /** Whether `id` is a person this resolver described as a witness: "a neighbour", "a resident". */
  isWitness(id: string): boolean {
    const entity = this.#byId.get(id)
    if (entity?.kind !== 'person' || entity.data?.described !== true) return false
    return WITNESSES.has(headNoun(headOf(entity.name.split(' '))))
  }

  /** Whether the person `id` may be "he" or "she" (`pronoun`): no word of theirs says the other gender. */
  mayBeCalled(id: string, pronoun: string): boolean {
    return this.#mayBe(id, /^he$/iu.test(pronoun) ? 'male' : 'female')
  }

  /**
   * The gender a described person's words give ("a spokeswoman": female), or
   * undefined when `id` is no person this resolver described from words alone.
   */
  describedGender(id: string): Gender | null | undefined {
    const entity = this.#byId.get(id)
    if (entity?.kind !== 'person' || entity.data?.described !== true) return undefined
    // ("A spokeswoman for the Commission": the head before what qualifies it.)
    const head = headNoun(headOf(entity.name.split(' ')))
    if (!SPOKESPEOPLE.has(head) && !WITNESSES.has(head)) return undefined
    return head.endsWith('woman') ? 'female' : head.endsWith('man') ? 'male' : null
  }

  /**
   * Whether the definite description `text` ("the person") takes up the
   * person `id` that this resolver described from words alone by the same
   * head ("a person familiar with the company's thinking"), and by the names
   * that qualify it.
   */
  repeatsDescription(id: string, text: string): boolean {
    const entity = this.#byId.get(id)
    if (entity?.kind !== 'person' || entity.data?.described !== true) return false
    const words = text.split(/\s+/u)
    const head = headNoun(headOf(words))
    if (!isPersonNoun(head) || headNoun(headOf(entity.name.split(' '))) !== head) return false
    // ("the Hamas official" takes up "a Hamas official", not "an Egyptian official": a name
    // that qualifies it qualifies the description it takes up.)
    const described = entity.name.split(' ')
    return words.every((word, i) => i === 0 || !/^\p{Lu}/u.test(word) || described.includes(word))
  }

  /**
   * Takes out of entity `id` the pronouns of the third person ("he", "her")
   * that the entity stage gave it inside its own words, `start`..`end` of
   * segment `segment`: a speaker's "he" is someone else ('Rao smiled. "He's
   * been waiting for a game like this. We've asked him to bowl"'), whom the
   * text may not name.
   */
  dropOwnPronouns(id: string, segment: number, start: number, end: number): void {
    const list = this.#bySegment[segment]
    if (!list) return
    for (let i = firstAtOrAfter(list, start); i < list.length;) {
      const mention = list[i] as PlacedMention
      if (mention.start >= end) break
      if (
        mention.entityId === id &&
        mention.kind === 'pronoun' &&
        mention.end <= end &&
        mention.text.toLowerCase() in PERSON_PRONOUNS
      ) {
        list.splice(i, 1)
        this.#dropMention(mention)
      } else i++
    }
  }

  /** Every mention as the speakers left them, in reading order: what the inline nodes are made of. */
  placedMentions(): PlacedMention[] {
    return this.#bySegment.flat()
  }

  /**
   * Gives the pronoun or nominal mention at `range` of segment `segment` to
   * the entity `to`, out of the entity it was given to: '"Q," he told
   * reporters' after a spokesman's report is the spokesman's "he".
   */
  moveMention(segment: number, range: { start: number; end: number }, to: string): void {
    const list = this.#bySegment[segment] ?? []
    const mention = list[firstAtOrAfter(list, range.start)]
    if (mention?.start !== range.start || mention.kind === 'name' || mention.entityId === to) return
    const target = this.#byId.get(to)
    if (!target) return
    const offset = mention.position.start.offset
    const before = (entity: Entity): number =>
      firstNotBefore(entity.mentions, (other) => other.position.start.offset < offset)
    const from = this.#byId.get(mention.entityId)
    if (from) {
      const at = before(from)
      if (from.mentions[at]?.position.start.offset === offset) from.mentions.splice(at, 1)
    }
    // The placed mention is the one the inline nodes are made from: it follows too.
    mention.entityId = to
    target.mentions.splice(before(target), 0, {
      kind: mention.kind,
      text: mention.text,
      position: mention.position,
    })
  }

  /**
   * Whether offset `at` of segment `segment` lies inside a quotation that
   * closes before `before`. (Not inside one still open: a quotation that runs
   * on into the next paragraph holds no speaker named before it.)
   */
  #isQuoted(segment: number, at: number, before: number): boolean {
    const quoted = this.#quoted[segment]
    if (quoted === undefined || !quoted.within(at)) return false
    return quoted.endOf(at) < before
  }

  /** Gives the resolver each segment's quotations, which the quote stage has read. */
  useQuotations(quoted: readonly (QuotedRanges | undefined)[]): void {
    this.#quoted = quoted
  }

  /**
   * Whether the text uses the word `head` before offset `start` of segment `segment`: "Jane
   * Smith, a nurse at the hospital" before "the nurse said".
   */
  #calledBefore(head: string, segment: number, start: number): boolean {
    let first = this.#firstUse.get(head)
    if (first === undefined) {
      first = null
      const word = new RegExp(`\\b${head}\\b`, 'iu')
      for (let s = 0; s < this.#segments.length && first === null; s++) {
        const found = word.exec((this.#segments[s] as Segment).value)
        if (found) first = { segment: s, start: found.index }
      }
      this.#firstUse.set(head, first)
    }
    return first !== null && (first.segment < segment || first.start < start)
  }

  /** Whether the person `id` bears a title of `role` ("Judge", "U.S. District Judge"). */
  #isTitled(id: string, role: Role): boolean {
    return (this.#byId.get(id)?.titles ?? []).some((title) => titleFits(title, role))
  }

  /** Whether `id` holds an office of the role's head that is not the role: "shadow chancellor". */
  #holdsOtherOffice(id: string, role: Role): boolean {
    const titles = this.#byId.get(id)?.titles ?? []
    return (
      titles.some((title) => title.toLowerCase().endsWith(role.head)) &&
      !titles.some((title) => titleFits(title, role))
    )
  }

  /**
   * Whether the person `id` holds titles, and each is a role other than `role`: "Senator" or
   * "Union president" for "the mayor".
   */
  #holdsOnlyOtherOffices(id: string, role: Role): boolean {
    const titles = this.#byId.get(id)?.titles ?? []
    return (
      titles.length > 0 &&
      titles.every((title) => {
        const head = title.slice(title.lastIndexOf(' ') + 1).toLowerCase()
        return (
          (SPECIFIC_OFFICES.has(head) || (PERSON_ROLE_NOUNS.has(head) && head !== role.head)) &&
          !titleFits(title, role)
        )
      })
    )
  }

  /**
   * Whether the person `id` may be of `gender`: neither their forms of address ("Ms Okafor") nor
   * their first name say the other one.
   */
  #mayBe(id: string, gender: Gender): boolean {
    const entity = this.#byId.get(id)
    const addressed = genderOfTitles(entity?.titles ?? [])
    if (addressed !== null) return addressed === gender
    const known = genderOfPersonName(entity?.name ?? '')
    return known === null || known === gender
  }

  /**
   * A new entity of `kind` for an unnamed description: a person for "a State
   * Department official", a body for "an arbitration panel", a text for "the report".
   */
  #describe(
    segment: number,
    range: { start: number; end: number },
    text: string,
    kind: Entity['kind'] = 'person',
  ): string {
    // '"Q1," a spokesperson said. "Q2"': the one description of two quotes is one person.
    const place = `${segment}:${range.start}`
    const here = this.#describedAt.get(place)
    if (here) return here
    // "A 71-year-old resident who identified herself only as Margaret": the person so named.
    if (kind === 'person') {
      const named = this.#selfNamed(segment, range.end)
      if (named) {
        this.#describedAt.set(place, named)
        this.#addMention(named, segment, range, text)
        return named
      }
    }
    // "her mother" twice in an article is one person; "a spokesman" twice may be two.
    const key = INDEFINITE.test(text) ? null : text.toLowerCase()
    const known = key === null ? undefined : this.#described.get(key)
    if (known) {
      this.#describedAt.set(place, known)
      this.#addMention(known, segment, range, text)
      return known
    }
    const id = this.#create(kind, text.replace(INDEFINITE, ''))
    this.#describedAt.set(place, id)
    if (key !== null) this.#described.set(key, id)
    this.#addMention(id, segment, range, text)
    if (key === null && kind === 'person') {
      const introduction = { id, head: headWordOf(text), segment, start: range.start }
      this.#introduced.push(introduction)
      const same = this.#introducedByHead.get(introduction.head)
      if (same) same.push(introduction)
      else this.#introducedByHead.set(introduction.head, [introduction])
    }
    return id
  }

  /** A new entity of `kind` named `name` for something the text describes, with no mention yet. */
  #create(kind: Entity['kind'], name: string): string {
    const id = `e${this.#entities.length + 1}`
    const entity: Entity = {
      id,
      kind,
      name,
      aliases: [],
      titles: [],
      mentions: [],
      data: { described: true },
    }
    this.#entities.push(entity)
    this.#byId.set(id, entity)
    this.#kinds.set(id, kind)
    return id
  }

  /** Whether entity `id` holds a title whose last word is `head`: "member" of "Board Member". */
  #titledWithHead(id: string, head: string): boolean {
    return (this.#byId.get(id)?.titles ?? []).some((title) => titleHead(title) === head)
  }

  /**
   * The person an indefinite description of head `head` introduced before
   * `start` of `segment` ('said a prominent Republican National Committee
   * member ... "Q," the RNC member said'), unless a person named since, the
   * mention `after`, holds a title of that head; null when none did.
   */
  #introducedWith(
    head: string,
    segment: number,
    start: number,
    after: PlacedMention | null,
  ): string | null {
    const before = (place: Introduction): boolean =>
      place.segment < segment || (place.segment === segment && place.start < start)
    // The last of that head made before `start`, read from those of its head alone (every
    // definite description asks), unless the person named last holds a title of that head.
    if (after === null || !this.#titledWithHead(after.entityId, head)) {
      const same = this.#introducedByHead.get(head) ?? []
      for (let i = same.length - 1; i >= 0; i--)
        if (before(same[i] as Introduction)) return (same[i] as Introduction).id
      return null
    }
    // (A person named since who holds a title of that head is who it names, not one
    // introduced before them: "the RNC member" after "RNC Member Jane Doe".)
    for (let i = this.#introduced.length - 1; i >= 0; i--) {
      const place = this.#introduced[i] as Introduction
      if (!before(place)) continue
      if (
        after.segment > place.segment ||
        (after.segment === place.segment && after.start > place.start)
      )
        return null
      if (place.head === head) return place.id
    }
    return null
  }

  /**
   * The person whose name a description's relative clause gives, right after
   * `end`: "who identified herself only as Margaret", "who gave his name as
   * Andre", "who asked to be identified by her first name, Kemi".
   */
  #selfNamed(segment: number, end: number): string | null {
    const value = (this.#segments[segment] as Segment).value
    const clause = SELF_NAMED.exec(value.slice(end, end + SELF_NAMED_REACH))
    if (!clause) return null
    const at = end + clause[0].length
    const mentions = this.#bySegment[segment] ?? []
    const mention = mentions[firstAtOrAfter(mentions, at)]
    return mention?.start === at &&
      mention.kind === 'name' &&
      this.#kinds.get(mention.entityId) === 'person' &&
      // (Not "identified herself as Maria Lopez's sister": someone of the name's.)
      !POSSESSIVE_AFTER_NAME.test(value.slice(mention.end, mention.end + 2))
      ? mention.entityId
      : null
  }

  #addMention(
    id: string,
    segment: number,
    range: { start: number; end: number },
    text: string,
    kind: PlacedMention['kind'] = 'nominal',
  ): void {
    const entity = this.#byId.get(id)
    if (!entity) return
    // A nominal the entity stage gave another entity at this very span is this speaker's: the
    // attribution says whom it stands for ("the Indianapolis-based company said").
    const list = this.#bySegment[segment]
    const here = list ? firstAtOrAfter(list, range.start) : -1
    const other = list?.[here]
    if (
      other !== undefined &&
      other.start === range.start &&
      other.end === range.end &&
      other.entityId !== id &&
      other.kind === 'nominal'
    ) {
      list?.splice(here, 1)
      this.#dropMention(other)
    }
    const position = positionOf(
      this.#segments[segment] as Segment,
      range.start,
      range.end,
      this.#source,
    )
    // The entity's mentions stay in reading order: one search finds the place, and a mention
    // already there.
    const offset = position.start.offset
    const at = firstNotBefore(entity.mentions, (mention) => mention.position.start.offset < offset)
    if (entity.mentions[at]?.position.start.offset === offset) return
    entity.mentions.splice(at, 0, { kind, text, position })
    const placed: PlacedMention = {
      kind,
      text,
      position,
      entityId: id,
      segment,
      start: range.start,
      end: range.end,
    }
    if (list) list.splice(firstAtOrAfter(list, range.start), 0, placed)
  }

  /** Takes `placed` out of its entity's mentions. */
  #dropMention(placed: PlacedMention): void {
    const mentions = this.#byId.get(placed.entityId)?.mentions
    if (!mentions) return
    const offset = placed.position.start.offset
    const at = firstNotBefore(mentions, (mention) => mention.position.start.offset < offset)
    if (mentions[at]?.position.start.offset === offset) mentions.splice(at, 1)
  }
}

/**
 * The last word of each organisation's name, lower-cased ("fund" for the
 * International Monetary Fund), to its one organisation (null when several
 * share it).
 */
function organizationHeadIndex(entities: readonly Entity[]): Map<string, string | null> {
  const index = new Map<string, string | null>()
  for (const entity of entities) {
    if (entity.kind !== 'organization') continue
    const last = lastWordOf(entity.name)
    if (last.length < MIN_HEAD_LENGTH || !/^\p{Lu}/u.test(last)) continue
    const head = last.toLowerCase()
    index.set(head, index.has(head) ? null : entity.id)
  }
  return index
}

/** Organisation heads shorter than this ("UN", "EU") are acronyms, not nouns. */
const MIN_HEAD_LENGTH = 3

/** Each surname of the article's people, to its one person (null when several share it). */
function surnameIndex(entities: readonly Entity[]): Map<string, string | null> {
  const index = new Map<string, string | null>()
  for (const entity of entities) {
    if (entity.kind !== 'person' || entity.data?.['described']) continue
    const surname = entity.name.split(/\s+/u).pop() ?? ''
    if (!SURNAME.test(surname)) continue
    index.set(surname, index.has(surname) ? null : entity.id)
  }
  return index
}

/** Whether a mention ends where the range does: "the spokesman Dmitry Peskov". */
function endsInMention(
  mentions: readonly PlacedMention[],
  range: { start: number; end: number },
): boolean {
  for (let i = firstAtOrAfter(mentions, range.start); i < mentions.length; i++) {
    const mention = mentions[i] as PlacedMention
    if (mention.start >= range.end) break
    if (mention.end >= range.end) return true
  }
  return false
}

/** How many paragraphs back a definite description may look for its person. */
const SALIENCE_REACH = 6
/** How many paragraphs back a people's noun ("the Spaniard") looks for the person it describes. */
const NATIONALITY_REACH = 2
/**
 * A nationality, or a country's possessive, right before a name: "Italian ",
 * "the Spaniard ", "Italy's " (the country in the second group).
 */
const NATIONALITY_BEFORE = /(?:^|\s)((\p{Lu}[\p{L}.]*)['’]s|\p{Lu}\p{Ll}+) $/u
/** A description set off after a name: ", the health secretary,". */
const APPOSITIVE_AFTER = /^, (?:the |a )?([\p{Ll} ]+)[,.]/u
/** A role in lower case right before a name: "health secretary " of "health secretary Wes Streeting". */
const ROLE_BEFORE = /(?:^|[^\p{L}])((?:\p{Ll}+ ){1,3})$/u

/**
 * By a role's head, the expression of an indefinite description that opens a
 * sentence with it ("An Israeli official"): made once a head, not for each
 * description (`matchAll` copies it, so no position is shared between calls).
 */
const INDEFINITE_OPENINGS = new Map<string, RegExp>()

/** Characters before a description read for the indefinite one that introduced it. */
const INTRODUCTION_REACH = 600

/** What joins a subject to the role said of it: " is ", " was ", " became ". */
const PREDICATE_BEFORE = /^\s+(?:is|was|became|becomes|remains)\s+$/u

/** Characters read beside a name for its description. */
const DESCRIPTION_REACH = 48
/** Characters read before a name for its nationality. */
const NATIONALITY_BEFORE_REACH = 24

/** How many mentions back a description may look: bounded for endless paragraphs. */
const MAX_LOOKBACK = 200

/** Most characters between a name in a sentence's opening phrase and the subject after it. */
const OPENING_PHRASE_REACH = 120
/** The rest of an opening phrase after a name in it: words, then the comma before the subject. */
const OPENING_PHRASE_REST = /^[^\S\n]*[^\s,.!?;:"“”][^.!?,;:"“”]*,\s*$/u
/** The end of the text before a name that opens its sentence. */
const SENTENCE_OPENS = /(?:^|[.!?]["”’]?\s+["“]?)$/u

/**
 * Words that open a phrase of circumstance before a sentence's subject, whose
 * object is someone else: "Speaking to X", "Asked by X", "In an interview with X".
 */
const OPENING_PHRASE_WORDS =
  /^(?:\p{L}+ing|Asked|Pressed|Questioned|Interviewed|Challenged|Quizzed|In an interview with)\b/u

/**
 * Whether `mention` lies in a phrase of circumstance that opens the sentence
 * of `start` (a subject right after that phrase's comma): the sentence opens
 * with a participle ("Speaking to X on Sunday, the chancellor said", "Asked by
 * X, the senator said"), the mention is not its first word, and only words
 * follow it up to that comma (not "Jane Smith, the chancellor, said", nor
 * "When the moderator said Trump had not answered, the candidate said").
 */
function inOpeningPhrase(value: string, mention: PlacedMention, start: number): boolean {
  if (start - mention.end > OPENING_PHRASE_REACH) return false
  if (!OPENING_PHRASE_REST.test(value.slice(mention.end, start))) return false
  const before = value.slice(Math.max(0, mention.start - OPENING_PHRASE_REACH), mention.start)
  if (SENTENCE_OPENS.test(before)) return false
  const sentence = before.split(SENTENCE_BREAK).pop() ?? ''
  return OPENING_PHRASE_WORDS.test(sentence.replace(LEADING_MARKS, ''))
}
const SENTENCE_BREAK = /[.!?]["”’]?\s+/u
const LEADING_MARKS = /^["“\s]+/u

/**
 * Whether one of `mentions` (sorted by start) runs over `offset`, the end of a
 * group's words: those words are a longer name's ("the Communications Workers
 * of America"), not a group ("Republicans on the committee", a name alone).
 */
function inLongerName(mentions: readonly PlacedMention[], offset: number): boolean {
  const before = mentions[firstAtOrAfter(mentions, offset) - 1]
  return before !== undefined && before.end > offset
}

/**
 * What ends the words between a person and the place or body they are of:
 * " of ", " in the ", " of oil broker " (up to three words in lower case that
 * say what the body is), " of the Bengaluru-based " (and where it is based).
 */
const OF_BETWEEN =
  /^ (?:of|at|from) (?:[\p{Ll}-]+ ){0,3}(?:(?:\p{Lu}[\p{L}.]*,? ){0,2}\p{Lu}[\p{L}.]*-based )?$|\s(?:of|in|from|at)\s(?:the\s)?$/u

/**
 * Between a body's name (or its short name in brackets) and the place of its
 * branch or seat: ") of ", " in " ("The Federal Constitutional Court in Karlsruhe").
 */
const BRANCH_OF = /^\)? (?:of|in) (?:the )?$/u

/**
 * Whether the description `text` ends in a head that only a body whose name
 * holds it (or a word of its kind) fits: "the center", "The Tax Policy
 * Center", "the school".
 */
function isNamedOnlyHead(text: string): boolean {
  return NAMED_ONLY_HEADS.has(lastWordOf(text).toLowerCase())
}
const NAMED_ONLY_HEADS: ReadonlySet<string> = new Set(NAME_HELD_HEADS)

/**
 * The mention that heads a source phrase of `value`: one that ends it
 * ("Russian President Vladimir Putin", "the Kremlin"), else the last person
 * or organisation named in a short phrase ("Cruz gingerly"); not one that only
 * qualifies it ("Russian officials", "Nitish Kumar of Bihar").
 */
function headMention(
  value: string,
  mentions: readonly PlacedMention[],
  range: { start: number; end: number },
  kinds: ReadonlyMap<string, Entity['kind']>,
): string | null {
  // "an Ifop poll published in the Journal du Dimanche": the phrase before where it came out.
  const published = PUBLISHED_IN.exec(value.slice(range.start, range.end))
  if (published) range = { start: range.start, end: range.start + published.index }
  let ending: PlacedMention | null = null
  let inside: PlacedMention | null = null
  let person: PlacedMention | null = null
  let group: PlacedMention | null = null
  let body: PlacedMention | null = null
  // How many bodies the phrase names before the last (who is of which, when there are several).
  let bodies = 0
  // Mentions are sorted by start: only those from the range's start on can lie inside it, and
  // the one before, when it reaches into it ("But Devine", a name read with the word before).
  const first = firstAtOrAfter(mentions, range.start)
  const reaching = first > 0 && (mentions[first - 1] as PlacedMention).end > range.start
  for (let i = reaching ? first - 1 : first; i < mentions.length; i++) {
    const mention = mentions[i] as PlacedMention
    if (mention.start >= range.end) break
    // A name's own full stop may lie past the phrase: "Joseph R. Biden Jr."
    if (mention.end > range.end + 1) continue
    const kind = kinds.get(mention.entityId)
    if (kind === 'other') {
      // Only as the head: "Many Democrats", not "Russian officials".
      if (mention.end >= range.end) group ??= mention
      continue
    }
    if (mention.end >= range.end && (!ending || mention.start < ending.start)) ending = mention
    if ((kind === 'person' || kind === 'organization') && (!inside || mention.start > inside.start))
      inside = mention
    if (kind === 'person') person ??= mention
    if (kind === 'organization' && mention.end < range.end && mention.kind === 'name') {
      if (body !== null && body.entityId !== mention.entityId) bodies++
      body = mention
    }
  }
  // "The American Civil Liberties Union (ACLU) of Missouri", "The Federal Constitutional Court in
  // Karlsruhe": a body's branch or seat in a place speaks as the body.
  if (
    ending &&
    body &&
    (person === null || person.start > body.start) &&
    bodies === 0 &&
    kinds.get(ending.entityId) === 'place' &&
    BRANCH_OF.test(value.slice(body.end, ending.start))
  )
    return body.entityId
  // "Del. Stacey Plaskett of the Virgin Islands": the person, not the place that qualifies them;
  // nor the organisation or the place read as someone ("Nitish Kumar of Bihar", "Jason Gilbert
  // of Cheyenne").
  if (ending && person && ending !== person) {
    if (kinds.get(ending.entityId) === 'place') return person.entityId
    if (OF_BETWEEN.test(value.slice(person.end, ending.start))) return person.entityId
  }
  // A named group ("Democrats", "Many Mexicans") speaks as the entity it names.
  return ending?.entityId ?? inside?.entityId ?? group?.entityId ?? null
}

/**
 * Where a text or a poll came out, after its noun: " published in", " aired on" (not who made
 * it: "exit polls conducted by Edison Research").
 */
const PUBLISHED_IN = /\s(?:published|printed|posted|broadcast|aired|carried)\s+(?:in|on)\s/u

/** What stands between a name and "it" that a relative clause opens: "Gemini 3, which it said". */
const RELATIVE_BEFORE = /^[^,.;]{0,12},\s+(?:which|that)\s+$/u
/** A verb of telling right before an organisation's name: "told Reuters". */
const TOLD_BEFORE = /\btold\s+(?:the\s+)?$/u
const TOLD_REACH = 10

/** A relative clause that gives the name of who it describes, up to the name. */
const SELF_NAMED =
  /^,? who (?:identified (?:himself|herself|themselves)|gave (?:his|her|their) (?:first )?name|asked to be (?:identified|named)|would (?:only )?give (?:his|her|their) (?:first )?name)(?: only)? (?:as|by (?:his|her|their) first name,?) /u
/** Characters after a description read for such a clause. */
const SELF_NAMED_REACH = 90
const POSSESSIVE_AFTER_NAME = /^['’]s/u

/**
 * The head noun of a description, lower-cased: its last word before what
 * qualifies it ("member" of "a prominent RNC member who supports Trump").
 */
function headWordOf(text: string): string {
  const words = rolesOf(text.toLowerCase()).first
  return words[words.length - 1] ?? ''
}

/** Where an indefinite description introduced a person, and its head noun. */
interface Introduction {
  id: string
  head: string
  segment: number
  start: number
}

/**
 * The subject of the sentence right before `at` in `value` when it is a text
 * that speaks ("The 84-page report", "This study"), as its range and words;
 * else null.
 */
function documentSubjectBefore(
  value: string,
  at: number,
): { start: number; end: number; text: string } | null {
  // The sentence before: back past the spaces and its closing mark, to the mark before it.
  let end = at
  while (end > 0 && /\s/u.test(value.charAt(end - 1))) end--
  if (end === 0 || !/[.!?]/u.test(value.charAt(end - 1))) return null
  const from = Math.max(0, end - 1 - MAX_SENTENCE_BEFORE)
  let start = end - 1
  while (start > from && !/[.!?]/u.test(value.charAt(start - 1))) start--
  if (start > from && start > 0) while (/\s/u.test(value.charAt(start))) start++
  else if (start !== 0) return null
  const subject = DOCUMENT_SUBJECT.exec(value.slice(start, end))
  if (!subject || !DOCUMENT_NOUNS.has((subject[1] as string).toLowerCase())) return null
  const text = subject[0].trimEnd()
  return { start, end: start + text.length, text }
}
/** The longest sentence read back for its subject, in characters. */
const MAX_SENTENCE_BEFORE = 400
/** A text opening a sentence as its subject: "The 84-page report ", "This study ". */
const DOCUMENT_SUBJECT = /^(?:The|This|That|Its|Their)\s+(?:[\p{L}\d-]+\s+){0,3}?(\p{Ll}+)\s/u

/** Players' positions that are nouns of other things too: "the Serbian center", "the veteran guard". */
const PLAYER_POSITIONS: ReadonlySet<string> = new Set([
  'center',
  'centre',
  'guard',
  'tackle',
  'end',
])
/** A nationality's adjective: "Serbian", "Chinese", "Spanish", "Israeli". */
const NATIONALITY_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u
/** Words that make a position a player's: "the veteran guard", "the starting center". */
const PLAYER_QUALIFIERS: ReadonlySet<string> = new Set([
  ...['veteran', 'rookie', 'backup', 'starting', 'point', 'shooting', 'reserve', 'star'],
])

/** A country's envoys, whom a meeting's summary names by their country: "the representative of China". */
const DELEGATES: ReadonlySet<string> = new Set([
  'representative',
  'ambassador',
  'delegate',
  'envoy',
])

/**
 * Offices that one person holds and another does not: "the minister" is not "Senator Laura
 * Whitfield", though she were named last. (Not those news names by other words too: "the
 * spokesperson" may be a spokeswoman, "the premier" a prime minister, "the envoy" an ambassador.)
 */
const SPECIFIC_OFFICES: ReadonlySet<string> = new Set([
  ...['minister', 'senator', 'sen.', 'governor', 'gov.', 'mayor', 'ambassador'],
  ...['congressman', 'congresswoman', 'commissioner'],
])

/**
 * Occupations and states of ordinary people a story quotes by them alone ("the nurse said", "the
 * witness told"): no office that a person named before holds without the text saying so.
 */
const ORDINARY_PEOPLE: ReadonlySet<string> = new Set([
  ...['nurse', 'witness', 'passenger', 'driver', 'patient', 'resident', 'bystander', 'neighbour'],
  ...['neighbor', 'shopper', 'customer', 'commuter', 'pedestrian', 'cyclist', 'motorist'],
  ...['tourist', 'protester', 'protestor', 'voter', 'paramedic', 'firefighter'],
])

/** Officials whom a story quotes by their office alone: "the state returning officer". */
const UNNAMED_OFFICIALS: ReadonlySet<string> = new Set(['officer', 'official', 'registrar'])
/** Words that make such an office a body's, no one the story is about: "returning", "election". */
const OFFICIAL_QUALIFIERS: ReadonlySet<string> = new Set([
  ...['returning', 'election', 'electoral', 'medical', 'press', 'information', 'police'],
  ...['state', 'federal', 'city', 'county', 'health', 'district', 'chief'],
])

/**
 * Prepositions before a person named as an object: "with Rajiv Menon", "to Smith"; a
 * participle's object, "thanking Renzi"; and the subject of a clause that another's verb
 * opens, "announced that Manafort would".
 */
const OBJECT_PREPOSITION_BEFORE =
  /\b(?:with|by|to|from|against|alongside|and|that|(?!\p{Ll}*thing\s|(?:morning|evening|during|wedding|meeting|building|spring)\s)\p{Ll}{3,}ing)\s+$/u
/** Characters before a name read for such a preposition. */
const OBJECT_PREPOSITION_REACH = 12

/** Whether the name `mention` of `value` follows a preposition: "with Rajiv Menon". */
function isPrepositionalObject(value: string, mention: PlacedMention): boolean {
  return OBJECT_PREPOSITION_BEFORE.test(
    value.slice(Math.max(0, mention.start - OBJECT_PREPOSITION_REACH), mention.start),
  )
}

/**
 * Whether offset `at` of `value` opens a sentence, or its main clause after a
 * short phrase of time or place that opens the sentence: "On Thursday, Trump
 * announced", "Last week, Smith said".
 */
function opensClauseAt(value: string, at: number): boolean {
  return (
    opensSentenceAt(value, at) ||
    OPENED_BY_CIRCUMSTANCE.test(value.slice(Math.max(0, at - CIRCUMSTANCE_REACH), at))
  )
}
/** A sentence's opening phrase of time or place and its comma, right before a point. */
const OPENED_BY_CIRCUMSTANCE =
  /(?:^|[.!?]["”’]?\s+)(?:On|In|At|Last|Earlier|Later|By|After|Before|During|Since|This|Next)\b[^.!?,;:"“”\n]{0,40},\s+$/u
/** Characters read back from a point for such a phrase. */
const CIRCUMSTANCE_REACH = 60

/** Where the name `mention` of `value` starts with the title in capitals before it: "Captain Tom Harland". */
function titledStart(value: string, mention: PlacedMention): number {
  const title = TITLE_BEFORE.exec(
    value.slice(Math.max(0, mention.start - TITLE_REACH), mention.start),
  )
  return mention.start - (title?.[0].length ?? 0)
}
/** Up to three capitalised words right before a point: "Captain ", "Former Senator ". */
const TITLE_BEFORE = /(?:\p{Lu}[\p{L}.]*\s+){1,3}$/u
const TITLE_REACH = 40

/** A comma before a name addressed, with its honorific: ", Mr. " of ", Mr. Whitcomb?". */
const VOCATIVE_BEFORE = /,\s+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?$/u
/** Characters read before a name for that comma. */
const VOCATIVE_REACH = 8
/** Characters of a quotation's opening mark and honorific before a name that opens it. */
const VOCATIVE_OPENING = 6
/** What follows a name addressed: a question's mark, a comma, an end. */
const VOCATIVE_AFTER = /^[?,!.]$/u

/** A minister's title by portfolio, the portfolio the group: "Interior" of "Interior Minister". */
const MINISTER_OF = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+[Mm]inister$/u
const PORTFOLIOS: ReadonlySet<string> = new Set(PORTFOLIO_WORDS)

const FULL_STOP = 0x2e
const CLOSE_BRACKET = 0x29

/**
 * The entity stage: name mentions from the tagger, titles before them,
 * clustering of the mentions of one real-world entity ("Jens Stoltenberg",
 * "Stoltenberg", "the NATO chief"), nominal and pronoun mentions, and the
 * inline mention nodes.
 */
import type { InlineAnnotation } from '../annotate/inline.js'
import { openingEnd, positionOf, type Segment, type Source } from '../annotate/segments.js'
import { firstAtOrAfter } from '../bisect.js'
import { hashOf } from './hash.js'
import type { Entity, EntityMention, Mention } from '../types.js'
import { clusterNames, type NameCluster, type NameMention } from './cluster.js'
import { withoutArticle } from './name-forms.js'
import { findNames, genderOfFirstName } from './names.js'
import { isKnownPlace, isKnownSurname, lexicon } from './lexicon.js'
import { creditedAgencies } from './company-nominals.js'
import { findReferences } from './references.js'
import { typeBodiesOfOfficers } from './officer-bodies.js'
import { titleAfter, titleApposedBefore, titleBefore } from './titles.js'
import { ORGANIZATION_NOUNS, PORTFOLIO_WORDS, TITLE_WORDS } from '../lexicon/titles.js'
import { STATE_ABBREVIATIONS } from '../lexicon/abbreviations.js'

/** Longer than any real name, in characters. */
const MAX_NAME_LENGTH = 80

/** A mention with where it stands, for the stages after this one. */
export interface PlacedMention extends Mention {
  entityId: string
  segment: number
  start: number
  end: number
}

/** What the entity stage gives the stages after it. */
export interface EntityResult {
  entities: Entity[]
  /** Every mention in reading order, with its segment and value range. */
  mentions: PlacedMention[]
  /** The news agencies the text names only as the source of its news ("told Reuters"). */
  creditedAgencies: ReadonlySet<string>
}

/** A company officer's title: "Chief Technology Officer", "chief operating officer". */
const OFFICER_TITLE = /^chief\s+(?:\S+\s+){1,3}officer$/iu

/** India's central government before a portfolio: "Union Home" (Minister). */
const UNION_PORTFOLIO = /^union\s/u

/** A councillor of a ward: "Ward councillor", "ward member". */
const WARD_TITLE = /^ward\s+(?:councill?or|member)$/iu

/** A title of a region's head of government: "Sindh Chief Minister". */
const REGIONAL_OFFICE = /\s(?:[Cc]hief|CHIEF)\s+(?:[Mm]inister|MINISTER)$/u
/** The word that opens such an office, at the end of a name read with it: " Chief". */
const OFFICE_OPENER = /\s+(?:Chief|CHIEF)$/u

/** A title of a portfolio's holder: "Energy Minister", "Health Secretary". */
const PORTFOLIO_OFFICE = /\b(?:minister|secretary)$/iu

/** Portfolios before a title: "Energy" of "Energy Secretary". */
const PORTFOLIOS: ReadonlySet<string> = new Set(PORTFOLIO_WORDS)

/**
 * `names` without the `qualifiers` that are a title's word, a portfolio the
 * tagger read as a person ("Energy Secretary Chris Wright", "Acting Labor
 * Secretary Julie Su"): a word that no other name of the document holds and
 * that no list knows as a person's name. Not "Netanyahu" of "Netanyahu aide
 * Jonathan Urich", nor "Trump" of "Trump adviser Kellyanne Conway" in a
 * story that names Donald Trump.
 */
function withoutTitleQualifiers(
  names: readonly NameMention[],
  qualifiers: ReadonlySet<NameMention>,
): NameMention[] {
  const words = new Set<string>()
  for (const name of names) {
    if (qualifiers.has(name)) continue
    for (const word of name.text.split(' ')) words.add(word.toLowerCase())
  }
  const isQualifier = (name: NameMention): boolean =>
    qualifiers.has(name) &&
    !words.has(name.text.toLowerCase()) &&
    !isKnownSurname(name.text) &&
    genderOfFirstName(name.text) === null
  return names.filter((name) => !isQualifier(name))
}

/** Nouns of bodies that open an officer's title: "Lodge President", "Board Vice President". */
const BODY_NOUNS_OF_TITLES: ReadonlySet<string> = new Set([
  ...['lodge', 'board', 'council', 'union', 'committee', 'commission', 'club', 'caucus'],
  ...['chapter', 'league', 'guild', 'district'],
])

/** "Justice" of "Justices", "Sen." of "Sens."; null for a title in the singular. */
function singularTitle(title: string): string | null {
  const plural = PLURAL_TITLE.exec(title)
  if (plural === null) return null
  const word = `${plural[1] as string}${plural[2] as string}`
  const lower = word.toLowerCase()
  return TITLE_WORDS.has(lower) || TITLE_WORDS.has(lower.replace('.', ''))
    ? title.slice(0, plural.index) + word
    : null
}
/** A title's last word in the plural, its stop aside: "Justices", "Sens." (not "Mrs."). */
const PLURAL_TITLE = /(\p{L}{3,})s(\.?)$/u
/** What joins the names of a list: ", ", " and ", ", and ". */
const LIST_JOINER = /^(?:,\s+(?:and\s+)?|\s+and\s+)$/u

/** Finds the entities of the document whose texts are `segments`. */
export function readEntities(segments: readonly Segment[], source: Source): EntityResult {
  const found = findNames(
    segments.map((segment) => ({
      value: segment.value,
      headline: segment.kind === 'title',
      opening: openingEnd(segment),
    })),
  )
  let names: NameMention[] = []
  /** The singular of a plural title that the names of a list go on taking ("Justices X, Y"). */
  let listTitle: string | null = null
  /** Portfolios read as people inside the title of the person named after them ("Energy"). */
  const qualifiers = new Set<NameMention>()
  found.forEach((spans, segmentIndex) => {
    const segment = segments[segmentIndex] as Segment
    for (const span of spans) {
      // A run of capitals longer than any name ("A B C D ..."): not a name mention.
      if (span.end - span.start > MAX_NAME_LENGTH) continue
      // "passed Norris at Turn 3": a numbered part of a course or a process, no name.
      if (isNumberedPart(segment.value, span.start, span.end)) continue
      // "the Chancellor of the Exchequer": a word of an office's title, no place.
      if (OFFICE_OF.test(segment.value.slice(Math.max(0, span.start - OFFICE_OF_REACH), span.end)))
        continue
      // "Tanzania's Chief Medical Officer, Dr. Peter Mushi": an office the tagger read as a person;
      // "One Police Plaza", "Grand Concourse": the head of a place's name read alone as one.
      // ("149th Street-Grand Concourse": a place's name that such a head ends.)
      let kind = span.kind
      if (kind === 'person') {
        const text = segment.value.slice(span.start, span.end)
        if (isOfficeRead(text) || PLACE_HEADS_ALONE.has(text.toLowerCase())) continue
        if (PLACE_HEADS_ALONE.has(lastWordOf(text))) kind = 'place'
      }
      const title =
        kind === 'person'
          ? titleBefore(segment.value, span.start, (offset) => {
              // The spans are in order: the last that starts at or before `offset` may hold it.
              const index = firstAtOrAfter(spans, offset + 1) - 1
              const other = spans[index]
              return other !== undefined && offset < other.end ? index : -1
            })
          : null
      // "Shadow chancellor Jeremy Hunt": a title's own word the tagger read as a name of its own
      // is the title's (not "NATO" of "NATO Secretary General", a name the title holds).
      const previous = names[names.length - 1]
      if (
        title &&
        previous?.segment === segmentIndex &&
        previous.start >= title.start &&
        previous.end <= title.end
      ) {
        const lower = previous.text.toLowerCase()
        // "Chief Technology Officer Mira Murati": an officer's field is the title's word too.
        // ("Ward councillor Sunita Bains": the ward she serves.)
        // ("Lodge President Mike Sullivan": the body whose officer the person is, named by its
        // noun alone, is no name of its own.)
        // ("Union Home Minister Amit Shah": India's central government and the portfolio.)
        if (
          TITLE_WORDS.has(lower) ||
          OFFICER_TITLE.test(title.text) ||
          WARD_TITLE.test(title.text) ||
          (previous.start === title.start && BODY_NOUNS_OF_TITLES.has(lower)) ||
          (UNION_PORTFOLIO.test(lower) && PORTFOLIOS.has(lastWordOf(lower)))
        )
          names.pop()
        else if (previous.kind === 'person' && PORTFOLIOS.has(lower)) qualifiers.add(previous)
        // "Sindh Chief Minister": the word that opens the office ("Chief") read with the name of
        // the region before it, whose chief minister the person is: the region alone.
        else if (
          previous.kind === 'organization' &&
          REGIONAL_OFFICE.test(title.text) &&
          OFFICE_OPENER.test(previous.text)
        ) {
          const trimmed = previous.text.replace(OFFICE_OPENER, '')
          previous.end = previous.start + trimmed.length
          previous.text = trimmed
          previous.kind = 'place'
        }
        // "Kazakh Energy Minister": a nation's portfolio read as a company inside a minister's
        // title (not "Homeland Security" of "Homeland Security Secretary", the department's).
        else if (
          previous.kind === 'organization' &&
          lexicon().demonyms.has(hashOf(lower.slice(0, Math.max(0, lower.indexOf(' '))))) &&
          PORTFOLIO_OFFICE.test(title.text) &&
          PORTFOLIOS.has(lower.slice(lower.lastIndexOf(' ') + 1))
        )
          names.pop()
      }
      // "Justices Clarence Thomas, Samuel Alito and Neil Gorsuch": a plural title is each listed
      // person's, in the singular.
      const singular = title === null ? null : singularTitle(title.text)
      const listed =
        title === null &&
        kind === 'person' &&
        listTitle !== null &&
        previous?.title === listTitle &&
        previous.segment === segmentIndex &&
        LIST_JOINER.test(segment.value.slice(previous.end, span.start))
      listTitle = singular ?? (listed ? listTitle : null)
      const name: NameMention = {
        segment: segmentIndex,
        start: span.start,
        end: span.end,
        text: segment.value.slice(span.start, span.end),
        kind,
        confidence: span.confidence,
        title: singular ?? (listed ? listTitle : (title?.text ?? null)),
      }
      if (span.place !== undefined) name.place = span.place
      // "Diane Swonk, chief economist at KPMG, said": a role set off after the name, or before it
      // ("Halcyon's chief operating officer, Daniel Teo, said").
      const role =
        kind === 'person'
          ? (titleAfter(segment.value, span.end) ??
            (title === null ? titleApposedBefore(segment.value, span.start, span.end) : null))
          : null
      if (role !== null) name.role = role
      if (isQualifiedBody(segment.value, span.start, span.end)) name.qualified = true
      if (name.kind === 'organization') withNation(name, names[names.length - 1], segment.value)
      names.push(name)
    }
  })
  if (qualifiers.size > 0) names = withoutTitleQualifiers(names, qualifiers)
  const defined = definedShortNames(names, segments)
  const clusters = clusterNames(withDefinedKinds(names, defined), definedTexts(defined))
  typeBodiesOfOfficers(clusters)
  const placed: PlacedMention[] = []
  const byId = new Map<string, Entity>()
  const entities: Entity[] = clusters.map((cluster, i) => {
    const id = `e${i + 1}`
    for (const name of cluster.mentions) {
      const segment = segments[name.segment] as Segment
      placed.push({
        kind: 'name',
        text: name.text,
        position: positionOf(segment, name.start, name.end, source),
        entityId: id,
        segment: name.segment,
        start: name.start,
        end: name.end,
      })
    }
    // "Mo." alone, the state of a dateline: named as the state ("Missouri"), its abbreviation an alias.
    const state = defined.get(cluster.name)
    const renamed = state !== undefined && cluster.kind === 'place' && cluster.aliases.length === 0
    const entity: Entity = {
      id,
      kind: cluster.kind,
      name: renamed ? state.text : cluster.name,
      aliases: renamed ? [cluster.name] : cluster.aliases,
      titles: cluster.titles,
      mentions: [],
    }
    byId.set(id, entity)
    return entity
  })
  linkNationalities(clusters, entities)
  // The names in reading order, as the references read them (and as the sort below leaves them).
  sortByPlace(placed)
  const credited = creditedAgencies(segments, placed, (id) => byId.get(id)?.name)
  // Where each entity's names stand, by paragraph: "the Left party" holds "Left", one mention.
  const namedAt = new Map<string, number[]>()
  for (const name of placed) {
    const key = `${name.segment} ${name.entityId}`
    const at = namedAt.get(key)
    if (at) at.push(name.start, name.end)
    else namedAt.set(key, [name.start, name.end])
  }
  for (const { title, ...reference } of findReferences(
    segments,
    entities,
    byId,
    placed,
    credited,
  )) {
    const segment = segments[reference.segment] as Segment
    const names = namedAt.get(`${reference.segment} ${reference.entityId}`) ?? []
    let holds = false
    for (let i = 0; i < names.length; i += 2)
      holds ||= (names[i] as number) >= reference.start && (names[i + 1] as number) <= reference.end
    if (holds) {
      // (The nominal's words are a name of the entity still: "Left party".)
      const alias = withoutArticle(reference.text)
      const entity = byId.get(reference.entityId)
      if (entity && !entity.aliases.includes(alias)) entity.aliases.push(alias)
      continue
    }
    placed.push({
      ...reference,
      position: positionOf(segment, reference.start, reference.end, source),
    })
    // "The chancellor, Rachel Reeves,": her title, as "Chancellor Rachel Reeves" would give.
    const entity = byId.get(reference.entityId)
    if (title !== undefined && entity && !entity.titles.some((held) => holdsTitle(held, title)))
      entity.titles.push(title)
  }
  sortByPlace(placed)
  for (const mention of placed) {
    const entity = byId.get(mention.entityId)
    if (!entity) continue
    entity.mentions.push({ kind: mention.kind, text: mention.text, position: mention.position })
    if (mention.kind !== 'nominal') continue
    const alias = withoutArticle(mention.text)
    if (!entity.aliases.includes(alias)) entity.aliases.push(alias)
  }
  return { entities, mentions: placed, creditedAgencies: credited }
}

/**
 * A nationality adjective's entity ("Ukrainian", an other name) says in
 * `data` the country it is of, `{ place: 'Ukraine' }`, and that country's
 * entity when the document names it, `placeId`.
 */
function linkNationalities(clusters: readonly NameCluster[], entities: readonly Entity[]): void {
  // The places named, by their own names, then by the lists' name of their country where none
  // bears it ("Turkey" by "türkiye").
  const { nations } = lexicon()
  const places = new Map<string, string>()
  const named = entities.filter((entity) => entity.kind === 'place')
  for (const entity of named)
    for (const name of [entity.name, ...entity.aliases])
      if (!places.has(name.toLowerCase())) places.set(name.toLowerCase(), entity.id)
  for (const entity of named)
    for (const name of [entity.name, ...entity.aliases]) {
      const country = nations.get(name.toLowerCase())
      if (country !== undefined && !places.has(country)) places.set(country, entity.id)
    }
  clusters.forEach((cluster, i) => {
    const entity = entities[i] as Entity
    if (entity.kind !== 'other') return
    const place = cluster.mentions.find((mention) => mention.place !== undefined)?.place
    if (place === undefined) return
    const placeId = places.get(place.toLowerCase())
    entity.data = placeId === undefined ? { place } : { place, placeId }
  })
}

/**
 * Whether the title `held` is `title`, case aside ("Chancellor" and "chancellor"), or it with a
 * phrase of "of" or "for" after it ("leader of Ennahda" holds "leader").
 */
function holdsTitle(held: string, title: string): boolean {
  const lower = held.toLowerCase()
  const wanted = title.toLowerCase()
  if (!lower.startsWith(wanted)) return false
  const rest = lower.slice(wanted.length)
  return rest === '' || rest.startsWith(' of ') || rest.startsWith(' for ')
}

/** Buckets this small are sorted by insertion (fast on the short, nearly sorted runs of a text). */
const INSERTION_SORT_LIMIT = 32

/**
 * Sorts `mentions` by segment, then start, keeping the order of equal ones
 * (as a stable sort with that comparison would): one bucket a segment, each
 * sorted alone.
 */
function sortByPlace(mentions: PlacedMention[]): void {
  const buckets: PlacedMention[][] = []
  for (const mention of mentions) (buckets[mention.segment] ??= []).push(mention)
  let at = 0
  for (const bucket of buckets) {
    if (bucket === undefined) continue
    if (bucket.length > INSERTION_SORT_LIMIT) bucket.sort((a, b) => a.start - b.start)
    else insertionSort(bucket)
    for (const mention of bucket) mentions[at++] = mention
  }
}

/** Sorts a short list by start, keeping the order of equal ones. */
function insertionSort(list: PlacedMention[]): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as PlacedMention
    let j = i - 1
    while (j >= 0 && (list[j] as PlacedMention).start > item.start) {
      list[j + 1] = list[j] as PlacedMention
      j--
    }
    list[j + 1] = item
  }
}

/** The inline mention nodes, by segment index. */
export function mentionAnnotations(result: EntityResult): InlineAnnotation[][] {
  const kinds = new Map(result.entities.map((entity) => [entity.id, entity.kind]))
  const bySegment: InlineAnnotation[][] = []
  for (const mention of result.mentions) {
    ;(bySegment[mention.segment] ??= []).push({
      start: mention.start,
      end: mention.end,
      make: (_children, value, position): EntityMention => ({
        type: 'mention',
        value,
        position,
        entityId: mention.entityId,
        kind: mention.kind,
        entityKind: kinds.get(mention.entityId) ?? 'other',
      }),
    })
  }
  return bySegment
}

/** Heads of streets' and squares' names, no person's name alone: "Plaza", "Concourse". */
const PLACE_HEADS_ALONE: ReadonlySet<string> = new Set([
  ...['plaza', 'concourse', 'square', 'avenue', 'street', 'boulevard', 'terrace', 'parkway'],
])

/** The last word of `text`, lower-cased, past a space or a hyphen: "concourse". */
function lastWordOf(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('-')) + 1).toLowerCase()
}

/** The last words of offices that the tagger may read as a person's name: "Medical Officer". */
const OFFICE_HEADS: ReadonlySet<string> = new Set([
  ...['officer', 'minister', 'secretary', 'director', 'commissioner', 'spokesman', 'spokeswoman'],
  ...['spokesperson', 'chairman', 'chairwoman', 'inspector', 'superintendent', 'administrator'],
])

/**
 * Whether a person's name `text` of two words or more is an office: its last
 * word an office's head, its first no first name ("Medical Officer", not
 * "Johnny Secretary").
 */
function isOfficeRead(text: string): boolean {
  const space = text.indexOf(' ')
  if (space < 0) return false
  const last = text.slice(text.lastIndexOf(' ') + 1).toLowerCase()
  return (
    OFFICE_HEADS.has(last) && !lexicon().firstNames.has(hashOf(text.slice(0, space).toLowerCase()))
  )
}

/** An office's title whose last word reads as a name: "Chancellor of the Exchequer". */
const OFFICE_OF = /\b(?:Chancellor|chancellor) of the Exchequer$/u
const OFFICE_OF_REACH = 24

/** Words that a number after them makes a part of a course or a process: "Turn 3", "Lap 12". */
const NUMBERED_PARTS: ReadonlySet<string> = new Set([
  ...['turn', 'lap', 'stage', 'phase', 'level', 'round', 'hole', 'heat', 'leg', 'gate'],
])
/** A number after a word: " 3". */
const NUMBER_AFTER = /^ \d/u

/** Whether `value`'s name from `start` to `end` is one word of {@link NUMBERED_PARTS} before a number. */
function isNumberedPart(value: string, start: number, end: number): boolean {
  return (
    NUMBER_AFTER.test(value.slice(end, end + 2)) &&
    NUMBERED_PARTS.has(value.slice(start, end).toLowerCase())
  )
}

/** A short name in capitals defined in brackets: "AfD", "CDU", "ISIS" (not "D-Calif."). */
const SHORT_NAME = /^\p{Lu}\p{L}{1,5}$/u
/** A word of a longer name and an acronym: "Africa CDC". */
const WORD_AND_ACRONYM = /^(\p{Lu}\p{L}+) \p{Lu}{2,6}$/u

/**
 * Whether `short` may be a short name that `full`, of two words or more,
 * defines in brackets after it: one short word ("AfD"), or one of its words
 * and an acronym ("Africa Centres for Disease Control and Prevention (Africa
 * CDC)").
 */
function isShortNameOf(short: string, full: string): boolean {
  if (!full.includes(' ')) return false
  if (SHORT_NAME.test(short)) return true
  // "Computer and Communications Industry Association (CCIA Europe)": its initials and a place.
  const initials = ACRONYM_AND_WORD.exec(short)?.[1]
  if (initials !== undefined) {
    if (spellsInitials(full, initials)) return true
    // "Artificial Intelligence Act (AI Act)": the initials of the words before the last, and it.
    const last = short.slice(short.lastIndexOf(' ') + 1)
    return full.endsWith(` ${last}`) && spellsInitials(full.slice(0, -last.length - 1), initials)
  }
  const word = WORD_AND_ACRONYM.exec(short)?.[1]
  if (word === undefined) return false
  const words = full.split(' ')
  if (words.includes(word)) return true
  // "California Governor's Office of Emergency Services (Cal OES)": its first word clipped, and
  // the initials of its last words.
  const acronym = short.slice(word.length + 1).toLowerCase()
  return (
    word.length >= MIN_CLIPPED &&
    (words[0] as string).startsWith(word) &&
    initialsOf(full).endsWith(acronym)
  )
}
/** Fewest letters of a word clipped in a short name: "Cal" of "California". */
const MIN_CLIPPED = 3
/** An acronym alone: "BEUC", "UNRWA". */
const ACRONYM = /^\p{Lu}{2,6}$/u
/** An acronym and a word after it: "CCIA Europe". */
const ACRONYM_AND_WORD = /^(\p{Lu}{2,6}) \p{Lu}\p{Ll}+$/u
/** Fewest capitals of a defined short name: "AfD" has two. */
const MIN_SHORT_CAPITALS = 2
/** What stands between a name and the short name it defines: "Alternative for Germany (AfD)". */
const OPENING = ' ('
/** The same after a party's name in lower case: "the Liberal party (PL)", "Workers' party (PT)". */
const PARTY_OPENING = /^['’]? party \($/u

/**
 * Whether the name at `start`..`end` of `value` is a body that words around
 * it set apart from the nation's of the same name: "the state Senate", "the
 * Congress party" (India's), not "the Senate".
 */
function isQualifiedBody(value: string, start: number, end: number): boolean {
  return (
    STATE_BEFORE.test(value.slice(Math.max(0, start - QUALIFIER_REACH), start)) ||
    PARTY_AFTER.test(value.slice(end, end + QUALIFIER_REACH))
  )
}
/**
 * Marks the country `body` is of when the name right before it says it: a
 * nation's adjective ("the Saudi Foreign Ministry"); or the place whose
 * possessive stands before it ("Turkey's Defence Ministry"), which counts only
 * where it is a nation an adjective names too, by any of its names ("Turkey's"
 * beside "Turkish", "Britain's" beside "British"; not "Tehran's" beside
 * "Iranian").
 */
function withNation(body: NameMention, before: NameMention | undefined, value: string): void {
  if (before?.segment !== body.segment) return
  if (!NATIONAL_BODY_HEADS.has(body.text.slice(body.text.lastIndexOf(' ') + 1).toLowerCase()))
    return
  const between = value.slice(before.end, body.start)
  if (before.kind === 'other' && before.place !== undefined && between === ' ') {
    body.nation = before.place.toLowerCase()
    body.nationWord = before.text
  } else if (before.kind === 'place' && POSSESSIVE_GAP.test(between)) {
    // ("Turkey's" is of the nation "Turkish" names, Türkiye in the lists.)
    const owner = before.text.toLowerCase()
    body.owner = lexicon().nations.get(owner) ?? owner
  }
}
/** A possessive's mark and a space: "'s ". */
const POSSESSIVE_GAP = /^['’]s? $/u
/** Last words of the names of a nation's bodies, which several nations have: "Foreign Ministry". */
const NATIONAL_BODY_HEADS: ReadonlySet<string> = new Set([
  ...['ministry', 'department', 'office', 'embassy', 'army', 'navy', 'force', 'police'],
  ...['parliament', 'agency', 'government', 'council', 'court', 'bank', 'committee'],
  ...['commission', 'service', 'guard', 'senate', 'assembly', 'congress', 'cabinet'],
])
const STATE_BEFORE = /\b(?:state|provincial|regional|local|city|county)\s+$/u
const PARTY_AFTER = /^\s+(?:party|parties)\b/u
/** Characters read around a name for such a word. */
const QUALIFIER_REACH = 12

/** What stands between a name and another it is known by: "X, known as Y". */
const KNOWN_AS = new Set([', known as ', ', also known as ', ' (known as ', ' (also known as '])
/** What sets off a body's short name after its name in AP's style: "..., or SAGE,". */
const OR_SHORT = ', or '
/**
 * A description of a body by its determiner, lower-case words and head, then
 * "known as" or "called" before its name: "The bank's monetary policy
 * committee, known as " (Copom). The head is the first group.
 */
const DESCRIBED_BODY_KNOWN_AS =
  /(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|\p{L}+['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+),?\s+(?:\(?(?:also\s+)?known\s+as|called)\s+$/u
/** Characters before a name read for {@link DESCRIBED_BODY_KNOWN_AS}. */
const DESCRIBED_BODY_REACH = 80
/**
 * Whether `before` ends in "as" or "called" and white space, as a match of
 * {@link DESCRIBED_BODY_KNOWN_AS} does (`trimEnd` takes what `\s` matches).
 */
function endsInNaming(before: string): boolean {
  const trimmed = before.trimEnd()
  return trimmed.length < before.length && (trimmed.endsWith('as') || trimmed.endsWith('called'))
}
/**
 * Whether `before` (the text before a name) ends in a preposition and maybe
 * an article, after which the name qualifies a thing ("made by ", "son of ");
 * not "according to the" or "according to Turkey's", which give a source.
 */
function qualifiesThing(before: string): boolean {
  return QUALIFYING_BEFORE.test(before) && !ACCORDING_BEFORE.test(before)
}
const QUALIFYING_BEFORE =
  /\b(?:by|of|from|with|for|to|at|in|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?$/iu
const ACCORDING_BEFORE = /\baccording\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?$/iu
/** Characters before a name read for such a preposition. */
const QUALIFYING_REACH = 40

/** What may follow the name something is known by: a mark, or the text's end. */
const AFTER_KNOWN_NAME = /^(?:[,.;:)]|)$/u

/**
 * The short names the document defines in brackets right after the name of
 * several words of an organisation or another thing, with that name's mention: "Alternative for Germany (AfD)"
 * makes every "AfD" a name of the party, though its letters are the German
 * name's. So does a name of any kind after "known as": "the California
 * Department of Forestry and Fire Protection, known as Cal Fire".
 */
function definedShortNames(
  names: readonly NameMention[],
  segments: readonly Segment[],
): Map<string, NameMention> {
  const defined = new Map<string, NameMention>()
  // "KANSAS CITY, Mo. —": a state abbreviated after a city is the state ("Missouri").
  names.forEach((name, i) => {
    if (name.kind !== 'place' || defined.has(name.text)) return
    // (After a city, or a word read as a person's name ("Flint, Mich."): not after a person's
    // full name, "Angus King, Ind.", an independent.)
    const city = names[i - 1]
    if (city === undefined || city.segment !== name.segment) return
    if (city.kind === 'person' && city.text.includes(' ')) return
    const state = abbreviatedState(name, segments)
    if (state !== undefined) defined.set(name.text, { ...name, text: state })
  })
  // "The monetary policy committee, known as Copom": a body the text describes, then the name
  // it is known by, an organisation's.
  for (const name of names) {
    if (defined.has(name.text)) continue
    const value = (segments[name.segment] as Segment).value
    const before = value.slice(Math.max(0, name.start - DESCRIBED_BODY_REACH), name.start)
    // (The pattern, tried from each of its characters, only on a text that ends as it must.)
    if (!endsInNaming(before)) continue
    const known = DESCRIBED_BODY_KNOWN_AS.exec(before)
    if (known !== null && ORGANIZATION_NOUNS.has((known[1] as string).toLowerCase()))
      defined.set(name.text, { ...name, kind: 'organization', confidence: 1 })
  }
  for (let i = 1; i < names.length; i++) {
    const short = names[i] as NameMention
    const full = names[i - 1] as NameMention
    if (full.segment !== short.segment) continue
    const value = (segments[short.segment] as Segment).value
    // "the California Department of Forestry and Fire Protection, known as Cal Fire", "Joaquín
    // Guzmán, known as El Chapo": a name of any kind, and a shorter one it is known by.
    if (
      KNOWN_AS.has(value.slice(full.end, short.start)) &&
      full.text.includes(' ') &&
      // Not a name that qualifies a thing before it: "spyware made by NSO Group, known as
      // Pegasus", "the eldest son of Donald Trump, known as Don Jr.".
      !qualifiesThing(value.slice(Math.max(0, full.start - QUALIFYING_REACH), full.start)) &&
      short.text.length < full.text.length &&
      !defined.has(short.text) &&
      AFTER_KNOWN_NAME.test(value.charAt(short.end))
    ) {
      defined.set(short.text, full)
      continue
    }
    // "BEUC (the European Consumer Organisation)": an acronym, then what it stands for in
    // brackets, in another language's initials as often as not.
    // (Here the name before is the acronym, and the one after what it stands for.)
    const [acronym, expansion] = [full, short]
    const between = value.slice(acronym.end, expansion.start)
    if (
      (between === OPENING || between === ' (the ') &&
      ACRONYM.test(acronym.text) &&
      expansion.text.includes(' ') &&
      expansion.kind === 'organization' &&
      value.charAt(expansion.end) === ')' &&
      !defined.has(acronym.text)
    ) {
      defined.set(acronym.text, expansion)
      continue
    }
    // "the Liberal party (PL)", "the leftwing Workers' party (PT)": a party's short name after
    // its name and a lower-case "party", as the Guardian writes it.
    if (
      PARTY_OPENING.test(value.slice(full.end, short.start)) &&
      value.charAt(short.end) === ')' &&
      SHORT_NAME.test(short.text) &&
      !defined.has(short.text)
    ) {
      defined.set(short.text, { ...full, kind: 'organization' })
      continue
    }
    // "The Strategic Advisory Group of Experts on Immunization, or SAGE, approved it": a body's
    // short name set off after ", or", as AP writes it.
    if (
      value.slice(full.end, short.start) === OR_SHORT &&
      full.kind === 'organization' &&
      full.text.includes(' ') &&
      AFTER_KNOWN_NAME.test(value.charAt(short.end)) &&
      isShortNameOf(short.text, full.text) &&
      !defined.has(short.text)
    ) {
      defined.set(short.text, full)
      continue
    }
    if (short.start !== full.end + OPENING.length) continue
    // Not a dateline's place and its agency ("NEW YORK (AP)"), nor a person's initials; but a
    // body's name the tagger read as a place for the country that opens it, whose initials
    // the short name spells: "Pakistan Tehreek-e-Insaf (PTI)", "Pakistan Muslim League-Nawaz
    // (PML-N)".
    // (Not a place the gazetteer knows: "New York (NY)", "Hong Kong (HK)".)
    const placed =
      full.kind === 'place' &&
      short.kind === 'organization' &&
      value.charAt(short.end) === ')' &&
      spellsInitials(full.text, short.text) &&
      !isKnownPlace(full.text)
    if (placed) {
      if (!defined.has(short.text)) defined.set(short.text, { ...full, kind: 'organization' })
      continue
    }
    if (full.kind === 'place' || full.kind === 'person') continue
    if (!isShortNameOf(short.text, full.text) || defined.has(short.text)) continue
    let capitals = 0
    for (const char of short.text) if (char !== char.toLowerCase()) capitals++
    if (capitals < MIN_SHORT_CAPITALS) continue
    if (value.slice(full.end, short.start) === OPENING && value.charAt(short.end) === ')')
      defined.set(short.text, full)
  }
  // "the Lib Dems" beside "the Liberal Democrats", "the Tories" beside "the Conservative Party":
  // a party's short name, where the text names the party in full too.
  let byText: Map<string, NameMention> | null = null
  for (const name of names) {
    const fulls = PARTY_SHORT_NAMES.get(name.text.toLowerCase())
    if (fulls === undefined || defined.has(name.text)) continue
    byText ??= new Map(names.map((mention) => [mention.text.toLowerCase(), mention]))
    const full = fulls.map((text) => byText?.get(text)).find((mention) => mention !== undefined)
    if (full) defined.set(name.text, full)
  }
  return defined
}

/** Parties' short names, and their full names a text may give, in the order to look for them. */
const PARTY_SHORT_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['lib dems', ['liberal democrats', 'liberal democrat party']],
  ['lib dem', ['liberal democrats', 'liberal democrat party']],
  ['tories', ['conservative party', 'conservatives']],
  ['tory party', ['conservative party', 'conservatives']],
])

/**
 * Whether `short` spells the initials of the words of `full`, words joined by
 * hyphens counted apart and lower-case links left out: "PTI" of "Pakistan
 * Tehreek-e-Insaf", "PML-N" of "Pakistan Muslim League-Nawaz".
 */
function spellsInitials(full: string, short: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase()
  return letters.length >= 2 && initialsOf(full) === letters
}

/** The first letters of the capitalised words of `full`, lower-cased: "oes" of "Office of Emergency Services". */
function initialsOf(full: string): string {
  let initials = ''
  for (const word of full.split(/[\s-]+/u))
    if (/^\p{Lu}/u.test(word)) initials += (word[0] as string).toLowerCase()
  return initials
}

/**
 * The state a place's name abbreviates after a city and a comma, with its full
 * stop ("Mo." in "KANSAS CITY, Mo."): its name; else undefined.
 */
function abbreviatedState(name: NameMention, segments: readonly Segment[]): string | undefined {
  const key = name.text.replace(/\.$/u, '').toLowerCase()
  if (!Object.hasOwn(STATE_ABBREVIATIONS, key)) return undefined
  const value = (segments[name.segment] as Segment).value
  const dotted = name.text.endsWith('.') || value.charAt(name.end) === '.'
  return dotted && /,\s*$/u.test(value.slice(Math.max(0, name.start - 3), name.start))
    ? STATE_ABBREVIATIONS[key]
    : undefined
}

/** The texts of the names the short names of `defined` stand for. */
function definedTexts(defined: ReadonlyMap<string, NameMention>): Map<string, string> {
  return new Map([...defined].map(([short, full]) => [short, full.text]))
}

/**
 * `names` with the short names a name defines of its kind (not an other
 * name's),
 * as sure as the tagger is of the name in full ("AfD", which the tagger reads
 * as another thing).
 */
function withDefinedKinds(
  names: NameMention[],
  defined: ReadonlyMap<string, NameMention>,
): NameMention[] {
  if (defined.size === 0) return names
  // "Pakistan Muslim League-Nawaz (PML-N)": the bodies' names the tagger read as places.
  const bodies = new Set<string>()
  for (const full of defined.values()) if (full.kind === 'organization') bodies.add(full.text)
  return names.map((name) => {
    const full = defined.get(name.text)
    if (full !== undefined && full.kind !== 'other')
      return { ...name, kind: full.kind, confidence: full.confidence }
    return name.kind === 'place' && bodies.has(name.text)
      ? { ...name, kind: 'organization' as const }
      : name
  })
}

/**
 * Nominal and pronoun mentions, resolved to the entities that names made:
 * "the NATO chief" to the person whose title names NATO, "the alliance" to
 * the organisation most talked about so far, "he" to the person the text is
 * about at that point (the last one who spoke or opened a sentence, else the
 * last one named).
 */
import { firstAtOrAfter, firstNotBefore } from '../bisect.js'
import type { Segment } from '../annotate/segments.js'
import { unnamedPeople, type UnnamedPerson } from './unnamed-people.js'
import {
  KIN_NOUNS,
  MAKER_NOUNS,
  OFFICER_HEADS,
  ORGANIZATION_NOUNS,
  PERSON_PRONOUNS,
  PERSON_ROLE_NOUNS,
  PORTFOLIO_WORDS,
  TITLE_WORDS,
} from '../lexicon/titles.js'
import { ADDRESS_GENDERS, ROYAL_WORDS } from '../lexicon/address.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { ARMED_GROUPS, COLLECTION_HEADS, ONLINE_PLATFORMS } from '../lexicon/organizations.js'
import { NEWS_AGENCIES, WIRE_SERVICES } from '../lexicon/credits.js'
import type { Entity, Mention } from '../types.js'
import { nameKey, withoutArticle } from './name-forms.js'
import { genderOfFirstName } from './names.js'
import { isKnownSurname, lexicon } from './lexicon.js'
import { hashOf } from './hash.js'
import { functionWords } from './discourse.js'
import { basedAt, basedOrganizations } from './based.js'
import { findNominals } from './nominals.js'
import { findPronouns } from './pronouns.js'
import { quotedSpansOf, type QuotedSpan } from '../quotes/marks.js'
import { isSpaceCode } from './words.js'
import { COURT_ROLES, GAME_ROLES, isPersonNoun, titleFits } from '../quotes/speaker-words.js'
import {
  isCreditedAgencyBesides,
  isUnfitBodyFor,
  MAX_SUBJECT_LOOKBACK,
  NEW_BODY,
  sentenceStartBefore,
  soleBodyReporting,
  speakersParty,
  soleCompanyBefore,
  SUBJECT_HEADS,
} from './company-nominals.js'
import { isAddressed, kinGenderBefore } from './kin-genders.js'
import { OPENING_PREPOSITION_WORDS } from './contexts.js'
import { apposingComma } from './titles.js'

/** A resolved nominal or pronoun mention (its position is added by the caller). */
export interface Reference {
  kind: Mention['kind']
  text: string
  entityId: string
  segment: number
  start: number
  end: number
  /** For a person's nominal set off beside the name ("the OBR's chair"): the title it gives. */
  title?: string
}

/** Where a mention stands, as the entity stage knows it. */
interface Placed {
  entityId: string
  segment: number
  start: number
  end: number
  kind: Mention['kind']
}

/**
 * The gender the first name of a person's name `name` says: null for a name of
 * one word that is a surname, a well-known person's or the last word of a
 * person's name in `surnames` ("Clinton" beside "Hillary Clinton"), whatever
 * the lists say of it as a first name.
 */
export function genderOfPersonName(
  name: string,
  surnames: ReadonlySet<string> = NO_SURNAMES,
): 'male' | 'female' | null {
  const first = firstWord(name)
  if (first === name && (surnames.has(name.toLowerCase()) || isKnownSurname(name))) return null
  // "Kim E-bae", "Choi Sang-mok": a Korean name, the surname first, whose given name the lists
  // do not know.
  if (HYPHENATED_GIVEN_NAME.test(name)) return null
  // "Nguyen Thi Hoa", "Tran Van Minh": a Vietnamese name, the surname first, whose middle name
  // says the gender.
  const vietnamese = VIETNAMESE_MIDDLE.exec(name)
  if (vietnamese) return vietnamese[1] === 'Thi' || vietnamese[1] === 'Thị' ? 'female' : 'male'
  return genderOfFirstName(first)
}
/** A name of three words whose middle is the Vietnamese one that says a gender: "Nguyen Thi Hoa". */
const VIETNAMESE_MIDDLE = /^\p{Lu}\p{L}+ (Thi|Thị|Van|Văn) \p{Lu}\p{L}+$/u
/**
 * A short surname, then a given name of two short syllables joined by a
 * hyphen: "Kim E-bae", "Lee Jae-myung" (not "Ivy League-trained").
 */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}{0,5}-\p{Ll}{2,6}$/u
const NO_SURNAMES: ReadonlySet<string> = new Set()

/**
 * The gender of a person: the one their first name and their forms of address
 * say; null when neither says one, or when they disagree (a name that holds
 * "Michelle Obama" and "Mr. Obama").
 */
function genderOf(entity: Entity, surnames: ReadonlySet<string>): 'male' | 'female' | null {
  const named = genderOfPersonName(entity.name, surnames)
  const addressed = genderOfTitles(entity.titles)
  if (named === null) return addressed
  return addressed === null || addressed === named ? named : null
}

/**
 * The gender a person's forms of address say ("Mr", "Ms.", "Sir", "Dame");
 * null when none does, or when they disagree ("Mr. Obama" and "Mrs. Obama"
 * that one name holds).
 */
export function genderOfTitles(titles: readonly string[]): 'male' | 'female' | null {
  let found: 'male' | 'female' | null = null
  for (const title of titles) {
    const word = title.slice(title.lastIndexOf(' ') + 1).toLowerCase()
    const gender = ADDRESS_GENDERS.get(word.endsWith('.') ? word.slice(0, -1) : word)
    if (gender === undefined) continue
    if (found !== null && found !== gender) return null
    found = gender
  }
  return found
}

/** The text up to its first white space (as `text.split(/\s+/u)[0]`): "Jens" of "Jens Stoltenberg". */
export function firstWord(text: string): string {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return text.slice(0, i)
  return text
}

/** How many times more than any other holder of a title a person is named to be "the" holder. */
const DOMINANT_HOLDER = 3

const CLOSE_BRACKET = 0x29
/** A quotation's closing mark right before a nominal that speaks it: '," the solicitor'. */
const CLOSED_BEFORE = /(?:[,.!?]["”]|["”][,.!?]?)\s*$/u
const CLOSE_REACH = 5
/** The side an advocate speaks for, set off after their name: ", mitigating," ", prosecuting". */
const ADVOCATE_SIDE = /^,\s+(mitigating|defending|prosecuting)\b/u
const ADVOCATE_SIDE_REACH = 16
/** Roles of the courtroom that speak for the prosecution; the others speak for the defence. */
const PROSECUTION_ROLES: ReadonlySet<string> = new Set(['prosecutor', 'prosecutors'])
/**
 * The person named right before a relative clause set off by commas and a
 * verb of saying that ends right before `at` ("Adelman, who took over ...,
 * said " he); else null.
 */
function subjectBeforeRelative(value: string, names: readonly Placed[], at: number): string | null {
  const before = value.slice(Math.max(0, at - RELATIVE_SAYING_REACH), at)
  if (!SAID_AFTER_COMMA.test(before)) return null
  for (let i = firstAtOrAfter(names, at) - 1; i >= 0; i--) {
    const name = names[i] as Placed
    if (at - name.end > RELATIVE_SAYING_REACH) return null
    if (name.kind === 'name' && RELATIVE_THEN_SAID.test(value.slice(name.end, at)))
      return name.entityId
  }
  return null
}
/** A verb of saying after a comma, right before a pronoun: ", said ". */
const SAID_AFTER_COMMA = /, (?:said|says|added|insisted|argued|told [\p{L}.]+) $/u
/** A relative clause set off after a name, then its verb of saying: ", who ..., said ". */
const RELATIVE_THEN_SAID =
  /^, (?:who|whose) [^.!?"“”;]*, (?:said|says|added|insisted|argued|told [\p{L}.]+) $/u
/** Characters read back for such a clause. */
const RELATIVE_SAYING_REACH = 200

/** How many texts back a pronoun may look for its person. */
const PRONOUN_REACH = 4
/** How many names back a pronoun may look: enough for any paragraph, bounded for endless ones. */
const MAX_LOOKBACK = 64
/** Before a name that opens a sentence; not after an opening quotation mark, inside a quote. */
const SENTENCE_OPENING = /(?:^|[.!?](?:["”’]|'')?\s+)$/u

/**
 * Finds and resolves the nominal and pronoun mentions of `segments`, given
 * the entities (also by id) and their name mentions in reading order.
 */
export function findReferences(
  segments: readonly Segment[],
  entities: readonly Entity[],
  byId: ReadonlyMap<string, Entity>,
  names: readonly Placed[],
  /** The news agencies the text names only as the source of its news (creditedAgencies). */
  credited: ReadonlySet<string>,
): Reference[] {
  const kindOf = (id: string): Entity['kind'] | undefined => byId.get(id)?.kind
  const genders = new Map<string, 'male' | 'female' | null>()
  // The last words of the document's people named in full: "Clinton" alone is a surname there.
  const surnames = new Set<string>()
  for (const entity of entities) {
    const space = entity.name.lastIndexOf(' ')
    if (entity.kind === 'person' && space > 0)
      surnames.add(entity.name.slice(space + 1).toLowerCase())
  }
  // The genders that forms of address say ("Ms Okafor"): sure, as a first name's is not.
  const addressedGenders = new Map<string, 'male' | 'female'>()
  for (const entity of entities) {
    if (entity.kind !== 'person') continue
    genders.set(entity.id, genderOf(entity, surnames))
    const addressed = genderOfTitles(entity.titles)
    if (addressed !== null) addressedGenders.set(entity.id, addressed)
  }
  // "Nichols' mother, RowVaughn Wells,": a person no name nor form of address says the gender
  // of has their kin's (not one whose forms of address disagree: "Mr. Khan" and "Ms. Khan").
  for (const name of names) {
    if (genders.get(name.entityId) !== null) continue
    if (isAddressed(byId.get(name.entityId))) continue
    const kin = kinGenderBefore((segments[name.segment] as Segment).value, name.start)
    if (kin !== null) genders.set(name.entityId, kin)
  }
  // The organisations the text says are based somewhere, by the place: read at the first
  // nominal that asks ("the Chicago-based company"); a place two are based in names neither.
  let based: Map<string, string | null> | null = null
  const basedOrganization = (place: string): string | null => {
    based ??= basedOrganizations(names, segments, kindOf)
    return based.get(place) ?? null
  }
  /** The organisation the words before a nominal's head say it is based where: "Chicago-based". */
  const basedHere = (modifiers: string): string | null => {
    const place = basedAt(modifiers)
    return place === null ? null : basedOrganization(place)
  }
  /** The gender of the first pronoun that stood for each person ("she": female). */
  const pronounGenders = new Map<string, 'male' | 'female'>()
  // The people each paragraph brings in unnamed, read at the first pronoun that asks.
  const unnamedBySegment: (readonly UnnamedPerson[] | undefined)[] = []
  /**
   * Where the nearest person brought in unnamed before `start` of segment `segment`, in that
   * paragraph, whom a pronoun of `gender` fits, stands; -1 for none.
   */
  const unnamedBefore = (
    segment: number,
    start: number,
    gender: 'male' | 'female' | null,
  ): number => {
    const people = (unnamedBySegment[segment] ??= unnamedPeople(
      (segments[segment] as Segment).value,
    ))
    for (let i = firstAtOrAfter(people, start) - 1; i >= 0; i--) {
      const person = people[i] as UnnamedPerson
      if (person.gender === null || gender === null || person.gender === gender) return person.start
    }
    return -1
  }
  // Only people with titles can be "the NATO chief"; each qualifier is looked up once.
  const titled = entities
    .filter((entity) => entity.kind === 'person' && entity.titles.length > 0)
    .map((entity) => ({ id: entity.id, titles: entity.titles.map((title) => nameKey(title)) }))
  const byQualifier = new Map<string, string | null>()
  const titledWith = (qualifier: string, head: string, former: boolean): string | null => {
    const key = `${head} ${qualifier} ${former}`
    let id = byQualifier.get(key)
    if (id === undefined) {
      id = null
      // The last person whose title holds the qualifier and fits the head, as the mentions list
      // them; one who holds it now, never one who held it ("the Treasury secretary" is not
      // "Lawrence H. Summers, the former Treasury secretary"), unless the nominal says "former".
      let past: string | null = null
      for (const person of titled) {
        for (const title of person.titles) {
          // (Its words, not letters inside one: "SP" is not of "Congress spokesperson".)
          if (!` ${title} `.includes(` ${qualifier} `) || !titleFitsHead(title, head)) continue
          if (FORMER.test(title) === former) id = person.id
          else past = person.id
        }
      }
      // (A holder's title may leave "former" out: "the former governor" is "Gov. Jeb Bush".)
      if (former) id ??= past
      byQualifier.set(key, id)
    }
    return id
  }
  // The advocates named by the side they speak for ("Claire Oduya, prosecuting"), read at the
  // first role of the courtroom that asks.
  let advocates: Map<string, string | null> | null = null
  /** The one advocate of the side a role of the courtroom (`head`) speaks for; else null. */
  const advocateFor = (head: string): string | null => {
    const side = PROSECUTION_ROLES.has(head) ? 'prosecuting' : 'defending'
    if (advocates === null) {
      advocates = new Map()
      for (const name of names) {
        if (kindOf(name.entityId) !== 'person') continue
        const value = (segments[name.segment] as Segment).value
        const said = ADVOCATE_SIDE.exec(value.slice(name.end, name.end + ADVOCATE_SIDE_REACH))
        if (!said) continue
        const key = said[1] === 'prosecuting' ? 'prosecuting' : 'defending'
        const known = advocates.get(key)
        advocates.set(key, known === undefined || known === name.entityId ? name.entityId : null)
      }
    }
    return advocates.get(side) ?? null
  }
  const byHead = new Map<string, Holders>()
  /**
   * The people whose titles, held now, are of the role `head` ("judge" of "U.S. District
   * Judge Patricia Almonte"; not "Vice President" for "president"): the one, if one, and of
   * several the one the story names far the most ("ECB President Margarethe Vollmer", named
   * throughout, beside "Bundesbank President Jens Albrecht", named once).
   */
  const holdersOf = (head: string): Holders => {
    let holders = byHead.get(head)
    if (holders === undefined) {
      const role = { head, modifiers: new Set<string>() }
      const ranked = titled
        .filter((person) =>
          person.titles.some((title) => !FORMER.test(title) && titleFits(title, role)),
        )
        .map((person) => ({ id: person.id, named: byId.get(person.id)?.mentions.length ?? 0 }))
        .sort((a, b) => b.named - a.named)
      const [first, second] = ranked
      holders = {
        ids: new Set(ranked.map((person) => person.id)),
        sole: ranked.length === 1 ? (first?.id ?? null) : null,
        dominant:
          first !== undefined &&
          second !== undefined &&
          first.named >= DOMINANT_HOLDER * second.named
            ? first.id
            : null,
      }
      byHead.set(head, holders)
    }
    return holders
  }
  /**
   * The person a nominal of the role `head` at `start` of segment `at` names by the title
   * alone: the one holder, or the holder the story names most when the holder named last
   * before it, if any lately, is that one ("the minister" after "Environment Minister Rajesh
   * Menon" is him, though "Arslan, Turkey's environment minister" be named more); else null.
   */
  const soleTitled = (head: string, at: number, start: number): string | null => {
    const { ids, sole, dominant } = holdersOf(head)
    if (sole !== null || dominant === null) return sole
    for (let s = at; s >= 0 && at - s <= PRONOUN_REACH; s--) {
      const list = bySegment[s] as Placed[]
      for (let i = (s === at ? firstAtOrAfter(list, start) : list.length) - 1; i >= 0; i--) {
        const id = (list[i] as Placed).entityId
        if (ids.has(id)) return id === dominant ? id : null
      }
    }
    return dominant
  }
  /** The one person whose title is the royal `head` ("king" of "King Charles III"); else null. */
  const soleRoyal = (head: string): string | null => {
    let id: string | null = null
    for (const person of titled)
      if (person.titles.some((title) => title.slice(title.lastIndexOf(' ') + 1) === head)) {
        if (id !== null) return null
        id = person.id
      }
    return id
  }
  // In reading order already: each segment's names by start.
  const bySegment: Placed[][] = segments.map(() => [])
  for (const name of names) bySegment[name.segment]?.push(name)
  /** Organisation mention counts over the segments before the current one. */
  const organizationCounts = new Tally()
  /** The same counts for each specific head, of the organisations whose names hold it. */
  const countsByHead = new Map<string, Tally>()
  /** The specific heads each organisation's name holds, read once. */
  const headsById = new Map<string, readonly string[]>()
  const headsOf = (id: string): readonly string[] => {
    let heads = headsById.get(id)
    if (heads === undefined) {
      heads = headsOfName(byId.get(id)?.name ?? '')
      headsById.set(id, heads)
    }
    return heads
  }
  /** The lower-cased words of each entity's name, read once. */
  const nameWords = new Map<string, readonly string[]>()
  /**
   * Whether the name of entity `id` holds `head`: "Ikoyi Merchant Bank" holds "bank"; "the
   * National Education Association" holds "union" by its kind, unless `literal`.
   */
  const holdsHead = (id: string, head: string, literal = false): boolean => {
    if (!literal && headsOf(id).includes(head)) return true
    let words = nameWords.get(id)
    if (words === undefined) {
      words = byId.get(id)?.name.toLowerCase().split(/\s+/u) ?? []
      nameWords.set(id, words)
    }
    return words.includes(head)
  }
  const references: Reference[] = []
  /** The organisation a nominal of each head set off beside it named last: "The water regulator, Ofwat". */
  const calledBy = new Map<string, string>()
  /** How much each name stands out (see isSalient), asked again by every pronoun after it. */
  const salience = new Map<Placed, Salience>()
  // Who speaks the quotation that the paragraph before left open, which a paragraph that opens
  // with a quotation mark goes on with (the news convention): its pronouns are none of them.
  let carried: ReadonlySet<string> | null = null
  segments.forEach((segment, segmentIndex) => {
    // Where this segment's references start in `references`.
    const segmentStart = references.length
    const inSegment = bySegment[segmentIndex] as Placed[]
    // An organisation the text talks of: not the agency of a dateline ("WASHINGTON (AP) —"),
    // which credits the story and would lead the count of a short one.
    const talkedOf = (name: Placed, of: Segment = segment): boolean =>
      kindOf(name.entityId) === 'organization' &&
      !of.sealed.some(([from, to]) => name.start >= from && name.start < to)
    if (segment.kind !== 'title') {
      const value = segment.value
      // A nominal may hold a qualifier's name ("the Western alliance"), not be one.
      const covered = (start: number, end: number): boolean => {
        // Names do not overlap one another: only the last one starting before `end` can cover.
        const name = inSegment[firstAtOrAfter(inSegment, end) - 1]
        return name !== undefined && name.end > start && kindOf(name.entityId) !== 'other'
      }
      // Made when the segment has an organisation noun: most have none.
      let tally: SegmentTally | null = null
      let counted = 0
      // And for each specific head asked about, made when one is.
      const headTallies = new Map<string, { tally: SegmentTally; counted: number }>()
      /** The most named organisation so far whose name holds `head`: "the commission". */
      const leaderWithHead = (head: string, start: number): string | null => {
        let entry = headTallies.get(head)
        if (!entry) {
          entry = { tally: new SegmentTally(countsByHead.get(head) ?? new Tally()), counted: 0 }
          headTallies.set(head, entry)
        }
        while (
          entry.counted < inSegment.length &&
          (inSegment[entry.counted] as Placed).start < start
        ) {
          const name = inSegment[entry.counted++] as Placed
          if (talkedOf(name) && headsOf(name.entityId).includes(head))
            entry.tally.add(name.entityId)
        }
        return entry.tally.leader
      }

      /**
       * The entity `pick` finds of the first name it accepts, reading back from `start` in this
       * segment and then the one before; null when it accepts none. (At most MAX_HEAD_LOOKBACK
       * names back: a paragraph of endless names costs no more.)
       */
      const nameBefore = (
        start: number,
        pick: (name: Placed, value: string, here: boolean) => boolean,
      ): string | null => {
        let looked = 0
        for (let s = segmentIndex; s >= Math.max(0, segmentIndex - 1); s--) {
          const names = bySegment[s] ?? []
          const from = s === segmentIndex ? firstAtOrAfter(names, start) - 1 : names.length - 1
          const value = (segments[s] as Segment).value
          for (let i = from; i >= 0 && looked++ < MAX_HEAD_LOOKBACK; i--) {
            const name = names[i] as Placed
            if (pick(name, value, s === segmentIndex)) return name.entityId
          }
        }
        return null
      }

      /**
       * The organisation whose name holds `head` named last before `start` as its sentence's
       * subject or as a source ("according to"), in this segment or the one before; null when
       * none is; `literal`, a name that holds the very word. (Not one named in an object or an
       * aside: "overturned a ruling by the Court of Appeal. The court said".)
       */
      const lastWithHead = (start: number, head: string, literal = false): string | null =>
        nameBefore(start, (name, value, here) => {
          if (!talkedOf(name, segments[name.segment]) || !holdsHead(name.entityId, head, literal))
            return false
          // "A spokesperson for the British Museum said ... The museum": the body whose speaker
          // opens the sentence.
          const speakerFor = SPEAKER_FOR.exec(
            value.slice(Math.max(0, name.start - SPEAKER_FOR_REACH), name.start),
          )
          return (
            opensItsSentence(value, name.start) ||
            (speakerFor !== null && opensItsSentence(value, name.start - speakerFor[0].length)) ||
            isAccordingSource(value, name) ||
            // "Julius Abure, the Labour Party's national chairman, said the party would": the
            // body whose member speaks in the nominal's own sentence.
            (here &&
              MEMBER_AFTER.test(value.slice(name.end, name.end + MEMBER_REACH)) &&
              !sentenceEndsIn(value, name.end, start))
          )
        })

      /**
       * The organisation the text last named as a medium, before `start` in this paragraph or
       * the one before: the one an interview was given to, or someone told ("spoke in an
       * interview with the Frankfurter Allgemeine Zeitung. He told the newspaper").
       */
      const lastMedium = (start: number): string | null =>
        nameBefore(
          start,
          (name, value) =>
            name.kind === 'name' &&
            kindOf(name.entityId) === 'organization' &&
            MEDIUM_BEFORE.test(value.slice(Math.max(0, name.start - MEDIUM_REACH), name.start)),
        )

      /** The organisation most named before `start` that "the" + `modifiers` + `head` can be. */
      const mostNamed = (start: number, head: string, modifiers: string): string | null => {
        // Count the organisations named before this point of the text, then take the most named.
        tally ??= new SegmentTally(organizationCounts)
        while (counted < inSegment.length && (inSegment[counted] as Placed).start < start) {
          const name = inSegment[counted++] as Placed
          if (talkedOf(name)) tally.add(name.entityId)
        }
        const leader = tally.leader === null ? undefined : byId.get(tally.leader)
        // "American Airlines CEO Robert Isom said the company": not the Army, named as often.
        if (leader && isUnfitBodyFor(head, leader.name)) return null
        // "Klitschko wrote on Telegram. ... the alliance": a platform where words were posted is
        // only a company, a platform or a service.
        const platform =
          leader !== undefined &&
          PLATFORMS.has(leader.name.toLowerCase()) &&
          !PLATFORM_HEADS.has(head)
        // "the campaign" is not the White House, most named so far: a specific head must be
        // in the organisation's name ("the party", "Republican Party") or a modifier
        // must ("the Obama administration", "Obama White House").
        if (!platform && (!leader || fitsHead(leader.name, head, modifiers))) {
          // "the Foreign Ministry said ... the Health Ministry reported 30 cases. The ministry
          // said": of several organisations whose names hold the head, the one named last.
          // (A modifier tells one apart itself: "the high court", "the lower court".)
          const recent =
            SPECIFIC_ORGANIZATION_HEADS.has(head) && modifiers.trim() === ''
              ? lastWithHead(start, head)
              : null
          return recent ?? tally.leader
        }
        // "The commission says": the Commission on Presidential Debates, named before.
        const withHead = SPECIFIC_ORGANIZATION_HEADS.has(head) ? leaderWithHead(head, start) : null
        const body = withHead === null ? undefined : byId.get(withHead)
        return body && fitsHead(body.name, head, modifiers) ? withHead : null
      }

      /**
       * The organisation that opened the sentence before the nominal at `start`, or the last
       * sentence of the paragraph before ("DigitalEurope, which represents companies, said ...
       * ¶ '...,' the group's director general said"), for a head any body may be; null when
       * another organisation is named in between.
       */
      const lastSubjectBody = (
        at: number,
        start: number,
        head: string,
        modifiers: string,
      ): string | null => {
        if (!SUBJECT_HEADS.has(head)) return null
        // "the new company", "the U.S. company": a body the words before the head tell apart.
        if (modifiers.split(/\s+/u).some((word) => /^\p{Lu}/u.test(word) || NEW_BODY.has(word)))
          return null
        for (let s = at; s >= Math.max(0, at - 1); s--) {
          const names = bySegment[s] ?? []
          const text = (segments[s] as Segment).value
          const from = s === at ? firstAtOrAfter(names, start) - 1 : names.length - 1
          // The sentence of the organisations met so far that open none: the opener's only.
          let sentence = -1
          for (let i = from; i >= 0 && from - i < MAX_SUBJECT_LOOKBACK; i--) {
            const name = names[i] as Placed
            if (kindOf(name.entityId) !== 'organization') continue
            // "Deutsche Bank analyst Claudia Reinholt called ...": the employer of a person's
            // role, not a body the sentence is about.
            if (isRoleEmployer(text, name.end)) continue
            const opening = sentenceStartBefore(text, name.start)
            if (sentence >= 0 && opening !== sentence) return null
            if (opensSentence(text, name.start)) return name.entityId
            sentence = opening
          }
          if (sentence >= 0) return null
        }
        return null
      }

      const openers: Placed[] = []
      // The people named in the segment before the nominal read last: the first two of them
      // (nominals come in reading order, so one walk over the names serves them all).
      let scanned = 0
      let firstPerson: string | null = null
      let otherPerson: string | null = null
      // Whether a third person is named; the last person named.
      let morePeople = false
      let lastPerson: Placed | null = null
      /**
       * Whether a person other than `except` is named in the segment before `start`; not one
       * alone who speaks of the nominal in its sentence ("Mark Hennessy said the premier had
       * lied": no premier).
       */
      const otherPersonBefore = (start: number, except: string | null, head: string): boolean => {
        for (; scanned < inSegment.length; scanned++) {
          const name = inSegment[scanned] as Placed
          if (name.start >= start) break
          if (kindOf(name.entityId) !== 'person') continue
          lastPerson = name
          if (firstPerson === null) firstPerson = name.entityId
          else if (otherPerson === null && name.entityId !== firstPerson)
            otherPerson = name.entityId
          else if (name.entityId !== firstPerson && name.entityId !== otherPerson) morePeople = true
        }
        const others =
          (firstPerson !== null && firstPerson !== except ? 1 : 0) +
          (otherPerson !== null && otherPerson !== except ? 1 : 0)
        if (others === 0) return false
        const speaker = lastPerson as Placed | null
        return (
          others > 1 ||
          morePeople ||
          // ("Lewandowski ... travels with the candidate": a race has several.)
          CONTESTANTS.has(head) ||
          speaker === null ||
          speaker.entityId === except ||
          start - speaker.end > SAYING_REACH ||
          !speechVerbAfter(value, speaker.end) ||
          hasSentenceEnd(value, speaker.end, start)
        )
      }
      for (const nominal of findNominals(value)) {
        const { start, end, head, modifiers } = nominal
        // "lost the moral authority to govern": a power, no body.
        if (head === 'authority' && POWERS.test(modifiers)) continue
        let entityId: string | null = null
        const wanted = PERSON_ROLE_NOUNS.has(head)
          ? 'person'
          : ORGANIZATION_NOUNS.has(head)
            ? 'organization'
            : null
        // (Not a person's nominal that completes a role before it: "The chief of staff to the
        // president, Jeff Zients," is no president.)
        const apposed =
          wanted === 'organization' || (wanted === 'person' && !completesRole(value, start))
            ? appositiveName(value, inSegment, nominal)
            : null
        const basedOn = ORGANIZATION_NOUNS.has(head) ? basedHere(modifiers) : null
        if (apposed) {
          // "The UN refugee agency, UNHCR, said", "Suella Braverman, the home secretary,":
          // the name set off beside the nominal is whom it names (no one else when its
          // kind is not the nominal's).
          if (kindOf(apposed.entityId) === wanted) entityId = apposed.entityId
        } else if (head === 'bank' && /(?:^|\s)central\s*$/u.test(modifiers)) {
          // "the central bank": the nation's bank most named so far ("the Bank of Japan (BOJ)"),
          // not the body most named.
          entityId = leaderWithHead(CENTRAL_BANK, start)
        } else if (PERSON_ROLE_NOUNS.has(head)) {
          // "the NATO chief": the person whose title names what the modifiers name.
          const qualifier = specificQualifier(nameKey(modifiers))
          if (qualifier)
            entityId = titledWith(qualifier, head, FORMER_WORD.test(value.slice(start, end)))
          // "The judge thanked the victims": the one person the document titled so, for a role
          // of the courtroom or the game, which one person holds in a story; for another ("the
          // president was blunt"), only where the paragraph names no other person before it
          // ('star Selenis Leyva ... The actress explained' beside "Actress Eva Longoria").
          else if (
            modifiers.trim() === '' &&
            // (Not "the coach of the Celtics", nor after "a new attorney", "their coach": a
            // holder the story introduces besides the one it titled.)
            !/^\s+of\b/u.test(value.slice(end, end + 4)) &&
            !introducedHolder(value.slice(Math.max(0, start - HOLDER_REACH), start), head)
          ) {
            const titled = soleTitled(head, segmentIndex, start)
            if (
              COURT_ROLES.has(head) ||
              GAME_ROLES.has(head) ||
              !otherPersonBefore(start, titled, head)
            )
              entityId = titled
            // "Gareth Pugh, mitigating, said ... the solicitor said": the advocate the text
            // names by the side they speak for, as British court reports do.
            if (entityId === null && COURT_ROLES.has(head)) entityId = advocateFor(head)
          }
        } else if (ROYAL_WORDS.has(head)) {
          // "the King", "the Queen": the one person of the document with that title.
          if (modifiers === '') entityId = soleRoyal(head)
        } else if (basedOn !== null) {
          // "the Chicago-based company": the one the text said is based there ("Halvorsen Foods,
          // based in Chicago,"), not the one named last ("Atlanta-based Brightwater").
          entityId = basedOn
        } else if (ORGANIZATION_NOUNS.has(head) && !/\bof\s*$/u.test(value.slice(end, end + 4))) {
          // "the NATO alliance": an organisation named in the modifiers is the one; "the Trump
          // campaign": a person named there says it is none of those named before.
          const named = namedModifier(value, inSegment, start, end - head.length, head, kindOf)
          const specific = SPECIFIC_ORGANIZATION_HEADS.has(head) && modifiers.trim() === ''
          // (Not the agency that reports the story: "Reuters reported it. The central bank said";
          // nor, for "the company", a union or a ministry.)
          const fitting = (id: string | null): string | null =>
            id !== null &&
            (isCreditedAgencyBesides(credited, id, head, modifiers) ||
              isUnfitBodyFor(head, byId.get(id)?.name ?? ''))
              ? null
              : id
          entityId =
            named === undefined
              ? ((MEDIUM_HEADS.has(head) && modifiers.trim() === '' ? lastMedium(start) : null) ??
                // "Congress MP Kumari Selja said the party needed": the speaker's own party.
                (head === 'party' && modifiers.trim() === ''
                  ? speakersParty(value, inSegment, start, byId)
                  : null) ??
                fitting(soleCompanyBefore(value, inSegment, start, head, byId)) ??
                fitting(
                  soleBodyReporting(value, inSegment, start, end, head, byId, (id) =>
                    fitsHead(byId.get(id)?.name ?? '', head, modifiers),
                  ),
                ) ??
                // ("the airline", "the German automaker": only the one business of the sentence,
                // not a company named before, which may make anything.)
                (MAKERS.has(head)
                  ? null
                  : // "The Eastport Tenants Union will hold a rally. ..., according to the
                    // Eastport Property Owners Association. Tran said the union": for a head that
                    // tells bodies apart, the body whose name holds the very word, named as a
                    // subject or a source, before the last subject.
                    ((specific ? fitting(lastWithHead(start, head, true)) : null) ??
                    // "The water regulator, Ofwat, ... the regulator": the body a nominal of the
                    // head named, set off beside it.
                    (modifiers.trim() === '' ? fitting(calledBy.get(head) ?? null) : null) ??
                    fitting(lastSubjectBody(segmentIndex, start, head, modifiers)) ??
                    // "According to Ikoyi Merchant Bank, ... the bank said": the body last named
                    // as a subject or a source whose name holds the head, before the one most
                    // named.
                    (modifiers.trim() === '' ? fitting(lastWithHead(start, head)) : null) ??
                    fitting(mostNamed(start, head, modifiers)))))
              : named
        }
        if (entityId === null || covered(end - head.length, end)) continue
        if (apposed && kindOf(entityId) === 'organization') calledBy.set(head, entityId)
        const text = value.slice(start, end)
        references.push({
          kind: 'nominal',
          text,
          entityId,
          segment: segmentIndex,
          start,
          end,
          // "The chancellor, Rachel Reeves,", "Richard Hughes, the OBR's chair,": a title.
          ...(apposed && wanted === 'person' && isTitleLike(modifiers)
            ? { title: withoutArticle(text) }
            : {}),
        })
        // "The Arsenal manager was unhappy. 'Q,' he said": a person's nominal that opens a
        // sentence stands out for the pronouns after it, as a name there does; so does one after
        // a phrase that opens it ("Asked about the Fed, the president was blunt").
        if (
          kindOf(entityId) === 'person' &&
          (opensSentence(value, start) ||
            OPENING_PHRASE.test(value.slice(Math.max(0, start - OPENING_PHRASE_REACH), start)))
        )
          openers.push({ kind: 'nominal', entityId, segment: segmentIndex, start, end })
      }
      for (const opener of openers)
        inSegment.splice(firstAtOrAfter(inSegment, opener.start), 0, opener)
      // The segment's nominals, in reading order, before its pronouns join the references.
      const nominals = references.slice(segmentStart)

      const pronouns = findPronouns(value)
      // The paragraph's quotations, outermost, in reading order (double marks, single marks in
      // the British style, guillemets): a pronoun inside one is of its speaker's words.
      const quotations = quotedSpansOf(segment)
        .filter((span) => span.depth === 0)
        .sort((a, b) => a.open - b.open)
      // The first quotation that does not close before the pronoun read last (pronouns come in
      // reading order).
      let nextQuotation = 0
      /** The quotation that holds offset `at`, read on from the last; else undefined. */
      const quotationAt = (at: number): QuotedSpan | undefined => {
        while (
          nextQuotation < quotations.length &&
          (quotations[nextQuotation] as QuotedSpan).close < at
        )
          nextQuotation++
        const quotation = quotations[nextQuotation]
        return quotation !== undefined && quotation.open < at ? quotation : undefined
      }
      /** Where the quotation whose closing mark stands right before `at` opens; else -1. */
      const attributedQuotation = (at: number): number => {
        const before = quotations[firstNotBefore(quotations, (span) => span.close < at) - 1]
        if (before === undefined || before.unclosed) return -1
        const between = value.slice(before.close + 1, at)
        return between.length <= MAX_SPACES_BEFORE && between.trim() === '' ? before.open : -1
      }
      // Who speaks each quotation, read to its end, by its index: for the quotations after it.
      const spokenBy = new Map<number, ReadonlySet<string>>()
      /**
       * Who speaks `quotation`, which holds `at`: named around it; for one that opens the
       * paragraph and is said nowhere in it, the quotation's it goes on with from the paragraph
       * before; else the one before it in the paragraph, when no one else is named between.
       */
      const speakersOf = (
        quotation: QuotedSpan,
        at: number,
        /** How many quotations back a quotation said nowhere may go on with. */
        reach = MAX_QUOTATIONS_ON,
      ): ReadonlySet<string> => {
        const { open } = quotation
        const close = quotation.unclosed ? -1 : quotation.close
        const speakers = new Set(
          quoteSpeakers(value, inSegment, open, close, (from, to) => resolve(from, to, null)),
        )
        // '"He accepts it," the solicitor said': the nominal of a person that speaks it, the
        // first after the pronoun.
        const nominal = nominals[firstAtOrAfter(nominals, at)]
        if (nominal !== undefined && kindOf(nominal.entityId) === 'person') {
          const before = value.slice(Math.max(at, nominal.start - CLOSE_REACH), nominal.start)
          if (CLOSED_BEFORE.test(before) && speechVerbAfter(value, nominal.end))
            speakers.add(nominal.entityId)
        }
        if (speakers.size > 0) return speakers
        if (carried && open === value.search(/\S/u)) return carried
        // "'Q,' Kieran Blake said. 'The lads feel we let him down.'": a quotation said nowhere
        // goes on with the one before it in the paragraph, when no one else is named between.
        const index = firstNotBefore(quotations, (span) => span.open < open)
        const before = index > 0 ? quotations[index - 1] : undefined
        if (before === undefined || reach === 0) return speakers
        let said = spokenBy.get(index - 1)
        if (said === undefined) {
          said = speakersOf(before, before.close, reach - 1)
          spokenBy.set(index - 1, said)
        }
        const from = firstAtOrAfter(inSegment, before.close)
        for (let i = from; i < inSegment.length; i++) {
          const name = inSegment[i] as Placed
          if (name.start >= open) break
          if (kindOf(name.entityId) === 'person' && !said.has(name.entityId)) return speakers
        }
        return said
      }
      /**
       * The person a pronoun at `start`..`end` stands for, outside quotation marks or inside
       * `quotation`; null for a pronoun of no person.
       */
      const resolve = (start: number, end: number, quotation: QuotedSpan | null): string | null => {
        const word = value.slice(start, end).toLowerCase()
        if (!(word in PERSON_PRONOUNS)) return null
        const inQuote = quotation !== null
        const possessive = word === 'his' || word === 'her'
        // "He added", '," she said': a pronoun that speaks, outside quotation marks.
        const speaks = !inQuote && !possessive && speechVerbAfter(value, end)
        const gender = PERSON_PRONOUNS[word] ?? null
        // A person whose first name says the other gender is not "he" or "she".
        const fits = (id: string): boolean => {
          const known = genders.get(id)
          return !known || !gender || known === gender
        }
        /** Whether `id` is a person the pronoun may stand for. */
        const isFittingPerson = (id: string | null): id is string =>
          id !== null && kindOf(id) === 'person' && fits(id)
        // "The prime minister's office said he would chair", "Smith's lawyer said she": the
        // owner of whoever speaks for them, named or not.
        if (!inQuote && !possessive) {
          const owner = OWNER_SPOKE.exec(value.slice(Math.max(0, start - OWNER_SPOKE_REACH), start))
          if (owner) {
            const ownerEnd = start - owner[0].length + (owner[1] as string).length
            const named = inSegment[firstAtOrAfter(inSegment, ownerEnd) - 1]
            return named?.end === ownerEnd && isFittingPerson(named.entityId)
              ? named.entityId
              : null
          }
        }
        // "In her closing remarks, Vandermeer urged", "After his speech, Mr. Obama left": a
        // possessive in the phrase that opens the sentence is of the subject right after it; so is
        // the subject of a relative clause there ("In a dissent she read aloud, Sotomayor said").
        if (!inQuote && (possessive || word === 'he' || word === 'she')) {
          const subject = subjectAfterOpening(value, inSegment, start, end, !possessive)
          if (isFittingPerson(subject)) return subject
        }
        // "Adelman, who took over after the club fired Michael Malone, said he was not worried":
        // the subject of the saying, past the relative clause set off after it.
        if (!inQuote && !possessive) {
          const subject = subjectBeforeRelative(value, inSegment, start)
          if (isFittingPerson(subject)) return subject
        }
        return personAt(
          segments,
          bySegment,
          kindOf,
          salience,
          segmentIndex,
          start,
          // (Not one that speaks: '"We are still investigating," he said' after "A witness said"
          // is the police chief's, by the rules of speakers.)
          inQuote || speaks ? -1 : unnamedBefore(segmentIndex, start, gender),
          possessive,
          speaks,
          quotation !== null ? speakersOf(quotation, start) : null,
          speaks ? attributedQuotation(start) : -1,
          fits,
          (id) => gender !== null && genders.get(id) === gender,
          word === 'her',
          word === 'him',
          // ("his case", in a story that calls Loretta Lynch "she", or "he" after "Ms
          // Okafor": not her, whatever the salience.)
          (id) =>
            gender !== null &&
            (pronounGenders.get(id) === otherGender(gender) ||
              addressedGenders.get(id) === otherGender(gender)),
        )
      }
      for (let p = 0; p < pronouns.length; p += 2) {
        const start = pronouns[p] as number
        const end = pronouns[p + 1] as number
        const quotation = quotationAt(start)
        // "Vice Premier He Lifeng": a word of a name is no pronoun.
        const before = inSegment[firstAtOrAfter(inSegment, end) - 1]
        if (before && before.end > start) continue
        const entityId = resolve(start, end, quotation ?? null)
        const text = value.slice(start, end)
        const said = PERSON_PRONOUNS[text.toLowerCase()]
        if (entityId && said && !pronounGenders.has(entityId)) pronounGenders.set(entityId, said)
        if (entityId)
          references.push({
            kind: 'pronoun',
            text,
            entityId,
            segment: segmentIndex,
            start,
            end,
          })
      }
      // The quotation the paragraph leaves open, if any, for the next.
      const last = quotations[quotations.length - 1]
      carried = last?.unclosed ? speakersOf(last, value.length) : null
    }
    for (const name of inSegment) {
      if (!talkedOf(name)) continue
      organizationCounts.add(name.entityId)
      for (const head of headsOf(name.entityId)) {
        let counts = countsByHead.get(head)
        if (!counts) countsByHead.set(head, (counts = new Tally()))
        counts.add(name.entityId)
      }
    }
  })
  return references
}

/**
 * What the names among a nominal's modifiers (offsets `from`..`to`) say it
 * is: the organisation one of them is ("the NATO alliance"); null, no one,
 * when one is a person ("the Trump campaign", "the Clinton camp": not the
 * organisation most named; but "the Obama administration", "the Roberts
 * court", which {@link fitsHead} reads), or when an other name of words
 * (`value` the text) ends right at the head ("the Democracy Forward group",
 * a body the tagger did not type one); undefined when no name there says
 * anything (none, or places and other names: "the Texas company", "the
 * Western military alliance").
 */
function namedModifier(
  value: string,
  names: readonly Placed[],
  from: number,
  to: number,
  head: string,
  kindOf: (id: string) => Entity['kind'] | undefined,
): string | null | undefined {
  let said: string | null | undefined
  for (let i = firstAtOrAfter(names, from); i < names.length; i++) {
    const name = names[i] as Placed
    if (name.start >= to) break
    const kind = kindOf(name.entityId)
    if (kind === 'organization') return name.entityId
    if (kind === 'person' && !NAMED_BY_LEADER.has(head) && head !== 'court') said = null
    // "the Democracy Forward group": a name of words the tagger did not type a body's is who it
    // is, no body named before.
    if (kind === 'other' && name.end >= to - 1 && value.slice(name.start, name.end).includes(' '))
      said = null
    // "The opposition INDIA alliance": a name in capitals right before the head is the body's own
    // (an acronym's), not a place's or a people's it is of.
    if (name.end >= to - 1 && ACRONYM_NAME.test(value.slice(name.start, name.end))) said = null
  }
  return said
}

/** A name in capitals of three letters or more: "INDIA", "NATO". */
const ACRONYM_NAME = /^\p{Lu}{3,}$/u
/** The end of a sentence right after a name: a full stop, question or exclamation mark, or the end. */
const SENTENCE_END_AFTER = /^(?:[.!?]["”’]?(?:\s|$)|$)/u

/** Whether a person's role and its link stand right before `start`: "chief of staff to ", "director of ". */
function completesRole(value: string, start: number): boolean {
  const role = ROLE_LINK_BEFORE.exec(value.slice(Math.max(0, start - ROLE_LINK_REACH), start))
  return (
    role !== null &&
    (role[1] as string)
      .toLowerCase()
      .split(/\s+/u)
      .some((word) => PERSON_ROLE_NOUNS.has(word))
  )
}
/** A link and up to three words before it: "chief of staff to ". */
const ROLE_LINK_BEFORE = /((?:\p{L}+\s+){0,2}\p{L}+)\s+(?:to|of|for|at)\s+$/u
const ROLE_LINK_REACH = 24

/**
 * The name set off by commas right after the nominal at `start`..`end`
 * ("the agency, UNHCR,") or right before it ("UNHCR, the agency,"), or
 * right after it ("the group Code Pink"): an appositive that names the same
 * one; null when there is none.
 */
function appositiveName(
  value: string,
  names: readonly Placed[],
  { start, end, modifiers }: { start: number; end: number; modifiers: string },
): Placed | null {
  const phraseEnd = placedAfter(value, names, end)
  const after = skipComma(value, phraseEnd)
  if (after > 0) {
    // (Or one that ends the sentence: "said the Villa manager, Graham Whitlock."; or one after
    // its own description: "Ferrante's coach, former world number 11 Davide Sartori,".)
    const name = names[firstAtOrAfter(names, after)]
    if (
      name &&
      (name.start === after || apposingComma(value, name.start) === phraseEnd) &&
      (skipComma(value, name.end) > 0 ||
        SENTENCE_END_AFTER.test(value.slice(name.end, name.end + 3)))
    )
      return name
  }
  // "The civil aviation authority (DGAC) asked": the name in brackets after it.
  if (value.startsWith(' (', end)) {
    const name = names[firstAtOrAfter(names, end + 2)]
    if (name && name.start === end + 2 && value.charCodeAt(name.end) === CLOSE_BRACKET) return name
  }
  // "the environmental group Greenpeace", "the Spanish-language network Univision" (not a
  // title before a name, "Campaign spokesman Brian Fallon": the name's entity keeps it as one;
  // nor a phrase that runs past "of", "the toppling of Libyan leader Muammar Qadhafi").
  let next = end
  while (next < value.length && value.charCodeAt(next) === SPACE) next++
  if (next === end + 1 && DETERMINED.test(value.slice(start, end)) && !modifiers.includes(' of ')) {
    const name = names[firstAtOrAfter(names, next)]
    if (name && name.start === next) return name
  }
  // "UNHCR, the agency,", "Hezbollah, the Iran-backed group that fought ...": the name before,
  // set off by a comma, with a comma or a relative clause after the nominal.
  // (A relative clause only after a name that is no object of a word opening the sentence: not
  // "After Trump, the party that once backed free trade".)
  const name = names[firstAtOrAfter(names, start) - 1]
  if (
    name &&
    skipComma(value, name.end) === start &&
    (skipComma(value, end) > 0 ||
      (RELATIVE_AFTER.test(value.slice(end, end + RELATIVE_REACH)) &&
        !OPENING_WORD_BEFORE.test(
          value.slice(Math.max(0, name.start - OPENING_WORD_REACH), name.start),
        )))
  )
    return name
  return null
}

/**
 * The end of the name the nominal ending at `end` holds in a phrase of "for" or "of" right
 * after it ("The senior coroner for Lancashire, Dr Rachel Oduya,"), else `end`.
 */
function placedAfter(value: string, names: readonly Placed[], end: number): number {
  if (!value.startsWith(' for ', end) && !value.startsWith(' of ', end)) return end
  const at = value.indexOf(' ', end + 1) + 1
  const name = names[firstAtOrAfter(names, at)]
  return name?.start === at ? name.end : end
}

/** Words that make "authority" a power, no body: "the moral authority", "the legal authority". */
const POWERS = /\b(?:moral|legal|final|full|sole|ultimate|absolute|constitutional)\s*$/u

/** Characters from a speaker's name to a nominal its saying holds: "Mark Hennessy said the premier". */
const SAYING_REACH = 120
/** Roles that several people of a story hold at once: "the candidate". */
const CONTESTANTS: ReadonlySet<string> = new Set(['candidate', 'nominee'])

/** A preposition that opens its sentence right before a name: "After " of "After Trump". */
const OPENING_WORD_BEFORE = new RegExp(
  `(?:^|[.!?]["”’]?\\s)(?:${OPENING_PREPOSITION_WORDS.join('|')})\\s$`,
  'iu',
)
/** Characters before a name read for {@link OPENING_WORD_BEFORE}. */
const OPENING_WORD_REACH = 16
/** A relative pronoun right after a nominal: " that fought", " which has". */
const RELATIVE_AFTER = /^ (?:that|which|who|whose) /u
const RELATIVE_REACH = 8

/** The offset past a comma at `at` and the spaces around it, or -1 when no comma is there. */
function skipComma(value: string, at: number): number {
  let i = at
  while (i < value.length && isSpaceCode(value.charCodeAt(i))) i++
  if (value.charCodeAt(i) !== COMMA) return -1
  i++
  while (i < value.length && isSpaceCode(value.charCodeAt(i))) i++
  return i
}
const COMMA = 0x2c
const SPACE = 0x20
/** A nominal that opens with an article: "the group", "a former aide". */
const DETERMINED = /^(?:the|a|an)\s/iu

/** The online platforms, by name lower-cased: "telegram". */
const PLATFORMS: ReadonlySet<string> = new Set(ONLINE_PLATFORMS)
/**
 * Heads of nominals of organisations (ORGANIZATION_NOUNS) that a platform may
 * be: "the company", "the firm", "the network".
 */
const PLATFORM_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'network'])

/**
 * Heads that a body's name must hold (or a word of its kind: "the school" of
 * "Harvard University") for a nominal of theirs to be it.
 */
export const NAME_HELD_HEADS: readonly string[] = [
  ...['center', 'centre', 'institute', 'school', 'university', 'college'],
  ...COLLECTION_HEADS,
]
/** Words of bodies' names that each of {@link NAME_HELD_HEADS} stands for besides itself. */
const HEADS_OF_KIND: ReadonlyMap<string, string> = new Map([
  ...['university', 'college', 'academy', 'elementary', 'polytechnic'].map(
    (word) => [word, 'school'] as const,
  ),
  ['institution', 'institute'],
  ['centre', 'center'],
  ['center', 'centre'],
])

/**
 * Heads that name an organisation whose name holds them ("the party",
 * "Republican Party"; "the court", "Supreme Court") or its leader's ("the
 * Obama administration"): not the organisation most named so far whatever it
 * is. Other heads ("the company", "the bank", "the union", "the alliance")
 * may name an organisation of any name (Wells Fargo, NATO).
 */
const SPECIFIC_ORGANIZATION_HEADS = new Set([
  'party',
  'campaign',
  'government',
  'administration',
  'committee',
  'council',
  'commission',
  'court',
  'ministry',
  'department',
  'movement',
  'team',
  // "the union": a trade union ("the United Auto Workers", "the Teamsters") or a union of
  // countries, never the company its members work for.
  'union',
  // "the bloc": a union of countries ("European Union", "Association of Southeast Asian Nations"),
  // or of parties or voters ("the opposition bloc", a party).
  'bloc',
  // "the agency": a body ("the State Department", "the FBI", "Frontex", "Moody's") or a news
  // agency, never Congress, a court, a party, a paper or an armed group most named.
  'agency',
  // "the association": one the text names so ("the National Rifle Association"), never a
  // company ("The residents' association said", after Ridgeline Coal Holdings).
  'association',
  // "the coalition": one the text names so ("the Coalition for Humane Immigrant Rights"), not
  // the party most named, one of a coalition the text does not name.
  'coalition',
  // "the center", "the institute", "the school": one the text names so ("the Brennan Center for
  // Justice", "Harvard University"), not the university most named, nor the UN.
  ...NAME_HELD_HEADS,
])

/** Heads of a company by what it makes or does ("the drugmaker", "the airline"). */
const MAKERS: ReadonlySet<string> = new Set(MAKER_NOUNS)

/** Heads of a nominal of a medium: "the newspaper", "the broadcaster". */
const MEDIUM_HEADS: ReadonlySet<string> = new Set([
  ...['newspaper', 'paper', 'broadcaster', 'network', 'channel', 'magazine', 'daily', 'outlet'],
])
/** Words before a medium's name: "an interview with (the)", "told (the)", "wrote in (the)". */
const MEDIUM_BEFORE =
  /\b(?:interviews? with|told|wrote in|writing in|published (?:by|in)|appeared on|speaking to|spoke to)\s+(?:the\s+)?$/iu
/** Characters before a name read for {@link MEDIUM_BEFORE}. */
const MEDIUM_REACH = 28

/**
 * Words of the names of bodies that "the agency" is never: courts, chambers,
 * parties, papers, campaigns, schools, clubs, companies by their legal form.
 */
const NOT_AGENCY_WORDS: ReadonlySet<string> = new Set([
  ...['court', 'congress', 'parliament', 'senate', 'house', 'party', 'campaign', 'church'],
  ...['times', 'post', 'journal', 'magazine', 'tribune', 'herald', 'news', 'newspaper'],
  ...['university', 'college', 'school', 'club', 'team', 'inc', 'inc.', 'corp', 'corp.'],
  ...['co', 'co.', 'ltd', 'ltd.', 'plc', 'llc'],
])
/** News agencies, which "the agency" can be too: the bylines' and the state wire services. */
const NEWS_AGENCY_NAMES: ReadonlySet<string> = new Set([
  ...NEWS_AGENCIES,
  ...WIRE_SERVICES,
  ...['pap', 'irna', 'sana', 'wafa', 'ria novosti', 'ukrinform', 'pti'],
])
/** Armed groups, which "the agency" is not (though "the group" is). */
const ARMED_GROUP_NAMES: ReadonlySet<string> = new Set(ARMED_GROUPS)

/** Words of the names of unions of countries or parties, which "the bloc" can be. */
const BLOC_WORDS: ReadonlySet<string> = new Set([
  ...['union', 'nations', 'countries', 'community', 'treaty', 'states', 'alliance'],
  ...['party', 'coalition', 'front', 'bloc'],
])

/** Words of the names of trade unions, which "the union" can be. */
const LABOR_WORDS: ReadonlySet<string> = new Set([
  ...['workers', 'teamsters', 'machinists', 'brotherhood', 'federation', 'guild'],
  ...['unite', 'unison', 'employees', 'nurses', 'teachers', 'attendants', 'afl-cio'],
  // "the Association of Flight Attendants", "the National Education Association".
  'association',
])

/** The heads of {@link SPECIFIC_ORGANIZATION_HEADS} that an organisation named `name` can be. */
function headsOfName(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/u)
  const heads = words.filter((word) => SPECIFIC_ORGANIZATION_HEADS.has(word))
  // "Harvard University" is "the school", "the Brookings Institution" "the institute".
  for (const word of words) {
    const kind = HEADS_OF_KIND.get(word)
    if (kind !== undefined) heads.push(kind)
  }
  if (words.some((word) => BLOC_WORDS.has(word))) heads.push('bloc')
  if (!heads.includes('union') && words.some((word) => LABOR_WORDS.has(word))) heads.push('union')
  if (isCentralBank(words)) heads.push(CENTRAL_BANK)
  if (
    NEWS_AGENCY_NAMES.has(name.toLowerCase()) ||
    (!words.some((word) => NOT_AGENCY_WORDS.has(word)) &&
      !ARMED_GROUP_NAMES.has(name.toLowerCase()))
  )
    heads.push('agency')
  return heads
}

/** The head of "the central bank", which only a nation's bank's name holds. */
const CENTRAL_BANK = 'central bank'

/**
 * Whether the words of a name (lower-cased) name a nation's central bank:
 * "Federal Reserve", "European Central Bank", "Bank of Japan", "Reserve Bank
 * of Australia", "Swiss National Bank", "BOJ"; not "Bank of America".
 */
export function isCentralBank(words: readonly string[]): boolean {
  if (words.length === 1) return CENTRAL_BANK_SHORT_NAMES.has(words[0] as string)
  if (words.includes('reserve')) return true
  // "Banco Central de Chile", "Banque centrale du Luxembourg".
  if (
    ROMANCE_BANKS.some((bank) => words.includes(bank)) &&
    (words.includes('central') || words.includes('centrale'))
  )
    return true
  const bank = words.indexOf('bank')
  if (bank < 0) return false
  if (
    words.includes('central') ||
    words.includes('national') ||
    words.includes('people’s') ||
    words.includes("people's")
  )
    return true
  const place = words.slice(bank + 2).join(' ')
  return words[bank + 1] === 'of' && place !== 'america' && lexicon().places.has(hashOf(place))
}
/** A bank's name in Spanish, Portuguese, French or Italian. */
const ROMANCE_BANKS = ['banco', 'banque', 'banca']
/** Short names of central banks: "the Fed", "the ECB". */
const CENTRAL_BANK_SHORT_NAMES: ReadonlySet<string> = new Set([
  'fed',
  'ecb',
  'boj',
  'boe',
  'rba',
  'rbi',
  'snb',
  'pboc',
  'rbnz',
  'boc',
  'bok',
])

/** Whether a person's role and name follow a body's name that ends at `end`: " analyst Claudia". */
function isRoleEmployer(text: string, end: number): boolean {
  const role = ROLE_AFTER_BODY.exec(text.slice(end, end + ROLE_AFTER_REACH))?.[1]
  return role !== undefined && isPersonNoun(role)
}
const ROLE_AFTER_BODY = /^ (\p{Ll}+) \p{Lu}/u
const ROLE_AFTER_REACH = 24

/** Whether an organisation named `name` can be "the" + `modifiers` + `head`. */
export function fitsHead(name: string, head: string, modifiers: string): boolean {
  if (!SPECIFIC_ORGANIZATION_HEADS.has(head)) return true
  const words = new Set(name.toLowerCase().split(/\s+/u))
  // "the residents' association": the body of those whom the possessive names, which a name
  // without them is not.
  const owners = OWNERS_BEFORE_HEAD.exec(modifiers)?.[1]
  if (owners !== undefined && !words.has(owners.toLowerCase())) return false
  // "the Gaza health ministry" is not the Defence Ministry: a portfolio the words name stands in
  // the name, when the name holds one.
  const portfolios = [...words].map(portfolioOf).filter((word) => word !== null)
  if (portfolios.length > 0) {
    for (const word of modifiers.toLowerCase().split(/\s+/u)) {
      const portfolio = portfolioOf(word)
      if (portfolio !== null && !portfolios.includes(portfolio)) return false
    }
  }
  if (headsOfName(name).includes(head)) return true
  // "the Obama administration" is the Obama White House; "the Trump campaign" not Trump Tower.
  if (!NAMED_BY_LEADER.has(head)) return false
  return modifiers
    .split(/\s+/u)
    .some((word) => /^\p{Lu}/u.test(word) && words.has(word.toLowerCase()))
}

/** The portfolio `word` names, one spelling for each ("defense" and "defence"); null for none. */
function portfolioOf(word: string): string | null {
  if (!PORTFOLIOS.has(word)) return null
  return PORTFOLIO_SPELLINGS.get(word) ?? word
}
const PORTFOLIOS: ReadonlySet<string> = new Set(PORTFOLIO_WORDS)
const PORTFOLIO_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['defence', 'defense'],
  ['labour', 'labor'],
  ['transportation', 'transport'],
])

/** A plural possessive that ends the words before a body's head: "residents'" (its noun). */
const OWNERS_BEFORE_HEAD = /(?:^|\s)(\p{Ll}+s)['’]$/u

/** Heads of a body a leader's name qualifies: "the Obama administration". */
const NAMED_BY_LEADER = new Set(['administration', 'government'])

/**
 * Counts of mentions by entity over the segments read so far, and the most
 * mentioned: of those with the most mentions, the one named first.
 */
class Tally {
  readonly counts = new Map<string, number>()
  readonly #order = new Map<string, number>()
  leader: string | null = null
  most = 0

  add(id: string): void {
    const count = (this.counts.get(id) ?? 0) + 1
    this.counts.set(id, count)
    if (!this.#order.has(id)) this.#order.set(id, this.#order.size)
    const first = (this.#order.get(id) as number) < (this.#order.get(this.leader ?? '') ?? Infinity)
    if (count > this.most || (count === this.most && first)) {
      this.leader = id
      this.most = count
    }
  }
}

/**
 * The tally of the segments before, grown by the names of this segment as
 * they come: the leader changes only when another is named more often. It
 * copies nothing, so a long text costs no more per segment than a short one.
 */
class SegmentTally {
  readonly #before: Tally
  readonly #added = new Map<string, number>()
  #leader: string | null
  #most: number

  constructor(before: Tally) {
    this.#before = before
    this.#leader = before.leader
    this.#most = before.most
  }

  get leader(): string | null {
    return this.#leader
  }

  add(id: string): void {
    const added = (this.#added.get(id) ?? 0) + 1
    this.#added.set(id, added)
    const count = (this.#before.counts.get(id) ?? 0) + added
    if (count > this.#most) {
      this.#leader = id
      this.#most = count
    }
  }
}

/**
 * The person a pronoun at `start` of segment `segment` refers to: for "he"
 * and "she", the last person who spoke or opened a sentence within reach,
 * unless their gender is unknown and a person of the pronoun's sentence
 * before it surely fits (`surely`: a first name of that gender), else the
 * last person named, else the one person in reach whatever their first name
 * says; for "his" and "her", the last person named.
 */
function personAt(
  segments: readonly Segment[],
  bySegment: readonly (readonly Placed[])[],
  kindOf: (id: string) => Entity['kind'] | undefined,
  salience: Map<Placed, Salience>,
  segment: number,
  start: number,
  /**
   * Where a person the story brings in unnamed stands before the pronoun in its paragraph, who
   * may be its person; -1 for none.
   */
  unnamed: number,
  possessive: boolean,
  speaks: boolean,
  /** For a pronoun inside a quotation, who speaks it: never whom it stands for. */
  speakers: ReadonlySet<string> | null,
  /** For a pronoun that speaks right after a quotation, where the quotation opens; else -1. */
  attributed: number,
  fits: (id: string) => boolean,
  surely: (id: string) => boolean,
  /** Whether the pronoun is "her". */
  feminine = false,
  /** Whether the pronoun is "him", an object, never its own clause's subject. */
  objective = false,
  /** Whether a pronoun of the other gender stood for the person before. */
  contradicted: (id: string) => boolean = () => false,
): string | null {
  let last: string | null = null
  // The nearest person of the pronoun's paragraph whose first name says its gender.
  let sure: string | null = null
  let sureStart = 0
  let sureEnd = 0
  // The nearest person whose first name says the other gender.
  let unfit: string | null = null
  // The nearest person of the pronoun's paragraph whose first name says its gender, wherever
  // they stand in their sentence ("married Robert Ashford, a physicist, in 1959. He died").
  let near: string | null = null
  let several = false
  const lone = (id: string | null): string | null => (several ? null : id)
  // Where the nearest person who fits is named.
  let nearestAt: { segment: number; start: number } | null = null
  let looked = 0
  // Where the nearest person who fits ends, and whether another who fits shares their sentence.
  let nearestEnd = 0
  let shared = false
  const text = (segments[segment] as Segment).value
  // A subject pronoun that opens its sentence, outside quotation marks.
  const opening =
    !possessive &&
    !objective &&
    speakers === null &&
    SENTENCE_OPENING.test(text.slice(Math.max(0, start - OPENING_REACH), start))
  // Where the stops that end the sentence before the pronoun's, and the one before that, stand
  // (-1 for none in reach), and whether a pronoun of a person stands between: read once.
  let stops: { before: number; twoBefore: number; carried: boolean } | null = null
  const sentencesBefore = (): { before: number; twoBefore: number; carried: boolean } => {
    if (stops === null) {
      const before = sentenceBefore(text, start)
      const twoBefore = before < 0 ? -1 : sentenceBefore(text, before)
      stops = {
        before,
        twoBefore,
        carried: PERSON_PRONOUN.test(text.slice(Math.max(0, twoBefore), start)),
      }
    }
    return stops
  }
  // Backwards from the pronoun: the nearest person, and the nearest who spoke or opened a sentence.
  for (let s = segment; s >= Math.max(0, segment - PRONOUN_REACH + 1); s--) {
    const names = bySegment[s] ?? []
    for (let i = (s === segment ? firstAtOrAfter(names, start) : names.length) - 1; i >= 0; i--) {
      if (++looked > MAX_LOOKBACK) return last ?? lone(unfit)
      const name = names[i] as Placed
      // "A 27-year-old man collapsed. Paramedics reached him": no one named before the person
      // brought in unnamed, nor anyone the pronoun would have gone to only for want of another.
      if (unnamed >= 0 && (s < segment || name.end <= unnamed)) return null
      if (kindOf(name.entityId) !== 'person') continue
      // "Barrett asked Kessler whether Ohio would settle. He said", "The government was
      // represented by Howard Lin. He urged": the one person whose first name says the pronoun's
      // gender, named in the sentence right before it, whom no subject there outranked, before
      // anyone of a sentence further back.
      const nearestHere = nearestAt as { segment: number; start: number } | null
      if (
        opening &&
        last !== null &&
        !shared &&
        nearestHere?.segment === segment &&
        s === segment
      ) {
        const { before, twoBefore, carried } = sentencesBefore()
        if (
          name.end <= twoBefore &&
          nearestHere.start > twoBefore &&
          nearestEnd <= before &&
          // (Not where a pronoun in that sentence carries the person it goes on about: "Then he
          // turned to Marco Rubio. He angrily listed".)
          !carried &&
          surely(last)
        )
          return last
      }
      if (speakers?.has(name.entityId)) continue
      // "Kemi Badenoch accused him": "him" is not the subject of its own clause ("himself" is).
      if (
        objective &&
        s === segment &&
        isSubjectOfClause((segments[s] as Segment).value, name, start)
      )
        continue
      // '"I met Obama in Chicago," she said': a name inside the quotation that the pronoun
      // attributes is whom the speaker talks of, never the speaker.
      if (s === segment && attributed >= 0 && name.start > attributed) continue
      if (unfit !== null && name.entityId !== unfit) several = true
      if (!fits(name.entityId)) {
        // "Sen. Lindsey Graham spoke. He said": the only person in reach, who opened a sentence
        // or spoke, whatever the lists say of the first name's gender.
        if (
          unfit === null &&
          !contradicted(name.entityId) &&
          salientAt(segments, salience, s, name, names, kindOf) === Salience.strong
        )
          unfit = name.entityId
        continue
      }
      // "Rishi Sunak, her predecessor,": a possessive that opens a relation set off after a name
      // is someone else's (not "Stoltenberg, his first visit").
      if (
        possessive &&
        s === segment &&
        isRelationAfter((segments[s] as Segment).value, name, start)
      )
        continue
      const nearest = last === null || last === name.entityId
      if (last === null) {
        nearestAt = { segment: s, start: name.start }
        nearestEnd = name.end
      } else if (
        opening &&
        name.entityId !== last &&
        nearestAt?.segment === segment &&
        s === segment &&
        name.end > sentencesBefore().twoBefore
      )
        shared = true
      last ??= name.entityId
      if (s === segment && near === null && !possessive && surely(name.entityId))
        near = name.entityId
      // "introduced Thomas Becker, who said he would run": the person a relative clause opens
      // after, right before the pronoun, is whom it stands for.
      if (
        nearest &&
        !possessive &&
        !objective &&
        s === segment &&
        start - name.end <= RELATIVE_CLAUSE_REACH &&
        isRelativeAbout((segments[s] as Segment).value.slice(name.end, start))
      )
        return name.entityId
      // "Her sons, Chris Larkin and Toby Stephens, confirmed her death": a person whose first
      // name says no gender gives way to a woman, in this paragraph or the one before, whose
      // first name says she is one. (Not for "his": the first names the lists lack are men's as
      // often, "Barack Obama", and the nearest man is the likelier.)
      if (possessive) {
        if (!feminine || surely(name.entityId)) return name.entityId
        // (The speaker of the pronoun's own sentence keeps it: "Ngozi Okonjo-Iweala said her
        // plan"; not a person the sentence names otherwise: "debated Barack Obama ... and met her
        // opponents", "Tinder suspended her account".)
        const value = (segments[s] as Segment).value
        if (
          s === segment &&
          !sentenceEndsIn(value, name.end, start) &&
          SAID_BETWEEN.test(value.slice(name.end, start)) &&
          salientAt(segments, salience, s, name, names, kindOf) === Salience.strong
        )
          return name.entityId
        if (s < segment - 1) return last
        continue
      }
      if (
        s === segment &&
        sure === null &&
        surely(name.entityId) &&
        mayBeSubjectOf((segments[s] as Segment).value, name, start)
      ) {
        sure = name.entityId
        sureStart = name.start
        sureEnd = name.end
      }
      // '"Q," said Dan Ives. He added': the speaker of an inverted attribution in this paragraph
      // or the one before, for a pronoun that speaks (inside quotation marks the speaker is "I":
      // '"He lied," said Ives').
      // A name after a title that opens its sentence only when it is the nearest person, in this
      // paragraph or the one before ("Moderator Bret Baier ... asking Rubio why he": Rubio).
      const standing = salientAt(segments, salience, s, name, names, kindOf)
      // "Justice Sonia Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson,
      // dissented. She wrote": the titled subject of the sentence before the pronoun's, past the
      // people named later in that sentence.
      const value = (segments[s] as Segment).value
      const pastAside =
        standing === Salience.titled &&
        nearestAt?.segment === s &&
        !sentenceEndsIn(value, name.end, nearestAt.start) &&
        // (With the pronoun's first letter, a capital after the full stop.)
        (s < segment || sentenceEndsIn(value, name.end, start + 1))
      const salient =
        standing === Salience.strong ||
        (s >= segment - 1 &&
          ((standing === Salience.titled && (nearest || pastAside)) ||
            standing === Salience.introduced ||
            (speaks && (isInvertedSpeaker(value, name) || isAccordingSource(value, name))) ||
            // ('"Q," said Sandeep Mehra, an analyst. He cut his price target': a subject pronoun of
            // the speaker's own paragraph outside quotation marks, where the speaker is "I".)
            (s === segment &&
              speakers === null &&
              !objective &&
              !QUOTE_MARK.test(value.slice(name.end, start)) &&
              isInvertedSpeaker(value, name))))
      // "Ohio Sen. JD Vance said ... Tim Walz, Harris' running mate, said she had won": a
      // person of the pronoun's paragraph whom her first name makes a "she", before one of an
      // earlier sentence whose name says nothing.
      if (!salient) continue
      // (Not one of an earlier paragraph, before a person of the pronoun's own whom their first
      // name makes a "he" or a "she".)
      if (s < segment && near !== null && !surely(name.entityId)) return near
      // ("Cheruiyot was second, and Brian Costa was third, a result he called": the subject of a
      // clause joined after the sentence's, nearer the pronoun, is whom it stands for.)
      if (sure === null) return name.entityId
      const joined =
        s === segment &&
        sureStart > name.end &&
        JOINED_CLAUSE_BEFORE.test(value.slice(Math.max(name.end, sureStart - 6), sureStart)) &&
        !POSSESSIVE_AFTER.test(value.slice(sureEnd, sureEnd + POSSESSIVE_LENGTH))
      const earlier = s < segment || sentenceEndsIn(value, name.end, sureStart)
      return joined || (earlier && !surely(name.entityId)) ? sure : name.entityId
    }
  }
  return last ?? lone(unfit)
}

/**
 * Whether `between`, what stands between a person and a pronoun, is a
 * relative clause about them with the person its subject: ", who said ",
 * ", who told reporters ", ", who has said " (not ", who witnesses said he
 * had met": its object). A verb of speech right after "who", or after one of
 * {@link RELATIVE_ADVERBS}, and at most one word after it.
 */
function isRelativeAbout(between: string): boolean {
  const words = RELATIVE_WORDS.exec(between)
  if (!words) return false
  const [, first = '', second, third] = words
  if (SPEECH_VERBS.has(first)) return third === undefined
  return RELATIVE_ADVERBS.has(first) && second !== undefined && SPEECH_VERBS.has(second)
}
/** ", who " and up to three words in lower case. */
const RELATIVE_WORDS = /^,?\s+who\s+(\p{Ll}+)\s+(?:(\p{Ll}+)\s+)?(?:(\p{Ll}+)\s+)?$/u
/** Words between "who" and its verb of speech: "who has said", "who later told". */
const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(['has', 'had', 'also', 'later', 'then'])
/** Most characters of such a clause: a pronoun further off is read as before. */
const RELATIVE_CLAUSE_REACH = 80

/** Most characters between a clause's subject and an object pronoun of the same clause. */
const CLAUSE_REACH = 60
/** A preposition right before a name (and its title), which makes the name its object. */
const PREPOSITION_BEFORE = /\b(?:against|to|with|for|of|on|at|by|from|about|in|over)\s+$/iu
/** A preposition of place right before an object pronoun: "with him", "beside him". */
const PLACE_PREPOSITION_BEFORE = /\b(?:with|behind|beside|around|near|beneath|alongside)\s+$/iu
/** What ends a clause between a name and a pronoun: a mark, or a word that opens another. */
const CLAUSE_BREAK =
  /[,;:.!?"“”()—]|\b(?:that|who|whom|which|when|while|because|after|before|if|and|but|or|as|said|says|told|asked|since|until|where)\b/iu

/**
 * Whether the person named at `name` is the subject of the clause that holds
 * the object pronoun at `start` of `value`: named before it in the clause, a
 * verb's few words away ("Kemi Badenoch accused him"), nothing that opens
 * another clause between ("Obama said he would meet him").
 */
function isSubjectOfClause(value: string, name: Placed, start: number): boolean {
  if (name.end > start || start - name.end > CLAUSE_REACH) return false
  // "an ad campaign against Cruz casting him as": a name after a preposition is its object.
  if (PREPOSITION_BEFORE.test(value.slice(Math.max(0, name.start - 9), name.start))) return false
  const between = value.slice(name.end, start)
  // Not past the subject of a clause of its own, which "him" belongs to ("got Mike Pence to
  // endorse him", "had Joe Biden introduce him": Pence and Biden are passed over, not Trump and
  // Obama), nor "him" after what is carried or kept ("took several aides with him", "had his
  // coach beside him"; not "disagreed with him").
  const words = between.trim().split(/\s+/u)
  if (words.length > MAX_VERB_WORDS) return false
  if (words.some((word) => /^\p{Lu}/u.test(word))) return false
  if (PLACE_PREPOSITION_BEFORE.test(between) && !/ed$/u.test(words[words.length - 2] ?? 'ed'))
    return false
  // ("Nathan Price had told him": the verb whose object the pronoun is opens no other clause.)
  const verbs = between.replace(OBJECT_VERB_BEFORE, ' ')
  return !CLAUSE_BREAK.test(verbs) && !/['’]s\b/u.test(between.slice(0, 3))
}
/** A verb of saying that takes its hearer as object, right before the pronoun: "told ". */
const OBJECT_VERB_BEFORE = /\b(?:told|asked)\s+$/u
/** Most words between a subject and its object pronoun: "has been cleverly out-maneuvering". */
const MAX_VERB_WORDS = 5

/**
 * Nouns of a person's role for another: "her predecessor", "his chief of
 * staff". Not kin: "Robert Mugabe, his wife Grace and ..." lists the family.
 */
const RELATION_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_ROLE_NOUNS,
  ...['predecessor', 'successor', 'deputy', 'aide', 'adviser', 'advisor', 'rival', 'opponent'],
  ...['mentor', 'protege', 'ally', 'colleague', 'challenger'],
])
/** Most words of a relation after its possessive: "his longtime political adviser". */
const MAX_RELATION_WORDS = 3

/**
 * Whether only a comma stands between the name at `name` and a possessive
 * pronoun at `start` of `value`, and a relation's noun follows the pronoun
 * within a few words ("Rishi Sunak, her predecessor").
 */
function isRelationAfter(value: string, name: Placed, start: number): boolean {
  if (start - name.end > 3 || !/^,\s*$/u.test(value.slice(name.end, start))) return false
  const after = value.slice(start, start + 60).split(/\s+/u)
  for (let i = 1; i <= MAX_RELATION_WORDS && i < after.length; i++) {
    const word = (after[i] as string).toLowerCase()
    const bare = word.replace(/[,.;:]+$/u, '')
    if (RELATION_NOUNS.has(bare)) return true
    if (bare !== word) return false
  }
  return false
}

/** What opens a clause joined to a sentence's first, before its subject: ", and ", ", but ". */
const JOINED_CLAUSE_BEFORE = /, (?:and|but) $/u

/** Characters between a name and a pronoun past which the name is not taken for its subject. */
const SUBJECT_REACH = 300
/** What ends an opening phrase before its clause's subject: "Responding to Nancy Pelosi, she". */
const PHRASE_END = /,\s*$/u

/**
 * Whether the person named at `name` may be the one a pronoun at `start` of
 * the same text stands for, as the subject of its sentence: in the pronoun's
 * sentence, not inside a quotation before it ('"I called Joe Biden," he
 * said'), nor the object in a phrase that opens the sentence ("Responding to
 * Nancy Pelosi, she said").
 */
function mayBeSubjectOf(value: string, name: Placed, start: number): boolean {
  if (start - name.end > SUBJECT_REACH) return false
  const between = value.slice(name.end, start)
  // (With the pronoun's first letter: "... and the university. She further announced".)
  if (SENTENCE_END.test(value.slice(name.end, start + 1)) || isQuoted(between)) return false
  if (!PHRASE_END.test(between)) return true
  // "Responding to Nancy Pelosi, she said", "After meeting Pelosi, she said": the object of a
  // preposition or a participle; not "When Nancy Pelosi took the stage, she said".
  const before = value.slice(Math.max(0, name.start - WORD_REACH), name.start)
  return !OBJECT_BEFORE.test(before)
}
/** How far before a name the word that governs it is looked for. */
const WORD_REACH = 24
/** A preposition or a participle right before a name, whose object the name is. */
const OBJECT_BEFORE =
  /\b(?:to|about|with|alongside|by|for|from|against|at|on|over|toward|towards|\p{L}+ing)\s+(?:the\s+)?(?:\p{Lu}\S*\s+)?$/u

/**
 * Whether a name whose text runs on with `between` before a pronoun lies
 * inside a quotation: a closing mark with no opening one before it, or an odd
 * number of straight marks ('"I called Joe Biden this morning," he said').
 */
function isQuoted(between: string): boolean {
  const close = between.indexOf('”')
  if (close >= 0) {
    const open = between.indexOf('“')
    if (open < 0 || open > close) return true
  }
  let straight = 0
  for (let i = between.indexOf('"'); i >= 0; i = between.indexOf('"', i + 1)) straight++
  return straight % 2 === 1
}

/** How many quotations back, in one paragraph, a quotation said nowhere goes on with one said. */
const MAX_QUOTATIONS_ON = 3

/** Most spaces between a closing mark and the pronoun after it that are read. */
const MAX_SPACES_BEFORE = 4

/** A quotation mark, which no pronoun of a speaker's own past the speaker's name may follow. */
const QUOTE_MARK = /["“”]|''/u

/** Characters between two names past which they are taken for two sentences apart. */
const SENTENCE_REACH = 400

/**
 * The entity of the name that opens the main clause after the phrase that
 * opens the sentence and holds the pronoun at `start`..`end` ("In her closing
 * remarks, Vandermeer urged": Vandermeer's); null when the pronoun is in no
 * such phrase or no name follows its comma.
 */
function subjectAfterOpening(
  value: string,
  names: readonly Placed[],
  start: number,
  end: number,
  /** Whether the pronoun is a subject, of a relative clause after a noun: "In a dissent she". */
  relative: boolean,
): string | null {
  const opening = value.slice(Math.max(0, start - POSSESSIVE_PHRASE_REACH), start)
  const match = PHRASE_OPENER.exec(opening)
  if (!match || (relative && !RELATIVE_HEAD.test(match[0]))) return null
  const phraseStart = start - opening.length + match.index
  if (!opensSentence(value, phraseStart)) return null
  // (Within reach only: a long text without commas costs no more per pronoun.)
  const found = value.slice(end, end + POSSESSIVE_PHRASE_REACH).indexOf(',')
  const comma = found < 0 ? -1 : end + found
  if (comma < 0 || hasSentenceEnd(value, end, comma)) return null
  const name = names[firstAtOrAfter(names, comma)]
  if (name === undefined || name.kind !== 'name') return null
  // Right after the comma, past a courtesy title or a title in capitals: ", Mr. Obama left".
  return SUBJECT_LEAD.test(value.slice(comma + 1, name.start)) ? name.entityId : null
}
/** The preposition of {@link PHRASE_OPENER} and a noun after its article: "In a dissent ". */
const RELATIVE_HEAD = /^\S+\s+(?:a|an|the)\s+\S+\s/u
/** A preposition that opens a sentence, and the words before a possessive: "In ", "After his ". */
const PHRASE_OPENER =
  /\b(?:In|After|During|Before|On|At|For|With|Despite|Since|Following|Throughout|Upon|Under|From|Like|Unlike|Ahead of|Amid)\s+(?:[\p{L}-]+\s+){0,4}$/u
/** Characters read before a possessive for the phrase that holds it, and after it for the comma. */
const POSSESSIVE_PHRASE_REACH = 60
/** What may stand between an opening phrase's comma and the subject's name: a space, a title. */
const SUBJECT_LEAD = /^\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+|\p{Lu}[\p{L}.]*\s+){0,3}$/u

/** Whether a sentence ends between `from` and `to` of `value`. */
function hasSentenceEnd(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceEnd(value, i)) return true
  return false
}

/**
 * An owner and who speaks for them, right before a pronoun their saying reports: "minister's
 * office said ", "Smith's lawyer told reporters that " (the owner's word captured, without its
 * mark).
 */
const OWNER_SPOKE =
  /(\p{L}[\p{L}.-]*)['’]s?\s+(?:office|spokes(?:man|woman|person)|aides?|representatives?|lawyers?|attorneys?|campaign|staff)\s+(?:has\s+|had\s+)?(?:said|says|told\s+\p{Ll}+|announced|added|confirmed)\s+(?:that\s+)?$/u
/** Characters before a pronoun read for {@link OWNER_SPOKE}. */
const OWNER_SPOKE_REACH = 70

/** A pronoun of a person, in any case: "he", "His", "herself". */
const PERSON_PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/iu

/**
 * Where the stop that ends the sentence before offset `at` stands: -1 when
 * none does within SENTENCE_REACH (a paragraph of no stops costs no more than
 * a short one).
 */
function sentenceBefore(value: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_REACH)
  for (let i = at - 2; i >= from; i--) {
    const code = value.charCodeAt(i)
    if (code !== FULL_STOP && code !== QUESTION && code !== EXCLAMATION) continue
    // ('... half a statute." He said': past a closing mark.)
    const after = CLOSING_AFTER_STOP.has(value[i + 1] ?? '') ? i + 2 : i + 1
    if (value[after] === ' ') return i
  }
  return -1
}
/** Closing marks that may stand between a sentence's stop and the space after it. */
const CLOSING_AFTER_STOP: ReadonlySet<string> = new Set(['"', '”', '’', "'"])
/** Characters before a pronoun read for the stop that opens its sentence. */
const OPENING_REACH = 8

/** Whether a sentence ends in `value` between `start` and `end` (or they lie far apart). */
function sentenceEndsIn(value: string, start: number, end: number): boolean {
  if (end - start > SENTENCE_REACH) return true
  return SENTENCE_END.test(value.slice(start, end))
}
const SENTENCE_END = /[.!?]["”’]?\s+["“]?\p{Lu}/u
/**
 * A verb of saying right before the pronoun, after its speaker: "Okonjo-Iweala
 * said her plan" (further on, "her" is as often another's: "Figueroa said the
 * campaign would grant her admission"); not "told her", whose "her" is whom
 * the speaker told.
 */
const SAID_BETWEEN =
  /\b(?:said|says|added|wrote|argued|insisted|noted|explained)(?:\s+(?:that|of|on))?\s+$/u

/** {@link isSalient} of `name` of segment `s`, asked once a name (`salience` keeps the answers). */
function salientAt(
  segments: readonly Segment[],
  salience: Map<Placed, Salience>,
  s: number,
  name: Placed,
  names: readonly Placed[],
  kindOf: (id: string) => Entity['kind'] | undefined,
): Salience {
  let salient = salience.get(name)
  if (salient === undefined) {
    const kindAt = (start: number): Entity['kind'] | undefined => {
      const owner = names[firstAtOrAfter(names, start)]
      return owner?.start === start ? kindOf(owner.entityId) : undefined
    }
    salient = isSalient(segments[s] as Segment, name, kindAt)
    salience.set(name, salient)
  }
  return salient
}

/** How much a person's mention stands out for a pronoun after it to stand for. */
const Salience = {
  none: 0,
  /** After a title that opens its sentence: "U.S. President Donald Trump congratulated ...". */
  titled: 1,
  /** Opens a sentence, or speaks. */
  strong: 2,
  /** The subject after a sentence's opening phrase: "Born in Chicago in 1933, Jones grew up". */
  introduced: 3,
} as const
type Salience = (typeof Salience)[keyof typeof Salience]

/**
 * How a mention stands out: strong when it opens a sentence or is followed by
 * a speech verb, maybe after a description set off by commas ("Dr Jack
 * Fletcher, chair of the BMA's resident doctors committee, said"); titled
 * when a title before it opens the sentence.
 */
function isSalient(
  segment: Segment,
  name: Placed,
  kindAt: (start: number) => Entity['kind'] | undefined,
): Salience {
  const value = segment.value
  // "But Trump supporters said he had no chance": a name that qualifies a group stands out not.
  if (QUALIFIED_GROUP_AFTER.test(value.slice(name.end, name.end + GROUP_AFTER_REACH)))
    return Salience.none
  // "Nichols' mother, RowVaughn Wells, wept": the relative set off right after the opening is
  // its subject, as the owner that opens it stands out.
  const owner = APPOSITIVE_AFTER_OWNER.exec(
    value.slice(Math.max(0, name.start - APPOSITIVE_OWNER_REACH), name.start),
  )
  // ("Outside court, Lachlan's mother, Kerrie Moody, held": past the phrase that opens it.)
  const ownerStart = name.start - (owner?.[0].length ?? 0)
  if (owner && (opensSentence(value, ownerStart) || afterOpeningPhrase(value, ownerStart))) {
    const relation = (owner[1] as string).toLowerCase()
    if (PERSON_RELATIONS.has(relation)) return Salience.strong
    // "Benfica's coach, Luis Almeida, did not hide his frustration. He said": the holder of a
    // role set off after a body's name, which no pronoun of a person goes back to.
    const ownerKind = kindAt(ownerStart)
    if (
      (PERSON_ROLE_NOUNS.has(relation) || OFFICER_HEADS.has(relation)) &&
      ownerKind !== undefined &&
      ownerKind !== 'person'
    )
      return Salience.strong
  }
  if (opensSentence(value, name.start)) return Salience.strong
  // "Among them was Faith Njeri, 24, whose brother was shot": the subject put after its verb.
  if (AMONG_BEFORE.test(value.slice(Math.max(0, name.start - AMONG_REACH), name.start)))
    return Salience.strong
  // "Mr Whitlock paused.": a name after the courtesy title that opens the sentence.
  const courtesy = COURTESY_BEFORE.exec(
    value.slice(Math.max(0, name.start - COURTESY_REACH), name.start),
  )
  if (courtesy && opensSentence(value, name.start - courtesy[0].length)) return Salience.strong
  // "Another analyst, Marcus Feld of Dunmore Capital, was more cautious": the name set off after
  // a nominal that opens the sentence is its subject.
  if (
    NOMINAL_OPENING_BEFORE.test(
      value.slice(Math.max(0, name.start - NOMINAL_OPENING_REACH), name.start),
    )
  )
    return Salience.strong
  const after = value.slice(name.end, name.end + APPOSITIVE_REACH).toLowerCase()
  // The description first: "[\s,]*" before it would take its comma and read "chair" for the verb.
  // (Past a post-nominal: "Sophie Marsh KC said".)
  const next = /^\s*(?:,[^,]{0,90},)?[\s,]*(?:(?:kc|qc|mp|msp|mep|jr\.?|sr\.?)\s+)?([a-z]+)/u.exec(
    after,
  )?.[1]
  // ("Stephen Mackenzie, a professor who advised Stephen Harper, said": the verb after a relative
  // clause is its antecedent's, not the last name's in it.)
  if (
    next !== undefined &&
    SPEECH_VERBS.has(next) &&
    !(/^\s*,/u.test(after) && endsRelativeClause(value, name.start))
  )
    return Salience.strong
  // "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told": past the body
  // the person is of.
  const body = BODY_AFTER.exec(value.slice(name.end, name.end + APPOSITIVE_REACH))?.[1]
  if (body !== undefined && SPEECH_VERBS.has(body)) return Salience.strong
  // "The mayor of Lampedusa, Filippo Mannino, said the island's morgue was full, and ...": a name
  // set off by commas, its verb right after (which the description above would read past).
  if (isApposed(value, name.start) && SPEECH_VERBS.has(/^\s*,\s*([a-z]+)/u.exec(after)?.[1] ?? ''))
    return Salience.strong
  // Not the owner of the subject: "Justice Scalia's absence has handed Chief Justice Roberts".
  if (POSSESSIVE_AFTER.test(value.slice(name.end, name.end + POSSESSIVE_LENGTH)))
    return Salience.none
  const titled = titleStart(value, name.start)
  if (titled < name.start && opensSentence(value, titled)) return Salience.titled
  return isIntroducedSubject(value, name) ? Salience.introduced : Salience.none
}

/**
 * Whether the name at `start` stands in a relative clause set off by commas
 * before it: "..., who advised Stephen Harper" (from the last comma, a "who",
 * "whom" or "which" before the name, in its sentence).
 */
function endsRelativeClause(value: string, start: number): boolean {
  const before = value.slice(Math.max(0, start - RELATIVE_CLAUSE_REACH), start)
  const comma = before.lastIndexOf(',')
  if (comma < 0) return false
  const aside = before.slice(comma + 1)
  return RELATIVE_IN_ASIDE.test(aside) && !/[.!?]\s/u.test(aside)
}
/** A relative pronoun in an aside: "a professor who advised". */
const RELATIVE_IN_ASIDE = /\b(?:who|whom|which)\b/u

/**
 * Whether the name at `name` is the source "according to" gives, with its
 * title ("According to Bernstein analyst Sophie Laurent, ..."): a speaker, as
 * for a pronoun that speaks after it ('"Q," she said').
 */
function isAccordingSource(value: string, name: Placed): boolean {
  return ACCORDING_BEFORE.test(value.slice(Math.max(0, name.start - ACCORDING_REACH), name.start))
}
/**
 * "according to" and up to three words of a title before a name ("according
 * to Bernstein analyst"), not of a thing the name qualifies ("according to an
 * analysis by").
 */
const ACCORDING_BEFORE =
  /\b[Aa]ccording to\s+(?:\p{Lu}[\p{L}.’'-]*\s+|(?!(?:by|of|an?)\s)\p{Ll}+\s+){0,3}$/u
/** Characters before a name read for "according to" and its title. */
const ACCORDING_REACH = 60

/**
 * The body a person is of, right after their name, and the lower-case word
 * after it: "of the Armenian Patriarchate of Jerusalem told" ("told"), "of
 * Dunmore Capital said".
 */
const BODY_AFTER =
  /^\s+(?:of|from|at)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.&'’-]*|of|for|and|on)\s+){1,8}(\p{Ll}+)/u

/**
 * A nominal that opens a sentence and sets off the name after it: "Another
 * analyst, ", "The union's leader, ", "Its chief executive, "; maybe with the
 * name's own description in lower case ("Another passenger, retired
 * schoolteacher ").
 */
const NOMINAL_OPENING_BEFORE =
  /(?:^|[.!?]["”’]?\s+)(?:The|A|An|Another|Its|His|Her|Their)\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}\p{Ll}[\p{Ll}-]*,\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}$/u
/** Characters before a name read for such a nominal. */
const NOMINAL_OPENING_REACH = 90

/**
 * "Among" and its group opening a sentence, then the verb that puts the
 * subject after it: "Among them was ", "Among the dead were ".
 */
const AMONG_BEFORE =
  /(?:^|[.!?]["”’]?\s+)Among\s+(?:\p{L}[\p{L}'’-]*\s+){0,5}(?:was|were|is|are)\s+$/u
/** Characters before a name read for such an opening. */
const AMONG_REACH = 70

/** Whether a comma stands right before `start` of `value` (past white space). */
function isApposed(value: string, start: number): boolean {
  let at = start
  while (at > 0 && value.charCodeAt(at - 1) === SPACE) at--
  return value.charCodeAt(at - 1) === COMMA
}

/**
 * Whether the name at `name` is the subject of its sentence's main clause
 * after an opening phrase set off by a comma: "Born in Chicago in 1933, Jones
 * grew up", "In 1964, Smith became", "After the vote, Trump said". The phrase
 * opens with a preposition, a time word or a participle and holds no other
 * comma; a lower-case word (the verb) follows the name (not "In the race,
 * Trump, Cruz and Rubio", nor "During the call, Obama and Hollande agreed").
 */
function isIntroducedSubject(value: string, name: Placed): boolean {
  // (Past an age set off after the name: "Tammy Boudreaux, 63, stood".)
  const verb = /^(?:,\s*\d{1,3},)?\s+(\p{Ll}+)/u.exec(
    value.slice(name.end, name.end + VERB_REACH + AGE_LENGTH),
  )?.[1]
  // (Not one of several: "Obama and Hollande reaffirmed".)
  if (verb === undefined || verb === 'and' || verb === 'or') return false
  return afterOpeningPhrase(value, name.start)
}

/**
 * Whether offset `at` of `value` follows the phrase that opens its sentence,
 * set off by a comma: "Born in Chicago in 1933, ", "Outside court, ".
 */
function afterOpeningPhrase(value: string, at: number): boolean {
  let comma = at - 1
  while (comma >= 0 && value.charCodeAt(comma) === SPACE) comma--
  if (comma <= 0 || value.charCodeAt(comma) !== COMMA || comma === at - 1) return false
  const floor = Math.max(0, comma - INTRODUCTION_REACH)
  let open = comma
  while (open > floor && !isSentenceEnd(value, open - 1)) open--
  if (open === floor && floor > 0) return false
  while (open < comma && value.charCodeAt(open) === SPACE) open++
  const phrase = value.slice(open, comma)
  // (An opening phrase of two parts: "Speaking earlier in the evening, before the result was
  // known, Farage had predicted"; a number's commas part nothing: "a town of 2,500 people".)
  if (phrase.split(/,(?!\d)/u).length > MAX_INTRODUCTION_PARTS) return false
  const first = /^\p{Lu}\p{Ll}+/u.exec(phrase)?.[0].toLowerCase()
  return first !== undefined && (INTRODUCERS.has(first) || /^\p{Ll}{3,}(?:ing|ed)$/u.test(first))
}
/** Characters of a sentence's opening phrase read back from its comma. */
const INTRODUCTION_REACH = 100
/** Most parts of an opening phrase, between commas. */
const MAX_INTRODUCTION_PARTS = 2
/** Characters after a name read for the word after it. */
const VERB_REACH = 12
/** Characters of an age set off after a name: ", 63,". */
const AGE_LENGTH = 6
/** Words that open a phrase before a sentence's subject: prepositions, time words. */
const INTRODUCERS: ReadonlySet<string> = new Set([
  ...OPENING_PREPOSITION_WORDS,
  ...['in', 'on', 'at', 'during', 'born', 'earlier', 'later', 'last', 'once', 'when', 'while'],
  ...['throughout', 'within', 'until', 'upon', 'over', 'years', 'months', 'weeks', 'days'],
  ...['outside', 'inside', 'near', 'across', 'back', 'elsewhere', 'afterwards', 'afterward'],
  // "Two years after Hamilton first stepped on campus, Ellen Fetter showed up", "A week later,".
  ...['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['several', 'hours', 'minutes', 'moments', 'decades'],
])

/** A courtesy title right before a name: "Mr ", "Mrs. ", "Dr ". */
const COURTESY_BEFORE = /(?:^|\s)(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? $/u
/** Characters before a name read for a courtesy title. */
const COURTESY_REACH = 7

/** Whether the character at `at` of `value` ends a sentence: a stop before white space. */
function isSentenceEnd(value: string, at: number): boolean {
  const code = value.charCodeAt(at)
  return (
    (code === FULL_STOP || code === QUESTION || code === EXCLAMATION) &&
    isSpaceCode(value.charCodeAt(at + 1))
  )
}
const FULL_STOP = 0x2e
const QUESTION = 0x3f
const EXCLAMATION = 0x21

const POSSESSIVE_AFTER = /^['’]s?/u
/** Before a name: a name's possessive, a relation (its last word captured) and a comma. */
const APPOSITIVE_AFTER_OWNER = /\p{Lu}[\p{L}.-]*['’]s?\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+),\s+$/u
/**
 * A person's kin, set off before their name: "Nichols' mother, RowVaughn
 * Wells". (Not "Assange's lawyer, Barry Pollack, spoke. He faces ...": the
 * story goes back to the owner as often; a lawyer who speaks stands out by
 * the speech verb.)
 */
const PERSON_RELATIONS: ReadonlySet<string> = KIN_NOUNS
/** Characters read around a name for a relation set off by commas. */
const APPOSITIVE_OWNER_REACH = 40
/** People or a body a name qualifies right after it: "Trump supporters", "the Clinton campaign". */
const QUALIFIED_GROUP_AFTER =
  /^\s+(?:supporters|allies|advisers|advisors|aides|officials|voters|backers|fans|critics|loyalists|donors|campaign|administration|staff|lawyers|attorneys)\b/u
/** Characters after a name read for such a group. */
const GROUP_AFTER_REACH = 14
/** Characters of a possessive after a name: "'s". */
const POSSESSIVE_LENGTH = 2
/** Characters of what ends a sentence before a word: a stop, two closing quotes, a space. */
const SENTENCE_END_REACH = 4

/**
 * Whether offset `at` of `value` opens a sentence, or follows only a
 * conjunction that opens it ("But Kemi Badenoch accused him").
 */
function opensSentence(value: string, at: number): boolean {
  if (at === 0 || SENTENCE_OPENING.test(value.slice(Math.max(0, at - SENTENCE_END_REACH), at)))
    return true
  const joined = JOINED_OPENING.exec(value.slice(Math.max(0, at - JOINED_REACH), at))
  if (!joined) return false
  const start = at - joined[0].length + (joined[1]?.length ?? 0)
  return (
    start <= 0 || SENTENCE_OPENING.test(value.slice(Math.max(0, start - SENTENCE_END_REACH), start))
  )
}
/**
 * Whether the name at `start` of `value` opens its sentence, after "the" (and
 * up to two words that qualify it) and a word set off by a comma: "The Health
 * Ministry said", "The main opposition Constitutional Democratic Party",
 * "Separately, the Health Ministry reported".
 */
function opensItsSentence(value: string, start: number): boolean {
  const article = ARTICLE_BEFORE.exec(value.slice(Math.max(0, start - ARTICLE_REACH), start))
  const at = start - (article?.[0].length ?? 0)
  return (
    opensSentence(value, at) ||
    ADVERB_OPENING.test(value.slice(Math.max(0, at - ADVERB_OPENING_REACH), at))
  )
}
/** "The " before a name, maybe with a few words that qualify it: "The main opposition ". */
const ARTICLE_BEFORE = /[Tt]he (?:\p{Ll}+ ){0,2}$/u
/** Characters read back for such an article. */
const ARTICLE_REACH = 32
/** A sentence's opening word set off by a comma, right before a point: "Separately, ". */
const ADVERB_OPENING = /(?:^|[.!?]["”’]?\s+)\p{Lu}\p{Ll}+, $/u
/** Characters read back for such a word and the end before it. */
const ADVERB_OPENING_REACH = 24

/**
 * A phrase of a few words that opens a sentence, set off by a comma, right
 * before a point: "Asked about the Fed, ", "In a statement on Monday, ".
 */
const OPENING_PHRASE = /(?:^|[.!?]["”’]?\s+)\p{Lu}[\p{L}'’-]*(?: [^\s,.!?;:"“”]+){0,7}, $/u
/** Characters read back for such a phrase and the end before it. */
const OPENING_PHRASE_REACH = 80

/** A conjunction that opens a sentence, right before a point: "But ", "And ". */
const JOINED_OPENING = /(^|\s)(?:But|And|Yet|So) $/u
/** Characters before a point read for such a conjunction and the end before it. */
const JOINED_REACH = 5

/**
 * Where the title right before the name at `start` of `value` starts: a title
 * word right before the name ("President", "co-leader", "Executive"), then at
 * most {@link MAX_TITLE_WORDS_BETWEEN} words in all that are title words or
 * capitalised ("U.S. President", "AfD co-leader", "Sage Chief Executive");
 * `start` when there is no title ("Born Frank Owen Goldberg", "However,
 * Patricia Smith").
 */
function titleStart(value: string, start: number): number {
  const floor = Math.max(0, start - INVERTED_REACH)
  // The space before the name, then each word before it, read in place.
  let at = start - 1
  if (at <= floor || value.charCodeAt(at) !== SPACE) return start
  let title = start
  for (let n = 0; n < MAX_TITLE_WORDS_BETWEEN && at > floor; n++) {
    let wordStart = at
    while (wordStart > floor && value.charCodeAt(wordStart - 1) !== SPACE) wordStart--
    if (wordStart === at) break
    const word = value.slice(wordStart, at)
    const lower = word.toLowerCase()
    // "In The New Yorker's profile": a function word opens no title, and a mark ends it.
    if (
      // ("Congress lawmaker Meera Kashyap": a role noun after the body's name is a title too.)
      (n === 0
        ? !TITLE_WORDS.has(lower) && !PERSON_ROLE_NOUNS.has(lower)
        : !/^\p{Lu}/u.test(word) && !TITLE_WORDS.has(lower)) ||
      !/[\p{L}.]$/u.test(word) ||
      functionWords().has(lower)
    )
      break
    title = wordStart
    at = wordStart - 1
  }
  return title
}

/** Characters after a name read for a description and the speech verb after it. */
const APPOSITIVE_REACH = 110

/** Characters before a name read for the speech verb of an inverted attribution. */
const INVERTED_REACH = 60
/** Most words of a title between the verb and the name: "said Wedbush analyst". */
const MAX_TITLE_WORDS_BETWEEN = 4
/** Verbs that put their speaker after them when a quotation or a clause ends before: '," said X'. */
const INVERTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'explained',
  'continued',
  'insisted',
  'argued',
  'recalled',
  'noted',
])
/** What ends the quotation or clause before an inverted verb: a comma or a closing mark. */
const BEFORE_INVERTED = /[,"”’']$/u

/**
 * Whether `name` is the speaker of an inverted attribution: a comma or a
 * closing quotation mark, a verb that inverts and at most a title of
 * capitalised or role words before it (', said Dan Ives', '," said Wedbush
 * analyst Dan Ives'), and the end of the sentence or a comma after it (not
 * "Lee, the party leader, said Yoon's declaration ...").
 */
function isInvertedSpeaker(value: string, name: Placed): boolean {
  if (!/^\s*(?:[,.;:]|$)/u.test(value.slice(name.end, name.end + 2))) return false
  const words = value
    .slice(Math.max(0, name.start - INVERTED_REACH), name.start)
    .trimEnd()
    .split(/\s+/u)
  for (let n = 0; n <= MAX_TITLE_WORDS_BETWEEN && words.length > 1; n++) {
    const word = words.pop() as string
    const lower = word.toLowerCase()
    if (INVERTING_VERBS.has(lower)) return BEFORE_INVERTED.test(words[words.length - 1] as string)
    if (!/^\p{Lu}/u.test(word) && !TITLE_WORDS.has(lower)) return false
  }
  return false
}

/**
 * Who speaks the quotation that opens at `open` of `value` and holds offset
 * `at`: the entities of the names among `names` that speak it in its
 * sentence, right before the opening mark ('Horner said: "..."') or right
 * after the closing one ('"People were writing him off," Horner said';
 * '"Judges underestimated her," said Sherrilyn Ifill'). A pronoun inside the
 * quotation stands for none of them, wherever else they are named.
 */
function quoteSpeakers(
  value: string,
  names: readonly Placed[],
  open: number,
  /** Where the quotation closes; -1 when it goes on past the text. */
  close: number,
  resolve: (start: number, end: number) => string | null,
): ReadonlySet<string> {
  const speakers = new Set<string>()
  /** Whom the pronoun at `start` of length `length` stands for, when a verb of saying follows it. */
  const addSpeaking = (start: number, length: number): void => {
    const end = start + length
    const id = speechVerbAfter(value, end) ? resolve(start, end) : null
    if (id !== null) speakers.add(id)
  }
  // '"She means everything to me," she said': whom the pronoun that speaks it stands for.
  const spoken =
    close >= 0
      ? SPEAKING_PRONOUN.exec(value.slice(close + 1, close + 1 + PRONOUN_REACH_CHARS))
      : null
  if (spoken) {
    const pronoun = spoken[1] as string
    addSpeaking(close + 1 + spoken.index + spoken[0].length - pronoun.length, pronoun.length)
  }
  // '... she said. "Her music got me through"': the one whose pronoun spoke just before.
  const reach = Math.max(0, open - PRONOUN_BEFORE_CHARS)
  const before = SPOKE_BEFORE.exec(value.slice(reach, open))
  if (before) addSpeaking(reach + before.index, (before[1] as string).length)
  const from = firstAtOrAfter(names, Math.max(0, open - SPEAKER_REACH))
  for (let i = from; i < names.length; i++) {
    const name = names[i] as Placed
    if (close < 0 ? name.start > open : name.start > close + SPEAKER_REACH) break
    const before = name.end <= open && !SENTENCE_END.test(value.slice(name.end, open))
    const after =
      close >= 0 && name.start > close && !SENTENCE_END.test(value.slice(close, name.start))
    if ((before || after) && isSpeakerIn(value, name)) speakers.add(name.entityId)
  }
  return speakers
}
/** A pronoun that opens the text after a quotation's closing mark: '," she said'. */
const SPEAKING_PRONOUN = /^[,.!?]?\s*(he|she)\b/iu
/** How much text after a closing mark is read for {@link SPEAKING_PRONOUN}. */
const PRONOUN_REACH_CHARS = 8
/** A pronoun and its verb of saying right before a quotation's opening mark: 'she said. "', 'she told reporters. "'. */
const SPOKE_BEFORE = /\b([Hh]e|[Ss]he)\s+(?:also\s+)?[a-z]+(?:\s+[a-z]+){0,2}[,:.]?\s*$/u
/** How much text before an opening mark is read for {@link SPOKE_BEFORE}. */
const PRONOUN_BEFORE_CHARS = 36

/** How far from a quotation's marks its speaker's name may stand. */
const SPEAKER_REACH = 80

/**
 * Whether the person named at `name` speaks, outside quotation marks, in the
 * text `value` that holds a quoted pronoun: "said X", "X said".
 */
function isSpeakerIn(value: string, name: Placed): boolean {
  if (opensInside(value, name.start)) return false
  return (
    isInvertedSpeaker(value, name) ||
    speechVerbAfter(value, name.end) ||
    // "His agent, Martin Hale, said": a name set off by commas before its verb.
    (value.charCodeAt(name.start - 2) === COMMA &&
      value.charCodeAt(name.end) === COMMA &&
      speechVerbAfter(value, name.end + 1))
  )
}

/** How far back a quotation mark is looked for. */
const QUOTE_REACH = 600

/**
 * Whether offset `at` of `value` lies inside a quotation that opens before
 * it, within reach: a curly opening mark after the last closing one, or an
 * odd number of straight marks.
 */
function opensInside(value: string, at: number): boolean {
  const from = Math.max(0, at - QUOTE_REACH)
  const open = value.lastIndexOf('“', at)
  const close = value.lastIndexOf('”', at)
  if (open >= from && open > close) return true
  let straight = 0
  for (let i = value.indexOf('"', from); i >= 0 && i < at; i = value.indexOf('"', i + 1)) straight++
  return straight % 2 === 1
}

/** Whether a speech verb (maybe after "also") follows a pronoun ending at `end`: "He added". */
function speechVerbAfter(value: string, end: number): boolean {
  const next = /^\s+(?:also\s+)?([a-z]+)/u.exec(value.slice(end, end + 20))?.[1]
  return next !== undefined && SPEECH_VERBS.has(next)
}

/**
 * Words before a role that say when or how high, not which: "the former
 * senator" is not whoever's title says "Former Arkansas governor".
 */
const GENERIC_QUALIFIERS: ReadonlySet<string> = new Set([
  'former',
  'then',
  'current',
  'late',
  'acting',
  'new',
  'top',
  'senior',
  'longtime',
  'veteran',
  'outgoing',
  'incoming',
  'interim',
  'onetime',
  'ex',
  'future',
  'same',
  'other',
])

/** `qualifier` without its generic words: "former nato" -> "nato", "former" -> "". */
function specificQualifier(qualifier: string): string {
  if (!qualifier) return qualifier
  const words = qualifier.split(' ')
  return words.some((word) => GENERIC_QUALIFIERS.has(word))
    ? words.filter((word) => !GENERIC_QUALIFIERS.has(word)).join(' ')
    : qualifier
}

/**
 * Heads that name whoever leads what the qualifier names, whatever their
 * title: "the NATO chief" is the NATO Secretary General.
 */
const LEADING_HEADS: ReadonlySet<string> = new Set(['chief', 'head', 'leader', 'boss'])

/** Titles' last words for those who speak for or serve another: not what "the CIA chief" names. */
const SERVING_ROLES: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'analyst',
  'pollster',
  'strategist',
  'correspondent',
  'deputy',
  // A team's players, its captain among them, whom the team's boss leads: "Gunners captain
  // Martin Odegaard" is not "the Gunners boss".
  ...['captain', 'player', 'striker', 'forward', 'winger', 'midfielder', 'defender'],
  ...['goalkeeper', 'keeper'],
])

/** Whether `before` introduces a holder of the role `head` of its own: "a new attorney", "their coach". */
function introducedHolder(before: string, head: string): boolean {
  let introduction = INTRODUCTIONS.get(head)
  if (introduction === undefined) {
    introduction = new RegExp(`\\b(?:a|an|their|his|her|its)\\s+(?:\\p{L}+\\s+)?${head}\\b`, 'iu')
    INTRODUCTIONS.set(head, introduction)
  }
  return introduction.test(before)
}
/** The expression of {@link introducedHolder} for each role, made at its first use. */
const INTRODUCTIONS = new Map<string, RegExp>()
/** Characters before a role's nominal read for a holder introduced besides the titled one. */
const HOLDER_REACH = 400

/** How many names back a nominal looks for the body last named with its head. */
const MAX_HEAD_LOOKBACK = 40

/**
 * A title of a post left, or of a holder who has died: "former Treasury
 * secretary", "ex-minister", "late Prime Minister".
 */
const FORMER = /^(?:former|ex-|late\s)/iu
/**
 * The word of a nominal for a post left: "the former governor", "the late prime minister", "the
 * then-governor".
 */
export const FORMER_WORD = /\b(?:former|ex-|late\s|then-|onetime|one-time)/iu

/** The written forms of a head inside titles: "the Texas senator" is "Texas Sen." too. */
const HEAD_FORMS: Readonly<Record<string, readonly string[]>> = {
  senator: ['senator', 'sen.'],
  governor: ['governor', 'gov.'],
  congressman: ['congressman', 'rep.', 'representative'],
  congresswoman: ['congresswoman', 'rep.', 'representative'],
  lawmaker: ['congressman', 'congresswoman', 'rep.', 'representative', 'senator', 'sen.'],
  general: ['general', 'gen.'],
}

/**
 * Whether a person's `title` (a name key) fits a nominal's `head`: it holds
 * the head ("the Texas senator", "Texas Sen."), or the head names a leader and
 * the title is no one's who serves another ("the NATO chief").
 */
function titleFitsHead(title: string, head: string): boolean {
  const words = title.split(/[\s-]+/u)
  if (LEADING_HEADS.has(head)) return !SERVING_ROLES.has(words[words.length - 1] ?? '')
  return (HEAD_FORMS[head] ?? [head]).some((form) => words.includes(form))
}

/**
 * Whether a nominal's modifiers may be a title's words ("presumptive
 * Republican", "F.B.I."): no verb nor degree word among them ("list was ISIS
 * leader", "most able candidate", "star then used actor").
 */
function isTitleLike(modifiers: string): boolean {
  return !modifiers.split(/\s+/u).some((word) => NOT_TITLE_WORDS.has(word.toLowerCase()))
}
const NOT_TITLE_WORDS: ReadonlySet<string> = new Set([
  ...['is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'used', 'then', 'most'],
  ...['more', 'less', 'least', 'very', 'also', 'only', 'list', 'match', 'star', 'same'],
])

/**
 * A possessive and a person's role after a body's name, up to two words
 * before the role: "'s national chairman", "'s spokesman" (not "'s Alzheimer's
 * drug").
 */
const MEMBER_AFTER = new RegExp(
  `^['’]s (?:\\p{Ll}+ ){0,2}(?:${[...PERSON_ROLE_NOUNS].join('|')})\\b`,
  'u',
)
/** Characters after a body's name read for such a role. */
const MEMBER_REACH = 40

/** A body's speaker before its name: "A spokesperson for the ", "a spokesman for ". */
const SPEAKER_FOR = /\b[Aa]n? spokes(?:man|woman|person) for (?:the )?$/u
/** Characters before a body's name read for its speaker. */
const SPEAKER_FOR_REACH = 30

/** The other of two genders. */
function otherGender(gender: 'male' | 'female'): 'male' | 'female' {
  return gender === 'male' ? 'female' : 'male'
}

/** The people who hold a title of one role, and which of them "the" role names. */
interface Holders {
  ids: ReadonlySet<string>
  /** The one holder, when there is one. */
  sole: string | null
  /** Of several, the one the story names far the most. */
  dominant: string | null
}

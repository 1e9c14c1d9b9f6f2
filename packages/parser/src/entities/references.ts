/**
 * Nominal and pronoun mentions, resolved to the entities that names made:
 * "the NATO chief" to the person whose title names NATO, "the alliance" to
 * the organisation most talked about so far, "he" to the person the text is
 * about at that point (the last one who spoke or opened a sentence, else the
 * last one named).
 */
import { firstAtOrAfter } from '../bisect.js'
import type { Segment } from '../annotate/segments.js'
import { ORGANIZATION_NOUNS, PERSON_PRONOUNS, PERSON_ROLE_NOUNS } from '../lexicon/titles.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import type { Entity, Mention } from '../types.js'
import { nameKey } from './cluster.js'
import { genderOfFirstName } from './names.js'
import { isSpaceCode, LowerSet } from './words.js'

/** A resolved nominal or pronoun mention (its position is added by the caller). */
export interface Reference {
  kind: Mention['kind']
  text: string
  entityId: string
  segment: number
  start: number
  end: number
}

/** Where a mention stands, as the entity stage knows it. */
interface Placed {
  entityId: string
  segment: number
  start: number
  end: number
  kind: Mention['kind']
}

/** How many texts back a pronoun may look for its person. */
const PRONOUN_REACH = 4
/** How many names back a pronoun may look: enough for any paragraph, bounded for endless ones. */
const MAX_LOOKBACK = 64
/** Modifiers a nominal may have before its head noun: "the Western military alliance". */
const MAX_MODIFIERS = 3
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|[“"]\s*)$/u

/** Finds and resolves the nominal and pronoun mentions of `segments`. */
export function findReferences(
  segments: readonly Segment[],
  entities: readonly Entity[],
  names: readonly Placed[],
): Reference[] {
  const kinds = new Map(entities.map((entity) => [entity.id, entity.kind]))
  const genders = new Map(
    entities
      .filter((entity) => entity.kind === 'person')
      .map((entity) => [entity.id, genderOfFirstName(entity.name.split(/\s+/u)[0] ?? '')]),
  )
  const titles = new Map(
    entities.map((entity) => [entity.id, entity.titles.map((title) => nameKey(title))]),
  )
  const bySegment: Placed[][] = segments.map(() => [])
  for (const name of names) bySegment[name.segment]?.push(name)
  for (const list of bySegment) list.sort((a, b) => a.start - b.start)
  /** Organisation mention counts over the segments before the current one. */
  const organizationCounts = new Map<string, number>()
  const references: Reference[] = []
  /** Whether each name is salient (see isSalient), asked again by every pronoun after it. */
  const salience = new Map<Placed, boolean>()
  segments.forEach((segment, segmentIndex) => {
    const inSegment = bySegment[segmentIndex] as Placed[]
    if (segment.kind !== 'title') {
      const value = segment.value
      // A nominal may hold a qualifier's name ("the Western alliance"), not be one.
      const covered = (start: number, end: number): boolean => {
        // Names do not overlap one another: only the last one starting before `end` can cover.
        const name = inSegment[firstAtOrAfter(inSegment, end) - 1]
        return name !== undefined && name.end > start && kinds.get(name.entityId) !== 'other'
      }
      // Made when the segment has an organisation noun: most have none.
      let tally: Tally | null = null
      let counted = 0

      for (const nominal of findNominals(value)) {
        const { start, end, head, modifiers } = nominal
        let entityId: string | null = null
        if (PERSON_ROLE_NOUNS.has(head)) {
          // "the NATO chief": the person whose title names what the modifiers name.
          const qualifier = nameKey(modifiers)
          if (qualifier) {
            for (const [id, list] of titles) {
              if (kinds.get(id) === 'person' && list.some((title) => title.includes(qualifier)))
                entityId = id
            }
          }
        } else if (ORGANIZATION_NOUNS.has(head) && !/\bof\s*$/u.test(value.slice(end, end + 4))) {
          // Count the organisations named before this point of the text, then take the most named.
          tally ??= new Tally(organizationCounts)
          while (counted < inSegment.length && (inSegment[counted] as Placed).start < start) {
            const name = inSegment[counted++] as Placed
            if (kinds.get(name.entityId) === 'organization') tally.add(name.entityId)
          }
          entityId = tally.leader
        }
        if (entityId === null || covered(end - head.length, end)) continue
        references.push({
          kind: 'nominal',
          text: value.slice(start, end),
          entityId,
          segment: segmentIndex,
          start,
          end,
        })
      }

      const pronouns = findPronouns(value)
      for (let p = 0; p < pronouns.length; p += 2) {
        const start = pronouns[p] as number
        const end = pronouns[p + 1] as number
        const text = value.slice(start, end)
        const word = text.toLowerCase()
        if (!(word in PERSON_PRONOUNS)) continue
        const possessive = word === 'his' || word === 'her'
        const gender = PERSON_PRONOUNS[word] ?? null
        const entityId = personAt(
          segments,
          bySegment,
          kinds,
          salience,
          segmentIndex,
          start,
          possessive,
          (id) => {
            const known = genders.get(id)
            // A person whose first name says the other gender is not "he" or "she".
            return !known || !gender || known === gender
          },
        )
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
    }
    for (const name of inSegment) {
      if (kinds.get(name.entityId) === 'organization') {
        organizationCounts.set(name.entityId, (organizationCounts.get(name.entityId) ?? 0) + 1)
      }
    }
  })
  return references
}

/** What follows "h" or "H" in a pronoun: he, him, his, her, himself, herself. */
const AFTER_H = ['e', 'im', 'is', 'er', 'imself', 'erself']
const LOWER_H = 0x68
const UPPER_H = 0x48
const LOWER_S_CODE = 0x73
const UPPER_S_CODE = 0x53

/**
 * The person pronouns of `value` as start and end offsets, in order: the
 * matches of /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself)\b/gu,
 * that is the runs of ASCII word characters that spell one. Every such run
 * has an "h" or "H" first or second, so only those are looked at.
 *
 * @example
 * findPronouns('She said he would') // [0, 3, 9, 11]
 */
export function findPronouns(value: string): number[] {
  const found: number[] = []
  let lower = value.indexOf('h')
  let upper = value.indexOf('H')
  while (lower >= 0 || upper >= 0) {
    let at: number
    if (upper < 0 || (lower >= 0 && lower < upper)) {
      at = lower
      lower = value.indexOf('h', lower + 1)
    } else {
      at = upper
      upper = value.indexOf('H', upper + 1)
    }
    // The run starts at the "h" or, for "she", just before it.
    let start: number
    if (at === 0 || !isAsciiWordCode(value.charCodeAt(at - 1))) start = at
    else {
      const s = value.charCodeAt(at - 1)
      if (s !== LOWER_S_CODE && s !== UPPER_S_CODE) continue
      if (at - 1 > 0 && isAsciiWordCode(value.charCodeAt(at - 2))) continue
      start = at - 1
    }
    let end = at + 1
    while (end < value.length && isAsciiWordCode(value.charCodeAt(end))) end++
    if (spellsPronoun(value, start, end)) found.push(start, end)
  }
  return found
}

function spellsPronoun(value: string, start: number, end: number): boolean {
  const first = value.charCodeAt(start)
  if (first === LOWER_S_CODE || first === UPPER_S_CODE)
    return end - start === 3 && value.startsWith('he', start + 1)
  if (first !== LOWER_H && first !== UPPER_H) return false
  for (const rest of AFTER_H) {
    if (end - start === rest.length + 1 && value.startsWith(rest, start + 1)) return true
  }
  return false
}

/** A nominal mention: "the" + up to three modifiers + a head noun that names a role or a body. */
interface Nominal {
  start: number
  end: number
  head: string
  modifiers: string
}

const HEAD_NOUNS = new LowerSet([...PERSON_ROLE_NOUNS, ...ORGANIZATION_NOUNS])
/** How far a nominal word is read (longer runs are cut there). */
const MAX_NOMINAL_WORD = 40
const SPACE = 0x20

/** The nominal mentions of `value`: at each "the", the first head noun within reach. */
function findNominals(value: string): Nominal[] {
  const found: Nominal[] = []
  for (let the = nextThe(value, 0); the >= 0; the = nextThe(value, theEnd)) {
    // Modifiers are words one space apart from the first after "the": one range of the text.
    const modifiersStart = theEnd
    let modifiersEnd = theEnd
    let at = theEnd
    for (let i = 0; i <= MAX_MODIFIERS; i++) {
      const runEnd = nominalWordEnd(value, at, Math.min(value.length, at + MAX_NOMINAL_WORD))
      if (runEnd === at) break
      // "the NATO chief’s visit": the possessive is not part of the mention.
      const possessive = endsWithPossessive(value, at, runEnd)
      const end = possessive ? runEnd - 2 : runEnd
      if (end > at && startsLower(value, at)) {
        const head = HEAD_NOUNS.lookup(value, at, end)
        if (head !== null) {
          found.push({
            start: the,
            end,
            head,
            modifiers: value.slice(modifiersStart, modifiersEnd),
          })
          break
        }
      }
      if (possessive) break
      modifiersEnd = end
      at = end
      if (value.charCodeAt(at) !== SPACE) break
      at++
    }
  }
  return found
}

/** The end of the match {@link nextThe} last found. */
let theEnd = 0

/**
 * Where the next "the" or "The" that starts a word and is followed by white
 * space starts, from `from` on (-1 for none); the end of the white space goes
 * to {@link theEnd}. The same matches as /\b[Tt]he\s+/gu, without a regular
 * expression run over the whole text.
 */
function nextThe(value: string, from: number): number {
  for (let at = value.indexOf('he', from + 1); at > 0; at = value.indexOf('he', at + 1)) {
    const start = at - 1
    if (start < from) continue
    const first = value.charCodeAt(start)
    if (first !== LOWER_T && first !== UPPER_T) continue
    if (start > 0 && isAsciiWordCode(value.charCodeAt(start - 1))) continue
    let end = at + 2
    while (end < value.length && isSpaceCode(value.charCodeAt(end))) end++
    if (end === at + 2) continue
    theEnd = end
    return start
  }
  return -1
}
const LOWER_T = 0x74
const UPPER_T = 0x54

/** A character of \w (ASCII letters, digits, underscore), as \b reads them. */
function isAsciiWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f
  )
}

const NOMINAL_CHAR = /^[\p{L}.’'-]$/u
const LOWER_LETTER = /^\p{Ll}$/u
/** Per character of the Basic Multilingual Plane: 1 if unknown, else 2 + bits of the classes. */
const NOMINAL_CLASSES = new Uint8Array(0x10000)
const IN_WORD = 1
const LOWER = 2
const KNOWN = 4

/** Classes of a code point: {@link IN_WORD} (/[\p{L}.’'-]/u), {@link LOWER} (/\p{Ll}/u). */
function nominalClass(code: number): number {
  if (code < 0x10000) {
    const known = NOMINAL_CLASSES[code] as number
    if (known) return known & ~KNOWN
  }
  const char = String.fromCodePoint(code)
  const kind = (NOMINAL_CHAR.test(char) ? IN_WORD : 0) | (LOWER_LETTER.test(char) ? LOWER : 0)
  if (code < 0x10000) NOMINAL_CLASSES[code] = kind | KNOWN
  return kind
}

/** The code point at `at` of `value` when it is whole before `limit`, else the code unit. */
function codePointBefore(value: string, at: number, limit: number): number {
  const code = value.charCodeAt(at)
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < limit) {
    const low = value.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000
  }
  return code
}

/** The end of the run of /[\p{L}.’'-]/u from `at`, read no further than `limit`. */
function nominalWordEnd(value: string, at: number, limit: number): number {
  let end = at
  while (end < limit) {
    const code = codePointBefore(value, end, limit)
    if (!(nominalClass(code) & IN_WORD)) break
    end += code > 0xffff ? 2 : 1
  }
  return end
}

/** The word `at`..`end` starts with a lower-case letter (/^\p{Ll}/u). */
function startsLower(value: string, at: number): boolean {
  return (nominalClass(codePointBefore(value, at, value.length)) & LOWER) !== 0
}

/** The word `at`..`end` ends with an apostrophe and "s" (/[’']s$/u). */
function endsWithPossessive(value: string, at: number, end: number): boolean {
  if (end - at < 2 || value.charCodeAt(end - 1) !== LOWER_S) return false
  const mark = value.charCodeAt(end - 2)
  return mark === APOSTROPHE || mark === RIGHT_SINGLE_QUOTE
}
const LOWER_S = 0x73
const APOSTROPHE = 0x27
const RIGHT_SINGLE_QUOTE = 0x2019

/** Counts of mentions by entity, with the most mentioned kept as counts grow. */
class Tally {
  readonly #counts: Map<string, number>
  #leader: string | null = null
  #most = 0

  constructor(start: ReadonlyMap<string, number>) {
    this.#counts = new Map(start)
    for (const [id, count] of this.#counts) {
      if (count > this.#most) {
        this.#leader = id
        this.#most = count
      }
    }
  }

  get leader(): string | null {
    return this.#leader
  }

  add(id: string): void {
    const count = (this.#counts.get(id) ?? 0) + 1
    this.#counts.set(id, count)
    if (count > this.#most) {
      this.#leader = id
      this.#most = count
    }
  }
}

/**
 * The person a pronoun at `start` of segment `segment` refers to: for "he"
 * and "she", the last person who spoke or opened a sentence within reach,
 * else the last person named; for "his" and "her", the last person named.
 */
function personAt(
  segments: readonly Segment[],
  bySegment: readonly (readonly Placed[])[],
  kinds: ReadonlyMap<string, Entity['kind']>,
  salience: Map<Placed, boolean>,
  segment: number,
  start: number,
  possessive: boolean,
  fits: (id: string) => boolean,
): string | null {
  let last: string | null = null
  let looked = 0
  // Backwards from the pronoun: the nearest person, and the nearest who spoke or opened a sentence.
  for (let s = segment; s >= Math.max(0, segment - PRONOUN_REACH + 1); s--) {
    const names = bySegment[s] ?? []
    for (let i = (s === segment ? firstAtOrAfter(names, start) : names.length) - 1; i >= 0; i--) {
      if (++looked > MAX_LOOKBACK) return last
      const name = names[i] as Placed
      if (kinds.get(name.entityId) !== 'person' || !fits(name.entityId)) continue
      last ??= name.entityId
      if (possessive) return last
      let salient = salience.get(name)
      if (salient === undefined) {
        salient = isSalient(segments[s] as Segment, name)
        salience.set(name, salient)
      }
      if (salient) return name.entityId
    }
  }
  return last
}

/** A mention that opens a sentence or is followed by a speech verb. */
function isSalient(segment: Segment, name: Placed): boolean {
  const before = segment.value.slice(Math.max(0, name.start - 3), name.start)
  if (name.start === 0 || SENTENCE_OPENING.test(before)) return true
  const after = segment.value.slice(name.end, name.end + 24).toLowerCase()
  const next = /^[\s,]*(?:,[^,]{0,40},\s*)?([a-z]+)/u.exec(after)?.[1]
  return next !== undefined && SPEECH_VERBS.has(next)
}

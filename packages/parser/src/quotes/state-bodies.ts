/**
 * Bodies of a state that a story describes rather than names: "Mexico's
 * foreign ministry", "the central bank", "the Russian defence ministry", "the
 * Paris police prefecture", "the presidency". Each is one body of its nation
 * (or city), so a description of one is an organisation that speaks, and a
 * later "the ministry" or "the bank" is the same body again.
 */
import { firstNotBefore } from '../bisect.js'
import { hashOf } from '../entities/hash.js'
import { lexicon } from '../entities/lexicon.js'
import { isCentralBank } from '../entities/references.js'

/** A described body: where it is of (when the words say), its field words and its head. */
export interface StateBody {
  /** The place it is of, lower-cased, a nation's adjective read as its nation: "mexico", "russia". */
  place: string | null
  /** The words between the place and the head, lower-cased: "foreign" of "foreign ministry". */
  field: string
  /** The last word, lower-cased, by which a later description joins it: "ministry", "bank". */
  head: string
  /** The description as a name: "Mexico's foreign ministry", "central bank". */
  name: string
  /** Whether the words name a body alone ("the central bank"), not only join one ("the bank"). */
  own: boolean
}

/** Heads that name a body of a state alone: "the ministry", "the presidency". */
const BODY_HEADS: ReadonlySet<string> = new Set([
  ...['ministry', 'presidency', 'prefecture', 'government', 'cabinet', 'parliament'],
  ...['legislature', 'judiciary', 'army', 'military', 'navy', 'junta', 'regime', 'embassy'],
  'consulate',
])

/** Two words that name a body of a state: "central bank", "air force", "election commission". */
const BODY_PHRASES: ReadonlySet<string> = new Set([
  ...['central bank', 'air force', 'armed forces', 'coast guard', 'foreign office'],
  ...['election commission', 'electoral commission', 'supreme court', 'constitutional court'],
  ...['statistics office', 'statistics agency', 'statistics bureau', 'weather service'],
  ...['state media', 'state television', 'state broadcaster', 'news agency'],
])

/** Last words of {@link BODY_PHRASES}, by which "the bank" or "the court" joins one described. */
const PHRASE_HEADS: ReadonlySet<string> = new Set(
  [...BODY_PHRASES].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
)

/** Owners that say no place: "the country's central bank", "the city's police prefecture". */
const UNPLACED_OWNERS: ReadonlySet<string> = new Set([
  ...["country's", 'country’s', "nation's", 'nation’s', "state's", 'state’s'],
  ...["city's", 'city’s', "region's", 'region’s', "province's", 'province’s'],
])

/** Words before a head that make a description no one body: "other ministries", "both". */
const NOT_FIELD_WORDS: ReadonlySet<string> = new Set([
  ...['other', 'both', 'each', 'every', 'all', 'many', 'some', 'any', 'two', 'three', 'several'],
  ...['former', 'previous', 'future', 'next', 'rival', 'opposition', 'interim', 'transitional'],
])

/** Most words of a place before a body's head: "United States" of "the United States government". */
const MAX_PLACE_WORDS = 3
/** Most field words before a body's head: "foreign affairs" of "the foreign affairs ministry". */
const MAX_FIELD_WORDS = 3

const CAPITALISED = /^\p{Lu}[\p{L}.'’-]*$/u
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u
const POSSESSIVE = /['’]s$/u

/**
 * The body of a state that the source phrase `text` describes: "the" or a
 * place's possessive ("Mexico's", "the country's"), a place's words in
 * capitals ("Russian", "Paris"), field words in lower case, and a head; null
 * for anything else ("a ministry", "ministries", "the other ministry").
 */
export function readStateBody(text: string): StateBody | null {
  const words = text.split(/\s+/u)
  if (words.length < 2) return null
  let at: number
  let place: string | null = null
  const first = words[0] as string
  const opened = first === 'the' || first === 'The'
  if (opened) {
    at = 1
    const owner = words[1]
    if (owner !== undefined && UNPLACED_OWNERS.has(owner.toLowerCase())) at = 2
  } else {
    // "Mexico's foreign ministry", "South Africa's central bank": a place's possessive.
    let end = 0
    while (end < MAX_PLACE_WORDS && end < words.length && !POSSESSIVE.test(words[end] as string))
      end++
    const owner = words[end]
    if (owner === undefined || !POSSESSIVE.test(owner)) return null
    const placeWords = [...words.slice(0, end), owner.slice(0, -2)]
    if (!placeWords.every((word) => CAPITALISED.test(word))) return null
    place = placeWords.join(' ')
    at = end + 1
  }
  const last = (words[words.length - 1] as string).toLowerCase()
  const pair =
    words.length - at >= 2 ? `${(words[words.length - 2] as string).toLowerCase()} ${last}` : ''
  const own = BODY_HEADS.has(last) || BODY_PHRASES.has(pair)
  if (!own && !PHRASE_HEADS.has(last)) return null
  if (!LOWER_WORD.test(words[words.length - 1] as string)) return null
  // "the Russian defence ministry", "the Paris police prefecture": a place's words in capitals.
  let fieldStart = at
  while (
    fieldStart < words.length - 1 &&
    fieldStart - at < MAX_PLACE_WORDS &&
    CAPITALISED.test(words[fieldStart] as string)
  )
    fieldStart++
  if (fieldStart > at) {
    if (place !== null) return null
    place = words.slice(at, fieldStart).join(' ')
  }
  const field = words.slice(fieldStart, -1)
  if (field.length > MAX_FIELD_WORDS) return null
  if (!field.every((word) => LOWER_WORD.test(word) && !NOT_FIELD_WORDS.has(word))) return null
  const placeKey = place === null ? null : placeOf(place)
  return {
    place: placeKey,
    field: field.join(' '),
    head: last,
    // ("central bank" of "the country's central bank"; "Mexico's foreign ministry" whole.)
    name: words.slice(opened ? at : 0).join(' '),
    own,
  }
}

/** A place's key: its name lower-cased, a nation's adjective as the nation ("russian" → "russia"). */
function placeOf(place: string): string {
  const lower = place.toLowerCase()
  return lexicon().demonyms.get(hashOf(lower)) ?? lower
}

/** A description of a body of a state in a segment's text, and the body it joins. */
export interface BodyDescription {
  segment: number
  start: number
  end: number
  text: string
  /** Index of its body in {@link StateBodies.bodies}. */
  body: number
}

/** The bodies of a state a text describes, and each description, in reading order. */
export interface StateBodies {
  /** Each body as its fullest description says it. */
  bodies: StateBody[]
  descriptions: BodyDescription[]
  /** The descriptions of each body, in reading order. */
  byBody: BodyDescription[][]
  /** The description that ends at each place, by `${segment}:${end}`. */
  byEnd: Map<string, BodyDescription>
}

/** The key of {@link StateBodies.byEnd} for the description that ends at `end` of `segment`. */
export function endKey(segment: number, end: number): string {
  return `${segment}:${end}`
}

/**
 * The last description of `found` that starts before `start` of segment
 * `segment`, in it or the segment before; null for none. One bisection.
 */
export function lastDescriptionBefore(
  found: StateBodies,
  segment: number,
  start: number,
): BodyDescription | null {
  const { descriptions } = found
  const after = firstNotBefore(
    descriptions,
    (description) =>
      description.segment < segment ||
      (description.segment === segment && description.start < start),
  )
  const last = descriptions[after - 1]
  return last !== undefined && last.segment >= segment - 1 ? last : null
}

/** Heads of descriptions, found in one pass over a text. */
const HEAD_WORD = new RegExp(`\\b(?:${[...BODY_HEADS, ...PHRASE_HEADS].join('|')})\\b`, 'gu')
/** Words read back from a head for its description: owner, place, field words and the head. */
const MAX_DESCRIPTION_WORDS = 1 + MAX_PLACE_WORDS + MAX_FIELD_WORDS + 1
/** Characters read back from a head for its description. */
const DESCRIPTION_REACH = 120
/** Bodies a description is compared with, the last joined first. */
const MAX_OPEN_BODIES = 24

/**
 * The descriptions of bodies of a state in `values` (the segments' texts, in
 * reading order), each the longest that ends at its head, and the body each
 * is of: the one last described that {@link isSameStateBody} finds the same,
 * else a body of its own when its words name one alone. A description that
 * only joins one ("the bank") and finds none is left out.
 */
export function findStateBodies(values: readonly string[]): StateBodies {
  const bodies: StateBody[] = []
  const descriptions: BodyDescription[] = []
  const byBody: BodyDescription[][] = []
  const byEnd = new Map<string, BodyDescription>()
  /** Indexes of the bodies, the last joined last. */
  const recent: number[] = []
  values.forEach((value, segment) => {
    for (const head of value.matchAll(HEAD_WORD)) {
      const end = head.index + head[0].length
      // (Not a word of a compound: "anti-government", "the government-run press".)
      if (value.charAt(head.index - 1) === '-' || value.charAt(end) === '-') continue
      const found = longestDescription(value, end)
      if (found === null) continue
      const { start, body } = found
      let joined = -1
      for (let i = recent.length - 1; i >= Math.max(0, recent.length - MAX_OPEN_BODIES); i--) {
        const index = recent[i] as number
        if (!isSameStateBody(body, bodies[index] as StateBody)) continue
        joined = index
        recent.splice(i, 1)
        break
      }
      if (joined < 0) {
        if (!body.own) continue
        joined = bodies.length
        bodies.push(body)
        byBody.push([])
      } else if (fullness(body) > fullness(bodies[joined] as StateBody)) {
        // "the central bank", then "Brazil's central bank": the body as the fuller one says it.
        bodies[joined] = body
      }
      recent.push(joined)
      const description = { segment, start, end, text: value.slice(start, end), body: joined }
      descriptions.push(description)
      byBody[joined]?.push(description)
      byEnd.set(endKey(segment, end), description)
    }
  })
  return { bodies, descriptions, byBody, byEnd }
}

/** The longest description of a body that ends at `end` of `value`, with where it starts. */
function longestDescription(value: string, end: number): { start: number; body: StateBody } | null {
  const from = Math.max(0, end - DESCRIPTION_REACH)
  const starts: number[] = []
  for (const word of value.slice(from, end).matchAll(/\S+/gu)) starts.push(from + word.index)
  // (Not a word the reach cuts in two.)
  const whole = from > 0 && !/\s/u.test(value.charAt(from - 1)) ? 1 : 0
  for (let i = Math.max(whole, starts.length - MAX_DESCRIPTION_WORDS); i < starts.length - 1; i++) {
    const start = starts[i] as number
    const body = readStateBody(value.slice(start, end))
    if (body !== null) return { start, body }
  }
  return null
}

/** How much a description of a body says: its place, then its field words. */
function fullness(body: StateBody): number {
  return (body.place === null ? 0 : 2) + (body.field === '' ? 0 : 1)
}

/**
 * Whether the described body `later` is the one described before as
 * `earlier`: the same head, and neither field words nor places that differ
 * ("the ministry" after "Mexico's foreign ministry"; not "the finance
 * ministry" after "the foreign ministry").
 */
export function isSameStateBody(later: StateBody, earlier: StateBody): boolean {
  return (
    later.head === earlier.head &&
    (later.field === '' || earlier.field === '' || later.field === earlier.field) &&
    (later.place === null || earlier.place === null || later.place === earlier.place)
  )
}

/**
 * Whether an organisation the text names as `name` is the body described as
 * `body`: its name holds the head ("the foreign ministry" for the Ministry of
 * Foreign Affairs, "the army" for the Israeli Army).
 */
export function namesStateBody(name: string, body: StateBody): boolean {
  const words = name.toLowerCase().split(/\s+/u)
  if (body.head === 'bank' && body.field === 'central') return isCentralBank(words)
  if (!words.includes(body.head)) return false
  // ("the foreign ministry": the Ministry of Foreign Affairs, not the Ministry of Finance.)
  return body.field === '' || body.field.split(' ').some((word) => words.includes(word))
}

/**
 * Where a text says an organisation is based, for the nominals that name it
 * so: "the Chicago-based company" is the one named "Halvorsen Foods, based in
 * Chicago," or "Chicago-based Halvorsen Foods", not the body named last.
 */
import type { Segment } from '../annotate/segments.js'
import type { Entity } from '../types.js'

/** A name mention: of which entity, where in which text. */
export interface PlacedName {
  entityId: string
  segment: number
  start: number
  end: number
}

/** The place a nominal's words say its body is based in: "chicago" of "the Chicago-based company". */
export function basedAt(words: string): string | null {
  const match = BASED_MODIFIER.exec(words)
  return match ? placeKey(match[1] as string) : null
}

/** A place's key: lower-cased, without the article a sentence may open with ("The Atlanta-based"). */
function placeKey(place: string): string {
  return place.replace(ARTICLE, '').toLowerCase()
}
const ARTICLE = /^(?:The|A|An) /u
const PLACE = String.raw`(\p{Lu}[\p{L}.'\u2019]*(?: \p{Lu}[\p{L}.'\u2019]*){0,2})`
const BASED_MODIFIER = new RegExp(String.raw`(?:^|\s)${PLACE}-based(?:\s+\p{Ll}+)*\s*$`, 'u')

/**
 * The organisations among `names` said to be based somewhere, by the place
 * (lower case): "Atlanta-based Brightwater Brands", "Halvorsen Foods, based
 * in Chicago,"; null for a place that two are based in.
 */
export function basedOrganizations(
  names: Iterable<PlacedName>,
  segments: readonly Segment[],
  kindOf: (id: string) => Entity['kind'] | undefined,
): Map<string, string | null> {
  const based = new Map<string, string | null>()
  for (const name of names) {
    if (kindOf(name.entityId) !== 'organization') continue
    const value = (segments[name.segment] as Segment).value
    const place =
      BASED_BEFORE.exec(value.slice(Math.max(0, name.start - BASED_REACH), name.start))?.[1] ??
      BASED_AFTER.exec(value.slice(name.end, name.end + BASED_REACH))?.[1]
    if (place === undefined) continue
    const key = placeKey(place)
    const known = based.get(key)
    based.set(key, known === undefined || known === name.entityId ? name.entityId : null)
  }
  return based
}
const BASED_BEFORE = new RegExp(String.raw`(?:^|\s)${PLACE}-based $`, 'u')
const BASED_AFTER = new RegExp(String.raw`^,? (?:which is |is )?based in ${PLACE}\b`, 'u')
/** Characters around a name read for where it is based. */
const BASED_REACH = 40

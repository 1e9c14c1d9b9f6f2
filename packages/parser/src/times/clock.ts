/**
 * Clock times: "at 4:40 a.m.", "by 9am", "shortly after 1 p.m.", "0340 GMT",
 * "at midday". chrono's casual parser reads them too, but it is left out of
 * the news configuration (it took "next week. This week" for one expression);
 * this reader finds only clock times, in one pass of a regular expression
 * with no nested repetition.
 */

/** A clock time found in a text: where it stands, and the time of day it says. */
export interface ClockTime {
  start: number
  end: number
  /** "04:40", on the 24-hour clock. */
  time: string
  /** The zone written after four digits: "GMT", "UTC". */
  zone?: string
}

/**
 * A clock time: hours and minutes and "a.m."/"p.m." (1), four digits of
 * the 24-hour clock before a zone (2), or a word of the day's middle or end in
 * lower case (3: not "the Midnight Crew"). Not minutes after a colon and a
 * space: "11: 06 a.m.".
 */
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\p{N}.:]|:\s)(?:` +
    String.raw`(\d{1,2})(?:[:.](\d{2}))?\s?([ap])(?:\.m\.|m\b)` +
    String.raw`|(\d{2}):?(\d{2})\s+(GMT|UTC)\b` +
    String.raw`|(midday|noon|midnight)\b)`,
  'giu',
)
/**
 * The word that places an event at a clock time, right before it: "at ", "shortly after ".
 * (Read back from the time, not tried at every offset of the text: the reader runs at the
 * speed of a scan for digits.)
 */
const LEAD =
  /(?:^|[^\p{L}])((?:at|by|around|about|from|until|till|before|after|shortly after|shortly before|just after|just before|soon after)\s+)$/iu
const LEAD_REACH = 16

/** The clock times of `value`, in reading order. */
export function findClockTimes(value: string): ClockTime[] {
  const found: ClockTime[] = []
  CLOCK.lastIndex = 0
  for (let match = CLOCK.exec(value); match; match = CLOCK.exec(value)) {
    const time = timeOf(match)
    if (time === null) continue
    const end = match.index + match[0].length
    // "6:42 a.m. Central time", "8 p.m. ET": the zone written after the hour.
    const named =
      match[3] === undefined ? null : ZONE_AFTER.exec(value.slice(end, end + ZONE_REACH))
    const zone = match[6]?.toUpperCase() ?? zoneOf(named)
    const lead = LEAD.exec(value.slice(Math.max(0, match.index - LEAD_REACH), match.index))
    found.push({
      start: match.index - (lead?.[1]?.length ?? 0),
      end: end + (named?.[0].length ?? 0),
      time,
      ...(zone === undefined ? {} : { zone }),
    })
  }
  return found
}

/**
 * A zone after a clock time: a North American zone's name, maybe with "time" ("Central time",
 * "Eastern Standard Time"), or a zone's letters ("ET", "PDT", "BST").
 */
const ZONE_AFTER =
  /^ (?:(Eastern|Central|Mountain|Pacific)(?: (?:[Ss]tandard |[Dd]aylight )?[Tt]ime)?|([ECMP][SD]?T|GMT|UTC|BST|CES?T|AE[SD]T))\b/u
const ZONE_REACH = 30

/** The zone of a {@link ZONE_AFTER} match: its letters, "CT" for "Central time". */
function zoneOf(named: RegExpExecArray | null): string | undefined {
  if (named === null) return undefined
  return named[2] ?? `${(named[1] as string)[0]}T`
}

/** "04:40" for the match of "4:40 a.m.", "0340 GMT" or "midday"; null for no time of day. */
function timeOf(match: RegExpExecArray): string | null {
  const word = match[7]
  if (word !== undefined) {
    if (word !== word.toLowerCase()) return null
    return word === 'midnight' ? '00:00' : '12:00'
  }
  const twelve = match[1] !== undefined
  const hours = Number(twelve ? match[1] : match[4])
  const minutes = Number((twelve ? match[2] : match[5]) ?? '0')
  if (minutes > MAX_MINUTE) return null
  if (twelve) {
    if (hours < 1 || hours > HALF_DAY) return null
    const afternoon = (match[3] as string).toLowerCase() === 'p'
    return clock((hours % HALF_DAY) + (afternoon ? HALF_DAY : 0), minutes)
  }
  return hours > MAX_HOUR ? null : clock(hours, minutes)
}

function clock(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

const HALF_DAY = 12
const MAX_HOUR = 23
const MAX_MINUTE = 59

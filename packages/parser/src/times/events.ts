/**
 * Days that name the events that fell on them, written without their year in
 * news ("the Sept. 11 attacks", "the Jan. 6 riot", "Hamas's Oct. 7 attack"):
 * the day is that event's, not the nearest one to the article's date. A short
 * list from general knowledge of news usage, each day with the nouns that make
 * it the event's, after "the" or a possessive ("a Jan. 6 hearing" and "Sept.
 * 11" alone in a schedule stay dates).
 */

interface NamedDay {
  /** The day as written, without its year: month and day. */
  day: RegExp
  /** The nouns after it that make it the event's. */
  nouns: RegExp
  /** The event's date. */
  date: string
}

const NAMED_DAYS: readonly NamedDay[] = [
  {
    day: /^(?:on )?(?:sept?\.?|september) 11$/iu,
    // (Not "the Sept. 11 attack" in Benghazi, nor the anniversary's "Sept. 11 memorial event".)
    nouns: /^,? (?:\d{4} )?(?:attacks|terror|terrorist|hijackers|commission)\b/iu,
    date: '2001-09-11',
  },
  {
    day: /^(?:on )?(?:jan\.?|january) 6$/iu,
    nouns:
      /^,? (?:\d{4} )?(?:riots?|insurrection|committee|rioters|defendants|attack on the Capitol)\b/iu,
    date: '2021-01-06',
  },
  {
    day: /^(?:on )?(?:oct\.?|october) 7$/iu,
    // (Not "an Oct. 7 assault on a bus driver", "Russia's Oct. 7 attacks on Ukraine's grid".)
    nouns: /^,? (?:\d{4} )?(?:massacre|attack(?! on (?!Israel\b)))\b/iu,
    date: '2023-10-07',
  },
]

/** What stands right before a day that names an event: "the ", "Hamas's " (not "a "). */
const NAMED_BEFORE = /(?:\bthe|['’]s?) $/iu

/**
 * The date of the event a day written without its year names, from the day
 * as written (`written`, "Sept. 11"), the text right before it (`before`,
 * "... the ") and right after it (`after`, " attacks changed ..."); null when
 * it names none.
 */
export function namedDayDate(written: string, before: string, after: string): string | null {
  if (!NAMED_BEFORE.test(before)) return null
  for (const named of NAMED_DAYS)
    if (named.day.test(written) && named.nouns.test(after)) return named.date
  return null
}

/**
 * A place named after a saint, a fort or a mount by its abbreviation ("ST.
 * LOUIS (AP) —", "FT. MYERS"), which the tagger reads in capitals as two
 * names (the abbreviation a place, the word after it a body's): one place.
 */
import { joinedWithPrevious, type TaggedName } from './tagger.js'
import { TokenFlag } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { STREETS, WordSet } from './words.js'

/** Abbreviations that open a place's name: "St. Louis", "Ft. Myers", "Mt. Vernon". */
const PLACE_ABBREVIATIONS = new WordSet(['st.', 'st', 'ste.', 'ft.', 'mt.', 'pt.'])

/** Words of a part of a continent before its name: "Latin America", "Eastern Europe". */
const REGION_WORDS = new WordSet([
  ...['latin', 'central', 'eastern', 'western', 'northern', 'southern'],
])
/** Most capitalised words left out between a street's first word and the rest of its name. */
const MAX_STREET_GAP = 2

/** Continents, as a part of one names them. */
const CONTINENTS = new WordSet(['africa', 'america', 'americas', 'asia', 'europe'])

/**
 * `names` (in reading order) with an abbreviation read alone joined to the name right after it,
 * a part of a continent one place, though the tagger read its first word apart or all of it
 * a body's: "Latin" + "America", "Eastern Europe"; and a street whose first word it read as a
 * person's name: "Mark" + "West Springs Road".
 */
export function withSaintPlacesJoined(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const joined = joinedWithPrevious(names, (before, name) =>
    isAbbreviationBefore(doc, before, name, PLACE_ABBREVIATIONS) ||
    isStreetOpener(doc, before, name) ||
    (isAbbreviationBefore(doc, before, name, REGION_WORDS) &&
      isContinentPart(doc, { ...name, first: before.first }))
      ? {
          ...before,
          last: name.last,
          type: before.type === name.type ? name.type : 'LOC',
          sureness: Math.max(before.sureness, name.sureness),
        }
      : null,
  )
  const out: TaggedName[] = []
  for (const name of joined) {
    if (isContinentPart(doc, name)) {
      out.push({ ...name, type: 'LOC', sureness: 1 })
      continue
    }
    // "Central Asia and Eastern Europe", which the tagger reads as one name: two places.
    if (name.last === name.first + 4) {
      const first = { ...name, last: name.first + 1, type: 'LOC' as const, sureness: 1 }
      const second = { ...first, first: name.first + 3, last: name.last }
      if (isContinentPart(doc, first) && isContinentPart(doc, second)) {
        out.push(first, second)
        continue
      }
    }
    out.push(name)
  }
  return out
}

/** Whether `name` is a region word and a continent: "Central Asia". */
function isContinentPart(doc: DocumentView, name: TaggedName): boolean {
  const from = (doc.texts[name.text] as TextView).from
  return (
    name.last === name.first + 1 &&
    REGION_WORDS.hasToken(doc.tokens, from + name.first) &&
    CONTINENTS.hasToken(doc.tokens, from + name.last)
  )
}

/** Whether `before` is one of `words` alone right before `name`: "ST." + "LOUIS". */
function isAbbreviationBefore(
  doc: DocumentView,
  before: TaggedName,
  name: TaggedName,
  words: WordSet,
): boolean {
  if (before.text !== name.text || before.first !== before.last || name.first !== before.last + 1)
    return false
  const from = (doc.texts[name.text] as TextView).from
  return words.hasToken(doc.tokens, from + before.first)
}

/**
 * Whether `before`, one word, opens the street `name` after it, with capitalised words the
 * tagger left out between them at most: "Mark" + "West" + "Springs Road".
 */
function isStreetOpener(doc: DocumentView, before: TaggedName, name: TaggedName): boolean {
  if (before.text !== name.text || before.first !== before.last) return false
  if (name.first <= before.last || name.first - before.last > MAX_STREET_GAP + 1) return false
  if (name.type !== 'LOC' || name.last === name.first) return false
  const { from, to } = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  for (let k = from + before.last + 1; k < from + name.first; k++)
    if (((tokens.flags[k] as number) & TokenFlag.capitalised) === 0) return false
  // (Its head may stand right after it still, for a later step to take in: "West Springs" + "Road".)
  const head = from + name.last
  return (
    STREETS.hasToken(tokens, head) ||
    (head + 1 < to &&
      ((tokens.flags[head + 1] as number) & TokenFlag.capitalised) !== 0 &&
      STREETS.hasToken(tokens, head + 1))
  )
}

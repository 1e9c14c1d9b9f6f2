/**
 * A nation's bodies named after its short name: "the U.S. Geological Survey",
 * "the U.S. Navy", "the UK Treasury". The tagger reads the short name as the
 * place and the rest apart ("U.S." and the person "Geological Survey"), or
 * the whole as the place ("U.S. Navy"); a name that goes on from "U.S.",
 * "UK" or "EU" to a body's head (see organization-names.ts) or an armed
 * force's is the body.
 */
import type { TaggedName } from './tagger.js'
import { lexicon } from './lexicon.js'
import { nameKey, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { HEADS } from './organization-names.js'
import { WordSet } from './words.js'

/** Short names of nations and unions that open their bodies' names, lower-cased: "u.s." of "U.S. Senate". */
export const NATION_WORDS: readonly string[] = ['u.s.', 'us', 'u.k.', 'uk', 'e.u.', 'eu']
const NATIONS = new WordSet(NATION_WORDS)

/** Last words of bodies' names beyond the organisations' heads: forces, a survey, a treasury. */
const NATIONAL_HEADS = new WordSet([
  ...['army', 'navy', 'marines', 'corps', 'force', 'guard', 'survey', 'treasury', 'mint'],
  'coastguard',
])

/** First words of a nation's bodies' names: "National" of "Kenya National Commission on Human Rights". */
const NATIONAL_OPENERS = new WordSet([
  ...['national', 'federal', 'central', 'supreme', 'royal', 'electoral', 'independent'],
  'constitutional',
])

/**
 * Most words of the body's name the tagger read apart after the nation's:
 * "Geological Survey", "Census Bureau" (a longer one, "World Health
 * Organization", is a body of its own after a sentence that ends in "U.S.").
 */
const MAX_JOINED_WORDS = 2

/** `names` (in reading order) with a nation's bodies made one organisation's name each. */
export function withNationalBodies<T extends TaggedName>(doc: DocumentView, names: T[]): T[] {
  const tokens = doc.tokens
  const { organizations, places } = lexicon()
  const out: T[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as T
    const { from } = doc.texts[name.text] as TextView
    // "Kenya | National Commission on Human Rights": a body's name that opens with a word of a
    // nation's bodies, right after the nation's name the tagger read apart, is one name.
    const after = names[i + 1]
    if (
      name.type === 'LOC' &&
      after !== undefined &&
      after.text === name.text &&
      after.first === name.last + 1 &&
      after.type === 'ORG' &&
      after.last > after.first &&
      NATIONAL_OPENERS.hasToken(tokens, from + after.first)
    ) {
      out.push({ ...name, last: after.last, type: 'ORG', sureness: after.sureness })
      i++
      continue
    }
    // ("the Netherlands Coastguard": a country's full name too.)
    const country =
      name.type === 'LOC' &&
      places.get(nameKey(tokens, from + name.first, from + name.last)) === 'country'
    // "Kenya Navy" read as a place.
    if (
      name.type === 'LOC' &&
      name.last > name.first &&
      isBodyHead(tokens, from + name.last) &&
      places.get(nameKey(tokens, from + name.first, from + name.last - 1)) === 'country'
    ) {
      out.push({ ...name, type: 'ORG' })
      continue
    }
    if (!country && !isNation(tokens, from + name.first)) {
      out.push(name)
      continue
    }
    // "U.S. | Geological Survey": the body's words right after the nation's name (not a body the
    // lists know, nor a long one: "cases rose in the U.S. World Health Organization data show").
    const next = names[i + 1]
    if (
      (name.first === name.last || country) &&
      next !== undefined &&
      next.text === name.text &&
      next.first === name.last + 1 &&
      next.last - next.first < MAX_JOINED_WORDS &&
      isBodyHead(tokens, from + next.last) &&
      !organizations.has(nameKey(tokens, from + next.first, from + next.last))
    ) {
      out.push({ ...name, last: next.last, type: 'ORG', sureness: next.sureness })
      i++
      continue
    }
    // "U.S. Navy" read as a place (not "Russian Federation", a country's name).
    if (
      !country &&
      name.last > name.first &&
      name.type === 'LOC' &&
      isBodyHead(tokens, from + name.last)
    ) {
      out.push({ ...name, type: 'ORG' })
      continue
    }
    out.push(name)
  }
  return out
}

/** Whether token `k` is a nation's short name in capitals: "U.S.", "UK" (not "us"). */
function isNation(tokens: Tokens, k: number): boolean {
  return ((tokens.flags[k] as number) & TokenFlag.allCaps) !== 0 && NATIONS.hasToken(tokens, k)
}

/** Whether token `k` is a capitalised head of a body's name: "Survey", "Navy", "Bureau". */
function isBodyHead(tokens: Tokens, k: number): boolean {
  return (
    ((tokens.flags[k] as number) & TokenFlag.capitalised) !== 0 &&
    (HEADS.hasToken(tokens, k) || NATIONAL_HEADS.hasToken(tokens, k))
  )
}

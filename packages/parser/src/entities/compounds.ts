/**
 * Names inside compound words: "London-based", "Iran-backed", "Saudi-led",
 * "U.S.-made", "anti-Trump", "pro-Russian", "ex-Google". The tagger, trained
 * on CoNLL-2003, takes the whole word for an other name (CoNLL tags it so);
 * a reader wants the name in it: the place London, the place Iran, the
 * person Trump, the nationality Russian. The compound's other words stay out
 * of the span, and a name after it in the same span is a name of its own
 * ("Iran-backed Houthi" -> "Iran", "Houthi").
 */
import { hashOf } from './hash.js'
import { lexicon } from './lexicon.js'
import type { NameSpan } from './names.js'
import { SEATS_OF_POWER } from './rules.js'

/**
 * Words after a name and a hyphen that make an adjective of it: where a
 * thing is based, who leads, backs, owns, made or designed it, whose era or
 * style it is.
 */
const SUFFIX_WORDS = new Set([
  'based',
  'led',
  'backed',
  'owned',
  'run',
  'controlled',
  'funded',
  'sponsored',
  'financed',
  'allied',
  'aligned',
  'linked',
  'affiliated',
  'born',
  'bred',
  'made',
  'built',
  'brokered',
  'occupied',
  'held',
  'administered',
  'annexed',
  'headquartered',
  'registered',
  'listed',
  'bound',
  'designed',
  'developed',
  'engineered',
  'produced',
  'manufactured',
  'supplied',
  'trained',
  'educated',
  'supported',
  'dominated',
  'mediated',
  'hosted',
  'inspired',
  // Nouns that make an adjective of a name too: "Soviet-era", "Soviet-style".
  'era',
  'style',
])

/** Suffixes that say where: the name before them is a place's. */
const PLACE_SUFFIXES: ReadonlySet<string> = new Set(['based', 'headquartered', 'born', 'bred'])
/** Endings of peoples' adjectives, which the places the lists do not know seldom have. */
const ADJECTIVE_ENDING = /(?:ese|ish|ian|ean|ic)$/u
/** How sure the suffix alone makes a place. */
const PLACE_CONFIDENCE = 0.9

/** Words before a hyphen and a name that say for, against or formerly of it. */
const PREFIX_WORDS = new Set(['pro', 'anti', 'ex', 'non', 'post', 'pre'])

/** Most characters of a compound's name: longer is no name in a compound. */
const MAX_NAME = 40

/** The kind of a name the document gives elsewhere, by its lower-cased text. */
export type KindsByText = ReadonlyMap<string, NameSpan['kind']>

/**
 * The spans of `spans` (names of `value`, in order) with the names in
 * compound words cut out of their compounds. A compound whose name says
 * nothing of its kind (no gazetteer knows it, no other span of the document
 * names it) stays as the tagger gave it. `kinds` gives the kinds of the
 * document's names by text (made when first asked for).
 */
export function splitCompounds(
  value: string,
  spans: NameSpan[],
  kinds: () => KindsByText,
): NameSpan[] {
  let out: NameSpan[] | null = null
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as NameSpan
    const parts =
      hyphenIn(value, span.start, span.end) >= 0 ? compoundParts(value, span, kinds) : null
    if (parts === null) {
      out?.push(span)
      continue
    }
    out ??= spans.slice(0, i)
    out.push(...parts)
  }
  return out ?? spans
}

/** The names of the compound word in `span`, or null when it has none to give. */
function compoundParts(value: string, span: NameSpan, kinds: () => KindsByText): NameSpan[] | null {
  // "anti-Trump", "pro-Russian": a prefix opening the span.
  const hyphen = hyphenIn(value, span.start, span.end)
  const prefix = value.slice(span.start, hyphen).toLowerCase()
  if (PREFIX_WORDS.has(prefix)) {
    const name = kindOf(value, hyphen + 1, span.end, kinds)
    return name ? [{ ...name, start: hyphen + 1, end: span.end }] : null
  }
  // "London-based", "Los Angeles-based", "Iran-backed Houthi": a suffix ending a word of the span.
  for (let at = hyphen; at >= 0; at = hyphenIn(value, at + 1, span.end)) {
    let wordEnd = at + 1
    while (wordEnd < span.end && isLetter(value.charCodeAt(wordEnd))) wordEnd++
    if (!SUFFIX_WORDS.has(value.slice(at + 1, wordEnd).toLowerCase())) continue
    if (at - span.start > MAX_NAME) return null
    // "Redmond-based", "Brooklyn-born": where a thing is based or someone born is a place,
    // though no list knows it and the document's other mentions read a company.
    const where = PLACE_SUFFIXES.has(value.slice(at + 1, wordEnd).toLowerCase())
    const name = kindOf(value, span.start, at, kinds, where, !where)
    if (!name) return null
    const parts: NameSpan[] = [{ ...name, start: span.start, end: at }]
    // The name after the compound: "Houthi" of "Iran-backed Houthi".
    let rest = wordEnd
    while (rest < span.end && value.charCodeAt(rest) === SPACE) rest++
    if (rest < span.end) {
      // Its kind, when something says it ("New York-based Goldman Sachs"), else the tagger's.
      const after = kindOf(value, rest, span.end, kinds)
      parts.push(after ? { ...after, start: rest, end: span.end } : { ...span, start: rest })
    }
    return parts
  }
  return null
}

/**
 * What the name `start`..`end` of `value` is, when something says it: a place or
 * an organisation of the gazetteers, a nationality adjective, a country's code
 * in capitals with dots ("U.S."), a place where a suffix says `where` ("-based"),
 * the kind another span of the document gives the same text, or a body for an
 * acronym before a suffix of who leads or backs it (`led`: "BJP-led"). Null
 * when nothing does.
 */
function kindOf(
  value: string,
  start: number,
  end: number,
  kinds: () => KindsByText,
  where = false,
  led = false,
): Omit<NameSpan, 'start' | 'end'> | null {
  if (end <= start || !UPPER.test(value.charAt(start))) return null
  const text = value.slice(start, end).replace(/\s+/gu, ' ').toLowerCase()
  const key = hashOf(text)
  const { places, organizations, demonyms, placeCodes } = lexicon()
  if (places.has(key)) return { kind: 'place', confidence: 1 }
  if (organizations.has(key) || SEATS_OF_POWER.has(key))
    return { kind: 'organization', confidence: 1 }
  const place = demonyms.get(key)
  if (place !== undefined) return { kind: 'other', confidence: 1, place }
  if (COUNTRY_CODE.test(text) && placeCodes.has(hashOf(text.replaceAll('.', ''))))
    return { kind: 'place', confidence: 1 }
  // ("European-born", "Surinamese-born": a people's adjective the lists lack.)
  if (where && !ADJECTIVE_ENDING.test(text)) return { kind: 'place', confidence: PLACE_CONFIDENCE }
  const kind = kinds().get(text)
  if (kind !== undefined) return { kind, confidence: 1 }
  // "the BJP-led alliance", "ANC-run councils": a body's acronym that no list knows leads, runs or
  // backs it.
  if (led && ACRONYM.test(value.slice(start, end)))
    return { kind: 'organization', confidence: ACRONYM_CONFIDENCE }
  return null
}
/** An acronym in capitals: "BJP", "ANC". */
const ACRONYM = /^\p{Lu}{2,6}$/u
/** How sure an acronym before such a word is a body's. */
const ACRONYM_CONFIDENCE = 0.7

/** Two letters with dots: "u.s.", "u.k.". */
const COUNTRY_CODE = /^\p{L}\.\p{L}\.$/u
const SPACE = 0x20

const UPPER = /^\p{Lu}$/u
const HYPHEN = 0x2d

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

/** The first hyphen of `value` in `start`..`end`, or -1. */
function hyphenIn(value: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (value.charCodeAt(i) === HYPHEN) return i
  return -1
}

/**
 * The kinds of the names of `texts` (every text's spans, by text), by their
 * lower-cased text, and of the surnames of people named in full ("trump" of
 * "Donald Trump"): what a name in a compound word is, when the document names
 * it elsewhere. The first span of a text gives its kind.
 */
export function kindsByText(values: readonly string[], spans: readonly NameSpan[][]): KindsByText {
  const kinds = new Map<string, NameSpan['kind']>()
  const surnames = new Map<string, NameSpan['kind']>()
  spans.forEach((list, t) => {
    const value = values[t] as string
    for (const span of list) {
      if (hyphenIn(value, span.start, span.end) >= 0) continue
      const text = value.slice(span.start, span.end).toLowerCase()
      if (!kinds.has(text)) kinds.set(text, span.kind)
      const space = text.lastIndexOf(' ')
      if (span.kind === 'person' && space > 0 && !surnames.has(text.slice(space + 1)))
        surnames.set(text.slice(space + 1), 'person')
    }
  })
  for (const [surname, kind] of surnames) if (!kinds.has(surname)) kinds.set(surname, kind)
  return kinds
}

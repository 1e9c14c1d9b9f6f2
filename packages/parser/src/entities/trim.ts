/**
 * Cuts the tagger's names down to the name alone, where a capitalised run
 * fooled it: a title inside ("NATO Secretary General Jens Stoltenberg" is the
 * organisation "NATO" and the person "Jens Stoltenberg"; the title is read by
 * the entity stage), a title alone ("General"), a weekday at an end
 * ("Stoltenberg Thursday"). The training data rarely shows such runs, so these
 * are rules rather than features. Also: no article before a name ("The
 * U.N." is "U.N."), and a first name left out before a surname is put back
 * ("Ursula" before "von der Leyen").
 */
import { TITLE_WORDS } from '../lexicon/titles.js'
import type { DocumentView } from './view.js'
import { lexicon } from './lexicon.js'
import type { NameType, TaggedName } from './tagger.js'
import { nameKey, TokenFlag, type Token } from './tokenize.js'

/**
 * Titles that stand before a person's name and seldom inside another name
 * (the forms of address and offices in the AP and Reuters style guides).
 */
const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'general',
  'chancellor',
  'premier',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'gov.',
  'governor',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'lord',
  'judge',
  'justice',
  'ambassador',
  'commissioner',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'deputy',
  'envoy',
  'secretary-general',
  'ayatollah',
  'sheikh',
  'emir',
  'sultan',
  'archbishop',
  'bishop',
  'cardinal',
  'rabbi',
  'imam',
  'professor',
  'prof.',
  'coach',
  'captain',
  'lt.',
  'gen.',
  'col.',
  'maj.',
  'sgt.',
  'capt.',
  'adm.',
  'rev.',
])

/** English weekdays: capitalised, never part of a name in news text. */
const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
])

function tokensOf(doc: DocumentView, name: TaggedName): Token[] {
  return (doc.texts[name.text] as { tokens: Token[] }).tokens
}

/** The names of `names` cut to the name alone (in order). */
export function trimNames(doc: DocumentView, names: readonly TaggedName[]): TaggedName[] {
  const people = new Set<number>()
  for (const name of names) {
    if (name.type === 'PER') people.add(nameKey(tokensOf(doc, name), name.first, name.last))
  }
  const out: TaggedName[] = []
  for (const name of names) {
    const tokens = tokensOf(doc, name)
    let first = name.first
    let last = name.last
    while (first <= last && WEEKDAYS.has((tokens[first] as Token).lower)) first++
    while (last >= first && WEEKDAYS.has((tokens[last] as Token).lower)) last--
    if (first < last && (tokens[first] as Token).lower === ARTICLE && !isPlace(tokens, first, last))
      first++
    if (first > last) continue
    out.push(...splitAtTitle({ ...name, first, last }, tokens, people))
  }
  return withFirstNames(doc, out)
}

/** "the" opens a name only in a gazetteer place ("The Hague"). */
const ARTICLE = 'the'
/** Particles that open a surname: "von der Leyen", "bin Salman", "de Gaulle". */
const PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'der',
  'de',
  'di',
  'da',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
])

function isPlace(tokens: readonly Token[], first: number, last: number): boolean {
  return lexicon().places.has(nameKey(tokens, first, last))
}

/**
 * A known first name just before a person's name, or before a surname with a
 * particle, that the tagger left out: "Ursula" + "von der Leyen".
 */
function withFirstNames(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const { firstNames } = lexicon()
  names.forEach((name, i) => {
    const tokens = tokensOf(doc, name)
    const before = tokens[name.first - 1]
    if (!before || !(before.flags & TokenFlag.capitalised) || !firstNames.has(before.hash)) return
    if (PERSON_TITLES.has(before.lower) || TITLE_WORDS.has(before.lower)) return
    const previous = names[i - 1]
    if (previous && previous.text === name.text && previous.last >= name.first - 1) return
    const particle = PARTICLES.has((tokens[name.first] as Token).lower)
    if (name.type !== 'PER' && !particle) return
    name.first--
    name.type = 'PER'
  })
  return names
}

function isTitle(token: Token, words: ReadonlySet<string>): boolean {
  return (token.flags & TokenFlag.capitalised) !== 0 && words.has(token.lower)
}

/** "NATO Secretary General Jens Stoltenberg" -> "NATO", "Jens Stoltenberg"; "General" -> nothing. */
function splitAtTitle(
  name: TaggedName,
  tokens: readonly Token[],
  people: ReadonlySet<number>,
): TaggedName[] {
  let start = name.first
  while (start <= name.last && !isTitle(tokens[start] as Token, PERSON_TITLES)) start++
  if (start > name.last) return [name]
  let end = start
  while (
    end + 1 <= name.last &&
    (isTitle(tokens[end + 1] as Token, PERSON_TITLES) ||
      isTitle(tokens[end + 1] as Token, TITLE_WORDS))
  ) {
    end++
  }
  if (end === name.last) {
    // A title with nothing after it: dropped ("General", "European Commission President").
    return start === name.first ? [] : [{ ...name, last: start - 1 }]
  }
  const rest = { ...name, first: end + 1, type: 'PER' as NameType }
  const firstName = lexicon().firstNames.has((tokens[end + 1] as Token).hash)
  const known = people.has(nameKey(tokens, end + 1, name.last))
  if (!(name.type === 'PER' || firstName || known)) return [name]
  if (start === name.first) return [rest]
  const head = { ...name, last: start - 1, type: headType(name, tokens, start - 1) }
  return [head, rest]
}

/** What a qualifier before a title names: "NATO" (organisation), "Ukrainian" (other). */
function headType(name: TaggedName, tokens: readonly Token[], last: number): NameType {
  const key = nameKey(tokens, name.first, last)
  const { demonyms, places } = lexicon()
  if (demonyms.has(key)) return 'MISC'
  if (places.has(key)) return 'LOC'
  return name.type === 'PER' ? 'ORG' : name.type
}

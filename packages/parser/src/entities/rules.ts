/**
 * Rules over the voted names, for what the training data gets wrong for us
 * or cannot say: a seat of power that acts ("the Kremlin said") is the
 * organisation that sits there, not a place (CoNLL-2003 tags it a place),
 * and a well-known organisation of the generated list is one ("Facebook");
 * a nationality adjective ("Ukrainian") is an other name linked to its
 * country, from the gazetteer, the followers of a faith ("Muslims") an other
 * name too, and a country's name typed an other name ("the US") the place; a
 * place before a party word ("Florida Republican", "Virginia Democratic") is
 * the place, and the party word an other name of its own; the one word before
 * "administration" a person ("the Obama administration"), a place qualifying a
 * noun a place ("the Texas senator"); a name with the rest
 * of a known organisation's name after or before it ("USA TODAY", "General
 * Motors") is that organisation; a
 * transcript's speaker in capitals ("WALLACE:") is a person, a war an other
 * name, and a lawmaker's party affiliation ("D-Ohio") no name at all.
 */
import { readDateline } from '../dateline.js'
import type { VotedName } from './consistency.js'
import type { DocumentView, TextView } from './view.js'
import { hashOf, hashSet } from './hash.js'
import { lexicon } from './lexicon.js'
import { functionWords } from './discourse.js'
import { isCapital } from './organization-names.js'
import { PARTY_MEMBERS } from './organizations.js'
import { lowerAt, nameKey, TokenFlag, type Tokens } from './tokenize.js'
import { WordSet } from './words.js'
import { ETHNIC_GROUP_WORDS, FAITH_NAMES, FAITH_WORDS } from '../lexicon/faiths.js'

/** Faiths, their followers and peoples by descent: other names, never a person or a place. */
const FAITHS = new WordSet([...FAITH_WORDS, ...FAITH_NAMES, ...ETHNIC_GROUP_WORDS])

/** A name with what the rules add. */
export interface RuledName extends VotedName {
  /** The country of a nationality adjective: "Ukraine" for "Ukrainian". */
  place?: string
}

/**
 * Buildings and streets that news writing uses for the government in them
 * (metonyms listed in news style guides: AP, Reuters); lower-cased tokens.
 */
const SEATS_OF_POWER = hashSet([
  'kremlin',
  'white house',
  'pentagon',
  'capitol hill',
  'elysee',
  'élysée',
  'downing street',
  "quai d'orsay",
  'foggy bottom',
  'zhongnanhai',
  'blue house',
  'bankova',
])

/** A confidence of the tagger's in an other name that a known organisation's name does not overrule. */
const SURE = 0.8

/** Applies the rules to `names`. */
export function applyRules(doc: DocumentView, names: readonly VotedName[]): RuledName[] {
  const { demonyms, organizations, people, places } = lexicon()
  const named = names.filter((name) => !isPartyAffiliation(doc, name))
  const acronyms = organizationAcronyms(doc, named)
  const surnames = personSurnames(doc, named)
  return extendToOrganizations(doc, splitPartyWords(doc, named)).map((name) => {
    const from = (doc.texts[name.text] as TextView).from
    const key = nameKey(doc.tokens, from + name.first, from + name.last)
    if (SEATS_OF_POWER.has(key)) return { ...name, type: 'ORG', confidence: 1 }
    // "super PACs": the plural of an organisation's acronym names organisations of its kind.
    if (name.type !== 'ORG' && name.first === name.last) {
      const singular = acronymSingular(doc.tokens, from + name.first)
      if (singular !== null && (acronyms.has(singular) || organizations.has(singular)))
        return { ...name, type: 'ORG' }
    }
    if (
      name.type !== 'PER' &&
      isSpeakerLabel(doc, name) &&
      !places.has(key) &&
      !organizations.has(key) &&
      !(name.type === 'ORG' && name.confidence >= SURE)
    )
      return { ...name, type: 'PER' }
    // "the Second Amendment": the tagger leaves the ordinal out of an amendment's name.
    if (isAmendmentAfterOrdinal(doc, name))
      return { ...name, first: name.first - 1, type: 'MISC', confidence: 1 }
    // "the First Amendment": a law, an other name, as a war is.
    if (AMENDMENT.hasToken(doc.tokens, from + name.last)) return { ...name, type: 'MISC' }
    // "the Cold War", "the Iraq War": an event, whatever its first word names.
    if (name.last > name.first && WARS.hasToken(doc.tokens, from + name.last))
      return { ...name, type: 'MISC' }
    // Unless the tagger is sure it is another thing by that name: "the Dow Jones" index.
    // A well-known organisation ("Facebook", "Disney"), from compromise's lexicon.
    if (organizations.has(key) && !(name.type === 'MISC' && name.confidence >= SURE))
      return { ...name, type: 'ORG', confidence: 1 }
    // A well-known person's full name ("Mitt Romney"), which the tagger, trained on news of
    // 1996, may take for an organisation's.
    if (people.has(key)) return { ...name, type: 'PER', confidence: 1 }
    const place = demonyms.get(key)
    if (place !== undefined && (name.type === 'MISC' || name.confidence < 0.5)) {
      return { ...name, type: 'MISC', place }
    }
    // "all Muslims", "Catholic voters": the followers of a faith, a group as a people is.
    if (name.first === name.last && FAITHS.hasToken(doc.tokens, from + name.first))
      return { ...name, type: 'MISC', confidence: 1 }
    // "Cleveland (AFP) –": the place of a dateline, not the agency's organisation.
    if (name.type !== 'LOC' && isDatelinePlace(doc, name)) return { ...name, type: 'LOC' }
    // "the Texas senator", "the New York businessman": a place qualifying a noun, not a team.
    if (name.type === 'ORG' && places.has(key) && isQualifyingWord(doc, name))
      return { ...name, type: 'LOC' }
    // "the Obama administration": the leader a government is named after, a person (not "a
    // Democrat presidency", "the Soviet administration").
    if (
      name.type === 'MISC' &&
      isLeaderOfGovernment(doc, name) &&
      !places.has(key) &&
      !demonyms.has(key) &&
      !PARTY_MEMBERS.hasToken(doc.tokens, from + name.first)
    )
      return { ...name, type: 'PER' }
    // "the Clintons": the plural of a person's surname names their family, people.
    if (name.type !== 'PER' && name.first === name.last && surnames.size > 0) {
      const singular = pluralSingular(doc.tokens, from + name.first)
      if (singular !== null && surnames.has(singular) && !places.has(key))
        return { ...name, type: 'PER' }
    }
    // "the US": a country's name the tagger, trained on "U.S.", took for an other name.
    if (name.type === 'MISC' && places.get(key) === 'country') return { ...name, type: 'LOC' }
    return name
  })
}

/** Lower-case words after a leader's surname that name their government: "the Obama administration". */
const GOVERNMENT_WORDS = new WordSet(['administration', 'presidency'])

/**
 * Whether `name` is one word before a lower-case word of a government ("the
 * Obama administration", "the Bush presidency"): the surname of its leader.
 */
function isLeaderOfGovernment(doc: DocumentView, name: RuledName | VotedName): boolean {
  if (name.first !== name.last) return false
  const view = doc.texts[name.text] as TextView
  const next = view.from + name.last + 1
  const tokens = doc.tokens
  return (
    next < view.to &&
    !((tokens.flags[next] as number) & TokenFlag.hasUpper) &&
    GOVERNMENT_WORDS.hasToken(tokens, next)
  )
}

/**
 * Whether `name` is "Amendment" alone after a capitalised ordinal ("the Second
 * Amendment", "the 14th Amendment"), which names the amendment with it.
 */
function isAmendmentAfterOrdinal(doc: DocumentView, name: VotedName): boolean {
  if (name.first !== name.last || name.first === 0) return false
  const k = (doc.texts[name.text] as TextView).from + name.first
  const tokens = doc.tokens
  if (!AMENDMENT.hasToken(tokens, k)) return false
  const flags = tokens.flags[k - 1] as number
  return (
    (flags & (TokenFlag.capitalised | TokenFlag.hasDigit)) !== 0 &&
    ORDINAL.test(lowerAt(tokens, k - 1))
  )
}
const AMENDMENT = new WordSet(['amendment'])
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\p{L}+|\d+(?:st|nd|rd|th))$/u

/**
 * Whether `name` is (in) the place of the dateline that opens its text
 * ("Cleveland (AFP) –", "BEDFORD, N.H. (AP) —").
 */
function isDatelinePlace(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  if (name.first !== 0 || view.headline) return false
  const tokens = doc.tokens
  const after = view.from + name.last + 1
  // A dateline's place is followed by its state, its agency or its dash: most names are not.
  if (after >= view.to) return false
  const value = tokens.values[tokens.text[view.from] as number] as string
  if (!DATELINE_MARKS.includes(value.charAt(tokens.start[after] as number))) return false
  const dateline = readDateline(value)
  // "JOEL BENENSON: This is ...": a transcript's speaker before a colon, no dateline.
  if (!dateline?.place || dateline.text.endsWith(':')) return false
  return (tokens.end[view.from + name.last] as number) <= dateline.place.length
}

/**
 * The keys of the surnames of the people `names` names in full ("clinton" of
 * "Bill Clinton"): not a word alone the tagger took for a person
 * ("Republican"), nor a people or a party ("Hispanic", "Democrat"), nor a
 * word the document names otherwise alone ("European").
 */
function personSurnames(doc: DocumentView, names: readonly VotedName[]): Set<number> {
  const keys = new Set<number>()
  const otherwise = new Set<number>()
  const { demonyms } = lexicon()
  const tokens = doc.tokens
  for (const name of names) {
    const last = (doc.texts[name.text] as TextView).from + name.last
    const key = tokens.hash[last] as number
    // "European" alone an other name: "Central European" is no one's name.
    if (name.type !== 'PER') {
      if (name.first === name.last) otherwise.add(key)
      continue
    }
    if (name.first === name.last) continue
    if (FAITHS.hasToken(tokens, last) || PARTY_MEMBERS.hasToken(tokens, last)) continue
    if (!demonyms.has(key)) keys.add(key)
  }
  for (const key of otherwise) keys.delete(key)
  return keys
}

/**
 * For a capitalised plural at token `k` ("Clintons", "Bushes"), the key of
 * its singular ("clinton", "bush"); else null.
 */
function pluralSingular(tokens: Tokens, k: number): number | null {
  if (!((tokens.flags[k] as number) & TokenFlag.capitalised)) return null
  const value = tokens.values[tokens.text[k] as number] as string
  const end = tokens.end[k] as number
  // Most names are turned away here, before a lower-cased copy is made.
  if (
    end - (tokens.start[k] as number) < MIN_PLURAL_LENGTH ||
    value.charCodeAt(end - 1) !== LOWER_S
  )
    return null
  const lower = lowerAt(tokens, k)
  // "Bushes", "Joneses": "-es" after a hissing sound; else the "-s" alone.
  const cut = /(?:sh|ch|s|x|z)es$/u.test(lower) ? 2 : 1
  return hashOf(lower.slice(0, -cut))
}
const MIN_PLURAL_LENGTH = 4

/** The keys of the acronyms of one word that `names` types organisations ("PAC", "NGO"). */
function organizationAcronyms(doc: DocumentView, names: readonly VotedName[]): Set<number> {
  const keys = new Set<number>()
  for (const name of names) {
    if (name.type !== 'ORG' || name.first !== name.last) continue
    const k = (doc.texts[name.text] as TextView).from + name.first
    if ((doc.tokens.flags[k] as number) & TokenFlag.allCaps) keys.add(doc.tokens.hash[k] as number)
  }
  return keys
}

/** For an acronym's plural ("PACs", "NGOs") at token `k`, the key of the acronym; else null. */
function acronymSingular(tokens: Tokens, k: number): number | null {
  const value = tokens.values[tokens.text[k] as number] as string
  const start = tokens.start[k] as number
  const end = tokens.end[k] as number
  if (end - start < MIN_ACRONYM_PLURAL || (value.charCodeAt(end - 1) | CASE_BIT) !== LOWER_S)
    return null
  for (let i = start; i < end - 1; i++) {
    const code = value.charCodeAt(i)
    if (code < UPPER_A || code > UPPER_Z) return null
  }
  return hashOf(value.slice(start, end - 1).toLowerCase())
}
const MIN_ACRONYM_PLURAL = 3
const LOWER_S = 0x73
/** Set in a lower-case ASCII letter's code, clear in its capital's. */
const CASE_BIT = 0x20
const UPPER_A = 0x41
const UPPER_Z = 0x5a

/**
 * Whether `name` stands between lower-case words inside a sentence, the one
 * after it neither a function word nor a verb in "-ed" ("the Texas senator",
 * "a restrictive Texas abortion law", not "from Nantes since", "as Surrey
 * closed on 429"): it qualifies the noun after it.
 */
function isQualifyingWord(doc: DocumentView, name: RuledName | VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const before = view.from + name.first - 1
  const after = view.from + name.last + 1
  if (before < view.from || after >= view.to) return false
  const flags = doc.tokens.flags
  const isLowerWord = (k: number): boolean =>
    ((flags[k] as number) & (TokenFlag.word | TokenFlag.hasUpper | TokenFlag.hasDigit)) ===
    TokenFlag.word
  return (
    isLowerWord(before) &&
    isLowerWord(after) &&
    !functionWords().hasToken(doc.tokens, after) &&
    !lowerAt(doc.tokens, after).endsWith('ed')
  )
}

/**
 * "Sherrod Brown (D-Ohio)", "Mike Lee, R-Utah,", "Mike Huckabee (R)": a
 * party's letter (and a state's name) set off after a lawmaker's name say
 * where they sit, and name nothing ("D-Day" in a sentence is a name).
 */
function isPartyAffiliation(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + name.first
  const last = view.from + name.last
  const value = tokens.values[tokens.text[first] as number] as string
  const text = value.slice(tokens.start[first] as number, tokens.end[last] as number)
  if (first === view.from || last + 1 >= view.to) return false
  // "Martin O'Malley (D)": a party's letter alone, in brackets.
  if (PARTY_LETTER.test(text))
    return isMark(tokens, first - 1, '(') && isMark(tokens, last + 1, ')')
  if (!PARTY_AFFILIATION.test(text)) return false
  return isMark(tokens, first - 1, SETTING_OFF) && isMark(tokens, last + 1, SETTING_OFF + ')')
}

/** Marks after the place of a dateline: "KYIV, April 20", "Cleveland (AFP)", "WASHINGTON —". */
const DATELINE_MARKS = ',(—–-'

/** Marks before a party affiliation: "(D-Ohio)", ", R-Utah,". */
const SETTING_OFF = '(,'

/** The last word of a war's name. */
const WARS = new WordSet(['war', 'wars'])

/** A party's letter, a hyphen and a capital: "D-Ohio", "R-S.C.", "I-Vt.". */
const PARTY_AFFILIATION = /^[DRI]-\p{Lu}/u
/** A party's letter alone: "(D)". */
const PARTY_LETTER = /^[DRI]$/u

/**
 * "WALLACE: Let's start with ...": one word in capitals and a colon opening a
 * paragraph of mixed case (after a quotation mark, perhaps) names who speaks in
 * a transcript.
 */
function isSpeakerLabel(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  if (name.first !== name.last || view.caps || view.headline) return false
  const tokens = doc.tokens
  const k = view.from + name.first
  if (!((tokens.flags[k] as number) & TokenFlag.allCaps)) return false
  const opens = name.first === 0 || (name.first === 1 && isMark(tokens, k - 1, QUOTATION_MARKS))
  return opens && k + 1 < view.to && isMark(tokens, k + 1, COLON)
}

/** Whether token `k` is one of the marks `marks` holds. */
function isMark(tokens: Tokens, k: number, marks: string): boolean {
  const start = tokens.start[k] as number
  const value = tokens.values[tokens.text[k] as number] as string
  return (tokens.end[k] as number) - start === 1 && marks.includes(value.charAt(start))
}

/** Marks that may open a transcript's paragraph before its speaker: '"WALLACE: ...'. */
const QUOTATION_MARKS = '"“'
/** The mark after a transcript's speaker. */
const COLON = ':'

/** Most capitalised words after a name that can complete a known organisation's name. */
const MAX_ORGANIZATION_TAIL = 2

/**
 * "USA TODAY" read as the place "USA", "General Motors" as the person
 * "Motors" titled "General": a name with the capitalised words after or
 * before it that make it a known organisation's name is that name.
 */
function extendToOrganizations(doc: DocumentView, names: VotedName[]): VotedName[] {
  const { organizations } = lexicon()
  const tokens = doc.tokens
  return names.map((name, i) => {
    const view = doc.texts[name.text] as TextView
    const next = names[i + 1]
    const limit = next && next.text === name.text ? next.first - 1 : view.to - view.from - 1
    for (let n = 1; n <= MAX_ORGANIZATION_TAIL && name.last + n <= limit; n++) {
      const k = view.from + name.last + n
      if (!isCapital(tokens, k)) break
      if (organizations.has(nameKey(tokens, view.from + name.first, k)))
        return { ...name, last: name.last + n }
    }
    const previous = names[i - 1]
    const floor = previous && previous.text === name.text ? previous.last + 1 : 0
    for (let n = 1; n <= MAX_ORGANIZATION_HEAD && name.first - n >= floor; n++) {
      const k = view.from + name.first - n
      if (!isCapital(tokens, k)) break
      const key = nameKey(tokens, k, view.from + name.last)
      if (organizations.has(key) || SEATS_OF_POWER.has(key))
        return { ...name, first: name.first - n }
    }
    return name
  })
}

/** Most capitalised words before a name that can open a known organisation's name: "General", "Capitol". */
const MAX_ORGANIZATION_HEAD = 1

/**
 * "Florida Republican" -> the place "Florida" and the other name "Republican":
 * a word of party membership that a place qualifies. Plurals stay whole:
 * "Wyoming Republicans" is the party there.
 */
function splitPartyWords(doc: DocumentView, names: readonly VotedName[]): VotedName[] {
  const { places } = lexicon()
  const tokens = doc.tokens
  return names.flatMap((name) => {
    if (name.last === name.first) return [name]
    const from = (doc.texts[name.text] as TextView).from
    const last = from + name.last
    if (!PARTY_MEMBERS.hasToken(tokens, last)) return [name]
    if (!places.has(nameKey(tokens, from + name.first, last - 1))) return [name]
    const place: VotedName = { ...name, last: name.last - 1, type: 'LOC' }
    const party: VotedName = { ...name, first: name.last, type: 'MISC' }
    return [place, party]
  })
}

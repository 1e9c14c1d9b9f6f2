/**
 * What the words around a name say it is, where the tagger read it otherwise:
 * the place of a dateline ("Cleveland (AFP) –"), a place qualifying a noun
 * ("the Texas senator"), the leader a government is named after ("the Obama
 * administration"), an amendment with its ordinal ("the Second Amendment"),
 * what a name ending in "State" calls a state ("the Granite State", "Islamic
 * State"). Questions asked by rules.ts, which gives the kinds.
 */
import { readDateline } from '../dateline.js'
import type { VotedName } from './consistency.js'
import { functionWords } from './discourse.js'
import { hashSet } from './hash.js'
import { ARTICLE, HEADS, isCapital, OF } from './organization-names.js'
import { isLowerWord, lowerAt, nameKey, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import {
  GENERATION_SUFFIXES,
  PARTY_MEMBERS,
  POSSESSIVE_MARKS,
  POSSESSIVE_S,
  TITLES,
  WordSet,
} from './words.js'
import { isReportingVerb } from './reporting.js'
import { lexicon } from './lexicon.js'
import { FAITH_ADJECTIVES } from '../lexicon/faiths.js'
import { COMPANY_OFFICER_WORDS } from '../lexicon/titles.js'
import { DIVISION_PLURALS, DIVISION_WORDS } from '../lexicon/divisions.js'
import {
  BUSINESS_NOUNS,
  KIN_NOUNS,
  ORGANIZATION_NOUNS,
  PERSON_ROLE_NOUNS,
} from '../lexicon/titles.js'
import { STATE_NICKNAMES } from '../lexicon/state-nicknames.js'
import { STATE_ABBREVIATIONS } from '../lexicon/abbreviations.js'
import { AGE_NOUN } from '../quotes/speaker-words.js'

/**
 * Lower-case words after a leader's surname that name their government: "the
 * Obama administration", "the Clinton and Obama administrations".
 */
const GOVERNMENT_WORDS = new WordSet([
  'administration',
  'administrations',
  'presidency',
  'presidencies',
])

/**
 * Whether `name` is one word before a lower-case word of a government ("the
 * Obama administration", "the Bush presidency"): the surname of its leader.
 */
export function isLeaderOfGovernment(doc: DocumentView, name: VotedName): boolean {
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
 * Whether `name` is "Amendment" alone or "World War" after a capitalised
 * ordinal ("the Second Amendment", "the 14th Amendment", "the Second World
 * War"), which names the amendment or the war with it.
 */
export function isAmendmentAfterOrdinal(doc: DocumentView, name: VotedName): boolean {
  if (name.first === 0) return false
  const k = (doc.texts[name.text] as TextView).from + name.first
  const tokens = doc.tokens
  const amendment = name.first === name.last && AMENDMENT.hasToken(tokens, k)
  const war =
    name.last === name.first + 1 && WORLD.hasToken(tokens, k) && WAR.hasToken(tokens, k + 1)
  if (!amendment && !war) return false
  const flags = tokens.flags[k - 1] as number
  return (
    (flags & (TokenFlag.capitalised | TokenFlag.hasDigit)) !== 0 &&
    ORDINAL.test(lowerAt(tokens, k - 1))
  )
}
/** The head of an amendment's name ("the First Amendment"). */
export const AMENDMENT = new WordSet(['amendment'])
const WORLD = new WordSet(['world'])
const WAR = new WordSet(['war'])
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\p{L}+|\d+(?:st|nd|rd|th))$/u

/**
 * Whether `name` is (in) the place of a dateline that opens its text
 * ("Cleveland (AFP) –", "BEDFORD, N.H. (AP) —"), its city or its state
 * ("AUSTIN, Texas (AP) —"). Wire copy pasted together
 * may give one in any paragraph; a lawmaker and their party ("Marco Rubio
 * (R-Fla.) –") is none.
 */
export function isDatelinePlace(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  // The city opens the text; its state follows a comma ("AUSTIN, Texas (AP) —").
  if (view.headline || (name.first !== 0 && !isAfterComma(doc, view, name.first))) return false
  const tokens = doc.tokens
  let after = view.from + name.last + 1
  const value = tokens.values[tokens.text[view.from] as number] as string
  // "TAMPA, Fla. (AP) —": past the full stop of a state's abbreviation.
  if (after < view.to && value.charAt(tokens.start[after] as number) === '.') after++
  // A dateline's place is followed by its state, its agency or its dash: most names are not.
  if (after >= view.to) return false
  if (!DATELINE_MARKS.includes(value.charAt(tokens.start[after] as number))) return false
  const dateline = readDateline(value)
  // "JOEL BENENSON: This is ...": a transcript's speaker before a colon, no dateline.
  if (!dateline?.place || dateline.text.endsWith(':')) return false
  return (tokens.end[view.from + name.last] as number) <= dateline.place.length
}

/** Whether token `first` of the text comes right after the comma after its first word or words. */
function isAfterComma(doc: DocumentView, view: TextView, first: number): boolean {
  const comma = view.from + first - 1
  return first >= 2 && first <= MAX_CITY_WORDS + 1 && lowerAt(doc.tokens, comma) === ','
}
/** Most words of a dateline's city before the comma and its state: "SALT LAKE CITY, Utah". */
const MAX_CITY_WORDS = 3

const KIN = new WordSet(KIN_NOUNS)

/**
 * Whether `name` is set off by commas right after a noun of kin, the name of
 * the relative it is: "her daughter, Sofia, 16" (no city).
 */
export function isKinName(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const comma = view.from + name.first - 1
  const after = view.from + name.last + 1
  if (comma - 1 < view.from || lowerAt(tokens, comma) !== ',') return false
  if (after < view.to && lowerAt(tokens, after) !== ',' && lowerAt(tokens, after) !== ';')
    return false
  // (Not a name that goes on with a generation's suffix: "his father, Brent Bozell, Jr.", whose
  // surname the son's name shares.)
  if (after + 1 < view.to && GENERATION_SUFFIXES.hasToken(tokens, after + 1)) return false
  return isLowerWord(tokens, comma - 1) && KIN.hasToken(tokens, comma - 1)
}

/**
 * Places named by a name before them: "the Kerem Shalom crossing". Not "camp",
 * which a person's name qualifies too ("the Clinton camp").
 */
const LANDMARKS = new WordSet(['crossing', 'checkpoint', 'refinery'])

/**
 * Whether `name` names a landmark the lower-case noun after it says it is:
 * "the Kerem Shalom crossing", "the Qalandia checkpoint". The
 * tagger, taking two capitalised words for a person's name, cannot tell.
 */
export function isLandmarkName(doc: DocumentView, name: VotedName): boolean {
  return isBeforeNoun(doc, name, LANDMARKS)
}

/** Nouns of a country's parts after their names: "the Darfur region", "Kherson province". */
const REGIONS = new WordSet(['region', 'province', 'governorate', 'oblast', 'prefecture'])

/** Whether `name` names a part of a country the noun after it says it is ("Sudan's Darfur region"). */
export function isRegionName(doc: DocumentView, name: VotedName): boolean {
  return isBeforeNoun(doc, name, REGIONS)
}

/** Whether a lower-case noun of `nouns` follows `name`, outside headlines. */
function isBeforeNoun(doc: DocumentView, name: VotedName, nouns: WordSet): boolean {
  const view = doc.texts[name.text] as TextView
  const after = view.from + name.last + 1
  if (after >= view.to || view.caps || view.titleCase) return false
  return isLowerWord(doc.tokens, after) && nouns.hasToken(doc.tokens, after)
}

/**
 * Whether `name` stands between lower-case words inside a sentence, the one
 * before it no verb of saying and the one after it neither a function word nor
 * a verb in "-ed" ("the Texas senator", "a restrictive Texas abortion law";
 * not "from Nantes since", "as Surrey closed on 429", "said Texas won"): it
 * qualifies the noun after it.
 */
export function isQualifyingWord(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const before = view.from + name.first - 1
  const after = view.from + name.last + 1
  if (before < view.from || after >= view.to) return false
  return (
    isLowerWord(doc.tokens, before) &&
    isLowerWord(doc.tokens, after) &&
    !isReportingVerb(doc.tokens, before) &&
    !functionWords().hasToken(doc.tokens, after) &&
    !lowerAt(doc.tokens, after).endsWith('ed') &&
    // "the ruling Morena party": a party's name, which a place's may be.
    !isPartyName(doc.tokens, name.first + view.from, after - 1, view.from, view.to)
  )
}

/**
 * Whether tokens `first`..`last` (of a text from `from` to `to`) name a
 * political party: a word of politics before them and "party" in lower case
 * after them ("the ruling Morena party", "the opposition Labor party"); not a
 * celebration ("the Jackson party was held at the Ritz").
 */
export function isPartyName(
  tokens: Tokens,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  return (
    last + 1 < to &&
    first - 1 >= from &&
    isLowerWord(tokens, last + 1) &&
    PARTY.hasToken(tokens, last + 1) &&
    POLITICAL.hasToken(tokens, first - 1)
  )
}
const PARTY = new WordSet(['party'])
/** Words of politics before a party's name. */
const POLITICAL = new WordSet([
  ...['ruling', 'governing', 'opposition', 'main', 'junior', 'coalition', 'centrist', 'populist'],
  ...['conservative', 'liberal', 'nationalist', 'communist', 'socialist', 'far-right', 'far-left'],
  ...['right-wing', 'left-wing', 'leftist', 'rightist', 'green', 'islamist', 'separatist'],
])

/** Marks after the place of a dateline: "KYIV, April 20", "Cleveland (AFP)", "WASHINGTON —". */
const DATELINE_MARKS = ',(—–-'

/** The last word of a name that calls something a state. */
const STATE = new WordSet(['state'])
/** Adjectives of a faith before "State" in the name of a group that calls itself one. */
const FAITH_STATE_WORDS = new WordSet(FAITH_ADJECTIVES)
/** The words of the states' nicknames before "State", by {@link nameKey}. */
const NICKNAMES = hashSet(Object.keys(STATE_NICKNAMES))

/**
 * What a name of capitalised words ending in "State" is, when its words say
 * it: an adjective of a faith before it names a militant group, an
 * organisation ("Islamic State", "the Islamic State group"); a US state's
 * nickname after "the" is the state, a place ("the Granite State", "the Green
 * Mountain State"). Null for the rest ("Ohio State", a university; "the Deep
 * State"; "Department of State").
 */
export function stateNameKind(doc: DocumentView, name: VotedName): 'ORG' | 'LOC' | null {
  if (name.last === name.first) return null
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + name.first
  const last = view.from + name.last
  if (!STATE.hasToken(tokens, last)) return null
  for (let k = first; k <= last; k++) if (!isCapital(tokens, k)) return null
  if (last === first + 1 && FAITH_STATE_WORDS.hasToken(tokens, first)) return 'ORG'
  const before = first - 1
  if (before < view.from || !ARTICLE.hasToken(tokens, before)) return null
  return NICKNAMES.has(nameKey(tokens, first, last - 1)) ? 'LOC' : null
}

/** Heads of descriptions that say a name is an organisation's: "Pfizer, the drug company,". */
const ORGANIZATION_HEADS = new WordSet([...ORGANIZATION_NOUNS, ...BUSINESS_NOUNS])
/** Heads of descriptions that say a name is a person's: "Josh Earnest, the press secretary,". */
const PERSON_HEADS = new WordSet([...PERSON_ROLE_NOUNS])
/** Articles that open such a description: "the drug company", "a drug company". */
const DESCRIPTION_ARTICLES = new WordSet(['the', 'a', 'an'])
/** Most words of such a description after its article, its "of" and what follows it included. */
const MAX_DESCRIPTION_WORDS = 5

/**
 * What a description set off by a comma right after `name` says it is:
 * "UNHCR, the UN refugee agency," an organisation, "Earnest, the White House
 * press secretary," a person; its head is the word before the comma or the
 * full stop that closes it, or before its "of" ("the chairman of the board,").
 * Null when no such description follows.
 */
export function appositiveKind(doc: DocumentView, name: VotedName): 'ORG' | 'PER' | null {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const comma = view.from + name.last + 1
  if (comma + 2 >= view.to || lowerAt(tokens, comma) !== ',') return null
  const open = descriptionStart(tokens, comma + 1, view.to)
  if (open < 0) return null
  // A relative pronoun closes the description only after a name that is no object of a word
  // opening the sentence ("After Trump, the party that once backed free trade").
  const before = view.from + name.first - 1
  const opens =
    before < view.from ||
    ((tokens.flags[before] as number) & TokenFlag.sentenceStart) === 0 ||
    !OPENING_PREPOSITIONS.hasToken(tokens, before)
  let head = -1
  for (let k = open; k < view.to && k - open <= MAX_DESCRIPTION_WORDS; k++) {
    const word = lowerAt(tokens, k)
    // "the chairman of the board,", "the prime contractor for Orion,": the head before its complement.
    if ((word === 'of' || word === 'for') && head < 0) {
      head = k - 1
      continue
    }
    // "the Finnish Green lawmaker who led ...": a relative pronoun closes it as a comma does.
    if (
      word === ',' ||
      word === '.' ||
      (opens && head < 0 && k > open && DESCRIPTION_RELATIVES.has(word))
    ) {
      if (head < 0) head = k - 1
      if (head < open || !isLowerWord(tokens, head)) return null
      // "Oromos, a minority group": a people, no organisation.
      if (head > open && PEOPLES_QUALIFIERS.hasToken(tokens, head - 1)) return null
      if (ORGANIZATION_HEADS.hasToken(tokens, head)) return 'ORG'
      if (PERSON_HEADS.hasToken(tokens, head)) return 'PER'
      return null
    }
    if (!((tokens.flags[k] as number) & TokenFlag.word)) return null
    // "Tesla, the electric carmaker Musk also leads,": a head before a relative clause's subject,
    // when no other head follows it ("Xinhua, the official Chinese news agency,").
    if (
      head < 0 &&
      k + 2 < view.to &&
      isLowerWord(tokens, k) &&
      ((tokens.flags[k + 1] as number) & TokenFlag.capitalised) !== 0 &&
      // The name is a clause's subject, a lower-case word after it ("the startup Sam Altman
      // backs,"): not "the nonprofit CEO,".
      isLowerWord(tokens, afterCapitals(tokens, k + 1, view.to)) &&
      !headBeforeComma(tokens, k + 1, view.to)
    ) {
      if (ORGANIZATION_HEADS.hasToken(tokens, k)) return 'ORG'
      if (PERSON_HEADS.hasToken(tokens, k)) return 'PER'
    }
  }
  // No comma or full stop closes it: "As reported by X, the former secretary of state was".
  return null
}

/** Words before "group" that make it a people's: "an ethnic group", "a minority group". */
const PEOPLES_QUALIFIERS = new WordSet(['ethnic', 'minority', 'religious', 'tribal', 'indigenous'])

/** Prepositions that open a sentence with their object: "After Trump, ...", "Under Biden, ...". */
export const OPENING_PREPOSITION_WORDS: readonly string[] = [
  ...['after', 'before', 'unlike', 'like', 'under', 'with', 'without', 'despite', 'for', 'from'],
  ...['since', 'following', 'against', 'beyond', 'among', 'including', 'as', 'than', 'by'],
]
const OPENING_PREPOSITIONS = new WordSet(OPENING_PREPOSITION_WORDS)

/** Relative pronouns after a description's head: "the lawmaker who led", "the company that makes". */
const DESCRIPTION_RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'which'])

/** Most capitalised words of the owner that opens a description: "the World Health Organization's". */
const MAX_OWNER_WORDS = 4

/**
 * Where the words of a description that opens at token `k` start: after its
 * article ("the drug company") or its owner's name and possessive
 * ("UNICEF's regional director"); -1 when it opens with neither.
 */
function descriptionStart(tokens: Tokens, k: number, to: number): number {
  if (DESCRIPTION_ARTICLES.hasToken(tokens, k)) return k + 1
  for (let at = k; at < to && at - k < MAX_OWNER_WORDS; at++) {
    if (POSSESSIVE_MARKS.hasToken(tokens, at)) return at > k ? at + 1 : -1
    if (!isCapital(tokens, at)) return -1
  }
  return -1
}

/** The first token from `k` (before `to`) that is no capitalised word: past "Sam Altman". */
function afterCapitals(tokens: Tokens, k: number, to: number): number {
  let at = k
  while (at < to && at - k < MAX_DESCRIPTION_WORDS && isCapital(tokens, at)) at++
  return at < to ? at : to - 1
}

/** Whether a head of a description comes from token `k` to the next comma (a few words on). */
function headBeforeComma(tokens: Tokens, k: number, to: number): boolean {
  for (let at = k; at < to && at - k <= MAX_DESCRIPTION_WORDS; at++) {
    if (lowerAt(tokens, at) === ',') return false
    if (
      isLowerWord(tokens, at) &&
      (ORGANIZATION_HEADS.hasToken(tokens, at) || PERSON_HEADS.hasToken(tokens, at))
    )
      return true
  }
  return false
}

/** Roles of a team's people: "Arsenal manager Mikel Arteta", "Chelsea striker Cole Palmer". */
const SPORT_ROLES = [
  'manager',
  'boss',
  'coach',
  'captain',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'keeper',
  'winger',
  'forward',
  'quarterback',
  'pitcher',
]
const TEAM_ROLES = new WordSet(SPORT_ROLES)
/** Words before a team's role: "Chelsea head coach", "the Leeds caretaker manager". */
const TEAM_ROLE_OPENERS = new WordSet(['head', 'assistant', 'interim', 'caretaker', 'club'])

/**
 * Lower-case roles of people named after their employer: "Wedbush analyst Dan Ives" (not a
 * lawyer's, named after a client: "Gaetz attorney Marc Mukasey").
 */
const EMPLOYEE_ROLES = new WordSet([
  'analyst',
  'analysts',
  'economist',
  'economists',
  'strategist',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'researcher',
  'executive',
  'engineer',
  'pollster',
  'reporter',
  'correspondent',
  'columnist',
  'editor',
  'anchor',
  'host',
  ...SPORT_ROLES,
])

/**
 * Whether `name` stands right before a lower-case role and a capitalised
 * name ("Wedbush analyst Dan Ives", "Fox News host Sean Hannity"): the
 * employer of the person named after it.
 */
export function isEmployerBeforeRole(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  return isRoleBeforeName(doc.tokens, view.from + name.last + 1, view.to, EMPLOYEE_ROLES)
}

/**
 * Whether `name` stands right before a company officer's title in capitals
 * and a capitalised name ("Tesla Chief Executive Elon Musk", "Tesla CEO Elon
 * Musk"): the company the person runs.
 */
export function isEmployerBeforeCompanyTitle(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  return isCompanyTitleBeforeName(doc.tokens, view.from + name.last + 1, view.to)
}

/** Words of a company's officers' titles, written with capitals: "Chief Executive", "CEO". */
const COMPANY_TITLE_WORDS = new WordSet([
  ...['chief', 'executive', 'financial', 'operating', 'technology', 'officer'],
  ...COMPANY_OFFICER_WORDS,
])
/** The words of those titles that only a company's officers bear ("Chief" alone may be a police's). */
const COMPANY_TITLE_HEADS = new WordSet([
  ...['executive', 'officer', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder'],
])
/** Most words of such a title: "Chief Executive Officer". */
const MAX_COMPANY_TITLE_WORDS = 3

/**
 * Whether a company officer's title in capitals and a capitalised name start
 * at token `k` (before `to`): "Tesla Chief Executive Elon Musk", "Tesla CEO
 * Elon Musk".
 */
function isCompanyTitleBeforeName(tokens: Tokens, k: number, to: number): boolean {
  let end = k
  let head = false
  while (
    end < to &&
    end - k < MAX_COMPANY_TITLE_WORDS &&
    isCapital(tokens, end) &&
    COMPANY_TITLE_WORDS.hasToken(tokens, end)
  ) {
    head ||= COMPANY_TITLE_HEADS.hasToken(tokens, end)
    end++
  }
  return head && end < to && isCapital(tokens, end) && !COMPANY_TITLE_WORDS.hasToken(tokens, end)
}

/** Verbs of being and having after a body's name: "the Fed has", "the Kremlin was". */
const AUXILIARY_VERBS = new WordSet(['has', 'had', 'have', 'is', 'was', 'will', 'would', 'could'])

/**
 * Whether the one word `name` follows "the" and is no noun's qualifier: a
 * verb, a mark or the end comes after it ("The Fed said", "the Kremlin has"),
 * which a person's name never takes; not "the Trump administration", nor a
 * plural ("the Clintons said").
 */
export function isArticleName(doc: DocumentView, name: VotedName): boolean {
  if (name.first !== name.last) return false
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  // "the Clintons", "the Rickettses": a family, people (plurals.ts reads them).
  if (lowerAt(tokens, view.from + name.first).endsWith('s')) return false
  const before = view.from + name.first - 1
  const after = view.from + name.last + 1
  if (before < view.from || !ARTICLE.hasToken(tokens, before)) return false
  if (after >= view.to) return true
  if (!((tokens.flags[after] as number) & TokenFlag.word)) return lowerAt(tokens, after) !== "'s"
  return (
    isLowerWord(tokens, after) &&
    (isReportingVerb(tokens, after) || AUXILIARY_VERBS.hasToken(tokens, after))
  )
}

/**
 * Whether `name` stands right after a lower-case role and "at" ("an analyst
 * at D.A. Davidson", "economists at Capital Economics"): the employer of the
 * person the role names.
 */
export function isEmployerAfterRole(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const at = view.from + name.first - 1
  return (
    at - 1 >= view.from &&
    lowerAt(tokens, at) === 'at' &&
    // "Analysts at Jefferies said": the role may open the sentence.
    isLowerOrOpening(tokens, at - 1) &&
    EMPLOYEE_ROLES.hasToken(tokens, at - 1)
  )
}

/**
 * Whether `name` stands right before a team's role and a capitalised name
 * ("Chelsea manager Enzo Maresca", "Leeds head coach Daniel Farke"): a team,
 * though its name be a first name too.
 */
export function isTeamBeforeRole(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  let role = view.from + name.last + 1
  if (role + 1 < view.to && isLowerWord(tokens, role) && TEAM_ROLE_OPENERS.hasToken(tokens, role))
    role++
  return isRoleBeforeName(tokens, role, view.to, TEAM_ROLES)
}

/** Whether token `role` (before `to`) is a lower-case word of `roles` and a capitalised word follows. */
function isRoleBeforeName(tokens: Tokens, role: number, to: number, roles: WordSet): boolean {
  return (
    role + 1 < to &&
    isLowerWord(tokens, role) &&
    roles.hasToken(tokens, role) &&
    ((tokens.flags[role + 1] as number) & TokenFlag.capitalised) !== 0
  )
}

/** Officers of a company before "of" and its name: "the chief executive of Tesla". */
const OFFICER_WORDS = new WordSet([
  'ceo',
  'cfo',
  'coo',
  'executive',
  'founder',
  'co-founder',
  'cofounder',
  'shareholders',
  'shares',
  'stock',
  'subsidiary',
  'unit',
])
/** A firm's staff who speak for it on markets, in lower case before a name: "Westpac economist". */
const FIRM_ANALYSTS = new WordSet(['economist', 'analyst'])
/**
 * Officers, stock and money of a company after its name and "'s": "Nvidia's
 * chief executive", "Tesla's revenue", "Nvidia's largest shareholder".
 */
const COMPANY_OFFICERS = new WordSet([
  'ceo',
  'cfo',
  'coo',
  'founder',
  'co-founder',
  'cofounder',
  'shareholders',
  'stockholders',
  'shares',
  'stock',
  'subsidiary',
  'chief',
  'revenue',
  'revenues',
  'earnings',
  'valuation',
])
/**
 * What only a body has after its name and "'s": "Tesla's shareholders",
 * "OpenAI's valuation" (a person has a chief of staff, shares and earnings).
 */
const BODY_ONLY_WORDS = new WordSet([
  'shareholders',
  'stockholders',
  'subsidiary',
  'subsidiaries',
  'revenue',
  'revenues',
  'valuation',
])
/** Words of size between "'s" and the company's noun: "Nvidia's largest shareholder". */
const SIZE_WORDS = new WordSet(['largest', 'biggest', 'main', 'top', 'major'])

/**
 * Whether the words around `name` say it is a company: its stock or its
 * officers, stock or money after it and "'s" ("Nvidia's chief executive",
 * "Tesla's shares", "Nvidia's largest shareholder"), a company of the lists after
 * it and "'s" ("Alphabet's Google"),
 * an officer's acronym and a name after it ("OpenAI CEO Sam Altman"), or an
 * officer or its stock before it and "of" ("shares of Tesla", "the founder of
 * Amazon", "a unit of Alphabet").
 */
export function isCompanyByContext(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const before = view.from + name.first - 1
  const after = view.from + name.last + 1
  if (before - 1 >= view.from && OF.hasToken(tokens, before)) {
    if (isLowerWord(tokens, before - 1) || isAcronymWord(tokens, before - 1))
      if (OFFICER_WORDS.hasToken(tokens, before - 1)) return true
  }
  if (isListedBusiness(tokens, view, view.from + name.first)) return true
  if (after >= view.to) return false
  // "Nvidia's chief executive", "Tesla's shares" ("Tesla shares" alone is organizations.ts's),
  // "Nvidia's largest shareholder"; "Alphabet's Google": the owner of a company the lists know.
  if (POSSESSIVE_MARKS.hasToken(tokens, after)) {
    const owned = ownedAfter(tokens, after, view.to)
    if (owned < 0) return false
    if (isKnownCompany(tokens, owned, view.to)) return true
    return (
      COMPANY_OFFICERS.hasToken(tokens, owned) &&
      (isLowerWord(tokens, owned) || isAcronymWord(tokens, owned))
    )
  }
  // "OpenAI was valued at $300 billion": a company's worth (a player's is too: not a person's).
  if (name.type !== 'PER' && isValuedAt(tokens, after, view.to)) return true
  // "OpenAI CEO Sam Altman": an officer's acronym and a name after it; "Westpac economist Jane
  // Doe": a firm's analyst in lower case.
  return (
    ((isAcronymWord(tokens, after) && COMPANY_OFFICERS.hasToken(tokens, after)) ||
      (isLowerWord(tokens, after) &&
        FIRM_ANALYSTS.hasToken(tokens, after) &&
        // (Not a party's, "Republican analyst", nor an adjective with a hyphen, "Nobel
        // Prize-winning economist".)
        !PARTY_MEMBERS.hasToken(tokens, after - 1) &&
        !lowerAt(tokens, after - 1).includes('-'))) &&
    after + 1 < view.to &&
    ((tokens.flags[after + 1] as number) & TokenFlag.capitalised) !== 0
  )
}

/**
 * Whether a lower-case noun of a made thing follows `name`, maybe past a
 * number: "the Artemis II mission", "the Orion capsule", "25 more Patriot
 * systems", "the Falcon 9 rocket": the name of a product, a craft or a
 * mission, not of its maker.
 */
export function isBeforeProductNoun(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  let after = view.from + name.last + 1
  if (after < view.to && (tokens.flags[after] as number) & TokenFlag.hasDigit) after++
  return isLowerWordOf(tokens, after, view, PRODUCT_NOUNS)
}

/**
 * Whether "maker" follows `name` (past its possessive): "Pringles maker
 * Kellanova", "the iPhone maker", "the M&M's maker": a product's or a
 * brand's name.
 */
export function isBeforeMakerNoun(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  let after = view.from + name.last + 1
  if (after < view.to && POSSESSIVE_MARKS.hasToken(doc.tokens, after)) after++
  return isLowerWordOf(doc.tokens, after, view, MAKER)
}
const MAKER = new WordSet(['maker', 'makers'])

/** Whether token `k` is a word in lower case of `words`, inside `view`: "mission", "counties". */
function isLowerWordOf(tokens: Tokens, k: number, view: TextView, words: WordSet): boolean {
  return k >= view.from && k < view.to && isLowerWord(tokens, k) && words.hasToken(tokens, k)
}

/**
 * Whether `name` ends in a Roman numeral or a number follows it: a model's or
 * a mission's number ("Artemis II", "Falcon 9"), which a maker's name does
 * not take.
 */
export function isNumbered(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const last = view.from + name.last
  const after = last + 1
  if (after < view.to && (tokens.flags[after] as number) & TokenFlag.hasDigit) return true
  return name.last > name.first && ROMAN_NUMERAL.test(lowerAt(tokens, last))
}
/** A Roman numeral of a series, lower-cased: "ii" to "x". */
export const ROMAN_NUMERAL = /^(?:ii|iii|iv|v|vi|vii|viii|ix|x)$/u
const PRODUCT_NOUNS = new WordSet([
  ...['mission', 'missions', 'rocket', 'rockets', 'spacecraft', 'capsule', 'satellite'],
  ...['telescope', 'probe', 'lander', 'rover', 'missile', 'missiles', 'systems', 'launcher'],
  ...['jet', 'jets', 'aircraft', 'drone', 'drones', 'warship', 'submarine', 'tank', 'tanks'],
  ...['vaccine', 'smartphone', 'handset', 'console', 'chatbot', 'chip', 'chips'],
])

/**
 * Whether a lower-case word for one who speaks for a body follows `name`: "a
 * SpaceX spokesperson did not respond", "an Nvidia spokeswoman said".
 */
export function isBodyBeforeSpokesperson(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  return isLowerWordOf(doc.tokens, view.from + name.last + 1, view, SPOKESPEOPLE)
}
const SPOKESPEOPLE = new WordSet(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople'])

/** Whether "was valued at", "is valued at" or "valued at" opens at token `k` (before `to`). */
function isValuedAt(tokens: Tokens, k: number, to: number): boolean {
  const valued = BE_FORMS.hasToken(tokens, k) ? k + 1 : k
  return valued + 1 < to && VALUED.hasToken(tokens, valued) && AT.hasToken(tokens, valued + 1)
}
const BE_FORMS = new WordSet(['was', 'is', 'were', 'are'])
const VALUED = new WordSet(['valued'])
const AT = new WordSet(['at'])

/**
 * Whether the capitalised word at `k` (before `to`) is a one-word company of
 * the lists, not followed by another capitalised word: "Google" in
 * "Alphabet's Google", not "Alphabet's Google Cloud unit".
 */
function isKnownCompany(tokens: Tokens, k: number, to: number): boolean {
  return (
    ((tokens.flags[k] as number) & TokenFlag.capitalised) !== 0 &&
    lexicon().organizations.has(tokens.hash[k] as number) &&
    !(k + 1 < to && ((tokens.flags[k + 1] as number) & TokenFlag.capitalised) !== 0)
  )
}

/** Whether "'s" and a company of the lists follow `name`: "Alphabet's YouTube", its parent. */
export function isParentOfCompany(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const after = view.from + name.last + 1
  if (after + 1 >= view.to || !POSSESSIVE_MARKS.hasToken(tokens, after)) return false
  const owned = ownedAfter(tokens, after, view.to)
  return owned >= 0 && isKnownCompany(tokens, owned, view.to)
}

/**
 * Whether `name`, one word, is a product a company of the lists owns, after
 * its possessive, which the tagger took for a person by its first name:
 * "Anthropic's Claude", "Amazon's Alexa". Not a surname ("Tesla's Musk"), nor
 * what the tagger typed a body ("Google's DoubleClick", "Sony's Columbia"),
 * which is as often a company the first owns.
 */
export function isProductOfCompany(doc: DocumentView, name: VotedName): boolean {
  if (name.first !== name.last) return false
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const k = view.from + name.first
  if (k - 2 < view.from || !POSSESSIVE_MARKS.hasToken(tokens, k - 1)) return false
  if (!isKnownCompany(tokens, k - 2, k - 1)) return false
  if (k + 1 < view.to) {
    // "Apple's Tim Cook": a first name before a surname.
    if (((tokens.flags[k + 1] as number) & TokenFlag.capitalised) !== 0) return false
    // "Boeing's Calhoun said", "Microsoft's Satya told staff": a person who speaks, and a
    // surname that is a first name too.
    if (SPEECH_AFTER.hasToken(tokens, k + 1)) return false
  }
  const { firstNames, lastNames, surnames } = lexicon()
  const hash = tokens.hash[k] as number
  return name.type === 'PER' && firstNames.has(hash) && !lastNames.has(hash) && !surnames.has(hash)
}
/**
 * Whether `name`, typed a person's, is a made thing named after its maker:
 * "Google Maps", "Apple Intelligence", "Microsoft Teams". A company of the
 * lists that no one bears as a name opens it (not "Ford", "Nike"), and no
 * head of a body's name, no name of the lists ends it (not "Samsung
 * Electronics", "Sony Michel"); no verb of speech nor description follows it.
 */
export function isProductNamedAfterCompany(doc: DocumentView, name: VotedName): boolean {
  if (name.type !== 'PER' || name.last === name.first) return false
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const k = view.from + name.first
  const { firstNames, lastNames, organizations, surnames } = lexicon()
  const hash = tokens.hash[k] as number
  if (!isCapital(tokens, k) || !organizations.has(hash)) return false
  if (firstNames.has(hash) || lastNames.has(hash) || surnames.has(hash)) return false
  // Not a person whose first name is a company's ("Sony Michel", "Porsche Williams", "Sony
  // Ericsson"): the last word is no name of the lists.
  const last = view.from + name.last
  const lastHash = tokens.hash[last] as number
  if (firstNames.has(lastHash) || lastNames.has(lastHash) || surnames.has(lastHash)) return false
  if (organizations.has(lastHash) || HEADS.hasToken(tokens, last)) return false
  // Nor one who speaks or is described ("Tesla Sanders, a nurse in Ohio, said", "Tesla
  // Sanders, 34,", "Tesla Sanders, who"; not "Google Plus, hasn't caught on").
  const after = last + 1
  if (after < view.to && SPEECH_AFTER.hasToken(tokens, after)) return false
  if (after + 1 >= view.to || lowerAt(tokens, after) !== ',') return true
  const next = lowerAt(tokens, after + 1)
  return !(
    PERSON_APPOSITIVES.has(next) ||
    /^\d{1,3}$/u.test(next) ||
    TITLES.hasToken(tokens, after + 1)
  )
}

/** Words that open a person's description set off after the name: "Tesla Sanders, a nurse". */
const PERSON_APPOSITIVES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'who'])
/** Verbs of speech after a name, whose speaker is a person: "Boeing's Calhoun said". */
const SPEECH_AFTER = new WordSet([
  ...['said', 'says', 'told', 'tells', 'added', 'wrote', 'warned', 'noted', 'argued'],
  ...['explained', 'insisted', 'acknowledged', 'announced', 'declined'],
])

/**
 * Whether the words after `name` say it names a body, never a person, however
 * the tagger read it: "which" opens a relative clause set off after it
 * ("OpenAI, which was valued at"), or "'s" and a company of the lists or what
 * only a body has follow it ("Alphabet's Google", "OpenAI's valuation").
 */
export function isBodyByContext(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  if (isListedBusiness(tokens, view, view.from + name.first)) return true
  const after = view.from + name.last + 1
  if (after + 1 >= view.to) return false
  if (lowerAt(tokens, after) === ',') return isWhichAfter(doc, name)
  // "Treasury sources said": those who speak unnamed for a body.
  if (isLowerWord(tokens, after) && INSIDERS.hasToken(tokens, after)) return true
  if (!POSSESSIVE_MARKS.hasToken(tokens, after)) return false
  const owned = ownedAfter(tokens, after, view.to)
  return (
    owned >= 0 &&
    (isKnownCompany(tokens, owned, view.to) ||
      (isLowerWord(tokens, owned) && BODY_ONLY_WORDS.hasToken(tokens, owned)))
  )
}

/**
 * Whether the name whose first token is `first` is an item of a list of
 * businesses: "shipping companies, including Maersk and Hapag-Lloyd", "banks
 * such as HSBC", "rivals including AMD, Intel or Qualcomm".
 */
function isListedBusiness(tokens: Tokens, view: TextView, first: number): boolean {
  let k = first - 1
  // Back past the items before this one: "Maersk and", "AMD, Intel or".
  for (let items = 0; items < MAX_LIST_ITEMS && k > view.from; items++) {
    if (!LIST_JOINERS.hasToken(tokens, k)) break
    let item = k - 1
    while (item > view.from && k - item <= MAX_ITEM_WORDS && isCapital(tokens, item)) item--
    if (item === k - 1) return false
    k = item
  }
  if (k <= view.from) return false
  if (INCLUDING.hasToken(tokens, k)) k--
  else if (lowerAt(tokens, k) === 'as' && lowerAt(tokens, k - 1) === 'such') k -= 2
  else return false
  if (k > view.from && lowerAt(tokens, k) === ',') k--
  return k >= view.from && isLowerWord(tokens, k) && BUSINESS_PLURALS.hasToken(tokens, k)
}
/** Most items of a list read back, and most words of each. */
const MAX_LIST_ITEMS = 4
const MAX_ITEM_WORDS = 4
const LIST_JOINERS = new WordSet([',', 'and', 'or'])
const INCLUDING = new WordSet(['including'])
/** Businesses in the plural, whose list names companies: "companies, including". */
// (Not "rivals", "competitors", "giants", which list people as often.)
const BUSINESS_PLURALS = new WordSet([
  ...['companies', 'firms', 'businesses', 'carriers', 'lenders', 'banks', 'automakers'],
  ...['carmakers', 'retailers', 'airlines', 'insurers', 'chipmakers', 'brands'],
  ...['manufacturers', 'startups', 'publishers', 'broadcasters', 'suppliers', 'conglomerates'],
])

/** Those who speak unnamed for a body: "Treasury sources", "Pentagon insiders". */
const INSIDERS = new WordSet(['sources', 'insiders'])

/** Whether ", which" follows `name`: "Meta, which owns Instagram", never a person's name. */
export function isWhichAfter(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const after = view.from + name.last + 1
  return (
    after + 1 < view.to &&
    lowerAt(doc.tokens, after) === ',' &&
    isLowerWord(doc.tokens, after + 1) &&
    lowerAt(doc.tokens, after + 1) === 'which'
  )
}

/** Opening and closing quotation marks, as tokens. */
const OPENING_MARKS = new WordSet(['"', '“', "'", '‘'])
export const CLOSING_MARKS = new WordSet(['"', '”', "'", '’'])

/**
 * Whether `name` is all of a quotation, maybe after an article and with the
 * comma or full stop before its closing mark: the title of a work ('"Emilia
 * Pérez," Netflix's musical', 'won for "The Brutalist."', 'cast in "The Color
 * Purple,"').
 */
export function isWholeQuotation(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  let before = view.from + name.first - 1
  // '"The Color Purple,"', 'on "The Apprentice"': "The" that opens the title, then a name of two
  // words or one after a word of works (not a nickname: 'call him "The Donald"', 'Dwayne "The
  // Rock" Johnson', nor a place's: 'on "The Strip"').
  if (
    before > view.from &&
    (tokens.flags[before] as number) & TokenFlag.capitalised &&
    THE.hasToken(tokens, before) &&
    (name.last > name.first || (before - 2 >= view.from && TITLE_CUES.hasToken(tokens, before - 2)))
  )
    before--
  let after = view.from + name.last + 1
  if (before < view.from || !OPENING_MARKS.hasToken(tokens, before)) return false
  const mark = lowerAt(tokens, after)
  if (mark === ',' || mark === '.') after++
  if (after >= view.to || !CLOSING_MARKS.hasToken(tokens, after)) return false
  // Marks that hug the words, a space outside them: not the straight marks of '"Little Marco"
  // Rubio, "Lyin'" Ted Cruz', which close one quotation and open the next.
  const value = tokens.values[tokens.text[before] as number] as string
  const open = tokens.start[before] as number
  const close = tokens.end[after] as number
  return (
    tokens.end[before] === tokens.start[before + 1] &&
    tokens.start[after] === tokens.end[after - 1] &&
    (open === 0 || /\s/u.test(value.charAt(open - 1))) &&
    (close === value.length || !/[\p{L}\p{N}]/u.test(value.charAt(close)))
  )
}

const THE = new WordSet(['the'])

/**
 * Whether `name`, all of a quotation, comes where a work's title does: after
 * "in" or a noun of works ('found fans in "Downton Abbey."', 'the drama
 * "Mercy Street"'), not where a place's does ('gathered at "Abbey Road"').
 */
export function isQuotedWork(doc: DocumentView, name: VotedName): boolean {
  if (!isWholeQuotation(doc, name)) return false
  const view = doc.texts[name.text] as TextView
  const before = view.from + name.first - 2
  return before >= view.from && WORK_CUES.hasToken(doc.tokens, before)
}
const WORK_WORDS = [
  ...['in', 'drama', 'show', 'series', 'film', 'movie', 'play', 'musical', 'novel', 'book'],
  ...['song', 'album', 'sitcom', 'documentary', 'starred', 'starring', 'episode', 'opera'],
]
const WORK_CUES = new WordSet(WORK_WORDS)
/** Words before a one-word title after "The": 'starred in "The Apprentice"', 'host of'. */
const TITLE_CUES = new WordSet([...WORK_WORDS, 'of', 'host', 'hosted', 'hosting', 'star'])

/**
 * Nouns of parts of a place, and of those who live in one, before "of" and its name: "the streets
 * of Khan Younis", "residents of Rafah".
 */
const PLACE_OF_NOUNS = new WordSet([
  ...['city', 'town', 'village', 'streets', 'outskirts', 'suburbs', 'suburb', 'province'],
  ...['region', 'district', 'capital', 'port', 'island', 'state', 'county', 'neighbourhood'],
  ...['neighborhood', 'hamlet', 'municipality', 'parish', 'commune', 'settlement', 'towns'],
  ...['villages', 'cities', 'islands', 'residents', 'inhabitants'],
])

/** Lower-case nouns of divisions after their names: "Los Angeles and Ventura counties". */
const DIVISION_NOUNS = new WordSet([...DIVISION_WORDS, ...DIVISION_PLURALS])

/** Whether a lower-case noun of a country's divisions stands right after `name`: "Ventura counties". */
export function isBeforeDivisionNoun(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  return isLowerWordOf(doc.tokens, view.from + name.last + 1, view, DIVISION_NOUNS)
}

/**
 * Whether a lower-case noun of a place's part and "of" stand right after
 * `name`: "the Crown Heights neighborhood of Brooklyn" (not "section" or
 * "district", which parts of laws and of people's seats are too: "the Title IX
 * section of the rule").
 */
export function isBeforePlacePartOf(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const after = view.from + name.last + 1
  return (
    isLowerWordOf(doc.tokens, after, view, PLACE_PART_NOUNS) &&
    after + 1 < view.to &&
    OF.hasToken(doc.tokens, after + 1)
  )
}
const PLACE_PART_NOUNS = new WordSet(['neighborhood', 'neighbourhood', 'suburb', 'borough'])

/**
 * Whether a US state's name or abbreviation, set off by commas, stands right
 * after `name`, as after a city: "Everett, Washington,", "Coralville, Iowa,
 * pastor". People are listed so too ("Sens. Susan Collins, Maine, Lisa
 * Murkowski, Alaska"): the caller tells them apart.
 */
export function isCityBeforeState(doc: DocumentView, name: VotedName): boolean {
  return stateEnd(doc, name) >= 0
}

/**
 * Whether the city before its state, `name`, qualifies a noun after the
 * state's comma, as a city's name does and a person's does not: "one
 * Coralville, Iowa, pastor", "Everett, Washington, Mayor Cassie Franklin",
 * "Ferguson, Missouri, police".
 */
export function isCityQualifier(doc: DocumentView, name: VotedName): boolean {
  const end = stateEnd(doc, name)
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  return (
    end >= 0 &&
    end + 1 < view.to &&
    lowerAt(tokens, end) === ',' &&
    CITY_QUALIFIED.hasToken(tokens, end + 1)
  )
}
/** Nouns a city qualifies: "Ferguson, Missouri, police", "a Tyler, Texas, man". */
const CITY_QUALIFIED = new WordSet([
  ...['police', 'mayor', 'man', 'woman', 'resident', 'residents', 'native', 'pastor', 'teacher'],
  ...['officials', 'official', 'city', 'school', 'schools', 'council', 'firefighters', 'family'],
  ...['couple', 'boy', 'girl', 'student', 'company', 'firm', 'hospital', 'church', 'home'],
])

/** The token after the state's name that follows `name` as a city's; -1 when none does. */
function stateEnd(doc: DocumentView, name: VotedName): number {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  // A city's own name: no body's ("Reformation Church of Elizabeth, New Jersey"), no number.
  for (let k = view.from + name.first; k <= view.from + name.last; k++)
    if (OF.hasToken(tokens, k) || (tokens.flags[k] as number) & TokenFlag.hasDigit) return -1
  if (HEADS.hasToken(tokens, view.from + name.last)) return -1
  // "Sen. Angus King, Ind.": a person after a title, and the party and state after the name.
  const before = view.from + name.first - 1
  if (before >= view.from && TITLES.hasToken(tokens, before)) return -1
  let k = view.from + name.last + 1
  if (k >= view.to || lowerAt(tokens, k) !== ',') return -1
  k++
  const { places } = lexicon()
  // A state of one word or two: "Washington", "New Mexico".
  let end = -1
  for (let last = k; last < Math.min(view.to, k + 2); last++) {
    if (!isCapital(tokens, last)) break
    if (places.get(nameKey(tokens, k, last)) === 'state') end = last + 1
  }
  // (An abbreviation after a person's full name is a lawmaker's state: "Angus King, Ind.")
  const personal = name.type === 'PER' && name.last > name.first
  if (end < 0 && !personal && isCapital(tokens, k)) end = dottedStateEnd(tokens, k, view.to)
  if (end < 0) return -1
  // Then the sentence goes on or ends: not "Jones, Ohio Republican".
  return end >= view.to || CITY_STATE_AFTER.has(lowerAt(tokens, end)) ? end : -1
}
const CITY_STATE_AFTER: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', '—', '–'])

/**
 * The token after a state's abbreviation and its full stop at token `k`
 * ("Okla." or "Okla" "."), before `to`; -1 when `k` is none.
 */
function dottedStateEnd(tokens: Tokens, k: number, to: number): number {
  const key = lowerAt(tokens, k)
  if (!Object.hasOwn(STATE_ABBREVIATIONS, key.replace(/\.$/u, ''))) return -1
  if (key.endsWith('.')) return k + 1
  return k + 1 < to && lowerAt(tokens, k + 1) === '.' ? k + 2 : -1
}

/** Whether token `k` is in lower case, or in capitals where it opens its sentence ("Residents of"). */
function isLowerOrOpening(tokens: Tokens, k: number): boolean {
  return isLowerWord(tokens, k) || ((tokens.flags[k] as number) & TokenFlag.sentenceStart) !== 0
}

/**
 * Whether `name` stands between an article and a noun of someone who lives somewhere: "A
 * Harrogate man", "a Skipton woman, 81,", "the Leeds resident" (the town they are from).
 */
export function isResidentsPlace(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const before = view.from + name.first - 1
  const after = view.from + name.last + 1
  if (before < view.from || after >= view.to || view.caps || view.titleCase) return false
  return (
    ARTICLES.hasToken(tokens, before) &&
    isLowerOrOpening(tokens, before) &&
    isLowerWord(tokens, after) &&
    RESIDENTS.hasToken(tokens, after)
  )
}
const ARTICLES = new WordSet(['a', 'an', 'the'])
/**
 * Nouns of people by where they live, not by whom they work for ("a Google engineer") nor whose
 * kin they are ("the Kennedy family").
 */
const RESIDENTS = new WordSet([
  ...['man', 'woman', 'men', 'women', 'boy', 'girl', 'teenager', 'teen', 'resident'],
  ...['residents', 'native', 'pensioner', 'toddler', 'homeowner'],
])

/**
 * Whether `name` is a state's abbreviation, with its full stop, after a city
 * and a comma: "Tulsa, Okla., police". Not after a person's full name, where
 * it is a lawmaker's party or state ("Angus King, Ind.").
 */
export function isStateAfterCity(doc: DocumentView, name: VotedName): boolean {
  if (name.first !== name.last) return false
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const k = view.from + name.first
  if (dottedStateEnd(tokens, k, view.to) < 0) return false
  const city = k - 2
  if (city < view.from || lowerAt(tokens, k - 1) !== ',' || !isCapital(tokens, city)) return false
  const { firstNames } = lexicon()
  return !(
    city - 1 >= view.from &&
    isCapital(tokens, city - 1) &&
    firstNames.has(tokens.hash[city - 1] as number)
  )
}

/**
 * Whether a preposition of place stands right before `name` (maybe with a
 * word in lower case between), or before the place and "and" or "or" before
 * it: "in Everett", "in snowy Windham", "in Renton and Everett".
 */
export function isPlacedByPreposition(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + name.first
  const from = view.from
  if (first - 1 >= from && PLACE_PREPOSITIONS.hasToken(tokens, first - 1)) return true
  // "in snowy Windham": a word in lower case between.
  if (
    first - 2 >= from &&
    isLowerWord(tokens, first - 1) &&
    PLACE_PREPOSITIONS.hasToken(tokens, first - 2)
  )
    return true
  if (first - 1 < from || !AND_OR.hasToken(tokens, first - 1)) return false
  for (let k = first - 2; k >= Math.max(from, first - 1 - PLACE_BEFORE_AND); k--) {
    if (PLACE_PREPOSITIONS.hasToken(tokens, k)) return true
    if (!isCapital(tokens, k)) return false
  }
  return false
}
const PLACE_PREPOSITIONS = new WordSet([
  ...['in', 'at', 'from', 'near', 'outside', 'to', 'across', 'around', 'between', 'of'],
])
const AND_OR = new WordSet(['and', 'or'])
/** Most words of the place before "and": "in Santa Clara and Everett". */
const PLACE_BEFORE_AND = 3

/**
 * Whether `name` is a person's hometown after their age: "said Ahmed Abu
 * Ayham, 40, from Khan Younis", "Maya Chen, 19, of Melbourne", "a 58-year-old
 * nurse from Créteil".
 */
export function isHometownAfterAge(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const k = view.from + name.first
  if (k - 3 < view.from || !HOMETOWN_PREPOSITIONS.hasToken(tokens, k - 1)) return false
  // "a 58-year-old nurse from Créteil", "a 58-year-old retired nurse from": the noun an age
  // qualifies, then "from" (not "of": "a 41-year-old associate of Kowalczyk" is his).
  if (FROM.hasToken(tokens, k - 1) && isLowerWord(tokens, k - 2)) {
    if (AGE_NOUN.test(lowerAt(tokens, k - 3))) return true
    if (k - 4 >= view.from && isLowerWord(tokens, k - 3) && AGE_NOUN.test(lowerAt(tokens, k - 4)))
      return true
  }
  if (k - 4 < view.from || lowerAt(tokens, k - 2) !== ',') return false
  // "Harold Feeney, of Council Bluffs,": set off after the name alone, no body's name (not "of
  // RBC Capital Markets": initials are a body's).
  const last = view.from + name.last
  if (
    OF.hasToken(tokens, k - 1) &&
    ((tokens.flags[k - 3] as number) & TokenFlag.capitalised) !== 0 &&
    last + 1 < view.to &&
    lowerAt(tokens, last + 1) === ',' &&
    !HEADS.hasToken(tokens, last) &&
    !hasInitials(tokens, k, last)
  )
    return true
  return /^\d{1,3}$/u.test(lowerAt(tokens, k - 3)) && lowerAt(tokens, k - 4) === ','
}
/** Whether a token of `first`..`last` is in capitals: "RBC". */
function hasInitials(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (isAcronymWord(tokens, k)) return true
  return false
}
const HOMETOWN_PREPOSITIONS = new WordSet(['from', 'of'])
const FROM = new WordSet(['from'])

/**
 * Whether a lower-case noun of a place's parts and "of" stand right before `name` (in capitals
 * where it opens the sentence: "Residents of Khan Younis fled").
 */
export function isAfterPlaceNoun(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const first = view.from + name.first
  const tokens = doc.tokens
  return (
    first - 2 >= view.from &&
    OF.hasToken(tokens, first - 1) &&
    isLowerOrOpening(tokens, first - 2) &&
    PLACE_OF_NOUNS.hasToken(tokens, first - 2)
  )
}

/**
 * Whether a lower-case noun of a place and "near" or "outside" stand right
 * before `name`, with no possessive after it: "his farmhouse near Hassan".
 */
export function isNearPlaceNoun(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const first = view.from + name.first
  const tokens = doc.tokens
  return (
    !(first + 1 < view.to && POSSESSIVE_S.hasToken(tokens, first + 1)) &&
    isLowerWordOf(tokens, first - 1, view, NEAR) &&
    isLowerWordOf(tokens, first - 2, view, NEAR_PLACE_NOUNS)
  )
}
const NEAR = new WordSet(['near', 'outside'])
/** Nouns of places another place is near: "farmhouse", "village", "camp". */
const NEAR_PLACE_NOUNS = new WordSet([
  ...['farmhouse', 'farm', 'home', 'house', 'village', 'villages', 'town', 'city', 'camp'],
  ...['base', 'border', 'checkpoint', 'port', 'mine', 'plant', 'factory', 'airport', 'site'],
  ...['residence', 'compound', 'estate', 'ranch', 'villa', 'resort', 'area', 'district'],
])

/**
 * Whether "code-named" (or "codenamed") stands right before `name`: "drills,
 * code-named Strait Thunder", an operation's name.
 */
export function isCodeName(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  return isLowerWordOf(doc.tokens, view.from + name.first - 1, view, CODE_NAMED)
}
const CODE_NAMED = new WordSet(['code-named', 'codenamed', 'code-name', 'codename'])

/**
 * Whether a lower-case noun of a ship stands right before `name`: "the
 * vessel Dali", "the tanker Eagle S", "the cruise ship Carnival Sunrise".
 */
export function isAfterVesselNoun(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const first = view.from + name.first
  if (!isLowerWordOf(tokens, first - 1, view, VESSEL_NOUNS)) return false
  // "will ferry Johnson to the island": the noun a verb.
  if (first - 2 >= view.from && NOT_BEFORE_VESSELS.hasToken(tokens, first - 2)) return false
  // "the yacht Roman Abramovich owns": a person's name, the subject of a relative clause.
  return !(name.last > name.first && lexicon().firstNames.has(tokens.hash[first] as number))
}
/** Words before a verb that is a ship's noun too: "will ferry", "to ship". */
const NOT_BEFORE_VESSELS = new WordSet([
  ...['will', 'would', 'to', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does'],
  ...['they', 'we', 'i', 'you', 'he', 'she', 'it', 'who', 'which', 'that'],
])
/** Nouns of ships ("carrier" is an airline's too, and left out). */
const VESSEL_NOUNS = new WordSet([
  ...['vessel', 'ship', 'tanker', 'freighter', 'containership', 'frigate', 'destroyer'],
  ...['cruiser', 'submarine', 'yacht', 'superyacht', 'ferry', 'liner', 'trawler', 'barge'],
])

/**
 * Whether a lower-case noun of a company stands right before `name` ("the
 * Japanese firm Fujitsu", "the chipmaker Nvidia", "the software company
 * Palantir"), not a relative clause's subject ("the company Smith founded":
 * the caller leaves out names the lists know as people's).
 */
export function isAfterCompanyNoun(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const k = view.from + name.first - 1
  if (!isLowerWordOf(tokens, k, view, COMPANY_NOUNS)) return false
  // "The union Fain leads", "the bank Dimon runs": the subject of a relative clause, no body
  // (not "the central bank Bundesbank said", "the regulator Anvisa has").
  if (BODY_NOUNS.hasToken(tokens, k)) {
    const after = view.from + name.last + 1
    if (
      after < view.to &&
      isLowerWord(tokens, after) &&
      !functionWords().hasToken(tokens, after) &&
      !isReportingVerb(tokens, after) &&
      !AUXILIARY_VERBS.hasToken(tokens, after)
    )
      return false
  }
  // A company's part after a noun or a possessive ("its telecom arm Jio", "Pfizer's arm"), not
  // a body's ("the arm Ohtani hurt", "his left arm").
  if (!COMPANY_PARTS.hasToken(tokens, k)) return true
  return (
    k - 1 >= view.from &&
    (POSSESSIVE_MARKS.hasToken(tokens, k - 1) ||
      (isLowerWord(tokens, k - 1) && !NOT_PART_OWNERS.hasToken(tokens, k - 1)))
  )
}
const COMPANY_PARTS = new WordSet(['arm', 'subsidiary', 'affiliate'])
/** Words before "arm" that make it a body's: "the arm", "his left arm". */
const NOT_PART_OWNERS = new WordSet([
  ...['the', 'a', 'an', 'his', 'her', 'their', 'my', 'your', 'our', 'left', 'right'],
  ...['throwing', 'pitching', 'injured', 'broken', 'bowling', 'shooting', 'strong', 'good'],
])
/** Nouns of bodies other than companies, which a relative clause's subject may follow. */
const BODY_NOUN_WORDS = [
  ...['regulator', 'agency', 'watchdog', 'broadcaster', 'newspaper', 'charity', 'nonprofit'],
  ...['union', 'party', 'bank'],
]
const BODY_NOUNS = new WordSet(BODY_NOUN_WORDS)
const COMPANY_NOUNS = new WordSet([
  ...['firm', 'company', 'carmaker', 'automaker', 'chipmaker', 'retailer', 'conglomerate'],
  ...['airline', 'insurer', 'lender', 'startup', 'start-up', 'drugmaker', 'manufacturer'],
  ...['consultancy', 'brokerage', 'utility', 'miner', 'supplier', 'operator'],
  // A company's part: "its telecom arm Jio" (see COMPANY_PARTS).
  ...['arm', 'subsidiary', 'affiliate'],
  // Other bodies by what they are: "the health regulator Anvisa", "the ruling party Morena".
  ...BODY_NOUN_WORDS,
])

/** Whether "according to" stands right before `name`: "according to Eurostat", a source. */
export function isAfterAccordingTo(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const first = view.from + name.first
  return (
    first - 2 >= view.from &&
    lowerAt(doc.tokens, first - 1) === 'to' &&
    lowerAt(doc.tokens, first - 2) === 'according'
  )
}

/**
 * The token of what is owned after the possessive at `mark` (before `to`),
 * past a word of size ("Nvidia's largest shareholder"); -1 when none is left.
 */
function ownedAfter(tokens: Tokens, mark: number, to: number): number {
  let owned = mark + 1
  if (owned < to && SIZE_WORDS.hasToken(tokens, owned) && isLowerWord(tokens, owned)) owned++
  return owned < to ? owned : -1
}

/** Whether token `k` is a word in capitals ("CEO"). */
function isAcronymWord(tokens: Tokens, k: number): boolean {
  return ((tokens.flags[k] as number) & TokenFlag.allCaps) !== 0
}

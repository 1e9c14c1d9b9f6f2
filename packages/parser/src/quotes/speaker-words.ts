/**
 * The words that tell what a source phrase names: nouns for a person ("aide",
 * "narrator"), plural nouns for a group ("officials"), descriptions
 * ("a spokeswoman for X", "her mother") and courtesy titles before surnames.
 * Written from general knowledge of English news usage.
 */
import { PERSON_ROLE_NOUNS, PORTFOLIO_WORDS, TITLE_WORDS } from '../lexicon/titles.js'
import { ROLE_LINKS } from '../entities/titles.js'

export const DEFINITE = /^(?:the|this|that)\s+/iu

/** Roles of the courtroom, which stand against one another in one story. */
export const COURT_ROLES: ReadonlySet<string> = new Set([
  ...['prosecutor', 'judge', 'defendant', 'juror', 'barrister', 'solicitor', 'lawyer'],
  'attorney',
  // An inquest's judge: "the senior coroner for Lancashire, Dr Rachel Oduya, ... the coroner said".
  'coroner',
])
/** Roles of the game, which stand beside the players the story names. */
export const GAME_ROLES: ReadonlySet<string> = new Set([
  'coach',
  'referee',
  'umpire',
  'skipper',
  'captain',
])

export const INDEFINITE = /^(?:a|an|one|another)\s+/iu

export const MAX_DESCRIPTION_WORDS = 8

/**
 * Unnamed people who saw or lived through what a story tells: "a neighbour",
 * "one witness", "a resident", "one juror".
 */
export const WITNESS_NOUNS: readonly string[] = [
  ...['neighbour', 'neighbor', 'witness', 'eyewitness', 'bystander', 'onlooker', 'passer-by'],
  ...['passerby', 'resident', 'survivor', 'juror'],
]

/** Heads of descriptions that name a person, beyond the role nouns of nominal mentions. */
const PERSON_HEADS = new Set([
  // "One juror, who declined to be named, told".
  'juror',
  // Executives by their initials: "the former CEO of Hewlett-Packard".
  ...['ceo', 'cfo', 'coo', 'cto'],
  // A player by position, a word that is a verb too ("Sullivan forwards an article"): "the
  // 25-year-old forward".
  'forward',
  'man',
  'woman',
  'lady',
  'mogul',
  'neurosurgeon',
  'surgeon',
  'doctor',
  'expert',
  'strategist',
  'adviser',
  'advisor',
  'aide',
  'consultant',
  'voter',
  'resident',
  // People a story meets where things happen: "Another evacuee, 34-year-old Luis Carranza, said".
  ...['evacuee', 'refugee', 'migrant', 'villager', 'tenant', 'renter', 'homeowner', 'landlord'],
  ...['commuter', 'passenger', 'motorist', 'shopper', 'customer', 'patient', 'spectator'],
  ...['parent', 'farmer'],
  'supporter',
  'staffer',
  'operative',
  'veteran',
  'mother',
  'father',
  'son',
  'daughter',
  'wife',
  'husband',
  'student',
  'teacher',
  'worker',
  'owner',
  'pollster',
  'analyst',
  'economist',
  'professor',
  'scientist',
  'researcher',
  'historian',
  'author',
  'writer',
  'reporter',
  'journalist',
  'commentator',
  'host',
  'anchor',
  'democrat',
  'republican',
  'activist',
  'organizer',
  'executive',
  'employee',
  'friend',
  'source',
  'nominee',
  'hopeful',
  'frontrunner',
  'front-runner',
  'incumbent',
  'challenger',
  'congressman',
  'narrator',
  'moderator',
  'person',
  'star',
  'tycoon',
  'billionaire',
  'entrepreneur',
  'founder',
  'socialist',
  'progressive',
  'conservative',
  'liberal',
  'pastor',
  'pediatrician',
  'nurse',
  'child',
  'lawyer',
  'attorney',
  'officer',
  'protester',
  'caller',
  'questioner',
  'reader',
  'viewer',
  'listener',
  'commenter',
  'participant',
  'attendee',
  'delegate',
  'donor',
  'lobbyist',
  'blogger',
  'columnist',
  'editor',
  'producer',
  'comedian',
  'actor',
  'actress',
  'singer',
  'celebrity',
  'sister',
  'brother',
  'grandmother',
  'grandfather',
  'aunt',
  'uncle',
  'cousin',
  'partner',
  'boyfriend',
  'girlfriend',
  'fiancee',
  'widow',
  'developer',
  'investor',
  'buyer',
  'seller',
  'insider',
  'assailant',
  'attacker',
  'gunman',
  'suspect',
  ...WITNESS_NOUNS,
  'victim',
  'paramedic',
  'admiral',
  'designer',
  'fact-checker',
  'boy',
  'girl',
  'prince',
  'princess',
  'impostor',
  'politician',
  'legislator',
  'commissioner',
  'announcer',
  // Scholars and doctors, whom a story names again by their field ("The Montreal-born geologist
  // told", "his longtime personal physician").
  ...['physicist', 'chemist', 'biologist', 'geologist', 'astronomer', 'academic', 'lecturer'],
  ...['physician', 'psychologist', 'psychiatrist', 'epidemiologist', 'virologist', 'astronaut'],
  ...['microbiologist', 'immunologist', 'neurologist', 'oncologist', 'cardiologist'],
  // "The 61-year-old former Bundesbank board member", "The campaigner", "The senior counsel".
  ...['member', 'campaigner', 'counsel'],
])

/**
 * Professions a story names someone by again with their age ("the 54-year-old
 * engineer said"); without an age, "the driver", "the landlord" are as often
 * the other party of what the story tells, no person named before.
 */
const AGED_PROFESSIONS = new Set([
  ...['engineer', 'technician', 'mechanic', 'architect', 'pilot', 'driver', 'midwife'],
  ...['pharmacist', 'dentist', 'accountant', 'banker', 'trader', 'farmer', 'fisherman', 'chef'],
  ...['soldier', 'shopkeeper', 'landlord', 'tenant', 'rancher', 'homeowner', 'villager'],
  ...['builder', 'plumber', 'electrician', 'carpenter', 'welder', 'miner', 'labourer', 'laborer'],
  ...['waiter', 'cleaner', 'nanny', 'tailor', 'baker', 'butcher', 'painter', 'retiree'],
  ...['pensioner', 'guide', 'climber'],
])

/** Whether `word` heads a description of a person that gives their age: "the 54-year-old engineer". */
export function isAgedPersonNoun(word: string): boolean {
  return isPersonNoun(word) || AGED_PROFESSIONS.has(word) || PROFESSION_ENDING.test(word)
}
/** Compounds of a trade: "steelworker", "filmmaker", "shopkeeper", "firefighter", "goldsmith". */
const PROFESSION_ENDING =
  /^\p{Ll}{2,}(?:worker|maker|keeper|owner|fighter|holder|smith|writer|seller|grower)$/u

/** "the 43-year-old": an age standing for a person. */
export const AGE_NOUN = /^\d{1,3}-year-old$/u

/**
 * Heads of a description of a text, a recording or a survey that speaks for
 * itself: "the report said", "a new poll found", "the ad claims".
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'study',
  'survey',
  'poll',
  'analysis',
  'letter',
  'memo',
  'statement',
  'release',
  'article',
  'story',
  'editorial',
  'column',
  'book',
  'memoir',
  'ad',
  'advertisement',
  'commercial',
  'video',
  'clip',
  'website',
  'post',
  'tweet',
  'email',
  'document',
  'filing',
  'complaint',
  'lawsuit',
  'suit',
  'indictment',
  'ruling',
  'decision',
  'order',
  'opinion',
  'brief',
  'audit',
  'review',
  'assessment',
  'slide',
  'transcript',
  'footage',
  'platform',
])

/** Heads of definite descriptions that name an organisation, beyond those of nominal mentions. */
export const ORGANIZATION_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'panel',
  'airline',
  'carrier',
  'automaker',
  'carmaker',
  'retailer',
  'insurer',
  'lender',
  'magazine',
  'publication',
  'outlet',
  'station',
  'studio',
  'foundation',
  'charity',
  'nonprofit',
  'non-profit',
  'board',
  'bureau',
  'center',
  'centre',
  'church',
  'chancellery',
  'embassy',
  'startup',
  'manufacturer',
  'maker',
  'giant',
  'service',
  'corporation',
  'conglomerate',
  'tank',
  'panel',
  'caucus',
  'legislature',
  'parliament',
])

/**
 * "A forensic accountant hired by Ortega", "the expert retained by the
 * defence": someone taken on by the name after "by", with the head of the
 * role before it.
 */
export const HIRED_ROLE =
  /^(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:hired|appointed|employed|retained|commissioned|engaged|contracted)\s+by\s/u

/**
 * "a spokeswoman for ...", "a person close to ...", "a Labour MP from a
 * neighbouring seat": an indefinite role qualified by what follows.
 */
export const QUALIFIED_ROLE =
  /^(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+)??([\p{L}-]+)\s+(?:(?:close|familiar|involved|knowledgeable)\s+)?(?:for|of|to|at|with|in|from)\s/u

/**
 * "the senator from Vermont", "the governor of Ohio", "Senator from Texas", "the
 * former CEO of Hewlett-Packard": a definite role placed by a name ("Secretary
 * of State" is a title, not one).
 */
export const PLACED_ROLE =
  /^(?:[Tt]he\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+|\p{Lu}{3})\s+(?:from|of)|(\p{Lu}\p{Ll}+)\s+from)\s+\p{Lu}/u

/** "Clinton’s right-hand woman", "Trump’s campaign manager": a role owned by a name. */
export const OWNED_ROLE = /^\p{Lu}[\p{L}.\s-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u

/** "her mother", "my father", "his longtime spokesman": a role owned by a pronoun. */
export const PRONOUN_OWNED_ROLE =
  /^(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u

/** A noun for a person: a role ("spokesman") or a description's head ("aide"). */
export function isPersonNoun(word: string): boolean {
  return PERSON_ROLE_NOUNS.has(word) || PERSON_HEADS.has(word)
}

/**
 * Whether `lower` names a person one may be from somewhere, a title's word
 * included: "resident", "MP", "officials" ("a Labour MP from a neighbouring seat").
 */
export function isPersonFrom(lower: string): boolean {
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower
  return isPersonNoun(lower) || isPersonNoun(singular) || TITLE_WORDS.has(lower)
}

/** A courtesy title before a surname: "Mr. King", "Sen. Rubio". */
export const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+/u

/** One capitalised word, a surname: "Bush", "O’Malley", "Wasserman-Schultz". */
export const SURNAME = /^\p{Lu}[\p{Ll}’'-]+$/u

/** Whether a source phrase ends in a plural noun for people: "administration officials". */
export function isGroup(text: string): boolean {
  const last = (text.split(/\s+/u).pop() ?? '').toLowerCase()
  // "The Bibas family said": a group in the singular, not the person of that name ("Scott's
  // family" is read as someone of Scott's, as "her mother" is).
  if (COLLECTIVES.has(last)) return !/['’]s\s+\S+$/u.test(text)
  // "people", "police": plurals without an "s".
  if (GROUP_NOUNS.has(last)) return true
  if (!last.endsWith('s') || last.endsWith('ss') || /['’]s$/u.test(last)) return false
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1)
  return isPersonNoun(singular)
}

/** Nouns in the singular for groups of people: "the family", "the couple". */
export const COLLECTIVES: ReadonlySet<string> = new Set([
  ...['family', 'couple', 'crowd', 'jury', 'audience'],
])

/** Plural nouns for groups of people beyond the plural of a person noun. */
const GROUP_NOUNS = new Set([
  'officials',
  'people',
  'leaders',
  'lawmakers',
  'members',
  'sources',
  'critics',
  'allies',
  'backers',
  'users',
  'followers',
  'viewers',
  'readers',
  'listeners',
  'fans',
])

/**
 * The words of a description, cut at its first "and" into two roles ("the
 * former secretary of state" and "current Democratic presidential
 * nominee"); `second` is null when no "and" joins two.
 */
export function rolesOf(text: string): { first: string[]; second: string[] | null } {
  const words = text.split(/\s+/u)
  const and = words.indexOf('and')
  return and > 0
    ? { first: words.slice(0, and), second: words.slice(and + 1) }
    : { first: words, second: null }
}

export type Gender = 'male' | 'female'

/** Nouns for a person that say their gender: "the first lady", "the congressman". */
const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ...[
    'lady',
    'woman',
    'mother',
    'wife',
    'daughter',
    'sister',
    'widow',
    'grandmother',
    'girlfriend',
    'actress',
    'queen',
  ].map((noun): [string, Gender] => [noun, 'female']),
  ...[
    'man',
    'father',
    'husband',
    'son',
    'brother',
    'widower',
    'grandfather',
    'boyfriend',
    'king',
    'congressman',
    'businessman',
  ].map((noun): [string, Gender] => [noun, 'male']),
])

/**
 * The gender the head of a description says, or null: its last word, or the
 * word before "of" ("the wife of the senator"), in its first role ("the
 * former first lady and U.S. senator"); "spokeswoman" by its ending, but not
 * "chairman" or "spokesman", said of women too.
 */
export function genderOfDescription(text: string): Gender | null {
  const words = rolesOf(text.toLowerCase()).first
  const of = words.indexOf('of')
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? ''
  const known = GENDERED_NOUNS.get(head)
  if (known) return known
  return head.endsWith('woman') ? 'female' : null
}

/** The role a definite description names: its head and the words before it ("former", "vice"). */
export interface Role {
  head: string
  modifiers: ReadonlySet<string>
}

/**
 * The role of a description whose head is a role noun ("the judge", "the
 * former president", "the Treasury secretary"), read in its first role, or
 * null ("the Wisconsin Republican": a party, not a title).
 */
export function roleOfDescription(text: string): Role | null {
  // "Her Honour said", "Your Honor": a judge's style of address.
  if (JUDGE_STYLE.test(text)) return { head: 'judge', modifiers: new Set() }
  const words = rolesOf(text.toLowerCase()).first
  const head = words[words.length - 1] ?? ''
  if (!PERSON_ROLE_NOUNS.has(head)) return null
  return { head, modifiers: new Set(words.slice(0, -1)) }
}

/** A judge's style of address: "Her Honour", "His Honor", "Your Honour". */
export const JUDGE_STYLE = /^(?:his|her|your)\s+hono(?:u)?r$/iu

/**
 * Whether a title ("U.S. District Judge", "Vice President") is of `role`: it
 * ends in the role's head, and a word before the head that makes it another
 * office ("Vice", "Deputy") is in the description too.
 */
export function titleFits(title: string, role: Role): boolean {
  const words = title.toLowerCase().split(/\s+/u)
  const last = words[words.length - 1] ?? ''
  const head = ABBREVIATED_TITLES.get(last) ?? last
  // ("the detective": "Detective Inspector", "Detective Sergeant", whatever the rank.)
  const detective = role.head === 'detective' && words[0] === 'detective'
  if (head !== role.head && WIDER_ROLES.get(head) !== role.head && !detective) return false
  const before = new Set(words.slice(0, -1))
  // Each word that makes another office stands in both or in neither: "the general" is not
  // "Attorney General", nor "the majority leader" "Senate Minority Leader".
  for (const word of before) if (OTHER_OFFICE.has(word) && !role.modifiers.has(word)) return false
  for (const word of role.modifiers) if (OTHER_OFFICE.has(word) && !before.has(word)) return false
  // "the health secretary" is not "the RCN's general secretary": a portfolio the role names
  // stands in the title.
  return holdsPortfolios(before, role)
}

/** The head of a title, lower-cased: "officer" of "chief officer of Country Fire Victoria". */
export function titleHead(title: string): string {
  const words = title.toLowerCase().split(/\s+/u)
  const link = words.findIndex((word, i) => i > 0 && ROLE_LINKS.has(word))
  return words[(link > 0 ? link : words.length) - 1] ?? ''
}

/** Whether `words` hold every portfolio that `role` names: "health" of "the health secretary". */
function holdsPortfolios(words: ReadonlySet<string>, role: Role): boolean {
  for (const word of role.modifiers) if (PORTFOLIOS.has(word) && !words.has(word)) return false
  return true
}

/** The portfolios of offices: "health" of "the health secretary". */
const PORTFOLIOS: ReadonlySet<string> = new Set(PORTFOLIO_WORDS)

/**
 * Whether `role` names a government office by its portfolio: "the health
 * secretary", "the foreign minister", "the Foreign Office spokesman"; not "the
 * home coach", "the finance director".
 */
export function isPortfolioOffice(role: Role): boolean {
  if (!OFFICE_HEADS.has(role.head)) return false
  for (const word of role.modifiers) if (PORTFOLIOS.has(word)) return true
  return false
}
/** Heads of the offices of a government, named by their portfolio. */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  ...['secretary', 'minister', 'spokesman', 'spokeswoman', 'spokesperson'],
])

/**
 * Whether `description`, words set off beside a name ("the health secretary",
 * "health secretary"), names the office of `role`: its head and its portfolio.
 */
export function describesOffice(description: string, role: Role): boolean {
  const words = new Set(description.toLowerCase().split(/\s+/u))
  if (words.has('former') !== role.modifiers.has('former')) return false
  return words.has(role.head) && holdsPortfolios(words, role)
}

/** Titles of a role that a wider role's noun names too: "Justice Margaret Hale ... the judge". */
const WIDER_ROLES: ReadonlyMap<string, string> = new Map([['justice', 'judge']])

/** Courtesy titles that abbreviate a role: "Sen.", "Gov.". */
const ABBREVIATED_TITLES: ReadonlyMap<string, string> = new Map([
  ['sen.', 'senator'],
  ['gov.', 'governor'],
  ['rep.', 'representative'],
  ['gen.', 'general'],
  ['pres.', 'president'],
  ['sec.', 'secretary'],
  ['amb.', 'ambassador'],
  ['supt.', 'superintendent'],
])

/**
 * Words before a role noun that make it another office: "vice president",
 * "deputy director", "attorney general", "minority leader", "prime minister".
 */
const OTHER_OFFICE = new Set([
  // "the Treasury secretary" is not "Lawrence H. Summers, the former Treasury secretary".
  'former',
  'vice',
  'deputy',
  'assistant',
  'associate',
  'lieutenant',
  'under',
  'first',
  'chief',
  'attorney',
  'surgeon',
  'inspector',
  'solicitor',
  'majority',
  'minority',
  'secretary',
  'prime',
  // "the chancellor" is not "the shadow chancellor, Mel Stride".
  'shadow',
])

/**
 * Whether two roles joined by "and" are one person's ("the former secretary
 * of state and current Democratic presidential nominee", "the Vermont senator
 * and Democratic presidential candidate") rather than two people's ("the
 * president and first lady", "the governor and mayor"): a role says when it
 * was held ("former", "current"), or the second opens with a capitalised
 * modifier.
 */
export function areOnePersonsRoles(first: readonly string[], second: readonly string[]): boolean {
  const timed = (words: readonly string[]): boolean =>
    words.some((word) => TIMED_ROLE_WORDS.has(word.toLowerCase()))
  return timed(first) || timed(second) || /^\p{Lu}/u.test(second[0] ?? '')
}

/** Words that date a role: "former", "current". */
export const TIMED_ROLE_WORDS = new Set(['former', 'current', 'then', 'now', 'onetime', 'longtime'])

/**
 * Titles and roles that stand before a name ("President", "Prime Minister",
 * "Secretary General", "Sen.") and the role nouns of nominal mentions ("the
 * NATO chief", "the spokesman"). Written from the forms of address and job
 * titles that news style guides (AP, Reuters) list; lower-cased.
 */
import { ABBREVIATED_FORMS_OF_ADDRESS, HONOUR_WORDS } from './address.js'
import { COLLECTION_HEADS } from './organizations.js'

/** Titles before a person's name that seldom stand inside another name: "President", "Sen.". */
const PERSON_TITLES = [
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'general',
  'chancellor',
  'premier',
  // Australia's finance minister, a state's or a body's: "Treasurer Jim Chalmers".
  'treasurer',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sen.',
  'sens.',
  // Members of the British, European and Scottish parliaments: "Labour MP Rachael Maskell".
  'mp',
  'mps',
  'mep',
  'meps',
  'msp',
  'msps',
  'senator',
  'senators',
  'rep.',
  'reps.',
  'representative',
  'gov.',
  'govs.',
  'governor',
  'mayor',
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'councilman',
  'councilwoman',
  'councilmember',
  // British and Canadian councillors: "Councillor Tom Redfern", "Cllr Redfern".
  'councillor',
  'councilor',
  'cllr',
  'cllr.',
  // The Manchester Evening News and other northern papers: "Coun Dominic Tate".
  'coun',
  'coun.',
  'alderman',
  'alderwoman',
  // British police ranks as written before a name: "Det Supt Lee Jones", "Ch Insp Mark Evans",
  // "DCI Tom Harris", "Sgt Amy Clark".
  ...['det', 'supt', 'insp', 'ch', 'dci', 'dcs', 'sgt'],
  'lt.',
  'gen.',
  'col.',
  'maj.',
  'sgt.',
  'capt.',
  'adm.',
  ...ABBREVIATED_FORMS_OF_ADDRESS.map((word) => `${word}.`),
  ...HONOUR_WORDS,
  'judge',
  'justice',
  // In the plural before two names or more: "Justices Sonia Sotomayor and Ketanji Brown Jackson".
  ...['justices', 'sens.', 'reps.', 'senators', 'councilmembers', 'councillors', 'councilors'],
  ...['commissioners', 'judges'],
  'sheriff',
  'administrator',
  'superintendent',
  'ambassador',
  'commissioner',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'deputy',
  'coach',
  'captain',
  'rev.',
  'sheikh',
  'ayatollah',
  'emir',
  'sultan',
  'archbishop',
  'bishop',
  'cardinal',
  'rabbi',
  'imam',
  'professor',
  'prof.',
  // British style, without the stop: "Prof Sarah Whitfield".
  'prof',
  // Ranks of police and armed forces: "Detective Chief Inspector Amanda Wright".
  ...['inspector', 'detective', 'constable', 'sergeant', 'corporal', 'lieutenant', 'colonel'],
  ...['commander', 'rear', 'admiral', 'brigadier', 'commodore', 'marshal', 'trooper'],
  // Ranks of fire services: "Battalion Chief Renee Castillo".
  ...['battalion', 'firefighter'],
  'secretary-general',
  ...['director-general', 'attorney-general', 'solicitor-general', 'governor-general'],
  'envoy',
  'spokesperson',
]

/**
 * Title words that also stand inside other names or alone as roles ("Chief
 * Executive", "Foreign Minister", "House Speaker"): not enough to say that a
 * name after them is a person's.
 */
const ROLE_TITLES = [
  // Occupations news writes before a name: "Rapper K-Dot Jones", "gospel singer Lorraine Mitchell".
  ...['chairperson', 'rapper', 'singer', 'songwriter', 'singer-songwriter', 'comedian'],
  ...['actor', 'actress', 'producer', 'novelist', 'musician'],
  'comptroller',
  'auditor',
  // The courtroom's lawyers: "Crown prosecutor Tobias Renshaw", "Defence barrister Priya Nandakumar".
  'prosecutor',
  'barrister',
  'strategist',
  'pollster',
  'miss',
  'lady',
  'chief',
  'director',
  'chair',
  'ceo',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'attorney',
  'speaker',
  'leader',
  'manager',
  // A school's head, a racing team's: "Principal Jane Doe", "team principal Andrea Stella".
  'principal',
  // "Special Counsel Jack Smith", "White House Counsel Pat Cipollone".
  'counsel',
  // "Council Member Janet Holloway", "Board Member Li Wei".
  'member',
  // Offices held jointly: "Co-leader Alice Weidel", "co-chair Jane Doe".
  ...['co-leader', 'co-chair', 'co-chairman', 'co-chairwoman', 'co-president'],
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'executive',
  'officer',
  'head',
  'former',
  // The opposition's spokesperson for an office, in British politics: "Shadow chancellor".
  'shadow',
  'acting',
  'first',
  'lady',
  'opposition',
  'party',
  'state',
  'house',
  'majority',
  'minority',
  'whip',
  'candidate',
  'nominee',
  'presidential',
  'father',
  'crown',
  'economist',
  'analyst',
  'correspondent',
  'editor',
  'under-secretary',
  'adviser',
  'advisor',
  'aide',
]

/** Words that make up titles before a person's name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...PERSON_TITLES, ...ROLE_TITLES])

/**
 * Titles that stand before a person's name and seldom inside another name
 * (the forms of address and offices in the AP and Reuters style guides).
 */
export const PERSON_TITLE_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_TITLES,
  ...ABBREVIATED_FORMS_OF_ADDRESS,
  // British style writes these without their full stop: "Prof Sir Stephen Powis".
  'prof',
])

/** Nouns of kin, before a relative's name set off by commas: "her daughter, Sofia,". */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  ...['mother', 'father', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother'],
  ...['grandson', 'granddaughter', 'grandmother', 'grandfather', 'partner', 'widow', 'fiancee'],
  ...['niece', 'nephew', 'cousin', 'stepson', 'stepdaughter', 'fiance', 'girlfriend', 'boyfriend'],
])

/** Role nouns of nominal person mentions: "the NATO chief", "the spokesman". */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'chief',
  'head',
  'leader',
  'president',
  'minister',
  'premier',
  'chancellor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'envoy',
  'negotiator',
  ...['mediator', 'arbitrator', 'ombudsman', 'ombudsperson'],
  'ambassador',
  'governor',
  'senator',
  'mayor',
  ...['councillor', 'councilor', 'councilman', 'councilwoman', 'alderman'],
  'general',
  'commander',
  'boss',
  'director',
  'chairman',
  'chairwoman',
  // "TTC chair Priya Balasubramanian ... the chair said".
  'chair',
  'founder',
  ...['co-founder', 'cofounder', 'co-chair', 'co-leader'],
  'candidate',
  'nominee',
  'official',
  'diplomat',
  'lawmaker',
  'congressman',
  'congresswoman',
  'businessman',
  'businesswoman',
  'billionaire',
  'actor',
  'actress',
  'singer',
  ...['rapper', 'songwriter', 'comedian', 'producer', 'novelist', 'musician', 'chairperson'],
  'coach',
  'manager',
  // A racing team's head, a school's: "team principal Andrea Stella", "the principal said".
  'principal',
  'player',
  'striker',
  // Players by their position: "the 25-year-old forward", "the Brazilian winger".
  ...['midfielder', 'defender', 'goalkeeper', 'winger', 'quarterback', 'pitcher'],
  ...['batsman', 'bowler', 'goalie', 'playmaker', 'sprinter', 'swimmer', 'golfer', 'boxer'],
  'captain',
  'prosecutor',
  // Advocates, whom British court reports name by the side they speak for ("Gareth Pugh,
  // mitigating, ... the solicitor said").
  ...['solicitor', 'barrister'],
  // Police officers by their rank: "Detective Inspector Rachel Hume ... the detective said".
  ...['detective', 'sergeant', 'constable', 'superintendent'],
  // A government's or a body's keeper of funds: "the state treasurer", Australia's "the Treasurer".
  'treasurer',
  'judge',
  'coroner',
  // A high court's judge: "the chief justice", "Justice Clarence Thomas ... the justice wrote".
  'justice',
  'lawyer',
  'attorney',
])

/**
 * Heads of a company's officers' roles beyond {@link PERSON_ROLE_NOUNS}: "Halcyon's chief
 * executive", "its chief operating officer" (no role nouns at large: "the executive" is the
 * European Commission as often).
 */
export const OFFICER_HEADS: ReadonlySet<string> = new Set(['executive', 'officer'])

/**
 * Nouns of companies by what they make or do, which name a company as "the
 * company" does: "the British drugmaker", "the carmaker", "the lender".
 */
export const MAKER_NOUNS: readonly string[] = [
  ...['drugmaker', 'carmaker', 'automaker', 'chipmaker', 'planemaker', 'steelmaker'],
  ...['retailer', 'lender', 'insurer', 'airline'],
]

/** Head nouns of nominal organisation mentions: "the alliance", "the company". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  ...MAKER_NOUNS,
  'alliance',
  'bloc',
  'union',
  'company',
  'firm',
  'group',
  'party',
  'organisation',
  'organization',
  'agency',
  'ministry',
  'department',
  'government',
  'administration',
  'committee',
  'council',
  'commission',
  'bank',
  'court',
  'club',
  'team',
  'campaign',
  'network',
  'newspaper',
  'paper',
  'channel',
  'broadcaster',
  'regulator',
  'authority',
  'university',
  'school',
  'institute',
  ...COLLECTION_HEADS,
  'coalition',
  'movement',
  'association',
  'federation',
])

/**
 * Nouns of businesses by what they do, which say that the name a description
 * of theirs is set off beside is an organisation's ("OpenAI, the maker of
 * ChatGPT,", "Stellantis, the carmaker,"). Beyond the makers' nouns, not
 * heads of nominal mentions: "the foundation", "the nonprofit" alone would go
 * to whatever organisation is named last.
 */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  ...MAKER_NOUNS,
  'corporation',
  'conglomerate',
  'manufacturer',
  'maker',
  'startup',
  'start-up',
  'subsidiary',
  'nonprofit',
  'charity',
  'foundation',
  'magazine',
  // "a Brussels-based clearing house", "the auction house", "a publishing house".
  'house',
  'bank',
  'broker',
  'brokerage',
  'exchange',
  // "Pureit, a water purifier business,", "Glowlab, the skincare brand,".
  ...['business', 'brand', 'chain', 'operator', 'provider', 'supplier', 'distributor'],
  ...['publisher', 'developer', 'contractor', 'carrier'],
])

/** Pronouns that refer to a person, by gender. */
export const PERSON_PRONOUNS: Readonly<Record<string, 'male' | 'female'>> = {
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
}

/** A company's officers' titles in one word: "CEO", "Chairman", "Founder". */
export const COMPANY_OFFICER_WORDS: readonly string[] = [
  ...['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'founder', 'co-founder'],
]

/**
 * Portfolios that qualify a minister's or a secretary's title: "Energy
 * Secretary", "Labor Secretary", "Treasury Secretary". Written from general
 * knowledge of government departments in English-speaking countries.
 */
export const PORTFOLIO_WORDS: readonly string[] = [
  ...['energy', 'labor', 'labour', 'transportation', 'transport', 'treasury', 'defense'],
  ...['defence', 'commerce', 'education', 'health', 'interior', 'justice', 'agriculture'],
  ...['housing', 'veterans', 'homeland', 'environment', 'trade', 'finance', 'culture'],
  ...['communications', 'immigration', 'security', 'foreign', 'home', 'industry', 'business'],
]

/** Letters after a person's name for an office or an honour, lower-cased: "KC", "MP", "OBE". */
export const POST_NOMINAL_WORDS: readonly string[] = [
  ...['kc', 'qc', 'mp', 'msp', 'mep', 'mla', 'td', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs'],
  // Senior Counsel (Australia, Ireland, South Africa), Senior Advocate of Nigeria.
  ...['sc', 'san'],
]

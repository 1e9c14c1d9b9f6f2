import { ABBREVIATED_FORMS_OF_ADDRESS } from './address.js'
import { MONTH_ABBREVIATIONS } from './calendar.js'

/**
 * Abbreviations that end in a full stop without ending a sentence: titles,
 * months, common Latin and business forms. Written from English style guides'
 * lists of abbreviations; lower-cased, without the final stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...ABBREVIATED_FORMS_OF_ADDRESS,
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'cmdr',
  'sen',
  'rep',
  'gov',
  'pres',
  'rev',
  'st',
  'sr',
  'jr',
  'hon',
  'gens',
  'sens',
  'reps',
  'atty',
  'supt',
  'insp',
  'det',
  'cpl',
  'pvt',
  'fr',
  'msgr',
  ...MONTH_ABBREVIATIONS,
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'no',
  'nos',
  'vs',
  'v',
  'etc',
  'approx',
  'est',
  'dept',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'mt',
  'ft',
  'ave',
  'blvd',
  'rd',
  'fig',
  'vol',
  'ch',
  'ed',
  'eds',
  'al',
  'ca',
  'cf',
  'e.g',
  'i.e',
  'op',
  'cit',
  'ibid',
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
])

/**
 * Function words that written in capitals inside a sentence are an
 * organisation's acronym, not the word: "WHO" (the World Health Organization)
 * in "WHO's regional director", "the WHO said". Lower-cased.
 */
export const SHOUTED_ACRONYM_WORDS: readonly string[] = ['who']

/**
 * Common nouns that news writes in capitals, never a name of their own: "the
 * AI boom", "GDP rose", "an IPO", "sales of EVs", "DNA at the scene", "MPs
 * voted". Written from general knowledge of English; lower-cased.
 */
export const COMMON_ACRONYM_WORDS: readonly string[] = [
  ...['ai', 'agi', 'llm', 'llms', 'api', 'apis', 'gpu', 'gpus', 'cpu', 'cpus', 'pc', 'pcs'],
  ...['tv', 'gps', 'usb', 'vr', 'nft', 'nfts', 'ev', 'evs', 'suv', 'suvs', 'atm', 'atms'],
  ...['gdp', 'cpi', 'ipo', 'ipos', 'vat', 'esg', 'ceo', 'ceos', 'cfo', 'coo', 'cto'],
  // Measures of a company's accounts: "EBITDA were flat", "EPS of 4.2 rupees".
  ...['ebitda', 'ebit', 'eps', 'arpu', 'capex', 'etf', 'etfs'],
  ...['dna', 'rna', 'hiv', 'mri', 'icu', 'ivf', 'ppe', 'adhd', 'ptsd', 'iq', 'ufo', 'ufos'],
  ...['mp', 'mps', 'lgbt', 'lgbtq', 'diy', 'faq', 'cpr', 'aed', 'ecg', 'ekg', 'cctv'],
  // "a government-issued photo ID", "free IDs".
  ...['id', 'ids'],
  // "an unregistered IP address", "the ICT director", "QAC", "AMR": things and fields.
  ...['ip', 'ict', 'amr', 'qac'],
  // Britain's honours, after a name or "appointed": "was appointed OBE".
  ...['obe', 'mbe', 'cbe', 'kbe', 'dbe'],
  // A family doctor in Britain: "a GP in Leeds".
  'gp',
  // A sport's and a school's: "a three-time MVP", "a PhD".
  ...['mvp', 'mvps', 'phd', 'phds'],
  // An interview's label: "Q&A".
  'q&a',
  // Units and time zones: "2.1 mmHg", "by 1000 GMT".
  ...['mmhg', 'kwh', 'mwh', 'gwh', 'mw', 'gw', 'mph', 'kph', 'rpm', 'bpm'],
  ...['gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'jst'],
]

/**
 * The states of the United States as the AP stylebook abbreviates them after
 * a city ("KANSAS CITY, Mo. —", "Siesta Key, Fla."), and Canada's provinces
 * as the Canadian Press does ("Laval, Que."), to their names; the
 * short names of eight states (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio,
 * Texas, Utah) are their names. Not "Wash." or "Ga.", whose states' names are
 * other places' too (the capital, the country). Lower-cased, without the full
 * stop.
 */
export const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ala: 'Alabama',
  ariz: 'Arizona',
  ark: 'Arkansas',
  calif: 'California',
  colo: 'Colorado',
  conn: 'Connecticut',
  del: 'Delaware',
  fla: 'Florida',
  ill: 'Illinois',
  ind: 'Indiana',
  kan: 'Kansas',
  ky: 'Kentucky',
  la: 'Louisiana',
  md: 'Maryland',
  mass: 'Massachusetts',
  mich: 'Michigan',
  minn: 'Minnesota',
  miss: 'Mississippi',
  mo: 'Missouri',
  mont: 'Montana',
  neb: 'Nebraska',
  nev: 'Nevada',
  okla: 'Oklahoma',
  ore: 'Oregon',
  pa: 'Pennsylvania',
  tenn: 'Tennessee',
  va: 'Virginia',
  vt: 'Vermont',
  wis: 'Wisconsin',
  wyo: 'Wyoming',
  // Canada's provinces as the Canadian Press abbreviates them after a city ("Laval, Que.").
  alta: 'Alberta',
  man: 'Manitoba',
  nfld: 'Newfoundland and Labrador',
  ont: 'Ontario',
  que: 'Quebec',
  sask: 'Saskatchewan',
}

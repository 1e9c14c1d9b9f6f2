/**
 * What clustering reads of a name as written: its folded key ("the Kremlin"
 * and "Kremlin" are one), its words, initials and acronym ("U.S." -> "us"),
 * and whether it is shaped like a person's name. Made once a name a document
 * (see Forms).
 */
import { hashOf } from './hash.js'
import { lexicon } from './lexicon.js'
import { isSpaceCode } from './words.js'
import { isAsciiUpper, withoutMarks } from '../chars.js'
import {
  COMPANY_WORDS,
  FACILITY_HEADS,
  ORGANIZATION_HEADS,
  WEB_DOMAIN,
} from '../lexicon/organizations.js'
import { NON_PERSON_OPENERS } from '../lexicon/name-openers.js'
import { ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles.js'

const ASCII = /^[\x20-\x7e]*$/u
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'von',
  'van',
  'der',
  'al',
  'bin',
])

const LONGEST_CONNECTOR = Math.max(...[...CONNECTORS].map((word) => word.length))

/**
 * Folded form used to compare names: case, quotes, dashes, "the", a final dot,
 * and accents ("Montréal" is "Montreal", "Peña" is "Pena").
 */
export function nameKey(text: string): string {
  if (isPrintableAscii(text)) {
    // Of the quotes and dashes folded below, printable ASCII has only the backtick.
    const quoted = text.includes('`') ? text.replaceAll('`', "'") : text
    return withoutArticle(quoted).toLowerCase().trim()
  }
  return (ASCII.test(text) ? text : withoutMarks(text.normalize('NFKC')))
    .replace(/[’‘`]/gu, "'")
    .replace(/[‐-―]/gu, '-')
    .replace(/^the\s+/iu, '')
    .toLowerCase()
    .trim()
}

/**
 * The key of a name with a nickname in quotation marks between the given
 * name and the surname, as the name its person goes by: "bobby scott" of
 * 'robert c. "bobby" scott' (a nickname of one word, said for the given
 * name), "joaquin guzman" of 'joaquin "el chapo" guzman' (one of more words,
 * said alone). Other keys as they are.
 */
function nicknamedKey(key: string): string {
  if (!NICKNAME_OPENINGS.some((opening) => key.includes(opening))) return key
  const match = NICKNAMED.exec(key)
  if (match === null) return key
  const [, given, nickname, surname] = match as unknown as [string, string, string, string]
  return nickname.includes(' ') ? `${given} ${surname}` : `${nickname} ${surname}`
}
const NICKNAME_OPENINGS = [' "', ' \u201C', ' \u2018', " '"]
/**
 * Given names, a nickname of up to three words in quotation marks, a surname
 * of up to two (as nicknames.ts joins them: "Maria "Mimi" De Souza").
 */
const NICKNAMED =
  /^(\S+(?: \S+){0,2}) ["\u201C\u2018']([^"\u201D\u2019' ]+(?: [^"\u201D\u2019' ]+){0,2})["\u201D\u2019'] (\S+(?: \S+)?)$/u

/** A company's web name without its domain: "amazon.com" is "amazon". */
function withoutDomain(key: string): string {
  return key.endsWith(WEB_DOMAIN) && key.length > WEB_DOMAIN.length + 1 && !key.includes(' ')
    ? key.slice(0, -WEB_DOMAIN.length)
    : key
}

/** Every character of `text` is printable ASCII (as {@link ASCII} tests). */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < FIRST_PRINTABLE || code > LAST_PRINTABLE) return false
  }
  return true
}
const FIRST_PRINTABLE = 0x20
const LAST_PRINTABLE = 0x7e

/** What clustering reads of a name as written: its key, folded words, initials, acronym. */
export interface NameForm<G = unknown> {
  /** {@link nameKey} the text. */
  key: string
  words: string[]
  /** First letters of the words other than connectors. */
  initials: string
  /** "U.S." -> "us", "UN" -> "un"; null when not an acronym. */
  acronym: string | null
  /** The mentions of its key, once one is read (see clusterNames). */
  group?: G
}

/**
 * The forms of the names of one document, each made once: a name is written
 * a few ways many times. A small map for the document stays in cache.
 */
export class Forms<G = unknown> {
  readonly #byText = new Map<string, NameForm<G>>()

  of(text: string): NameForm<G> {
    let form = this.#byText.get(text)
    if (!form) {
      const key = withoutDomain(nicknamedKey(nameKey(text)))
      const words = wordsOf(key)
      form = { key, words, initials: initialsOf(words), acronym: acronymOf(text) }
      this.#byText.set(text, form)
    }
    return form
  }
}

/** The words of a folded name: its runs of characters other than white space (as split(/\s+/u)). */
function wordsOf(key: string): string[] {
  const words: string[] = []
  let start = -1
  for (let i = 0; i < key.length; i++) {
    if (isSpaceCode(key.charCodeAt(i))) {
      if (start >= 0) words.push(key.slice(start, i))
      start = -1
    } else if (start < 0) start = i
  }
  if (start >= 0) words.push(start === 0 ? key : key.slice(start))
  return words
}

/** First characters of the words other than connectors. */
function initialsOf(words: readonly string[]): string {
  let initials = ''
  for (const word of words) if (!isConnector(word)) initials += word.charAt(0)
  return initials
}

/** A word of {@link CONNECTORS}; a longer word is turned away before the set hashes it. */
export function isConnector(word: string): boolean {
  return word.length <= LONGEST_CONNECTOR && CONNECTORS.has(word)
}

/** "U.S." -> "us", "UN" -> "un"; null when not an acronym. */
function acronymOf(text: string): string | null {
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === FULL_STOP) continue
    // Beyond ASCII, the expression tells what a capital is.
    if (code >= FIRST_NON_ASCII) return unicodeAcronymOf(text)
    if (!isAsciiUpper(code) || ++letters > MAX_ACRONYM) return null
  }
  if (letters < MIN_ACRONYM) return null
  return letters === text.length ? text.toLowerCase() : text.replaceAll('.', '').toLowerCase()
}
const FULL_STOP = 0x2e
const FIRST_NON_ASCII = 0x80
const MIN_ACRONYM = 2
const MAX_ACRONYM = 6

/** {@link acronymOf} a text with characters beyond ASCII. */
function unicodeAcronymOf(text: string): string | null {
  const bare = text.replace(/\./gu, '')
  return /^\p{Lu}{2,6}$/u.test(bare) ? bare.toLowerCase() : null
}

/**
 * Whether a name may be a person's by its shape: two or three words ("Barack
 * Obama", "Douglas J. Band"), none a connector ("Bank of America") or an
 * acronym, none a title ("Miss Universe"), a role ("Under Secretaries") or the
 * head of an organisation's name ("Vanderbilt University"), and not opening
 * with a word that opens place names ("Cape Breton", "St. Anselm") or an
 * ordinal ("First Amendment").
 */
export function isPersonShaped(form: NameForm): boolean {
  const { words } = form
  if (form.acronym !== null || words.length < 2 || words.length > MAX_PERSON_NAME_WORDS)
    return false
  if (NOT_FIRST_WORDS.has(words[0] as string)) return false
  // "Goldman Sachs": a well-known organisation is no one's name, whatever its shape.
  if (lexicon().organizations.has(hashOf(form.key))) return false
  return !words.some((word) => isConnector(word) || NOT_NAME_WORDS.has(word.replace(/\.$/u, '')))
}
/** Words of titles, roles and organisations' names: never a word of a person's name. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  ...PERSON_ROLE_NOUNS,
  ...ORGANIZATION_NOUNS,
  ...ORGANIZATION_HEADS,
  ...COMPANY_WORDS,
  ...FACILITY_HEADS,
])
/** Words that open the names of places and of things other than people. */
const NOT_FIRST_WORDS: ReadonlySet<string> = new Set(NON_PERSON_OPENERS)
const MAX_PERSON_NAME_WORDS = 3

/** `text` without "the" before it; texts without one are returned as they are. */
export function withoutArticle(text: string): string {
  const first = text.charCodeAt(0)
  // Only a text that opens with "t" can lose anything: most are returned at once.
  return first === LOWER_T || first === UPPER_T ? text.replace(/^the\s+/iu, '') : text
}
const LOWER_T = 0x74
const UPPER_T = 0x54

/**
 * The title before a person's name: "NATO Secretary General" in "NATO
 * Secretary General Jens Stoltenberg", "Ukrainian President" in "Ukrainian
 * President Volodymyr Zelensky". A backward scan over the words before the
 * name: title words, and capitalised words (an organisation or a demonym)
 * that qualify them.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js'
import { POSSESSIVE_DETERMINERS } from '../lexicon/determiners.js'
import { HONORIFICS } from '../lexicon/address.js'
import { FINITE_AUXILIARY_WORDS } from '../lexicon/grammar-words.js'
import { PERSON_ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles.js'
import { functionWords } from './discourse.js'
import { ARTICLES } from './words.js'

/** A title found before a name: its range in the value. */
export interface TitleSpan {
  start: number
  end: number
  text: string
}

const MAX_TITLE_WORDS = 6
const FIRST_NON_ASCII = 0x80
const UPPER_A = 0x41
const UPPER_Z = 0x5a
const LOWER_A = 0x61
const LOWER_Z = 0x7a

/**
 * Roles news writes in lower case right before a name, which a title may end
 * in: "Arsenal manager Mikel Arteta", "White House spokesman", "Wedbush
 * analyst Dan Ives", "chief executive Tim Cook", "first lady Jill Biden".
 * Not the title words that only qualify a role ("former", "party", "state").
 */
export const LOWER_CASE_ROLES: ReadonlySet<string> = new Set(
  [
    ...[...PERSON_ROLE_NOUNS].filter((noun) => TITLE_WORDS.has(noun)),
    'executive',
    'analyst',
    'economist',
    'strategist',
    'pollster',
    'correspondent',
    'editor',
    'adviser',
    'advisor',
    'aide',
    'lawyer',
    'barrister',
    'lady',
    'midfielder',
    'defender',
    'goalkeeper',
    // "Former Leicester boss Steve Cattermole", "Tesla boss Elon Musk"; "striker Kwame Boateng".
    ...['boss', 'striker', 'forward', 'winger', 'pundit'],
  ].filter((role) => role !== 'head'),
)

/** Lower-case words that say which role, before one: "press secretary", "campaign manager". */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'press',
  'campaign',
  'communications',
  'security',
  'intelligence',
  'senior',
  'top',
  'policy',
  'political',
  'national',
  'economic',
  'health',
  'team',
  'club',
  'hedge-fund',
  'fund',
  // "U.N. climate chief", "EU trade chief", "U.N. human rights chief".
  ...['climate', 'trade', 'foreign', 'defence', 'defense', 'finance', 'energy', 'competition'],
  ...['civil', 'human', 'rights', 'refugee', 'aid', 'nuclear', 'military', 'election', 'migration'],
  // "sporting director", "technical director", "managing director", "first-team coach".
  ...['sporting', 'technical', 'managing', 'commercial', 'medical', 'first-team', 'assistant'],
])

/**
 * Whether a capitalised word before a title may qualify it: not the end of the
 * sentence before it, nor a function word opening the sentence ("And Mr.",
 * "Despite Mr.", but "US President").
 */
function isQualifier(word: string, lower: string, after: string): boolean {
  if (endsSentence(lower, after)) return false
  return word === word.toUpperCase() || !functionWords().has(lower)
}

/**
 * Whether a capitalised word before a title ends the sentence before it
 * ("Washington." in "... on Washington. NATO Secretary-General Mark Rutte"):
 * it ends in a full stop, and is no abbreviation ("U.S.", "Calif.").
 */
function endsSentence(lower: string, after: string): boolean {
  if (!lower.endsWith('.')) return false
  const bare = lower.slice(0, -1)
  // "... its stake in Apple Inc. Sen. Ted Cruz": the end of a name before a form of address
  // ends its sentence too ("Apple Inc. CEO Tim Cook" is one title).
  if (NAME_ENDINGS.has(bare)) return ADDRESSES.has(after)
  return !bare.includes('.') && !ABBREVIATIONS.has(bare)
}

/** Forms of address and honorifics, lower-cased: a title of their own after a name's end. */
const ADDRESSES: ReadonlySet<string> = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'sen',
    'rep',
    'gov',
    'gen',
    'prof',
    'rev',
    'lt',
    'col',
    'sgt',
    'capt',
    'adm',
  ].flatMap((word) => [word, `${word}.`]),
)

/** Abbreviations that end a name, never a title's qualifier: "Apple Inc.", "Martin Luther King Jr.". */
const NAME_ENDINGS: ReadonlySet<string> = new Set([
  'inc',
  'co',
  'corp',
  'ltd',
  'llc',
  'plc',
  'jr',
  'sr',
])

/**
 * The title that ends just before `nameStart` in `value`, or null. A title's
 * qualifiers may be joined by "and" ("Work and Pensions Secretary"), when the
 * word before the "and" is no name or of the same name as the word after it
 * (`nameAt` gives the index of the name at an offset, or -1): "Trump and
 * Health Secretary Robert F. Kennedy Jr." names two people.
 */
export function titleBefore(
  value: string,
  nameStart: number,
  // Without the names, every word is taken for one of its own: no "and" joins.
  nameAt: (offset: number) => number = (offset) => offset,
): TitleSpan | null {
  let end = nameStart
  while (end > 0 && value[end - 1] === ' ') end--
  // "Secretary of State Marco Rubio", "Princess of Wales Kate Middleton": a title of a place.
  const ofPlace = titleOfPlace(value, end)
  if (ofPlace) return ofPlace
  let start = end
  let words = 0
  let titleWords = 0
  // The word after the one read (lower-cased): the title word a qualifier stands before.
  let after = ''
  let cursor = end
  // Whether only lower-case title words have been read: a title may end in a lower-case
  // role ("Arsenal manager"), and open with more of them ("former chief executive").
  let lowerOnly = true
  // Whether an "and" has joined two qualifiers: once a title.
  let joined = false
  // The title's last word, lower-cased: "secretary" of "Work and Pensions Secretary".
  let head = ''
  let headStart = end
  while (cursor > 0 && words < MAX_TITLE_WORDS) {
    let wordStart = cursor
    while (wordStart > 0 && value[wordStart - 1] !== ' ') wordStart--
    // A word that opens with a lower-case ASCII letter, a digit or a mark is neither a
    // title word nor a qualifier, unless a lower-case role: most names stop here, without
    // a string made.
    const first = value.charCodeAt(wordStart)
    if (
      first === LOWER_A &&
      !lowerOnly &&
      words > 0 &&
      value.slice(wordStart, cursor) === 'and' &&
      isInsideName(wordStart, start, nameAt)
    ) {
      // "Food and Drug Administration Commissioner": an "and" of the organisation's own name.
      start = wordStart
      words++
      cursor = wordStart
      while (cursor > 0 && value[cursor - 1] === ' ') cursor--
      if (cursor === wordStart) break
      continue
    }
    if (first === LOWER_A && !lowerOnly && !joined && JOINABLE_HEADS.has(head)) {
      // "Work and Pensions Secretary": "and" between two capitalised qualifiers that are no names.
      const linked = qualifierBeforeAnd(value, wordStart, cursor, nameAt)
      if (linked < 0) break
      joined = true
      start = linked
      words += 2
      cursor = linked
      while (cursor > 0 && value[cursor - 1] === ' ') cursor--
      if (cursor === linked) break
      continue
    }
    if (first >= LOWER_A && first <= LOWER_Z && lowerOnly) {
      const word = value.slice(wordStart, cursor)
      if (
        words === 0
          ? !LOWER_CASE_ROLES.has(word)
          : !TITLE_WORDS.has(word) && !ROLE_MODIFIERS.has(word)
      )
        break
      titleWords++
      after = word
    } else {
      // "former President", "interim President": the holder's tenure opens the title, and ends
      // the words read.
      if (first >= LOWER_A && first <= LOWER_Z && titleWords > 0) {
        if (TENURES.has(value.slice(wordStart, cursor))) start = wordStart
        break
      }
      if (first < FIRST_NON_ASCII && !(first >= UPPER_A && first <= UPPER_Z)) break
      lowerOnly = false
      const word = value.slice(wordStart, cursor)
      const lower = word.toLowerCase()
      // "Mr Beer", "Ms Vennells": British style writes forms of address without their full stop.
      if (
        (TITLE_WORDS.has(lower) || (words === 0 && HONORIFICS.has(lower))) &&
        /^\p{Lu}/u.test(word)
      )
        titleWords++
      else if (
        !(titleWords > 0 && /^\p{Lu}[\p{L}.’'-]*$/u.test(word)) ||
        !isQualifier(word, lower, after)
      )
        break
      after = lower
    }
    if (words === 0) {
      head = value.slice(wordStart, cursor).toLowerCase()
      headStart = wordStart
    }
    start = wordStart
    words++
    cursor = wordStart
    while (cursor > 0 && value[cursor - 1] === ' ') cursor--
    if (cursor === wordStart) break
  }
  if (titleWords === 0 || start === end) return null
  // "Prime Minister Sir Keir Starmer": an honorific right before the name is none of the
  // office's title, which ends before it; words before it that hold no title word are no
  // title at all ("Under Mrs. Clinton", "Should Mr. Trump"), the honorific alone is.
  if (HONORIFICS.has(head) && start < headStart) {
    if (titleWords > (TITLE_WORDS.has(head) ? 1 : 0)) {
      end = headStart
      while (end > start && value[end - 1] === ' ') end--
    } else start = headStart
  }
  // A qualifier alone at the front is kept only when a title word follows it.
  return { start, end, text: value.slice(start, end) }
}

/**
 * A title, "of" and a place (or a department) right before offset `end`,
 * maybe after qualifiers: "Secretary of State", "U.S. Secretary of State",
 * "White House Chief of Staff", "Mayor of London", "Princess of Wales"; null
 * when the text there is none.
 */
function titleOfPlace(value: string, end: number): TitleSpan | null {
  // The cheap test first: most names have no " of " in the words before them.
  const from = Math.max(0, end - TITLE_OF_REACH)
  // Looked for within the reach only, in place: a search back through the whole text for every
  // name would make a text of names without "of" quadratic.
  let of = end - OF.length
  while (of >= from && !value.startsWith(OF, of)) of--
  if (of < from) return null
  const window = value.slice(from, end)
  const match = TITLE_OF_PLACE.exec(window)
  if (!match) return null
  const title = (match[1] as string).toLowerCase()
  if (!TITLE_WORDS.has(title.slice(title.lastIndexOf(' ') + 1))) return null
  // "Mayor of London Sir Sadiq Khan": an honorific after the place is the name's, as after any
  // other title (the scan below gives it).
  if (HONORIFICS.has(window.slice(window.lastIndexOf(' ') + 1).toLowerCase())) return null
  let start = from + match.index + (match[0].length - match[0].trimStart().length)
  // "The Archbishop of Canterbury": an article is no qualifier.
  const space = title.indexOf(' ')
  if (space > 0 && functionWords().has(title.slice(0, space))) start += space + 1
  return { start, end, text: value.slice(start, end) }
}
const OF = ' of '
/** Characters before a name read for {@link TITLE_OF_PLACE}. */
const TITLE_OF_REACH = 60
/** A title (maybe after one or two qualifiers), "of", maybe "the", and one to three capitalised words. */
const TITLE_OF_PLACE =
  /(?:^|\s)((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}\p{Ll}+) of (?:the )?\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,2}$/u

/** Whether the word at `at` lies in the name that holds the word at `next` (`nameAt`: -1 outside names). */
function isInsideName(at: number, next: number, nameAt: (offset: number) => number): boolean {
  const name = nameAt(at)
  return name >= 0 && name === nameAt(next)
}

/**
 * Words of a title holder's tenure, in lower case before a capitalised title:
 * "former President", "the late Prime Minister".
 */
const TENURES: ReadonlySet<string> = new Set([
  ...['former', 'acting', 'interim', 'outgoing', 'incoming', 'caretaker', 'deputy', 'late'],
])

/** Titles of offices whose names join two qualifiers: "Work and Pensions Secretary". */
const JOINABLE_HEADS: ReadonlySet<string> = new Set(['secretary', 'minister'])

/** Capitalised words that are no qualifiers: "He and Defense Secretary Lloyd Austin". */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you'])

/**
 * The start of the capitalised qualifier before the "and" at
 * `andStart`..`andEnd` of `value` ("Work" of "Work and Pensions"), or -1 when
 * the word is no "and" or the word before it is not such a qualifier.
 */
function qualifierBeforeAnd(
  value: string,
  andStart: number,
  andEnd: number,
  nameAt: (offset: number) => number,
): number {
  if (value.slice(andStart, andEnd) !== 'and') return -1
  let end = andStart
  while (end > 0 && value[end - 1] === ' ') end--
  let start = end
  while (start > 0 && value[start - 1] !== ' ') start--
  const word = value.slice(start, end)
  if (start === end || !/^\p{Lu}\p{Ll}+$/u.test(word)) return -1
  // "Health and Human Services Secretary": one name's words on both sides of the "and".
  const name = nameAt(start)
  if (name >= 0 && name !== nameAt(andEnd + 1)) return -1
  const lower = word.toLowerCase()
  return TITLE_WORDS.has(lower) || PRONOUNS.has(lower) ? -1 : start
}

/** Heads of a role set off after a name: the lower-case roles, and a few more ("professor"). */
const APPOSITIVE_HEADS: ReadonlySet<string> = new Set([
  ...LOWER_CASE_ROLES,
  ...['head', 'professor', 'officer', 'researcher', 'scientist', 'fellow', 'deputy', 'director'],
  ...['spokesperson', 'chairwoman', 'president', 'organizer', 'campaigner', 'commissioner'],
  ...['provost', 'dean', 'rector', 'solicitor', 'official'],
  // "The commission's chief negotiator, Rachel Dunleavy,", "Kerry, the chief U.S. negotiator in
  // the talks,".
  ...['negotiator', 'mediator', 'arbitrator', 'envoy', 'ombudsman', 'ombudsperson'],
  // "Henna Virkkunen, the executive vice-president for tech sovereignty,".
  ...['vice-president', 'vice-chair', 'vice-chairman', 'vice-chancellor'],
])
/** Words that may open a role set off after a name, besides an article, a role and a capital. */
const ROLE_OPENERS: ReadonlySet<string> = new Set([
  ...['former', 'acting', 'interim', 'senior', 'assistant', 'associate', 'vice', 'top', 'lead'],
  ...['managing', 'global', 'co-founder', 'his', 'her', 'their', 'its'],
])
/** Words after a role's head that give what the role is of: "chief economist at KPMG". */
export const ROLE_LINKS: ReadonlySet<string> = new Set([
  'at',
  'of',
  'for',
  'with',
  'in',
  'on',
  'to',
])
/** The longest role set off after a name, in characters and in words. */
const MAX_ROLE_LENGTH = 100
const MAX_ROLE_WORDS = 12

/**
 * The role set off by commas right after a name that ends at `nameEnd` of
 * `value`, without its article: "chief economist at KPMG" of "Diane Swonk,
 * chief economist at KPMG, said", "spokesman for the agency" of "Filippo
 * Ungaro, a spokesman for the agency."; null when what follows the comma is
 * no role (an age, a relative clause, another name, a verb).
 */
export function titleAfter(value: string, nameEnd: number): string | null {
  if (value.charCodeAt(nameEnd) !== COMMA || value.charCodeAt(nameEnd + 1) !== SPACE) return null
  const start = nameEnd + 2
  const end = roleEnd(value, start)
  if (end <= start) return null
  const words = value.slice(start, end).trimEnd().split(' ')
  if (words.length > MAX_ROLE_WORDS) return null
  const first = words[0] as string
  const opensWithArticle = ARTICLES.has(first)
  const opener = opensWithArticle ? 1 : 0
  const firstWord = words[opener]
  if (firstWord === undefined) return null
  const lower = firstWord.toLowerCase()
  // (Or a possessive: "the city's mayor".)
  const opensRole =
    isCapitalised(firstWord) ||
    ROLE_OPENERS.has(lower) ||
    ROLE_MODIFIERS.has(lower) ||
    APPOSITIVE_HEADS.has(lower) ||
    (opensWithArticle && /\p{Ll}['\u2019]s$/u.test(firstWord))
  // Or, after an article, a word that describes the role: "a provincial mediator", "a company
  // spokesman".
  const described = !opensRole && opensWithArticle && isRoleDescription(firstWord)
  if (!opensRole && !described) return null
  // The head is the last word before what the role is of, after a possessive ("the U.S. Chamber
  // of Commerce's chief policy officer").
  let from = opener
  for (let i = opener; i < words.length; i++) if (/['’]s$/u.test(words[i] as string)) from = i + 1
  let head = words.length - 1
  for (let i = from + 1; i < words.length; i++) {
    if (ROLE_LINKS.has(words[i] as string)) {
      head = i - 1
      break
    }
  }
  const headWord = words[head] as string
  if (!APPOSITIVE_HEADS.has(headWord.toLowerCase())) return null
  // (Not a capitalised head after a description: "a 59-year-old from Hilton Head".)
  if (described && isCapitalised(headWord)) return null
  return words.slice(opener).join(' ')
}
const COMMA = 0x2c
const SPACE = 0x20
const FULL_STOP = 0x2e
/** Letters after a person's name, before a comma or a full stop: " KC", " MP", " OBE". */
const POST_NOMINAL = /^ \p{Lu}{2,4}(?=[,.])/u

/**
 * The role set off by commas right before a name `nameStart`..`nameEnd` of
 * `value`, without its article: "city's mayor" of "The city's mayor, Tom Hale,
 * said", "Halcyon's chief operating officer" of "Halcyon's chief operating
 * officer, Daniel Teo, said", "Sudan's U.N. ambassador"; null when the name
 * closes no such apposition or what stands before it is no role.
 */
export function titleApposedBefore(
  value: string,
  nameStart: number,
  nameEnd: number,
): string | null {
  // (Past the letters after a person's name, to a comma or the sentence's end: "his barrister,
  // Gregory Lane KC.")
  const close = nameEnd + (POST_NOMINAL.exec(value.slice(nameEnd, nameEnd + 6))?.[0].length ?? 0)
  const after = value.charCodeAt(close)
  if ((after !== COMMA && after !== FULL_STOP) || nameStart < 2) return null
  const end = apposingComma(value, nameStart)
  if (end < 0) return null
  // The phrase back to the sentence's start, a mark that ends a role, or the reach.
  let start = end
  const floor = Math.max(0, end - MAX_ROLE_LENGTH)
  while (start > floor && !ROLE_STOPS.includes(value[start - 1] as string)) {
    if (value[start - 1] === ' ' && value[start - 2] === '.' && !isAbbreviationAt(value, start - 2))
      break
    start--
  }
  if (start === floor && floor > 0) return null
  const words = value.slice(start, end).trim().split(' ')
  // From an article, the first that opens a role ("The chief of staff to the president", "told
  // the company's chief executive"); with none, the phrase opens its sentence or clause and its
  // first word is capitalised ("Sudan's U.N. ambassador").
  let articles = 0
  for (let i = 0; i < words.length; i++) {
    const lower = (words[i] as string).toLowerCase()
    // (A possessive pronoun as an article: "Her campaign manager, Robby Mook," is her campaign's.)
    if (!ARTICLES.has(lower) && !POSSESSIVE_PRONOUNS.has(lower)) continue
    articles++
    const role = roleOf(words.slice(i + 1))
    if (role !== null) return role
  }
  return articles === 0 && isCapitalised(words[0] as string) ? roleOf(words) : null
}

/**
 * Where the comma is that sets off a name starting at `nameStart` of `value`
 * after a role, maybe past the name's own description in lower case: the
 * comma of ", Davide Sartori", of ", former world number 11 Davide Sartori",
 * of ", 34-year-old Luis Carranza"; -1 for none (", who met Ann Moss", ",
 * speaking for Ann Moss").
 */
export function apposingComma(value: string, nameStart: number): number {
  let at = nameStart
  for (let words = 0; words <= MAX_NAME_DESCRIPTION_WORDS; words++) {
    if (value.charCodeAt(at - 1) !== SPACE) return -1
    if (value.charCodeAt(at - 2) === COMMA) return at - 2
    const start = value.lastIndexOf(' ', at - 2) + 1
    const word = value.slice(start, at - 1)
    // ("Halvern's chief executive, Dr Marcus Feldt,": a form of address right before the name.)
    if (!isDescriptionWord(word) && !(at === nameStart && isAddressBeforeName(word))) return -1
    at = start
  }
  return -1
}
/** Whether `word` addresses the person whose name follows: "Dr", "Mr.", "Sir", "Professor". */
function isAddressBeforeName(word: string): boolean {
  const lower = word.toLowerCase()
  return /^\p{Lu}/u.test(word) && (HONORIFICS.has(lower) || lower === 'professor')
}

/**
 * Whether `word` may be of a person's description in lower case before their
 * name: "former", "world", "11", "34-year-old", "retired"; not a word of a
 * clause ("who", "also", "attacked", "facing", "will") nor one that relates
 * the name to another ("to", "not").
 */
export function isDescriptionWord(word: string): boolean {
  if (!DESCRIPTION_WORD.test(word) || NOT_OF_DESCRIPTIONS.has(word)) return false
  // Verbs and adverbs by their endings, but for the few that describe a person ("retired",
  // "defending champion", "a newly ...": no).
  if (/(?:ing|ed|ly)$/u.test(word) || (/s$/u.test(word) && !/(?:ss|us)$/u.test(word)))
    return DESCRIBING_FORMS.has(word)
  return true
}
export const MAX_NAME_DESCRIPTION_WORDS = 5
/** A word of a description before a name: "former", "11", "34-year-old". */
const DESCRIPTION_WORD = /^[\p{Ll}\d][\p{Ll}\d'’-]*$/u
/** Words of a clause or a phrase that relates the name to another, not of a description. */
const NOT_OF_DESCRIPTIONS: ReadonlySet<string> = new Set([
  ...['who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'nor', 'but', 'so', 'yet', 'if'],
  ...['to', 'with', 'for', 'of', 'by', 'at', 'in', 'on', 'from', 'about', 'against', 'as'],
  ...['like', 'unlike', 'than', 'when', 'where', 'while', 'after', 'before', 'since', 'until'],
  ...['not', 'also', 'now', 'then', 'still', 'just', 'even', 'only', 'too', 'because'],
  ...FINITE_AUXILIARY_WORDS,
  ...['be', 'been', 'do', 'did', 'does', 'shall'],
  ...['said', 'told', 'met', 'saw', 'beat', 'lost', 'won', 'led', 'hit', 'cut', 'let', 'put'],
])
/** Words with a verb's or an adverb's ending that describe a person before a name. */
const DESCRIBING_FORMS: ReadonlySet<string> = new Set([
  ...['retired', 'celebrated', 'acclaimed', 'renowned', 'noted', 'decorated', 'disgraced'],
  ...['leading', 'founding', 'managing', 'defending', 'reigning', 'visiting', 'outgoing'],
  ...['incoming', 'acting', 'sitting', 'presiding', 'ruling', 'elderly'],
])

/** The role that `role`, the words after an article, say, or null: "US ambassador to Mexico". */
function roleOf(role: readonly string[]): string | null {
  if (role.length < 1 || role.length > MAX_APPOSED_WORDS) return null
  // ("One candidate, Senator Marco Rubio,": one of several, no role.)
  if (NOT_ROLE_OPENERS.has((role[0] as string).toLowerCase())) return null
  // The head is the last word, or the last before a link and what the role is of: "The US
  // ambassador to Mexico", "the director of the agency".
  let head = role.length - 1
  for (let i = 1; i < role.length - 1; i++)
    if (
      ROLE_LINKS.has(role[i] as string) &&
      APPOSITIVE_HEADS.has((role[i - 1] as string).toLowerCase())
    ) {
      head = i - 1
      break
    }
  if (!APPOSITIVE_HEADS.has((role[head] as string).toLowerCase())) return null
  // (No clause after the role: "a longtime strategist for progressive causes whose agency, Fenton".)
  for (let i = head + 1; i < role.length; i++) if (CLAUSE_WORDS.has(role[i] as string)) return null
  // Every word a qualifier: capitalised, a possessive, a role's word, or a link between them; or
  // the words right before the head describe the role ("A provincial mediator", "the company
  // spokesman").
  let described = head
  while (described > 0 && isRoleDescription(role[described - 1] as string)) described--
  for (const word of role.slice(0, described)) {
    const lower = word.toLowerCase()
    if (isCapitalised(word) || /['\u2019]s$/u.test(word) || APPOSED_LINKS.has(lower)) continue
    if (TITLE_WORDS.has(lower) || ROLE_MODIFIERS.has(lower) || ROLE_OPENERS.has(lower)) continue
    if (APPOSITIVE_HEADS.has(lower) || /^\p{Ll}+ing$/u.test(word)) continue
    return null
  }
  return role.join(' ')
}
/** Whether `word` describes the role after it: "provincial", "company"; not "the", "of". */
function isRoleDescription(word: string): boolean {
  const lower = word.toLowerCase()
  return (
    isDescriptionWord(word) &&
    !ARTICLES.has(lower) &&
    !POSSESSIVE_PRONOUNS.has(lower) &&
    !APPOSED_LINKS.has(lower) &&
    !NOT_ROLE_OPENERS.has(lower)
  )
}

/** Possessive determiners, which open a role as an article does. */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(POSSESSIVE_DETERMINERS)
/** Words of number and choice that open no role: "One candidate", "Another adviser". */
const NOT_ROLE_OPENERS: ReadonlySet<string> = new Set([
  ...['one', 'another', 'each', 'every', 'some', 'any', 'both', 'many', 'most', 'several'],
  ...['this', 'that', 'these', 'those', 'two', 'three', 'other'],
])
/** The most words of a role set off before a name: "the Board of Elections chairman". */
const MAX_APPOSED_WORDS = 8
/** Words that link a role's capitalised qualifiers: "Board of Elections", "Trade and Industry". */
const APPOSED_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'for', '&'])

/** Whether the full stop at `at` of `value` ends an abbreviation or initials ("U.N.", "Dr."). */
function isAbbreviationAt(value: string, at: number): boolean {
  let wordStart = at
  while (wordStart > 0 && value[wordStart - 1] !== ' ') wordStart--
  const word = value.slice(wordStart, at)
  return ABBREVIATIONS.has(word.toLowerCase()) || DOTTED.test(word)
}

/** Whether `word` opens with a capital letter. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  return (code >= UPPER_A && code <= UPPER_Z) || (code >= FIRST_NON_ASCII && /^\p{Lu}/u.test(word))
}

/**
 * Where a role set off from `start` of `value` ends: at a comma, a semicolon,
 * a bracket, a quotation mark or a dash, before a relative pronoun or a verb
 * of saying ("chief of staff to Bill Clinton, whom ..."), or at a full stop
 * that ends a sentence (not that of "Mrs." or "U.S."); -1 past
 * {@link MAX_ROLE_LENGTH} characters.
 */
function roleEnd(value: string, start: number): number {
  const last = Math.min(value.length, start + MAX_ROLE_LENGTH)
  for (let i = start; i < last; i++) {
    const char = value[i] as string
    if (ROLE_STOPS.includes(char)) return i
    if (char === ' ') {
      const wordStart = i + 1
      let wordEnd = wordStart
      while (wordEnd < last && value[wordEnd] !== ' ') wordEnd++
      if (CLAUSE_WORDS.has(value.slice(wordStart, wordEnd))) return i
    } else if (char === '.' && !/\S/u.test(value[i + 1] ?? '')) {
      if (!isAbbreviationAt(value, i)) return i
    }
  }
  return last === value.length ? value.length : -1
}
const ROLE_STOPS = ',;()"“”—–'
/** Words that open a clause after a role: "who is chairman", "said". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...['who', 'whom', 'whose', 'which', 'that', 'said', 'says', 'told', 'added'],
])
/** An initial or letters with dots before a full stop: "F", "U.S", "D.C". */
const DOTTED = /^(?:\p{Lu}\.)*\p{Lu}$/u

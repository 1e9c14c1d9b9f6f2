/**
 * The subject of a sentence as a source: its opening noun phrase, past an
 * opening phrase, a dateline and asides ("Marley Anderson, 21, a junior,
 * said"), through a title to the name ("Democratic presidential candidate
 * Bernie Sanders") or to a role ("Hillary Clinton’s right-hand woman").
 */
import { WEEKDAY_NAMES } from '../lexicon/calendar.js'
import { ORGANIZATION_HEADS, ORGANIZATION_LINKS } from '../lexicon/organizations.js'
import { SPEECH_VERBS, STANCE_VERBS } from '../lexicon/speech.js'
import { KIN_NOUNS } from '../lexicon/titles.js'
import { DASHES } from './after-quote.js'
import { isPossessive } from './cues.js'
import {
  BETWEEN_SOURCE_AND_CUE,
  DETERMINERS,
  isBetweenSourceAndCue,
  isRoleNoun,
  isTimeWord,
  MAX_SOURCE_WORDS,
  PERSON_NOUNS,
  RELATIVE_TIME,
  SOURCE_STOPS,
  spanOf,
  SUBJECT_PRONOUNS,
} from './source-words.js'
import { isOpeningParticiple } from './opening-phrase.js'
import { isPersonNoun } from './speaker-words.js'
import type { Word } from './words.js'

/**
 * The subject of a sentence: its opening noun phrase, after an opening phrase
 * set off by a comma; or the name that a common noun phrase's appositive
 * gives ("Its chief negotiator, Yalchin Rafiyev, defended ...").
 */
export function subjectOf(words: readonly Word[]): { start: number; end: number } | null {
  const phrase = phraseSubject(words)
  if (phrase === null) return null
  return apposedName(words, phrase) ?? phrase
}

/**
 * The name set off by commas right after the common noun phrase `phrase` of
 * `words` ("The party spokesman, John Smith,"), or null.
 */
function apposedName(
  words: readonly Word[],
  phrase: { start: number; end: number },
): { start: number; end: number } | null {
  let last = 0
  while (last < words.length && (words[last] as Word).end < phrase.end) last++
  if (words[last + 1]?.text !== ',') return null
  // A common noun phrase: no capitals past its first word ("Its chief negotiator") but an
  // owner's ("Hillary Clinton's chief economist").
  for (let i = last; i >= 0 && (words[i] as Word).start > phrase.start; i--) {
    const word = words[i] as Word
    if (/^\p{Lu}/u.test(word.text) && !isOwnerAt(words, i, last)) return null
  }
  let end = last + 2
  while (
    end < words.length &&
    end - last - 2 < MAX_APPOSED_WORDS &&
    /^\p{Lu}/u.test((words[end] as Word).text)
  )
    end++
  if (end === last + 2 || words[end]?.text !== ',') return null
  return spanOf(words.slice(last + 2, end))
}
/**
 * Whether capitalised word `i` is of a name in the possessive before word
 * `last`: "Hillary" and "Clinton's" of "Hillary Clinton's chief economist".
 */
function isOwnerAt(words: readonly Word[], i: number, last: number): boolean {
  for (let k = i; k < last; k++) {
    const word = words[k] as Word
    if (isPossessive(word.text)) return /^\p{Lu}/u.test(word.text)
    if (!/^\p{Lu}/u.test(word.text)) return false
  }
  return false
}

/** Most words of a name set off after a noun phrase: "Yalchin Rafiyev". */
const MAX_APPOSED_WORDS = 4

/** The opening noun phrase of a sentence, after an opening phrase set off by a comma. */
function phraseSubject(words: readonly Word[]): { start: number; end: number } | null {
  let k = subjectStart(words)
  if (k < 0) return null
  const phrase: Word[] = []
  for (; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct) break
    const capital = /^[\p{Lu}\p{N}]/u.test(word.text)
    if (phrase.length === 0 && SUBJECT_PRONOUNS.has(word.lower)) return spanOf([word])
    // "Western diplomats", "Russian officials": a capitalised modifier and a role noun.
    if (!capital && phrase.length > 0 && isRoleNoun(word.lower)) {
      phrase.push(word)
      const next = words[k + 1]
      // "Democratic candidate Hillary Clinton": the name the title goes on to.
      if (next && !next.punct && /^\p{Lu}/u.test(next.text) && !isTimeWord(next)) continue
      // "The party leader", "the campaign manager", "NAB's chief economist": a compound role.
      if (
        next &&
        !next.punct &&
        /^\p{Ll}/u.test(next.text) &&
        (isRoleNoun(next.lower) || isPersonNoun(next.lower))
      ) {
        phrase.push(next)
        // "McLaren team principal Andrea Stella": the name the compound title goes on to.
        const after = words[k + 2]
        if (after && !after.punct && /^\p{Lu}/u.test(after.text) && !isTimeWord(after)) {
          k++
          continue
        }
      }
      break
    }
    // "Employment and Labour Minister Kagiso Molefe": a portfolio of two in a title before a name
    // (not "Smith and Jones", two people).
    if (word.text === 'and' && phrase.length > 0 && isPortfolioJoin(words, k)) {
      phrase.push(word)
      continue
    }
    // "Citizens for Tax Justice", "Bank of America": a name's link between capitalised words,
    // not "Nvidia Corp on Tuesday".
    if (
      NAME_LINKS.has(word.text) &&
      /^\p{Lu}/u.test(phrase[phrase.length - 1]?.text ?? '') &&
      /^\p{Lu}/u.test(words[k + 1]?.text ?? '') &&
      !isTimeWord(words[k + 1] as Word) &&
      !isPossessive(phrase[phrase.length - 1]?.text ?? '')
    ) {
      phrase.push(word)
      continue
    }
    if (!capital && !DETERMINERS.has(word.lower) && phrase.length > 0) {
      // "Hillary Clinton’s right-hand woman": a role owned by the name.
      const role = ownedRoleEnd(words, k, phrase)
      if (role > 0) return spanOf([...phrase, ...words.slice(k, role + 1)])
      // "The conservative publication said": not the article alone; "Four Chinese industry
      // associations urged": not a count and its people alone.
      if (phrase.every((w) => DETERMINERS.has(w.lower)) || isCounted(phrase)) {
        const end = commonNounEnd(words, k)
        // "The main opposition Constitutional Democratic Party of Japan": the name the noun
        // phrase goes on to.
        return end > k ? spanOf([...phrase, ...words.slice(k, nameRunEnd(words, end))]) : null
      }
      // "Democratic presidential candidate Bernie Sanders": a title in lower case before a name.
      const name = QUANTIFIERS.has((phrase[phrase.length - 1] as Word).lower)
        ? -1
        : nameAfterTitle(words, k)
      if (name > k && phrase.length + (name - k) < MAX_SOURCE_WORDS) {
        phrase.push(...words.slice(k, name))
        k = name - 1
        continue
      }
      break
    }
    if (!capital && !DETERMINERS.has(word.lower)) return null
    phrase.push(word)
  }
  return phrase.length > 0 ? spanOf(phrase) : null
}

/** Lower-case words inside a name: "Citizens for Tax Justice", "Council on Foreign Relations". */
const NAME_LINKS = new Set(ORGANIZATION_LINKS)

/**
 * Whether "and" at `k` joins the capitalised words of a portfolio: they run on
 * after it to an office's word, then a name ("and Labour Minister Kagiso").
 */
function isPortfolioJoin(words: readonly Word[], k: number): boolean {
  if (!/^\p{Lu}/u.test(words[k - 1]?.text ?? '')) return false
  for (let i = k + 1; i < words.length && i <= k + MAX_PORTFOLIO_WORDS; i++) {
    const word = words[i] as Word
    if (word.punct || !/^\p{Lu}/u.test(word.text)) return false
    if (PORTFOLIO_OFFICES.has(word.lower)) return /^\p{Lu}/u.test(words[i + 1]?.text ?? '')
  }
  return false
}
/** Offices a portfolio names: "Minister", "Secretary". */
const PORTFOLIO_OFFICES = new Set(['minister', 'secretary'])
/** Most capitalised words from "and" to the office's: "Human Services Secretary". */
const MAX_PORTFOLIO_WORDS = 4

/** Most lower-case words of a title between capitalised words: "presidential candidate". */
const MAX_TITLE_GAP = 3

/**
 * The index of the capitalised word that follows the lower-case title words
 * from `k` ("presidential candidate [Bernie]"), or -1 when none follows.
 */
function nameAfterTitle(words: readonly Word[], k: number): number {
  for (let i = k; i < words.length && i - k <= MAX_TITLE_GAP; i++) {
    const word = words[i] as Word
    if (word.punct) return -1
    // The word before the name must be a role: "candidate Bernie", "member Flea", "of State".
    if (/^\p{Lu}/u.test(word.text)) {
      // "One of Grayson’s": an owner, not a name the title goes on to.
      if (isPossessive(word.text)) return -1
      return i > k && isTitleEnd(words[i - 1] as Word) ? i : -1
    }
    if (SOURCE_STOPS.has(word.lower) || BETWEEN_SOURCE_AND_CUE.has(word.lower)) return -1
    if (SPEECH_VERBS.has(word.lower) || STANCE_VERBS.has(word.lower)) return -1
  }
  return -1
}

/** Words that count a group rather than title a person: "One of", "Many of". */
const QUANTIFIERS = new Set([
  'one',
  'many',
  'some',
  'most',
  'all',
  'both',
  'each',
  'several',
  'few',
  'none',
  'two',
  'three',
])

/**
 * Whether `phrase` is a count and capitalised modifiers: "Four Chinese",
 * "Several U.S.", "12 European", whose noun follows in lower case.
 */
function isCounted(phrase: readonly Word[]): boolean {
  const first = phrase[0] as Word
  return (
    phrase.length > 1 &&
    (QUANTIFIERS.has(first.lower) || COUNTS.has(first.lower) || /^\d+$/u.test(first.text))
  )
}
/** Numbers written in words that count a group: "Four Chinese industry associations". */
const COUNTS = new Set(['four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens'])

/** Whether a lower-case word can end a title before a name: "candidate", "member", "of". */
function isTitleEnd(word: Word): boolean {
  return (
    word.lower === 'of' ||
    isRoleNoun(word.lower) ||
    TITLE_END_NOUNS.has(word.lower) ||
    // "Jefferies analyst Sarah Whitcombe", "Fox News host Sean Hannity".
    isPersonNoun(word.lower)
  )
}

/** Nouns before a name that are not in the role lexicon: "Band member Flea". */
const TITLE_END_NOUNS = new Set(['member', 'hopeful', 'delegate', 'businessman', 'businesswoman'])

/** Most words of a common noun phrase after its article: "the former secretary of state". */
const MAX_COMMON_NOUN_WORDS = 4

/**
 * The end (exclusive) of the lower-case words from `k` that finish a noun
 * phrase opened by an article: through a role noun ("the former secretary"),
 * or up to a verb, a mark or a stop ("the conservative publication said").
 */
function commonNounEnd(words: readonly Word[], k: number): number {
  let i = k
  for (; i < words.length && i - k < MAX_COMMON_NOUN_WORDS; i++) {
    const word = words[i] as Word
    // "the former Roma coach": a capitalised qualifier of the role noun right after it.
    if (
      i > k &&
      !word.punct &&
      /^\p{Lu}/u.test(word.text) &&
      !isPossessive(word.text) &&
      /^\p{Ll}/u.test(words[i + 1]?.text ?? '') &&
      isRoleNoun((words[i + 1] as Word).lower)
    )
      continue
    if (word.punct || !/^\p{Ll}/u.test(word.text)) break
    if (SOURCE_STOPS.has(word.lower) || BETWEEN_SOURCE_AND_CUE.has(word.lower)) break
    if (SPEECH_VERBS.has(word.lower) || STANCE_VERBS.has(word.lower)) break
    if (isRoleNoun(word.lower) || PERSON_NOUNS.has(word.lower)) return lastRoleWord(words, i) + 1
  }
  return i - k >= MAX_COMMON_NOUN_WORDS ? k : i
}

/**
 * The last word of the run of role nouns in lower case that word `i`, one of
 * them, opens: "economist" of "chief economist", "manager" of "campaign
 * manager".
 */
function lastRoleWord(words: readonly Word[], i: number): number {
  let last = i
  for (let next = words[last + 1]; next !== undefined; next = words[last + 1]) {
    if (next.punct || !/^\p{Ll}/u.test(next.text)) break
    if (!isRoleNoun(next.lower) && !PERSON_NOUNS.has(next.lower) && !isPersonNoun(next.lower)) break
    last++
  }
  return last
}

/** Most words of a name after a common noun phrase: "Constitutional Democratic Party of Japan". */
const MAX_NAME_RUN_WORDS = 6

/**
 * The end (exclusive) of the body's name that starts at word `k`,
 * capitalised words and the links inside them ("Party of Japan"); `k` when
 * no such name starts there (nor a time: "the agency Monday said", nor an
 * owner: "the company's").
 */
function nameRunEnd(words: readonly Word[], k: number): number {
  let i = k
  while (i < words.length && i - k < MAX_NAME_RUN_WORDS) {
    const word = words[i] as Word
    if (word.punct || isTimeWord(word) || isPossessive(word.text)) break
    if (/^\p{Lu}/u.test(word.text)) i++
    else if (
      NAME_LINKS.has(word.text) &&
      i > k &&
      /^\p{Lu}/u.test(words[i + 1]?.text ?? '') &&
      !isTimeWord(words[i + 1] as Word)
    )
      i++
    else break
  }
  // "The opposition Labour Party MPs": a body's name that qualifies the noun after its head.
  const head = words.slice(k, i).findIndex((word) => ORGANIZATION_HEADS.has(word.lower))
  if (head >= 0 && k + head < i - 1 && !NAME_LINKS.has((words[k + head + 1] as Word).text)) return k
  // Only a body's name, with its head: "Party", "Caucus", "Council" (not "The movie shows Bob").
  if (!words.slice(k, i).some((word) => ORGANIZATION_HEADS.has(word.lower))) return k
  // "the presumptive Democratic presidential nominee", "an army of HP employees": a noun phrase
  // that goes on past the capitals to its head is no name.
  for (let j = i; j < words.length && j <= i + 1; j++) {
    const word = words[j] as Word
    if (word.punct || !/^\p{Ll}/u.test(word.text)) break
    if (isRoleNoun(word.lower) || PERSON_NOUNS.has(word.lower) || COMMON_HEADS.has(word.lower))
      return k
  }
  return i
}
/** Heads of noun phrases after capitalised modifiers: "Republican lawmakers", "HP employees". */
const COMMON_HEADS = new Set(['employees', 'workers', 'voters', 'supporters', 'members', 'staff'])

/** Most lower-case words between an owner and its role: "Clinton’s longtime right-hand woman". */
const MAX_OWNED_ROLE_WORDS = 3

/**
 * The index of the role noun that ends "Name’s [adjectives] role" from word
 * `k`, after `phrase` ending in a possessive; -1 when there is none.
 */
function ownedRoleEnd(words: readonly Word[], k: number, phrase: readonly Word[]): number {
  const owner = phrase[phrase.length - 1]
  if (!owner || !/['’]s$/u.test(owner.text)) return -1
  for (let i = k; i < words.length && i - k < MAX_OWNED_ROLE_WORDS; i++) {
    const word = words[i] as Word
    if (word.punct || /^\p{Lu}/u.test(word.text)) return -1
    // "Sarah's sister": kin are someone of the owner's too.
    if (KIN_NOUNS.has(word.lower)) return i
    if (isRoleNoun(word.lower) || PERSON_NOUNS.has(word.lower)) return lastRoleWord(words, i)
  }
  return -1
}

/**
 * The subject of the verb at word `k` as the words that open the sentence up
 * to it, when they read as one noun phrase, set off asides cut away: "The
 * influential delegate and conservative activist, who backs Cruz, warned".
 */
export function plainSubject(
  words: readonly Word[],
  k: number,
): { start: number; end: number } | null {
  const start = subjectStart(words)
  if (start < 0 || start >= k) return null
  let end = k
  while (end > start && isBetweenSourceAndCue(words, end - 1)) end--
  const phrase: Word[] = []
  for (let i = start; i < end; i++) {
    const word = words[i] as Word
    if (word.text === ',') break
    if (word.punct) return null
    if (SOURCE_STOPS.has(word.lower) && word.lower !== 'and') return null
    phrase.push(word)
  }
  if (phrase.length === 0 || phrase.length > MAX_SOURCE_WORDS) return null
  const first = phrase[0] as Word
  const last = phrase[phrase.length - 1] as Word
  if (!(DETERMINERS.has(first.lower) || /^\p{Lu}/u.test(first.text))) return null
  if (DETERMINERS.has(last.lower) || last.lower === 'and' || isPossessive(last.text)) return null
  return spanOf(phrase)
}

/**
 * Where the subject of a sentence starts: past opening marks, a dateline and an
 * opening phrase set off by a comma; -1 when such a phrase has no comma.
 */
function subjectStart(words: readonly Word[]): number {
  let k = 0
  // Past an opening quotation's marks and commas: "'Q1,' she said, adding: 'Q2'".
  while (k < words.length && (words[k] as Word).punct) k++
  k = pastDateline(words, k)
  if (CONJUNCTION_OPENERS.has(words[k]?.lower ?? '')) k++
  // "And then Trump went on the attack": a time adverb before the subject, without a comma.
  if (BARE_TIME_ADVERBS.has(words[k]?.lower ?? '') && opensSubject(words[k + 1])) k++
  // "On Monday he did so again": a day after "on", before the subject, without a comma.
  if (
    words[k]?.lower === 'on' &&
    ADJECTIVE_OPENERS.has(words[k + 1]?.lower ?? '') &&
    opensSubject(words[k + 2])
  )
    k += 2
  // Past an opening phrase: "In an interview with the Journal, Trump said", "However, he said".
  const opener = words[k]
  const participle = isOpeningParticiple(words, k)
  if (
    opener &&
    (SOURCE_STOPS.has(opener.lower) || SENTENCE_ADVERBS.has(opener.lower) || participle)
  ) {
    // The comma before a name or a pronoun ends it, past any inside it: "In a long, frank
    // interview, Lazar said"; else the first comma.
    // A place's state or country after its city is no subject: "At a rally in Portsmouth, N.H.,
    // on Tuesday, Sanders said".
    let first = -1
    let named = -1
    // Whether the words before the first comma are all of a time: "Late last month,".
    let timed = true
    for (let i = k + 1; i < words.length && i - k <= MAX_OPENING_WORDS; i++) {
      const word = words[i] as Word
      if (word.text !== ',') {
        if (first < 0) timed &&= isTimeWord(word)
        continue
      }
      if (first < 0) first = i
      // ("Pressed on the deadline, the envoy declined ... but said": a definite subject too.)
      if (!opensSubject(words[i + 1]) && !(participle && isDefiniteNoun(words, i + 1))) continue
      named = i
      if (!isPlaceAfterCity(words, i)) break
    }
    // A participle, "Early", "Late" or a weekday may be an adjective of the subject instead
    // ("Unnamed officials, speaking to reporters, said", "Early polls, taken before the debate,
    // showed"): it opens a phrase only before a name, or before times alone ("Late last month,").
    const mayBeAdjective = participle || ADJECTIVE_OPENERS.has(opener.lower)
    if (!mayBeAdjective || named >= 0 || (first >= 0 && timed)) {
      const comma = named >= 0 ? named : first
      if (comma < 0) return -1
      k = comma + 1
    }
  }
  // Past an opening time: "Hours later, Trump ...", "Two weeks ago, she ...".
  for (let i = k + 1; i < words.length && i - k <= MAX_TIME_OPENER_WORDS; i++) {
    if (words[i]?.text !== ',') continue
    return RELATIVE_TIME.has(words[i - 1]?.lower ?? '') ? i + 1 : k
  }
  return k
}

/** Whether word `i` is "the" before a word in lower case: "the envoy". */
function isDefiniteNoun(words: readonly Word[], i: number): boolean {
  return words[i]?.lower === 'the' && /^\p{Ll}/u.test(words[i + 1]?.text ?? '')
}

/** Whether `word` opens a subject: a capitalised word or a subject pronoun ("Bennett", "he"). */
function opensSubject(word: Word | undefined): boolean {
  return word !== undefined && (/^\p{Lu}/u.test(word.text) || SUBJECT_PRONOUNS.has(word.lower))
}

/** Openers that may be adjectives of the subject: "Early polls", "Late filers", "Sunday's debate". */
const ADJECTIVE_OPENERS: ReadonlySet<string> = new Set(['early', 'late', ...WEEKDAY_NAMES])

/**
 * Whether the comma at `i` sets off the state or country of a city: a
 * capitalised word before it, and a capitalised word or two after it that
 * another comma ends ("Portsmouth, N.H.,", "Salem, New Hampshire,").
 */
function isPlaceAfterCity(words: readonly Word[], i: number): boolean {
  if (!/^\p{Lu}/u.test(words[i - 1]?.text ?? '')) return false
  let j = i + 1
  while (j - i <= 3 && /^\p{Lu}/u.test(words[j]?.text ?? '')) j++
  return j > i + 1 && words[j]?.text === ','
}

/** Most words of an opening time phrase: "Less than two weeks later,". */
const MAX_TIME_OPENER_WORDS = 5

/** Time adverbs that open a sentence before its subject without a comma: "Then Trump said". */
const BARE_TIME_ADVERBS = new Set(['then', 'now', 'later', 'today', 'yesterday'])

/** Conjunctions that open a sentence before its subject: "Yet some voters ...". */
const CONJUNCTION_OPENERS = new Set(['yet', 'and', 'but', 'so'])

/** Words after which a subject goes on in an aside: "Jillian Chase, 27, ...", "voters who ...". */
const ASIDE_OPENERS = new Set([',', '(', 'who', 'which', 'whose'])

/**
 * The subject of a sentence whose verb comes after asides: "Marley Anderson,
 * 21, a junior from Las Vegas, said" / "some voters who have listened ...,
 * said" / "Mrs. Clinton's presidential campaign, which ..., said".
 */
export function subjectBeforeAside(words: readonly Word[]): { start: number; end: number } | null {
  const start = subjectStart(words)
  if (start < 0) return null
  const phrase: Word[] = []
  let k = start
  for (; k < words.length && phrase.length < MAX_SOURCE_WORDS; k++) {
    const word = words[k] as Word
    if (word.punct || SOURCE_STOPS.has(word.lower)) break
    if (SPEECH_VERBS.has(word.lower) && word.text === word.lower) return null
    phrase.push(word)
  }
  if (phrase.length === 0 || !ASIDE_OPENERS.has(words[k]?.lower ?? '')) return null
  return spanOf(phrase)
}

/** Most words of an opening phrase set off by a comma before the subject. */
const MAX_OPENING_WORDS = 20

/** Words that open a sentence before its subject. */
const SENTENCE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'still',
  'later',
  'earlier',
  'yesterday',
  'today',
  'last',
  'during',
  'despite',
  'among',
  'like',
  'under',
  'without',
  'amid',
  'separately',
  'instead',
  'indeed',
  'moreover',
  'then',
  'now',
  'once',
  'speaking',
  'asked',
  'writing',
  'early',
  'late',
  'besides',
  'given',
  'alongside',
  'beyond',
  'unlike',
  'against',
  'throughout',
  'within',
  'across',
  'behind',
  // "According to one senior figure, Ferreira told the squad ... and urged them".
  'according',
  // "Sunday morning, Clinton slammed ...".
  ...WEEKDAY_NAMES,
])

/** The word after a dateline ("WASHINGTON (AP) — ") that opens the first sentence, or `k`. */
function pastDateline(words: readonly Word[], k: number): number {
  let inParentheses = false
  // Whether the dateline opens with its place in capitals; whether the word before is of a
  // region in title case after it.
  const shouted = /^\p{Lu}{2,}$/u.test(words[k]?.text ?? '')
  let region = false
  for (let i = k; i < words.length && i - k < 10; i++) {
    const word = words[i] as Word
    // A hyphen ends a dateline after more than its place, or before a capital: "WASHINGTON - Sen.
    // Ted Cruz", not "NATO - the alliance - is". (Dashes as after a quote's signature.)
    const hyphenEnds = i - k >= 2 || /^\p{Lu}/u.test(words[i + 1]?.text ?? '')
    if (DASHES.has(word.text) && (word.text !== '-' || hyphenEnds)) return i > k ? i + 1 : k
    if (word.text === '(' || word.text === ')') inParentheses = word.text === '('
    // "PRESTON, Lancashire -", "BROKEN HILL, New South Wales -": a region in title case after
    // the place in capitals and its comma.
    region = shouted && TITLE_CASED.test(word.text) && (words[i - 1]?.text === ',' || region)
    // "ORLANDO, Fla. (Reuters) -": the place in capitals, then a state, a date or an agency.
    const fits =
      region ||
      word.punct ||
      word.text === word.text.toUpperCase() ||
      DATELINE_DATE.test(word.lower) ||
      (i > k && inParentheses) ||
      (words[i - 1]?.text === ',' && STATE_ABBREVIATION.test(word.text)) ||
      beforeAgency(words, i)
    if (!fits) return k
  }
  return k
}

/** A word in title case: "Lancashire", "Wales". */
const TITLE_CASED = /^\p{Lu}\p{Ll}/u

/** A state's abbreviation in a dateline, its full stop apart: "Fla", "Ill", "Calif". */
const STATE_ABBREVIATION = /^\p{Lu}\p{Ll}{1,4}$/u

/** Whether word `i` is a capitalised place before an agency in parentheses: "Washington (AFP) –". */
function beforeAgency(words: readonly Word[], i: number): boolean {
  if (!/^\p{Lu}/u.test(words[i]?.text ?? '')) return false
  let j = i + 1
  while (j - i <= 2 && /^\p{Lu}/u.test(words[j]?.text ?? '') && words[j]?.text !== '(') j++
  const agency = words[j + 1]?.text ?? ''
  return words[j]?.text === '(' && agency === agency.toUpperCase() && words[j + 2]?.text === ')'
}

/** Words of the date in a dateline: "WASHINGTON, Dec. 8 (UPI) —". */
const DATELINE_DATE =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/u

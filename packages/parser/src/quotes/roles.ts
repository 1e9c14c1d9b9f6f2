/**
 * What a pair of quotation marks does: quote someone (a direct quote, or a
 * partial one inside the writer's sentence), or set words off (scare quotes,
 * a title of a work, a nickname).
 */
import { STANCE_VERBS } from '../lexicon/speech.js'
import type { Quotation } from '../types.js'
import { isClaim, isCue, isNoun } from './cues.js'
import type { QuotedSpan } from './marks.js'
import { quoteSentence } from './quote-attribution.js'
import type { SegmentText } from './segment-text.js'
import { sentenceAt } from './sentences.js'
import { WordSet } from './word-set.js'
import { type Word, wordsBetween } from './words.js'

/** Quoted text without two letters in a row, or a handle, a link or a date. */
const NOT_WORDS = /^(?:[^\p{L}]*\p{L}?[^\p{L}]*|@\w+|https?:\S+|\d{4}-\d{2}-\d{2})$/u

const MAX_TITLE_WORDS = 6
/** Most words of a title named after the noun of a work or with a subtitle. */
const MAX_LONG_TITLE_WORDS = 14

/** Nouns of works, before the title they name: the film "Trainwreck", the anthem "A Change Is Gonna Come". */
const WORKS =
  'film|movie|feature|debut|sequel|drama|thriller|comedy|miniseries|screenplay|book|novel|novella|memoir|autobiography|biography|collection|anthology|trilogy|ad|video|song|single|album|track|anthem|hymn|ballad|show|sitcom|series|play|documentary|poem|article|column|essay|report|episode|podcast|programme|program|painting|opera|musical|hit'

/** Verbs whose object is a work: release "The Salt Harvest", starring in "Dune". */
const WORK_VERBS =
  'releas(?:e|es|ed|ing)|publish(?:es|ed|ing)?|premier(?:e|es|ed|ing)|screen(?:s|ed|ing)?|direct(?:s|ed|ing)|record(?:s|ed|ing)?|starr(?:ed|ing)(?:\\s+in)?|stars\\s+in'

const TITLE_BEFORE = new RegExp(
  `(?:\\b(?:on|of|in|to|for|with|from|the|his|her|their|its)|\\b(?:at|during)\\s+an?|[’']s?|\\b(?:${WORKS})|\\b(?:${WORK_VERBS}))\\s*,?\\s*$`,
  'iu',
)

const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'vs',
])

/** "... as a", "... as": a characterisation follows. */
const CHARACTERISED = /\bas(?:\s+(?:a|an))?\s*$/iu

/** Quotes at most this many words long without attribution are scare quotes or titles. */
const MAX_SCARE_WORDS = 4

/** Words that give a name to someone: "yoking him with the nickname 'Lyin' Ted'". */
const NICKNAMING = 'nicknamed|nickname|moniker'

const SO_CALLED = new RegExp(
  `\\b(?:so-called|dubbed|${NICKNAMING}|called|titled|entitled|named|known as(?:\\s+(?:the|a|an))?|(?<!\\b(?:in|kept|keep|keeps|keeping)\\s(?:\\S+\\s){0,3})\\b(?:a|an|the|this|that|another|his|her|their|its|our|\\p{L}+['’]s)\\s+(?:(?!(?:full|first|second|third|last|next|final|prison|jail)\\s)[\\p{Ll}-]+\\s+){0,2}(?:term|word|phrase|label)[,:]|term|word|phrase|label)\\s*$`,
  'iu',
)

/** What gives a nickname before it: "nicknamed", "known to everyone as" (up to three words between). */
const NICKNAMED = new RegExp(`\\b(?:${NICKNAMING}|known(?:\\s+[\\p{L}]+){0,3}?\\s+as)\\s*$`, 'iu')
/** A second name after a first one given so: 'Dubbed "DisGrace" or "Gucci Grace"'. */
const NAMED_TOO = new RegExp(
  `\\b(?:${NICKNAMING}|so-called|dubbed|called|known as)\\s*["“'‘][^"”'’]{1,30}["”'’],?\\s+(?:or|and)\\s*$`,
  'iu',
)

/**
 * Someone names a thing in their own words: "which he called 'an evil act'", "Mr. Hedge
 * dubbed", "what multiple lawmakers called 'fraud'", "which Apple's chief executive, Tim
 * Cook, called 'total political crap'".
 */
const SUBJECT_CALLS =
  /(?:\b(?:he|she|they|we|i|you|who)|\p{Lu}\p{Ll}+|\bwhat(?:\s[\p{Ll}-]+){1,3})(?:,\s[\p{Ll} ]{2,16},)?,?\s+(?:(?:has|had|have|once|often|repeatedly)\s+)?(?:called|dubbed|termed|labell?ed|branded|calls|dubs|terms|brands)(?:\s+(?:the|a|an))?\s*$/u

/** Who makes a work, and "of", before its title: the maker of "Fortnite", the author of "Beloved". */
const MAKER_OF =
  /\b(?:makers?|creators?|authors?|publishers?|developers?|producers?|writers?|directors?|stars?|hosts?)\s+of\s*$/iu

/** Works and "such as", before examples of them: songs such as "Texas Hold 'Em". */
const WORKS_SUCH_AS = new RegExp(`\\b(?:${WORKS})s?\\s+such as\\s*$`, 'iu')

/** An award and "for" before the work it was given for: "Palme d'Or for ", "an Oscar for ". */
const AWARDED_FOR =
  /(?:\b(?:prize|award|oscar|grammy|emmy|bafta|globe|or|nominated|nomination)|['’]s)\s+for\s*$/iu
/** A year in brackets right after a work's title: ' (1983)'. */
const YEAR_AFTER = /^\s?\((?:1[5-9]|20)\d\d\)/u
const YEAR_AFTER_REACH = 8

const WORK_BEFORE = new RegExp(`\\b(?:${WORKS})\\s*,?\\s*$`, 'iu')
/** After a title's closing mark, an aside of the noun of a work: ', a graphic memoir,'. */
const WORK_DESCRIBED_AFTER = new RegExp(
  `^[”"’']?,?[”"’']?\\s+(?:a|an|the|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*['’]s?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${WORKS})\\b`,
  'u',
)
const WORK_AFTER_REACH = 60

/**
 * A work named by its owner, its title set off after it whatever its case:
 * "Ouisa Davis' commentary, 'Melania, tell your immigrant story,' is ..."; not
 * after a preposition ("In his report, 'the agency failed,' she said").
 */
const OWNED_WORK = `(?:${WORKS}|commentary|op-ed|editorial)\\s*,\\s*$`
const OWNED_WORK_BEFORE = new RegExp(
  `(?:\\p{L}[’']s?|\\b(?:his|her|their|its))\\s+${OWNED_WORK}`,
  'iu',
)
const WORK_AFTER_PREPOSITION = new RegExp(
  `\\b(?:in|during|at|on|from|with|by|through)\\s+(?:\\S+\\s+){1,3}${OWNED_WORK}`,
  'iu',
)

/** Every word capitalised (short function words aside), at least two words. */
function isTitleCase(inner: string): boolean {
  const words = inner
    .replace(/[.,;:!?]+$/u, '')
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
  return (
    words.length >= 2 &&
    // "Texas Hold 'Em": a word may open with an apostrophe before its capital.
    words.every((word) => /^['’]?[\p{Lu}\p{N}]/u.test(word) || MINOR_WORDS.has(word))
  )
}

/**
 * How many runs of characters other than white space `text` has, as
 * `text.trim().split(/\s+/u).filter(Boolean).length` says, in one pass
 * without the arrays (every quoted span asks).
 */
function countRuns(text: string): number {
  let runs = 0
  let inRun = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const space =
      code < NON_ASCII
        ? code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN)
        : WHITE_SPACE.test(text.charAt(i))
    if (!space && !inRun) runs++
    inRun = !space
  }
  return runs
}

const NON_ASCII = 0x80
const SPACE = 0x20
const TAB = 0x09
const CARRIAGE_RETURN = 0x0d
const WHITE_SPACE = /^\s$/u

/** Whether the sentence around a quoted span has a reporting verb outside quotation marks. */
export function sentenceHasCue(text: SegmentText, span: QuotedSpan): boolean {
  const { start, end } = quoteSentence(text, span)
  const quoted = text.quoted
  const words = wordsBetween(text.words(), start, end)
  return words.some(
    (word, k) =>
      (isCue(words, k) || isStance(words, k) || isClaim(words, k)) && !quoted.within(word.start),
  )
}

/** The stance verbs, asked of every word around a quote. */
const STANCES = new WordSet(STANCE_VERBS)

/** A stance verb that is not a passive's participle: "backs", not "supported by". */
function isStance(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  return (
    STANCES.has(word.lower) &&
    !(word.lower.endsWith('ed') && words[k + 1]?.lower === 'by') &&
    !isNoun(words, k)
  )
}

/**
 * Whether the words before a quote (the 24 characters `before` it, and the
 * 48 `wider`) make it someone's characterisation: "described Putin as a
 * 'strong leader'", "which he called 'an evil act'".
 */
function isCharacterised(before: string, wider: string): boolean {
  return (CHARACTERISED.test(before) && !SO_CALLED.test(before)) || SUBJECT_CALLS.test(wider)
}

/** Whether `span` of `value` stands between the parts of a name: Marcia "Cia" Price. */
function isWithinName(value: string, span: QuotedSpan, before: string): boolean {
  return (
    /\p{Lu}[\p{L}.]*\s*$/u.test(before) &&
    /^\s*\p{Lu}/u.test(value.slice(span.close + 1, span.close + 4))
  )
}

/**
 * What the marks do: quote someone, or set off a word. `opening` is where the
 * text's own words open, past its dateline (0 when it has none).
 */
export function roleOf(
  value: string,
  span: QuotedSpan,
  starts: readonly number[],
  attributed: boolean,
  opening = 0,
): Quotation['role'] {
  const inner = value.slice(span.open + span.openLength, span.close)
  const words = countRuns(inner)
  const before = value.slice(Math.max(0, span.open - 24), span.open)
  // Room for an aside between a subject and its verb: "Rush Limbaugh, for one, called".
  const wider = value.slice(Math.max(0, span.open - 48), span.open)
  // Markup, handles, numbers and dates between marks (embedded posts) are nobody's words.
  if (NOT_WORDS.test(inner.trim())) return 'scare'
  // A programme or work named in Title Case: on Fox News' "Sunday Morning Futures"; longer
  // after the noun of a work or with a subtitle: a co-author of "Those Guys Have All the Fun:
  // Inside the World of ESPN."
  if (
    words <= MAX_LONG_TITLE_WORDS &&
    isTitleCase(inner) &&
    (TITLE_BEFORE.test(before) || WORKS_SUCH_AS.test(wider)) &&
    (words <= MAX_TITLE_WORDS || inner.includes(':') || WORK_BEFORE.test(before))
  )
    return 'title'
  if (OWNED_WORK_BEFORE.test(wider) && !WORK_AFTER_PREPOSITION.test(wider)) return 'title'
  // '"Gender Queer," Maia Kobabe's graphic memoir, was pulled': a title in Title Case that the
  // noun of a work set off after it describes.
  if (
    words <= MAX_LONG_TITLE_WORDS &&
    isTitleCase(inner) &&
    WORK_DESCRIBED_AFTER.test(value.slice(span.close, span.close + WORK_AFTER_REACH))
  )
    return 'title'
  // '"The Governor's Parrot" (1983)': a work in Title Case with its year after it.
  if (
    words <= MAX_LONG_TITLE_WORDS &&
    isTitleCase(inner) &&
    YEAR_AFTER.test(value.slice(span.close + 1, span.close + 1 + YEAR_AFTER_REACH))
  )
    return 'title'
  // One capitalised word named as a work: the film "Trainwreck", NBC's "Today", the maker of
  // "Fortnite", the Palme d'Or for "Parasite".
  if (
    words === 1 &&
    /^\p{Lu}/u.test(inner) &&
    (WORK_BEFORE.test(before) ||
      MAKER_OF.test(before) ||
      AWARDED_FOR.test(before) ||
      /\p{L}[’']s?\s*$/u.test(before))
  ) {
    return 'title'
  }
  // Only a short quote is asked whether it is a characterisation or within a name, below: a
  // longer one is not read so.
  const short = words <= MAX_SCARE_WORDS
  const characterised = short && isCharacterised(before, wider)
  const withinName = short && isWithinName(value, span, before)
  if (words === 1 && withinName) return 'nickname'
  if (words <= MAX_SCARE_WORDS && NICKNAMED.test(before)) return 'nickname'
  if (words <= MAX_SCARE_WORDS && NAMED_TOO.test(wider)) return 'nickname'
  const opensSentence = starts[sentenceAt(starts, span.open)] === span.open
  // (After a colon or a comma, or a dateline's dash: 'LONDON (Reuters) - "People lost their
  // homes," said ...'; not a dash inside a sentence, 'blamed one man — "Mayor Hale" —'.)
  const atSentenceStart =
    opensSentence ||
    /[:,][\s\p{Cf}]*$|^[\s\p{Cf}]*$/u.test(before.slice(-3)) ||
    (opening > 0 && span.open === opening)
  // '..., he said. "Everybody sues, right?"': a whole sentence quoted after another sentence, or
  // after a colon ('a new campaign message: "It's about me."').
  const afterColon = /:[\s\p{Cf}]*$/u.test(before) && words > 1
  // ('"For how long?"': a paragraph that is one quoted question, a turn of an exchange; not a
  // crosshead quoted in Title Case, "'All Bets Are Off.'", nor a slogan.)
  const wholeParagraph =
    span.open === 0 &&
    inner.trimEnd().endsWith('?') &&
    !isTitleCase(inner) &&
    value.slice(span.close + span.openLength).trim() === ''
  if (
    (span.open > 0 || wholeParagraph) &&
    (opensSentence || afterColon) &&
    /^\p{Lu}/u.test(inner) &&
    /[.?!]$/u.test(inner.trimEnd())
  )
    return 'direct'
  if (!attributed && !characterised && words <= MAX_SCARE_WORDS) {
    if (
      WORK_BEFORE.test(before) ||
      (/^\p{Lu}/u.test(inner) && words > 1 && /\p{Lu}/u.test(inner.split(/\s+/u).pop() ?? ''))
    ) {
      return 'title'
    }
    if (withinName) return 'nickname'
    return 'scare'
  }
  if (SO_CALLED.test(before) && !characterised && words <= MAX_SCARE_WORDS) return 'scare'
  // '"Courts have granted it before," Ribeiro said, "and the defense will cite those
  // precedents."': the quoted sentence goes on after the attribution that broke it.
  if (RESUMED_AFTER.test(value.slice(Math.max(0, span.open - RESUMED_REACH), span.open)))
    return 'direct'
  return atSentenceStart && /^[\p{Lu}\p{N}'‘"“…]/u.test(inner.trimStart()) ? 'direct' : 'partial'
}

/**
 * A quoted sentence broken off at a comma and an attribution set off by
 * commas, right before a quotation that goes on with it: ',” Ribeiro said, '.
 */
const RESUMED_AFTER =
  /,["\u201D'\u2019]\s+[^"\u201C\u201D.!?,]{1,60}\b(?:said|says|added|adds|wrote|writes|continued|explained|insisted|argued)(?:\s+\p{Ll}+){0,2},\s*$/u
/** Characters before a quotation read for {@link RESUMED_AFTER}. */
const RESUMED_REACH = 96

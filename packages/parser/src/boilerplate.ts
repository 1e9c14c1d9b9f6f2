/**
 * Blocks that are not the article: advertising, share, newsletter and social
 * prompts, "(Reporting by ...; Editing by ...)" and "Jane Doe contributed to this
 * report." credits, copyright lines and
 * marks without a word (a "." left where a photo was).
 * They leave the body but stay in the document with their positions.
 */
import { FURNITURE } from './lexicon/inserts.js'
import type { BoilerplateKind } from './types.js'

const BY_PHRASE = new Map<string, BoilerplateKind>()
for (const [kind, phrases] of Object.entries(FURNITURE)) {
  for (const phrase of phrases) BY_PHRASE.set(phrase, kind as BoilerplateKind)
}

/** Longer than any furniture phrase; also keeps the trailing-run regex short. */
const MAX_PHRASE_LENGTH = 64
const MAX_CREDITS_LENGTH = 400
const MAX_PROMPT_LENGTH = 160
const PROMPT = /^(?:click here|tap here|sign up|subscribe)\b/iu
const CREDITS =
  /^\(?\s*(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by|with\s+files\s+from)\b/iu
/**
 * A credit line's first sentence: "Jane Doe contributed to this report.", "AP writer John Roe
 * contributed reporting from Kyiv." (not "Jane Smith, who contributed to the report, said").
 */
const CONTRIBUTED =
  /^[^;]{1,200}?\bcontributed (?:additional )?(?:reporting|research|to (?:this|the) (?:report|story|article))(?: from [^;]{1,80}?)?(?:[.;]|$)/iu
/**
 * The words {@link CONTRIBUTED} cannot match without: a search for them is
 * quick, where the pattern's lazy run from the start tries its phrase at
 * each of up to 200 characters of every paragraph.
 */
const CONTRIBUTED_WORD = /contributed /iu
/** A credit line quotes no one. */
const QUOTATION_MARK = /["“”«»]/u
const MAX_CONTRIBUTED_LENGTH = 300
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/iu
/** A paper's note on its print edition: "A version of this article appears in print on ..., on Page A22". */
const PRINT_EDITION =
  /^an? (?:version|earlier version) of this (?:article|story) (?:appears|appeared) in print\b/iu
/**
 * A wire service's note on who funds a desk: "The Associated Press Health and
 * Science Department receives support from ... The AP is solely responsible
 * for all content."
 */
const FUNDING_NOTE =
  /^(?:the )?(?:associated press|ap)\b(?:[^.]{0,100}?\breceives (?:financial )?support\b|[^]{0,200}?\bis solely responsible for all content\b)/iu
/**
 * A note on where the story first ran: "This report by The Canadian Press was
 * first published July 14, 2025.", "This article was originally published on
 * The Conversation."
 */
const FIRST_PUBLISHED =
  /^this (?:report|story|article)(?: by [^.]{1,60}?)? was (?:first|originally) published\b/iu
/** A wire's note on what a new version changes: "(Updates with analyst comment in 13th paragraph.)". */
const UPDATE_NOTE =
  /^\((?:updates|adds|recasts|corrects|changes|rewrites|writes through|refiles|fixes)\s+(?:with\b|throughout\b|[^()]{0,120}\b(?:paragraph|para|graf|headline|byline|dateline)s?\b)[^()]{0,200}\)$/iu
/** A credit for help with a story: "— With assistance from Nathan Oduya". */
const ASSISTANCE = /^[—–-]{1,2}\s*with (?:assistance|reporting) from\b/iu
/** Agencies credited in brackets alone: "(ABC/AAP)", "(AP/Reuters)". */
const AGENCY_CREDIT = /^\(\p{Lu}[\p{L}.]{1,12}(?:\s*\/\s*\p{Lu}[\p{L}.]{1,12}){1,3}\)$/u
/** An author's contact line: "Contact Jamie L. LaReau: jlareau@freepress.com. Follow her on X @jlareau." */
const CONTACT_LINE = /^(?:contact|email|reach) [^:@\n]{1,60}?(?::| at) \S+@\S+/iu
/**
 * A contact line alone, a name and an address at its end, as Bloomberg's follow "To contact
 * ...": "Katrin Vogel in Frankfurt at kvogel@bloomberg.net"; no one's words.
 */
const CONTACT_ADDRESS =
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3}(?: in \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})? at [^\s@]+@[^\s@]+\.\p{L}{2,}\.?$/u
/** Bloomberg's: "To contact the reporter on this story: ...", "To contact the editors responsible for this story: ...". */
const CONTACT_REPORTER =
  /^to contact the (?:reporters?|editors?|authors?) (?:on|of|for|responsible for) this (?:story|article)\b/iu
/**
 * An author's line at a story's end: their name, then what they cover or
 * are ("covers city government for", "writes about energy", "is a staff
 * writer at"), with a way to reach them ({@link CONTACT_WORDS}).
 */
const AUTHOR_TAGLINE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:covers|writes about|reports on|is an? (?:[\p{Ll}-]+ ){0,3}(?:reporter|writer|correspondent|columnist|editor|journalist)\b)/u
/** A sentence that tells how to reach them, or an e-mail address: "Contact her at", "Follow him on". */
const CONTACT_WORDS = /(?:^|[.!?] )(?:Contact|Follow|Email|Reach) (?:him|her|them)\b|\S@\S+\.\S/u
/** A short label, a colon and a web address alone: "AP soccer: https://apnews.com/hub/soccer". */
const LABELLED_LINK = /^[\p{L}\p{N}][\p{L}\p{N} &'’.-]{0,40}:\s*https?:\/\/\S+$/u
const TRAILING_PUNCTUATION = /[\s.:!›»>]+$/u
const CASE_BIT = 0x20
const LOWER_A = 0x61
const LOWER_C = 0x63
const LOWER_E = 0x65
const LOWER_R = 0x72
const LOWER_T = 0x74
const OPEN_PAREN = 0x28

/** A letter or a digit: a block without one ("." left by a removed image) says nothing. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u

/** The kind of boilerplate `value` (a reflowed block) is, or null for article text. */
export function classifyBoilerplate(value: string): BoilerplateKind | null {
  if (!WORD_CHARACTER.test(value)) return 'other'
  if (value.length <= MAX_PHRASE_LENGTH) {
    const furniture = BY_PHRASE.get(value.toLowerCase().replace(TRAILING_PUNCTUATION, ''))
    if (furniture) return furniture
  }
  if (value.length <= MAX_PROMPT_LENGTH && PROMPT.test(value)) return 'promotion'
  if (value.length <= MAX_CREDITS_LENGTH && CREDITS.test(value)) return 'credits'
  if (
    value.length <= MAX_CONTRIBUTED_LENGTH &&
    CONTRIBUTED_WORD.test(value) &&
    CONTRIBUTED.test(value) &&
    !QUOTATION_MARK.test(value)
  )
    return 'credits'
  if (value.length <= MAX_CREDITS_LENGTH && COPYRIGHT.test(value)) return 'copyright'
  // (Each pattern is tried only on a block that opens with a letter its match opens with.)
  const opener = value.charCodeAt(0) | CASE_BIT
  if (
    value.length <= MAX_CREDITS_LENGTH &&
    (((opener === LOWER_C || opener === LOWER_E || opener === LOWER_R) &&
      CONTACT_LINE.test(value)) ||
      ((opener === LOWER_T || opener === LOWER_A) && FUNDING_NOTE.test(value)) ||
      // "Rachel Okafor covers city government for The Springdale Sentinel. Contact her at ...".
      (CONTACT_WORDS.test(value) && AUTHOR_TAGLINE.test(value))) &&
    !QUOTATION_MARK.test(value)
  )
    return 'credits'
  if (opener === LOWER_T && value.length <= MAX_CREDITS_LENGTH && CONTACT_REPORTER.test(value))
    return 'credits'
  // "Katrin Vogel in Frankfurt at kvogel@bloomberg.net": the contact line after it.
  if (value.length <= MAX_PROMPT_LENGTH && value.includes('@') && CONTACT_ADDRESS.test(value))
    return 'credits'
  // "AP soccer: https://apnews.com/hub/soccer": a link to a site's page of more, no article text.
  if (value.length <= MAX_PROMPT_LENGTH && LABELLED_LINK.test(value)) return 'promotion'
  if (value.length <= MAX_CREDITS_LENGTH && PRINT_EDITION.test(value)) return 'pageFurniture'
  if (value.length <= MAX_CREDITS_LENGTH && FIRST_PUBLISHED.test(value)) return 'pageFurniture'
  if (value.length <= MAX_PROMPT_LENGTH && ASSISTANCE.test(value)) return 'credits'
  // The notes in brackets: not one of their patterns is compiled for an article without one.
  if (value.charCodeAt(0) !== OPEN_PAREN) return null
  if (value.length <= MAX_CREDITS_LENGTH && UPDATE_NOTE.test(value)) return 'pageFurniture'
  if (value.length <= MAX_PROMPT_LENGTH && AGENCY_CREDIT.test(value)) return 'credits'
  if (value.length <= MAX_PROMPT_LENGTH && CURRENCY_NOTE.test(value)) return 'other'
  return null
}

/**
 * A wire's note of an exchange rate, in brackets at the story's end, with a
 * currency's sign or code, or its name on both sides: "($1 = 87.8800 Indian
 * rupees)", "(£1 = $1.2710)", "(1 Swiss franc = $1.13)", "(USD 1 = INR
 * 83.25)", "(1 US dollar = 0.92 euro)"; not "(1 = 100 basis points)".
 */
const CURRENCY_NOTE = new RegExp(
  String.raw`^\((?:` +
    String.raw`(?:[$\u00a3\u20ac\u00a5]|US\$|[A-Z]{3} )1(?: \p{L}{1,20}){0,2} = (?:[$\u00a3\u20ac\u00a5]|US\$|[A-Z]{3} )?[\d.,]+(?: \p{L}{1,20}){0,3}` +
    String.raw`|1(?: \p{L}{1,20}){1,2} = (?:[$\u00a3\u20ac\u00a5]|US\$|[A-Z]{3} )[\d.,]+(?: \p{L}{1,20}){0,3}` +
    String.raw`|1(?: \p{L}{1,20}){1,2} = [\d.,]+(?: \p{L}{1,20}){1,3}` +
    String.raw`)\)$`,
  'u',
)

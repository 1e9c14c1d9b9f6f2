/**
 * A common noun that opens a sentence, which the tagger read as a person's
 * name where it is unsure ("Inexperience cost them the game", "Footage
 * showed"): one word that no list knows as a name or a place, that the
 * document names nowhere else, before a word in lower case that is no verb
 * of speech, and which ends as common words do; or any such word that opens
 * a headline in sentence case ("Bathroom bill sparks lawsuit"). Real people
 * are named in full first ("Dorothy Kessler"), or known to the lists, or say
 * something ("Kessler said"), and a headline's are named in the story too.
 */
import type { RuledName } from './rules.js'
import { PERSON_ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles.js'
import { lexicon } from './lexicon.js'
import { WordSet } from './words.js'
import { isReportingVerb } from './reporting.js'
import { isLowerWord, isMark, TokenFlag, textAt } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/**
 * Endings of English common nouns, adjectives and adverbs that surnames lack,
 * in words of seven letters or more: "Humility", "Inexperience", "Footage",
 * "Generous", "Hastily", "Malware". (Not "-ing": "Keating then told", "Harding
 * threw".)
 */
const COMMON_ENDING =
  /^(?=\p{L}{7,}$)\p{L}+(?:ness|ity|tion|sion|ment|ence|ance|ous|ive|ful|able|ible|ism|ware|age|ally|ily|tely)$/u

/** Participles that open a sentence as prepositions do: "Excluding items, the company earned". */
const PREPOSITIONS = new WordSet(['excluding', 'including', 'barring', 'pending', 'regarding'])

/** Endings of nouns that no verb has: "inflation", "growth" is none ("Core inflation"). */
const NOUN_ENDING = /^\p{Ll}{4,}(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|hood)$/u

/** The words of people's roles and titles: "Counsel", "Principal". */
const ROLES = new WordSet([...TITLE_WORDS, ...PERSON_ROLE_NOUNS])

/** How sure the tagger may be of a person for the rule to overrule it. */
const MAX_CONFIDENCE = 0.8
/** The same before a noun that the name would modify ("Core inflation"). */
const MAX_MODIFIER_CONFIDENCE = 0.95
/** A noun a leader's name modifies: "Milei administration officials said". */
const ADMINISTRATION = new WordSet(['administration'])

/** The names of `names` that are such openers. */
export function loneOpeners(doc: DocumentView, names: readonly RuledName[]): Set<RuledName> {
  const found = new Set<RuledName>()
  const tokens = doc.tokens
  let counts: Map<number, number> | null = null
  for (const name of names) {
    if (name.first !== name.last || name.confidence >= MAX_MODIFIER_CONFIDENCE) continue
    const view = doc.texts[name.text] as TextView
    // (A headline of one word typed a body too: "Wildfire".)
    if (name.type !== 'PER' && !(view.headline && name.type === 'ORG' && view.to - view.from === 1))
      continue
    if (view.caps || view.titleCase) continue
    const k = view.from + name.first
    // "Bathroom bill sparks lawsuit": a headline in sentence case, its first word only.
    if (view.headline && k !== view.from) continue
    const flags = tokens.flags[k] as number
    if (!(flags & TokenFlag.sentenceStart) || flags & TokenFlag.allCaps) continue
    // (Or a comma and a word in lower case: "Insecurity, corruption and theft", "Backstage, he".)
    const next = isMark(tokens, k + 1, ',') && k + 2 < view.to ? k + 2 : k + 1
    // (A headline may be the one word: "Wildfire".)
    const alone = view.headline && next >= view.to
    // A role's word, which says who speaks as well as anything: "Counsel assisting the inquiry",
    // "Counsel said".
    const role = ROLES.hasToken(tokens, k)
    if (
      !alone &&
      (next >= view.to || !isLowerWord(tokens, next) || (!role && isReportingVerb(tokens, next)))
    )
      continue
    const hash = tokens.hash[k] as number
    const { firstNames, known, lastNames, surnames } = lexicon()
    if (known.has(hash) || firstNames.has(hash) || lastNames.has(hash) || surnames.has(hash))
      continue
    if (role) {
      found.add(name)
      continue
    }
    counts ??= wordCounts(doc, names)
    if ((counts.get(hash) ?? 0) !== 1) continue
    // A common noun's ending ("Humility", "Footage", "Destruction"), which a surname named once
    // alone ("Bessent was upbeat", "Waltz took responsibility", "Bayless has not said") has not.
    // (Any word opening a headline that the story never names again: a headline names people
    // the story names too.)
    // ("Core inflation, which strips out food prices": a word before a noun of an ending no
    // verb has, the noun's modifier, though the tagger be surer; not "Milei administration".)
    const modifier =
      next === k + 1 &&
      NOUN_ENDING.test(textAt(doc.tokens, next)) &&
      !ADMINISTRATION.hasToken(tokens, next)
    if (name.confidence >= MAX_CONFIDENCE && !modifier) continue
    if (
      view.headline ||
      COMMON_ENDING.test(textAt(doc.tokens, k)) ||
      modifier ||
      PREPOSITIONS.hasToken(tokens, k)
    )
      found.add(name)
  }
  return found
}

/**
 * How many names of `names` hold each word, by the word's key (its token's
 * hash): people's names and names of one word (not "Tourism" of "World
 * Travel and Tourism Council", a body's common word).
 */
function wordCounts(doc: DocumentView, names: readonly RuledName[]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const name of names) {
    if (name.type !== 'PER' && name.first !== name.last) continue
    const from = (doc.texts[name.text] as TextView).from
    for (let k = from + name.first; k <= from + name.last; k++) {
      const key = doc.tokens.hash[k] as number
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
}

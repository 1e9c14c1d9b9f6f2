/**
 * Parties named by a qualifier and their members' word ("the Social
 * Democrats", "the Christian Democrats", "a Liberal Democrat"; not "New
 * Democrats", as often the newly elected), which the
 * tagger reads as two names or as an other name: the party an organisation,
 * its member an other name, as "Democrats" and "Democrat" alone are.
 */
import { isLowerWord, isMark, TokenFlag, type Tokens } from './tokenize.js'
import { joinedWithPrevious, type TaggedName } from './tagger.js'
import type { DocumentView, TextView } from './view.js'
import { PARTY_MEMBERS, WordSet } from './words.js'

/** `names` (in reading order) with each such party's or member's name whole and typed. */
export function withPartyNamesJoined(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const typed = (name: TaggedName): TaggedName => {
    const from = (doc.texts[name.text] as TextView).from
    // "A Liberal Democrat MP": the qualifier the tagger left out, before the word.
    const first =
      name.first === name.last && name.first > 0 && isQualifier(tokens, from + name.first - 1)
        ? name.first - 1
        : name.first
    if (name.last !== first + 1 || !isQualifier(tokens, from + first)) return name
    const type = partyWordType(tokens, from + name.last)
    // (Sure of it: no rule after makes "Christian Democrats" a person's name again.)
    return type === null ? name : { ...name, first, type, sureness: 1 }
  }
  return joinedWithPrevious(names, (before, name) => {
    const adjacent =
      before.text === name.text && before.first === before.last && name.first === before.last + 1
    if (!adjacent || name.first !== name.last) return null
    const joined = { ...before, last: name.last }
    const party = typed(joined)
    return party === joined ? null : party
  })
    .map((name) => typed(name))
    .reduce<TaggedName[]>((joined, name) => {
      // "Janata Dal (United)", "Communist Party of India (Marxist)": the party's qualifier in
      // brackets after its name, which the tagger read as a name of its own.
      const before = joined.at(-1)
      const k = (doc.texts[name.text] as TextView).from + name.first
      if (
        before?.text === name.text &&
        name.first === name.last &&
        name.first === before.last + 2 &&
        isMark(tokens, k - 1, '(') &&
        isMark(tokens, k + 1, ')') &&
        BRACKETED.hasToken(tokens, k)
      )
        joined[joined.length - 1] = { ...before, last: name.last + 1, type: 'ORG', sureness: 1 }
      else joined.push(name)
      return joined
    }, [])
}
/** Qualifiers of a party in brackets after its name. */
const BRACKETED = new WordSet(['united', 'secular', 'marxist', 'maoist', 'socialist'])

/** The type of a name that ends in party word `k`: its members' plural, a party; else a member. */
function partyWordType(tokens: Tokens, k: number): 'ORG' | 'MISC' | null {
  if (isLowerWord(tokens, k)) return null
  if (PARTY_PLURALS.hasToken(tokens, k)) return 'ORG'
  return PARTY_MEMBERS.hasToken(tokens, k) ? 'MISC' : null
}
/**
 * Whether token `k` is a capitalised word of {@link QUALIFIERS}; "Liberal"
 * not where it opens a sentence ("Liberal Democrats in the House pushed", the
 * party's wing).
 */
function isQualifier(tokens: Tokens, k: number): boolean {
  if (isLowerWord(tokens, k) || !QUALIFIERS.hasToken(tokens, k)) return false
  return !((tokens.flags[k] as number) & TokenFlag.sentenceStart) || !LIBERAL.hasToken(tokens, k)
}
const LIBERAL = new WordSet(['liberal'])
/** Words that qualify a party's members' word in its name: "Social", "Christian". */
const QUALIFIERS = new WordSet(['social', 'christian', 'free', 'liberal'])
const PARTY_PLURALS = new WordSet(['democrats', 'republicans'])

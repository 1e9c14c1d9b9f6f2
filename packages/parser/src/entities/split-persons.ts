/**
 * A person's name the tagger cut in two: "LeBron James", where a first name
 * it does not know, in a shape it reads as a body's ("LeBron", "DeAndre"),
 * is typed an organisation and the surname after it a person (or nothing,
 * when the lists know it as a surname: at a sentence's start mostly). A one-word
 * organisation right before a person's name, with nothing between them, that
 * no list knows as a body or a place and that is no word usually written in
 * lower case ("Team Clinton", "Former Reagan", "House Democrats"), is the
 * person's first name. And a first name that the tagger left alone before a
 * middle initial and a surname ("Peter | T. King") is one name with them, as
 * is a first name alone before a capitalised word that the document names a
 * person alone elsewhere ("Jason | Beer KC", then "Mr Beer"); and a name the
 * lists know, left out at the start of a sentence, opens the surname alone
 * after it ("Novak | Djokovic").
 */
import { NAME_FORMS_OF_ADDRESS } from '../lexicon/address.js'
import { lexicon } from './lexicon.js'
import type { TaggedName } from './tagger.js'
import { hashOf } from './hash.js'
import { isInitialAt, isNameCased, lowerAt, TokenFlag, type Tokens } from './tokenize.js'
import { WordSet } from './words.js'
import type { CommonWords, DocumentView, TextView } from './view.js'

/** `names` (in reading order) with a first name typed apart joined to its person's name. */
export function withSplitPersonsJoined(
  doc: DocumentView,
  names: TaggedName[],
  common: CommonWords,
): TaggedName[] {
  const tokens = doc.tokens
  const { organizations, places, known, firstNames, lastNames, surnames } = lexicon()
  const joined: TaggedName[] = []
  let lonePeople: Set<number> | null = null
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as TaggedName
    const next = names[i + 1]
    const view = doc.texts[name.text] as TextView
    if (name.type === 'ORG' && name.first === name.last) {
      const k = view.from + name.first
      const hash = tokens.hash[k] as number
      const firstName =
        isNameCased(tokens, k) &&
        !isCommonWord(tokens, k, common) &&
        !organizations.has(hash) &&
        !places.has(hash) &&
        !known.has(hash)
      const untagged = !(next?.text === name.text && next.first === name.last + 1)
      if (firstName && !untagged && (next as TaggedName).type === 'PER') {
        joined.push({
          ...(next as TaggedName),
          first: name.first,
          sureness: Math.min(name.sureness, (next as TaggedName).sureness),
        })
        i++
        continue
      }
      // "LeBron James scored", "top Mitt Romney fund-raisers": the tagger may leave the surname
      // out, at a sentence's start mostly.
      if (
        firstName &&
        untagged &&
        k + 1 < view.to &&
        isNameCased(tokens, k + 1) &&
        (lastNames.has(tokens.hash[k + 1] as number) || surnames.has(tokens.hash[k + 1] as number))
      ) {
        joined.push({ ...name, type: 'PER', last: name.last + 1 })
        continue
      }
    }
    // "Peter | T. King": a middle initial and a surname the tagger left out after a first name
    // (it reads "King" as a title).
    const initial = view.from + name.last + 1
    if (
      name.type === 'PER' &&
      initial + 1 < view.to &&
      isInitialAt(tokens, initial) &&
      isNameCased(tokens, initial + 1) &&
      firstNames.has(tokens.hash[initial - 1] as number) &&
      !(next?.text === name.text && next.first === name.last + 2 && next.type !== 'PER')
    ) {
      joined.push({ ...name, last: name.last + 2 })
      if (next?.text === name.text && next.first === name.last + 2 && next.last === next.first) i++
      continue
    }
    // "Novak | Djokovic, a seven-time champion, lost": a name the lists know, left out at the
    // start of a sentence, before a surname alone.
    const opener = view.from + name.first - 1
    if (
      name.type === 'PER' &&
      name.first === name.last &&
      opener >= view.from &&
      (tokens.flags[opener] as number) & TokenFlag.sentenceStart &&
      isNameCased(tokens, opener) &&
      !isCommonWord(tokens, opener, common) &&
      (firstNames.has(tokens.hash[opener] as number) ||
        lastNames.has(tokens.hash[opener] as number)) &&
      !(joined.at(-1)?.text === name.text && (joined.at(-1) as TaggedName).last >= name.first - 1)
    ) {
      joined.push({ ...name, first: name.first - 1 })
      continue
    }
    // "counsel to the inquiry, Jason | Beer KC. Mr Beer asked": a surname the tagger took for a
    // common word after a first name, which the document names alone as a person elsewhere.
    const surname = view.from + name.last + 1
    if (
      name.type === 'PER' &&
      name.first === name.last &&
      surname < view.to &&
      isNameCased(tokens, surname) &&
      !((tokens.flags[surname] as number) & TokenFlag.sentenceStart) &&
      !(next?.text === name.text && next.first === name.last + 1) &&
      firstNames.has(tokens.hash[surname - 1] as number)
    ) {
      lonePeople ??= lonePersonKeys(doc, names)
      if (lonePeople.has(tokens.hash[surname] as number)) {
        joined.push({ ...name, last: name.last + 1 })
        continue
      }
    }
    joined.push(name)
  }
  return joined
}

/**
 * The keys of the people's names of one word among `names`, maybe after a
 * form of address (the names are not trimmed yet): "Beer" of "Mr Beer".
 */
function lonePersonKeys(doc: DocumentView, names: readonly TaggedName[]): Set<number> {
  const keys = new Set<number>()
  for (const name of names) {
    if (name.type !== 'PER' || name.last - name.first > 1) continue
    const from = (doc.texts[name.text] as TextView).from
    if (name.last > name.first && !ADDRESSES.hasToken(doc.tokens, from + name.first)) continue
    keys.add(doc.tokens.hash[from + name.last] as number)
  }
  return keys
}
const ADDRESSES = new WordSet(NAME_FORMS_OF_ADDRESS)

/**
 * A word usually written in lower case, or a plural or a gerund of one:
 * "Team", "Justices", "Asserting".
 */
export function isCommonWord(tokens: Tokens, k: number, common: CommonWords): boolean {
  if (common.has(tokens.hash[k] as number)) return true
  const lower = lowerAt(tokens, k)
  return lower.endsWith('ing') || (lower.endsWith('s') && common.has(hashOf(lower.slice(0, -1))))
}

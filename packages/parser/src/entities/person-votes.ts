/**
 * Person votes that the tagger's own votes miss, from what the document
 * says elsewhere: a longer name that ends in a person's full name ("Aung San
 * Suu Kyi" beside "Suu Kyi"), and a name that opens with a first name and
 * has a middle initial or a surname the document votes a person.
 */
import type { TaggedName } from './tagger.js'
import { lexicon } from './lexicon.js'
import { NOT_SURNAMES, PERSON, settle, type Tally } from './tally.js'
import { nameKey, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** Votes that make a person's name sure enough to lend its type (as a name looked for elsewhere). */
const MIN_PERSON_VOTES = 0.6

/** Adds the person votes of the document's evidence to `votes` (by the keys of `names`). */
export function votePersonNames(
  doc: DocumentView,
  names: readonly TaggedName[],
  keys: readonly number[],
  votes: Map<number, Tally>,
): void {
  votePersonTails(doc, names, keys, votes)
  voteFirstNames(doc, names, keys, votes)
}

/**
 * A longer name that ends in the full name of a person the document names
 * ("Aung San Suu Kyi" after "Suu Kyi" three times) is that person: it gets
 * the person votes of its tail.
 */
function votePersonTails(
  doc: DocumentView,
  names: readonly TaggedName[],
  keys: readonly number[],
  votes: Map<number, Tally>,
): void {
  names.forEach((name, i) => {
    if (name.last - name.first < MIN_TAIL_WORDS) return
    const tally = votes.get(keys[i] as number)
    if (!tally || tally.type === PERSON) return
    const last = (doc.texts[name.text] as TextView).from + name.last
    const tail = votes.get(nameKey(doc.tokens, last - MIN_TAIL_WORDS + 1, last))
    if (!tail || tail.type !== PERSON || tail.total < MIN_PERSON_VOTES) return
    tally.votes[PERSON] = (tally.votes[PERSON] as number) + (tail.votes[PERSON] as number)
    settle(tally)
  })
}
/** The tail of a longer name that is a person's full name has two words at least. */
const MIN_TAIL_WORDS = 2

/**
 * A name of a few capitalised words that opens with a first name and ends
 * in the surname of a person of the document ("Megyn Kelly" with "Kelly
 * said"), or has a middle initial ("Roberta A. Kaplan"), is a person: the
 * tagger's organisation or place loses to as many person votes. A first
 * name the gazetteer lacks counts in a name of two words whose surname the
 * document votes a person ("Barack Obama" with "Mr. Obama"), when the article
 * never writes it in lower case nor names it alone.
 */
function voteFirstNames(
  doc: DocumentView,
  names: readonly TaggedName[],
  keys: readonly number[],
  votes: Map<number, Tally>,
): void {
  const { firstNames, places, placeStarts } = lexicon()
  const tokens = doc.tokens
  names.forEach((name, i) => {
    const words = name.last - name.first + 1
    if (words < 2 || words > MAX_PERSON_WORDS) return
    const tally = votes.get(keys[i] as number)
    if (!tally || tally.type === PERSON) return
    const from = (doc.texts[name.text] as TextView).from
    const first = from + name.first
    const last = from + name.last
    const opening = tokens.hash[first] as number
    if (places.has(opening) || placeStarts.has(opening) || votes.has(opening)) return
    // A first name the gazetteer lacks ("Barack") is a word the article never writes in lower case.
    const known = firstNames.has(opening)
    if (!known && (words > 2 || doc.lowerSeen.has(opening))) return
    let initial = false
    for (let k = first + 1; k <= last; k++) {
      const flags = tokens.flags[k] as number
      if (!(flags & TokenFlag.capitalised) || NOT_SURNAMES.has(tokens.hash[k] as number)) return
      if (isInitial(tokens, k)) initial = true
    }
    const surname = votes.get(tokens.hash[last] as number)
    const personSurname =
      surname !== undefined && surname.type === PERSON && surname.total >= MIN_PERSON_VOTES
    if (!(personSurname || (initial && known))) return
    tally.votes[PERSON] = (tally.votes[PERSON] as number) + tally.total
    settle(tally)
  })
}
/** The most words of a person's name read this way ("Glenn Harlan Reynolds", "Gene B. Sperling"). */
const MAX_PERSON_WORDS = 4

/** Token `k` is a middle initial: a capital and a full stop ("B."). */
function isInitial(tokens: Tokens, k: number): boolean {
  const end = tokens.end[k] as number
  if (end - (tokens.start[k] as number) !== INITIAL_LENGTH) return false
  return (tokens.values[tokens.text[k] as number] as string).charCodeAt(end - 1) === FULL_STOP
}
const INITIAL_LENGTH = 2
const FULL_STOP = 0x2e

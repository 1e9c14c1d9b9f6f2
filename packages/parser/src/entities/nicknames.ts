/**
 * A person's name with a nickname in quotation marks between the given name
 * and the surname: "Rajendra "Raju" Paswan", "Joaquin “El Chapo” Guzman". The
 * tagger reads the parts apart: a person "Rajendra", the nickname a name of
 * its own, and the surname alone, which then joins any other person of that
 * surname ("Vikram Paswan") with every quote of the first. Here the three are
 * one person's name, as written; its given name and surname key it.
 */
import { lexicon } from './lexicon.js'
import type { TaggedName } from './tagger.js'
import { isInitialAt, isMark, isNameCased, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** Marks that open and close a nickname: straight and curly, double and single. */
const OPENING_MARKS = '"\u201C\u2018\''
const CLOSING_MARKS = '"\u201D\u2019\''

/** Most words of a nickname: "El Chapo", "The Rock", "Chhote Sarkar". */
const MAX_NICKNAME_WORDS = 3

/** Most words of the surname after the nickname. */
const MAX_SURNAME_WORDS = 2

/** `names` (in reading order) with each given name, nickname and surname joined into one person's. */
export function withNicknamesJoined(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const tokens = doc.tokens
  const joined: TaggedName[] = []
  // The last words of the names the tagger read as people's, made when first asked.
  let personKeys: Set<number> | null = null
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as TaggedName
    const view = doc.texts[name.text] as TextView
    const close = nicknameEnd(tokens, view, name)
    if (close < 0) {
      joined.push(name)
      continue
    }
    // The names the tagger read inside the marks ("El Chapo") are the nickname's words.
    let j = i + 1
    while (j < names.length && isWithin(names[j] as TaggedName, name.text, view.from, close)) j++
    // (Or a name read from inside the marks across the closing one: 'Raju" Paswan', whose
    // surname is the part after the mark.)
    const next = names[j]
    const across =
      next !== undefined &&
      next.text === name.text &&
      view.from + next.first < close &&
      view.from + next.last > close
    const surname = across ? { ...next, first: close + 1 - view.from } : next
    // (A given name the tagger read as no person's and the lists do not know joins only a surname
    // the tagger read as a person's: 'Vikram "Vicky" Rathore'.)
    const given =
      name.type === 'PER' || lexicon().firstNames.has(tokens.hash[view.from + name.first] as number)
    const tagged =
      surname !== undefined &&
      (given || surname.type === 'PER') &&
      surname.text === name.text &&
      view.from + surname.first === close + 1 &&
      surname.last - surname.first < MAX_SURNAME_WORDS &&
      isNameCased(tokens, view.from + surname.first)
    if (tagged) {
      joined.push({
        ...surname,
        first: name.first,
        type: 'PER',
        sureness: Math.min(name.sureness, surname.sureness),
      })
      i = j
      continue
    }
    // A surname the tagger did not read ('Police said Rajendra "Raju" Paswan was arrested'):
    // the words in capitals right after the closing mark, the pattern's own evidence, after a
    // given name the lists know, in a text whose capitals say so (no headline in title case).
    // (Or a surname the tagger read as a person's elsewhere: 'Vikram "Vicky" Rathore ... Rathore
    // said', where the lists know no "Vikram".)
    personKeys ??= new Set(
      names
        .filter((other) => other.type === 'PER')
        .map((other) => {
          const from = (doc.texts[other.text] as TextView).from
          return tokens.hash[from + other.last] as number
        }),
    )
    if (
      view.titleCase ||
      view.caps ||
      !(given || (close + 1 < view.to && personKeys.has(tokens.hash[close + 1] as number)))
    ) {
      joined.push(name)
      continue
    }
    let last = close
    while (
      last + 1 < view.to &&
      last - close < MAX_SURNAME_WORDS &&
      isNameCased(tokens, last + 1) &&
      !isMark(tokens, last + 1, OPENING_MARKS)
    )
      last++
    if (last === close || (surname !== undefined && view.from + surname.first <= last)) {
      joined.push(name)
      continue
    }
    joined.push({ ...name, last: last - view.from, type: 'PER' })
    i = j - 1
  }
  return joined
}

/**
 * The token of the closing mark of a nickname right after `name`, when the
 * name is one word (maybe with a middle initial) and the marks hold a few
 * capitalised words; else -1.
 */
function nicknameEnd(tokens: Tokens, view: TextView, name: TaggedName): number {
  const first = view.from + name.first
  // A given name alone, or with a middle initial ("Robert C."): not "Marine John", a title's
  // word before it that the lists know as a given name too.
  if (name.last !== name.first && !(name.last === name.first + 1 && isInitialAt(tokens, first + 1)))
    return -1
  const open = view.from + name.last + 1
  if (open + 2 >= view.to || !isMark(tokens, open, OPENING_MARKS)) return -1
  for (let k = open + 1; k < view.to && k - open <= MAX_NICKNAME_WORDS + 1; k++) {
    if (isMark(tokens, k, CLOSING_MARKS)) return k > open + 1 ? k : -1
    // (In capitals too: "Anthony "AJ" Johnson".)
    if (!((tokens.flags[k] as number) & TokenFlag.capitalised)) return -1
  }
  return -1
}

/** Whether `name` lies in text `text` before token `end` (a text's token from `from`). */
function isWithin(name: TaggedName, text: number, from: number, end: number): boolean {
  return name.text === text && from + name.last < end
}

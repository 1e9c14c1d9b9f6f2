/**
 * Names with a number in them that the tagger cuts: a made thing named by its
 * maker, a model's number and a name ("Boeing 737 MAX"), which it reads as two
 * names, the maker's and the last word's (a body "MAX"); a stock index named
 * by its number of shares ("S&P 500", "FTSE 100"), which it reads without the
 * number. Each is one other name. A club of nations named by its number of
 * members ("Group of 20", "Group of Seven"), which it reads as "Group" alone,
 * is one body's name. So is a circuit's court of appeals with its ordinal ("the 8th U.S.
 * Circuit Court of Appeals", "the 9th Circuit").
 */
import { joinedWithPrevious, type TaggedName } from './tagger.js'
import { OF } from './organization-names.js'
import { textAt, TokenFlag } from './tokenize.js'
import { WordSet } from './words.js'
import type { DocumentView, TextView } from './view.js'

/**
 * `names` (in reading order) with a maker's name, a model's number and a name
 * after it joined, and a stock index's number put in its name.
 */
export function withModelNumbersJoined(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  return joinedWithPrevious(names, (before, name) =>
    isModelNumberBetween(doc, before, name)
      ? { ...before, last: name.last, type: 'MISC' }
      : isCircuitAfterNation(doc, before, name)
        ? { ...before, last: name.last, type: 'ORG' }
        : null,
  )
    .map((name): TaggedName =>
      isCircuitAfterOrdinal(doc, name)
        ? { ...name, first: name.first - 1, type: 'ORG' }
        : isIndexBeforeNumber(doc, name)
          ? { ...name, last: name.last + 1, type: 'MISC' }
          : isLocalBeforeNumber(doc, name)
            ? { ...name, last: name.last + 1, type: 'ORG' }
            : isGroupBeforeNumber(doc, name)
              ? { ...name, last: name.last + 2, type: 'ORG' }
              : name,
    )
    .flatMap((name) => withModelCodeApart(doc, name))
}

/**
 * `name` as its maker's name and a model's code after it, when the tagger read the two as one
 * name of another kind than a made thing's: "General Electric" and "CF34-8E" of "General
 * Electric CF34-8E" (read as a person titled "General"; "Airbus A320" stays one); else `name`.
 */
function withModelCodeApart(doc: DocumentView, name: TaggedName): TaggedName[] {
  const from = (doc.texts[name.text] as TextView).from
  if (
    name.type === 'MISC' ||
    name.first === name.last ||
    !MODEL_CODE.test(textAt(doc.tokens, from + name.last)) ||
    MODEL_CODE.test(textAt(doc.tokens, from + name.last - 1))
  )
    return [name]
  return [
    { ...name, last: name.last - 1, type: 'ORG' },
    { ...name, first: name.last, type: 'MISC' },
  ]
}
/** A model's code: capitals with figures among them ("CF34-8E", "PW1100G", "F-35", "A320"). */
const MODEL_CODE = /^\p{Lu}+-?\d[\p{Lu}\d-]*$/u

/**
 * Whether `name` opens with "Circuit" right after `before`, "U.S.": one court's name, "U.S.
 * Circuit Court of Appeals", which the tagger reads as a place and a body.
 */
function isCircuitAfterNation(doc: DocumentView, before: TaggedName, name: TaggedName): boolean {
  const from = (doc.texts[name.text] as TextView).from
  return (
    before.text === name.text &&
    name.first === before.last + 1 &&
    before.first === before.last &&
    NATION.hasToken(doc.tokens, from + before.last) &&
    CIRCUIT.hasToken(doc.tokens, from + name.first)
  )
}

/**
 * Whether an ordinal stands right before `name`, a circuit's court: "8th" of "8th U.S. Circuit
 * Court of Appeals", "9th" of "the 9th Circuit".
 */
function isCircuitAfterOrdinal(doc: DocumentView, name: TaggedName): boolean {
  const view = doc.texts[name.text] as TextView
  const k = view.from + name.first
  const tokens = doc.tokens
  if (k - 1 < view.from) return false
  if (
    !CIRCUIT.hasToken(tokens, k) &&
    !(NATION.hasToken(tokens, k) && CIRCUIT.hasToken(tokens, k + 1))
  )
    return false
  return ORDINAL.test(textAt(tokens, k - 1))
}
const CIRCUIT = new WordSet(['circuit'])
const NATION = new WordSet(['u.s.', 'us'])
/** An ordinal in figures: "8th", "1st", "11th". */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/u

/** Whether `name` is "Group" alone before "of" and a number: "Group" of "Group of 20". */
function isGroupBeforeNumber(doc: DocumentView, name: TaggedName): boolean {
  const view = doc.texts[name.text] as TextView
  const k = view.from + name.last
  const tokens = doc.tokens
  // (The word alone: not "the Tata Group of 30 companies".)
  if (name.first !== name.last) return false
  if (k + 2 >= view.to || !GROUP.hasToken(tokens, k) || !OF.hasToken(tokens, k + 1)) return false
  return (
    GROUP_SIZE.test(textAt(tokens, k + 2)) ||
    (((tokens.flags[k + 2] as number) & TokenFlag.capitalised) !== 0 &&
      GROUP_SIZE_WORDS.hasToken(tokens, k + 2))
  )
}
const GROUP = new WordSet(['group'])
/** A club's number of members: "20", "77". */
const GROUP_SIZE = /^\d{1,3}$/u
/** The same in words, capitalised: "Seven", "Twenty". */
const GROUP_SIZE_WORDS = new WordSet([
  ...['three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twenty'],
])

/**
 * Whether `name` is a stock index's before its number: "S&P" of "S&P 500", "STOXX Europe" of
 * "STOXX Europe 600".
 */
function isIndexBeforeNumber(doc: DocumentView, name: TaggedName): boolean {
  const view = doc.texts[name.text] as TextView
  const k = view.from + name.last
  if (
    name.last - name.first > 1 ||
    k + 1 >= view.to ||
    !STOCK_INDEXES.hasToken(doc.tokens, view.from + name.first)
  )
    return false
  return INDEX_NUMBER.test(textAt(doc.tokens, k + 1))
}
/** Stock indexes named by their number of shares: "S&P 500", "FTSE 100", "Nikkei 225". */
const STOCK_INDEXES = new WordSet([
  's&p',
  'ftse',
  'nikkei',
  'stoxx',
  'russell',
  'cac',
  'dax',
  'asx',
])
/**
 * Whether `name` is a union's local or lodge before its number: "CUPE Local" of "CUPE Local
 * 1289", "Fraternal Order of Police Lodge" of "... Lodge 9".
 */
function isLocalBeforeNumber(doc: DocumentView, name: TaggedName): boolean {
  const view = doc.texts[name.text] as TextView
  const k = view.from + name.last
  const tokens = doc.tokens
  if (name.first === name.last || k + 1 >= view.to || !LOCAL.hasToken(tokens, k)) return false
  if (!((tokens.flags[k] as number) & TokenFlag.capitalised)) return false
  return LOCAL_NUMBER.test(textAt(tokens, k + 1))
}
const LOCAL = new WordSet(['local', 'lodge'])
/** A local's number: "1289", "727", "9". */
const LOCAL_NUMBER = /^\d{1,5}[A-Z]?$/u

/** The number of an index's shares. */
const INDEX_NUMBER = /^\d{2,4}$/u

/**
 * Whether one token, a model's number of three digits, stands between
 * `before` and the one-word `name`: "Boeing" + "737" + "MAX" (not a score,
 * "Arsenal 3 Chelsea", nor a year, "Paris 2024 Olympics").
 */
function isModelNumberBetween(doc: DocumentView, before: TaggedName, name: TaggedName): boolean {
  if (before.text !== name.text || name.first !== before.last + 2 || name.first !== name.last)
    return false
  const k = (doc.texts[name.text] as TextView).from + before.last + 1
  return MODEL_NUMBER.test(textAt(doc.tokens, k))
}
/** A model's number: three digits. */
const MODEL_NUMBER = /^\d{3}$/u

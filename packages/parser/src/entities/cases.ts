/**
 * Court cases: "Roe v. Wade", "Brown v. Board of Education", "Humphrey's
 * Executor v. United States". One other name, where the tagger read two
 * parties ("Roe", a place, and "Wade", a person).
 */
import type { VotedName } from './consistency.js'
import { isJoinedAcross } from './organization-names.js'
import { TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { POSSESSIVE_S, WordSet } from './words.js'

/**
 * "v." between the parties, in lower case, as American courts write it (not
 * "v" and "vs.", which also stand between teams and candidates: "England v
 * Pakistan", "Trump vs. Clinton").
 */
const VERSUS = new WordSet(['v.'])

/** `names` with each pair of parties around "v." made one case's name. */
export function withCaseNames<T extends VotedName>(doc: DocumentView, names: readonly T[]): T[] {
  const tokens = doc.tokens
  const out: T[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as T
    const next = names[i + 1]
    const { from } = doc.texts[name.text] as TextView
    if (!isJoinedAcross(tokens, name.text, name.last, from, next, (k) => isVersus(tokens, k))) {
      // "Hale v. NetChoice": a case the tagger read as one name, whatever kind it gave it.
      out.push(holdsVersus(tokens, from + name.first, from + name.last) ? caseOf(name) : name)
      continue
    }
    // "Humphrey's | Executor v. ...": the person before the first party's possessive (not "the
    // Supreme Court's | Obergefell v. Hodges").
    const previous = out[out.length - 1]
    const owned =
      previous?.text === name.text &&
      previous.type === 'PER' &&
      previous.last === name.first - 2 &&
      POSSESSIVE_S.hasToken(tokens, from + name.first - 1)
    if (owned) out.pop()
    const first = owned ? (previous as T).first : name.first
    out.push({ ...name, first, last: next.last, type: 'MISC', confidence: 1 })
    i++
  }
  return out
}

/** `name` as a case's name. */
function caseOf<T extends VotedName>(name: T): T {
  return { ...name, type: 'MISC', confidence: 1 }
}

/** Whether a token strictly between `first` and `last` is "v." in lower case. */
function holdsVersus(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (isVersus(tokens, k)) return true
  return false
}

/** Whether token `k` is "v." in lower case. */
function isVersus(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags[k] as number
  return VERSUS.hasToken(tokens, k) && (flags & TokenFlag.capitalised) === 0
}

/**
 * People named by a title of nobility or of the church and "of" a place:
 * "the Duke of Sussex", "the Princess of Wales", "the Archbishop of
 * Canterbury". One person's name, where the tagger read a person and an
 * organisation ("Duke", "Sussex"), an organisation ("Prince of Wales"), or
 * only the place ("Wales").
 */
import type { VotedName } from './consistency.js'
import { lexicon } from './lexicon.js'
import { ARTICLE, HEADS, HOSPITALS, OF, isCapital } from './organization-names.js'
import { TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { FACILITIES, WordSet } from './words.js'

/** Titles that name their holder with "of" and a place: "Duke of Sussex". */
const NOBLE_TITLES = new WordSet([
  ...['duke', 'duchess', 'prince', 'princess', 'earl', 'countess', 'marquess', 'marchioness'],
  ...['viscount', 'viscountess', 'baron', 'baroness', 'archbishop', 'bishop', 'king', 'queen'],
])

/** The most tokens of the place after "of": "the Duke of Cambridge", "the Bishop of Bath and Wells". */
const MAX_PLACE_TOKENS = 4

/** `names` with each title, "of" and the place after it made one person's name. */
export function withNobleTitles<T extends VotedName>(doc: DocumentView, names: readonly T[]): T[] {
  const tokens = doc.tokens
  const out: T[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as T
    const { from } = doc.texts[name.text] as TextView
    // "the Countess of Chester Hospital", "the Prince of Wales Theatre": a place or a body named
    // after the title's holder.
    const named = isTitleOf(tokens, from + name.first) && name.last >= name.first + 2
    const head = from + name.last
    if (named && isCapital(tokens, head)) {
      if (FACILITIES.hasToken(tokens, head)) {
        out.push(name.type === 'LOC' ? name : { ...name, type: 'LOC' })
        continue
      }
      if (HEADS.hasToken(tokens, head) || HOSPITALS.hasToken(tokens, head)) {
        out.push(name.type === 'PER' ? { ...name, type: 'ORG' } : name)
        continue
      }
    }
    // "Prince of Wales", one name: the title opens it and "of" follows.
    if (named) {
      // "Princess of Wales Kate Middleton": the person's own name after the title's place.
      const own = nameAfterPlace(tokens, from + name.first + 2, from + name.last)
      if (own >= 0) out.push({ ...name, first: own - from, type: 'PER', confidence: 1 })
      else out.push(name.type === 'PER' ? name : { ...name, type: 'PER', confidence: 1 })
      continue
    }
    // "Duke" + "of" + "Sussex": the title's name, then the place's right after "of".
    const next = names[i + 1]
    if (
      name.first === name.last &&
      isTitleOf(tokens, from + name.first) &&
      next?.text === name.text &&
      next.first === name.last + 2 &&
      next.last - next.first < MAX_PLACE_TOKENS
    ) {
      out.push({ ...name, last: next.last, type: 'PER', confidence: 1 })
      i++
      continue
    }
    // "the Princess of" + "Wales": a title the tagger left out before the place.
    const title = from + name.first - 2
    if (
      name.first >= 2 &&
      name.last - name.first < MAX_PLACE_TOKENS &&
      isTitleOf(tokens, title) &&
      !(
        out[out.length - 1]?.text === name.text && (out[out.length - 1] as T).last >= name.first - 2
      )
    ) {
      const own = nameAfterPlace(tokens, from + name.first, from + name.last)
      if (own >= 0) out.push({ ...name, first: own - from, type: 'PER', confidence: 1 })
      else out.push({ ...name, first: name.first - 2, type: 'PER', confidence: 1 })
      continue
    }
    out.push(name)
  }
  return out
}

/**
 * Where a person's own name starts among tokens `first`..`last` after a
 * title's "of" (the place first, "Wales", then a first name and more:
 * "Kate Middleton"); -1 when they name the place alone.
 */
function nameAfterPlace(tokens: Tokens, first: number, last: number): number {
  const { firstNames } = lexicon()
  for (let k = first + 1; k < last; k++) if (firstNames.has(tokens.hash[k] as number)) return k
  return -1
}

/**
 * Whether token `k` is a capitalised title of {@link NOBLE_TITLES} before "of",
 * after no capitalised word but "The" or at the start of a sentence (not the
 * surname of "Rep. Peter T. King of New York").
 */
function isTitleOf(tokens: Tokens, k: number): boolean {
  // The cheap test first: most names open with no such title.
  if (k < 0 || k + 1 >= tokens.count || !NOBLE_TITLES.hasToken(tokens, k)) return false
  const flags = tokens.flags[k] as number
  if (
    k > 0 &&
    !(flags & TokenFlag.sentenceStart) &&
    isCapital(tokens, k - 1) &&
    !ARTICLE.hasToken(tokens, k - 1)
  )
    return false
  return (
    isCapital(tokens, k) &&
    !((tokens.flags[k + 1] as number) & TokenFlag.capitalised) &&
    OF.hasToken(tokens, k + 1)
  )
}

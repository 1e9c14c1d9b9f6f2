/**
 * The title of a work in quotation marks ("Paper Boats", "The Long Way
 * Down", "Salt in the Wound"), whose words the tagger reads as names of their
 * own ("Boats", a person "Way", a place "Wound"): one other name, the title.
 */
import type { RuledName } from './rules.js'
import { isMark, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'
import { POSSESSIVE_S, WordSet } from './words.js'

/** The most words of a title read so. */
const MAX_TITLE_WORDS = 8
/** Short words that a title writes in lower case: "Salt in the Wound". */
const SMALL_WORDS = new WordSet([
  ...['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'to', 'for', 'with', 'at', 'by', 'from'],
])
const THE = new WordSet(['the'])
/** The marks that open and close a title: straight or curly. */
const OPENING = '"\u201C'
const CLOSING = '"\u201D'

/** `names` (in reading order) with the names inside a quoted title replaced by the title. */
export function withQuotedTitles(doc: DocumentView, names: RuledName[]): RuledName[] {
  const titles = brokenTitles(doc, names, quotedTitles(doc))
  if (titles.length === 0) return names
  const out: RuledName[] = []
  let t = 0
  for (const name of names) {
    const from = (doc.texts[name.text] as TextView).from
    const first = from + name.first
    while (t < titles.length && (titles[t] as [number, number])[1] < first) t++
    const title = titles[t]
    if (title === undefined || title[0] > first || title[1] < from + name.last) {
      out.push(name)
      continue
    }
    const whole: RuledName = {
      ...name,
      first: title[0] - from,
      last: title[1] - from,
      type: 'MISC',
    }
    // (One name for all the names inside the title.)
    const previous = out[out.length - 1]
    if (previous?.text === name.text && previous.first === whole.first) continue
    out.push(whole)
  }
  return out
}

/**
 * The titles of `titles` (in order) whose names read them wrong: some of
 * their words left out, and no person named in full inside ("America with
 * Jorge Ramos", a show named after its host, stays his name). A name the
 * tagger read whole ("The Wall Street Journal") stays its own. Both lists are
 * in reading order: one pass over the names, not one for each title.
 */
function brokenTitles(
  doc: DocumentView,
  names: readonly RuledName[],
  titles: readonly [number, number][],
): [number, number][] {
  const broken: [number, number][] = []
  const startOf = (name: RuledName): number => (doc.texts[name.text] as TextView).from + name.first
  const endOf = (name: RuledName): number => (doc.texts[name.text] as TextView).from + name.last
  // The first name that may reach the title: those before it end before every later title too.
  let next = 0
  for (const title of titles) {
    const [first, last] = title
    while (next < names.length && endOf(names[next] as RuledName) < first) next++
    let inside = false
    let kept = false
    for (let i = next; i < names.length; i++) {
      const name = names[i] as RuledName
      const start = startOf(name)
      if (start > last) break
      const end = endOf(name)
      if (end < first) continue
      // (Or all but its article, a body's: "The Wall Street Journal"; a work keeps it: "The Rain
      // Keepers".)
      if (
        end === last &&
        (start === first ||
          (start === first + 1 && THE.hasToken(doc.tokens, first) && name.type === 'ORG'))
      ) {
        kept = true
        break
      }
      if (name.type === 'PER' && name.last > name.first) {
        kept = true
        break
      }
      inside = true
    }
    if (inside && !kept) broken.push(title)
  }
  return broken
}

/**
 * The first and last tokens of each title in quotation marks of `doc`, in
 * order: words between an opening and a closing mark, the first capitalised
 * and every other capitalised or a short word ("Salt in the Wound"), none of
 * a headline (whose words are all capitalised).
 */
function quotedTitles(doc: DocumentView): [number, number][] {
  const tokens = doc.tokens
  const titles: [number, number][] = []
  for (const view of doc.texts) {
    if (view.headline || view.titleCase || view.caps) continue
    for (let k = view.from; k < view.to; k++) {
      // (Words first, by their flag: most tokens are.)
      if ((tokens.flags[k] as number) & TokenFlag.word || !isMark(tokens, k, OPENING)) continue
      let end = k + 1
      while (end < view.to && end - k <= MAX_TITLE_WORDS && isTitleWord(tokens, end, end === k + 1))
        end++
      if (end > k + 1 && end < view.to && isMark(tokens, end, CLOSING)) {
        titles.push([k + 1, end - 1])
        k = end
      }
    }
  }
  return titles
}

/**
 * Whether token `k` may be a word of a title: capitalised, or (not first) a
 * short word or a possessive's "'s" ("The Governor's Parrot").
 */
function isTitleWord(tokens: Tokens, k: number, first: boolean): boolean {
  if (!first && POSSESSIVE_S.hasToken(tokens, k)) return true
  const flags = tokens.flags[k] as number
  if (!(flags & TokenFlag.word)) return false
  return (flags & TokenFlag.capitalised) !== 0 || (!first && SMALL_WORDS.hasToken(tokens, k))
}

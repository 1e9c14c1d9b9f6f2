/**
 * A body's name after "the" that the tagger began one word late, at the word
 * after a common one it left out: "the Federal Reserve" (read "Reserve"), "the
 * National Weather Service". A capitalised common word between "the" and a
 * body's name is the name's own first word, unless it is a place, a
 * nationality or a title ("the Chicago Tribune", "the European Commission",
 * "the former Soviet Union", "the One X" keep their names as the tagger read
 * them).
 */
import { lexicon } from './lexicon.js'
import { ARTICLE } from './organization-names.js'
import type { TaggedName } from './tagger.js'
import { isNameCased } from './tokenize.js'
import type { CommonWords, DocumentView, TextView } from './view.js'
import { TITLES, WordSet } from './words.js'

/** Words that date or count what follows them: "the Former Soviet Union", "the One X". */
const NOT_OPENERS = new WordSet([
  'former',
  'then',
  'late',
  'one',
  'two',
  'three',
  'first',
  'second',
])

/** `names` (in reading order) with the first word a body's name left out after "the" taken in. */
export function withArticleOpenedBodies(
  doc: DocumentView,
  names: TaggedName[],
  common: CommonWords,
): TaggedName[] {
  const tokens = doc.tokens
  const { places, demonyms } = lexicon()
  let out: TaggedName[] | null = null
  names.forEach((name, i) => {
    if (name.type !== 'ORG' || name.first < 2) return
    const view = doc.texts[name.text] as TextView
    // In capitals or title case, capitals say nothing of names.
    if (view.caps || view.titleCase) return
    const k = view.from + name.first - 1
    if (!isNameCased(tokens, k) || !ARTICLE.hasToken(tokens, k - 1)) return
    // Not a word another name holds.
    const previous = names[i - 1]
    if (previous?.text === name.text && previous.last >= name.first - 1) return
    const hash = tokens.hash[k] as number
    if (!common.has(hash) || places.has(hash) || demonyms.has(hash)) return
    if (TITLES.hasToken(tokens, k) || NOT_OPENERS.hasToken(tokens, k)) return
    ;(out ??= [...names])[i] = { ...name, first: name.first - 1 }
  })
  return out ?? names
}

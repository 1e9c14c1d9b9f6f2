/**
 * The title before a person's name: "NATO Secretary General" in "NATO
 * Secretary General Jens Stoltenberg", "Ukrainian President" in "Ukrainian
 * President Volodymyr Zelensky". A backward scan over the words before the
 * name: title words, and capitalised words (an organisation or a demonym)
 * that qualify them.
 */
import { TITLE_WORDS } from '../lexicon/titles.js'

/** A title found before a name: its range in the value. */
export interface TitleSpan {
  start: number
  end: number
  text: string
}

const MAX_TITLE_WORDS = 6

/** The title that ends just before `nameStart` in `value`, or null. */
export function titleBefore(value: string, nameStart: number): TitleSpan | null {
  let end = nameStart
  while (end > 0 && value[end - 1] === ' ') end--
  let start = end
  let words = 0
  let titleWords = 0
  let cursor = end
  while (cursor > 0 && words < MAX_TITLE_WORDS) {
    let wordStart = cursor
    while (wordStart > 0 && value[wordStart - 1] !== ' ') wordStart--
    const word = value.slice(wordStart, cursor)
    const lower = word.toLowerCase()
    if (TITLE_WORDS.has(lower) && /^\p{Lu}/u.test(word)) titleWords++
    else if (!(titleWords > 0 && /^\p{Lu}[\p{L}.’'-]*$/u.test(word))) break
    start = wordStart
    words++
    cursor = wordStart
    while (cursor > 0 && value[cursor - 1] === ' ') cursor--
    if (cursor === wordStart) break
  }
  if (titleWords === 0 || start === end) return null
  // A qualifier alone at the front is kept only when a title word follows it.
  return { start, end, text: value.slice(start, end) }
}

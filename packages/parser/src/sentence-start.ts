/**
 * Where a sentence opens in a text: its start, or right after a stop (and a
 * closing quotation mark) and white space.
 */

/** Characters read back from a point for the stop before it: a stop, a closing mark, a space. */
const STOP_REACH = 4
const STOP_BEFORE = /[.!?]["\u201D\u2019]?\s+$/u

/** Whether offset `at` of `value` opens a sentence: its start, or after a stop and a space. */
export function opensSentenceAt(value: string, at: number): boolean {
  return at === 0 || STOP_BEFORE.test(value.slice(Math.max(0, at - STOP_REACH), at))
}

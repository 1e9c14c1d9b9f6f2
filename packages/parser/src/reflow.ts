/**
 * Joins the lines of a block into one value: hard wraps become single spaces,
 * runs of white space collapse, invisible characters go, and a hyphen at a line
 * end is kept or removed as `hyphen.ts` decides. The value is what a reader
 * would have seen on the page; the block's position still covers the original.
 */
import { HYPHEN, SPACE, isDigit, isInvisible, isLetter, isSpace } from './chars.js'
import { keepsHyphen, type WordUse } from './hyphen.js'
import type { Line } from './lines.js'
import { isLeadChar, repairAt } from './mojibake.js'
import { flatten } from './flat.js'

/** A span of the original text to reflow: lines, the first may start later. */
export interface Span {
  lines: readonly Line[]
  /** Where the first line's text starts (after a marker or label). */
  start?: number
  /** Where the last line's text ends. */
  end?: number
}

/** What reflowing needs to know about the whole document. */
export interface ReflowContext {
  /** The document's words, read lazily for line-end hyphens. */
  use: () => WordUse
  /** Repair mojibake ("â€™" -> "’") in values. */
  repair: boolean
  /**
   * The one-line values that are their source as it stands, by where they
   * start (see {@link PlainLines}). Filled as values are read.
   */
  plain?: PlainLines
}

/**
 * The values that copied one line of the source as it stands, by source
 * offset: such a value has no blank but single spaces, no invisible and no
 * control character (what {@link isPlain} checks), and is the source's text
 * from that offset on. Whoever maps a value back to the source (offsets.ts)
 * then knows without scanning it that it maps character for character, when
 * it is this string (a value cut or joined later is another string).
 */
export type PlainLines = Map<number, string>

/** The reflowed value of `span`. */
export function reflow(text: string, span: Span, context: ReflowContext): string {
  const { use, repair } = context
  // The lines done so far, and the current line's text apart: a line-end hyphen is dropped from a
  // short string and its word read from the last characters (see lastCharacters), where slicing or
  // reading the end of the whole value so far would copy it at every line.
  const done: string[] = []
  let out = ''
  // The last character of the value, kept aside: reading it would flatten the string.
  let lastCode = NONE
  let pendingSpace = false
  const lines = span.lines
  const last = lines.length - 1
  // Whether the value is one line copied as it stands (see PlainLines).
  let asItStands = false
  for (let index = 0; index <= last; index++) {
    const line = lines[index] as Line
    const from = index === 0 && span.start !== undefined ? span.start : line.contentStart
    const to = index === last && span.end !== undefined ? span.end : line.contentEnd
    if (from < to && isPlain(text, from, to, repair)) {
      // Nothing to fold, drop or repair: the line is its own value.
      asItStands = last === 0
      if (pendingSpace) out += ' '
      pendingSpace = false
      out += text.slice(from, to)
      lastCode = text.charCodeAt(to - 1)
    } else {
      // Copy runs of ordinary characters with one slice each; stop at spaces and invisibles.
      let run = from
      for (let i = from; i <= to; i++) {
        const code = i < to ? text.charCodeAt(i) : SPACE
        const space = isSpace(code)
        if (repair && isLeadChar(code)) {
          const fixed = repairAt(text, i)
          if (fixed && i + fixed.length <= to) {
            if (pendingSpace) out += ' '
            pendingSpace = false
            out += text.slice(run, i) + fixed.char
            lastCode = fixed.char.charCodeAt(0)
            i += fixed.length - 1
            run = i + 1
            continue
          }
        }
        if (!space && !isInvisible(code)) continue
        if (i > run) {
          if (pendingSpace) out += ' '
          pendingSpace = false
          out += text.slice(run, i)
          lastCode = text.charCodeAt(i - 1)
        }
        if (space && i < to) pendingSpace = out.length > 0 || done.length > 0
        run = i + 1
      }
    }
    if (index < last) {
      if (lastCode !== HYPHEN) {
        pendingSpace = out.length > 0 || done.length > 0
      } else {
        const next = lines[index + 1] as Line
        const before =
          out.length >= TAIL_LENGTH ? out : lastCharacters(done, TAIL_LENGTH - out.length) + out
        const joinsWord = joinAtBreak(before, text, next.contentStart, next.contentEnd, use)
        if (joinsWord === 'join') {
          // The hyphen ends this line's text, or an earlier line's when this one had none.
          if (out.length > 0) out = out.slice(0, -1)
          else done.push((done.pop() ?? '').slice(0, -1))
          lastCode = before.length > 1 ? before.charCodeAt(before.length - 2) : NONE
        }
        pendingSpace = joinsWord === 'space' && before.length > 0
      }
    }
    if (out.length > 0) {
      done.push(out)
      out = ''
    }
  }
  const value = flatten(done.length === 1 ? (done[0] as string) : done.join(''))
  if (asItStands) context.plain?.set(span.start ?? (lines[0] as Line).contentStart, value)
  return value
}

/** Characters before a line-end hyphen kept to read its word: longer than any word. */
const TAIL_LENGTH = 128

/** The last `count` characters of the lines in `done` (fewer when they hold fewer). */
function lastCharacters(done: readonly string[], count: number): string {
  let text = ''
  for (let i = done.length - 1; i >= 0 && text.length < count; i--) {
    const line = done[i] as string
    const need = count - text.length
    text = (line.length > need ? line.slice(-need) : line) + text
  }
  return text
}

/** No character code: `out` is empty. */
const NONE = -1

/**
 * Runs of characters that reflow to themselves, spaces among them: not
 * invisible, not blank but the space, not a control character, and (when
 * repairing) not a character that can open mojibake. A class alone, which
 * the engine reads in a tight loop: the pairs of spaces are looked for apart.
 */
const PLAIN_RUN =
  /[^\p{Cc}\xa0\xad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/uy
const PLAIN_RUN_REPAIRED =
  /[^\p{Cc}\xa0\xad\xc2-\xef\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/uy
const TWO_SPACES = '  '

/**
 * Whether `text` from `from` to `to` (not empty) reflows to itself: no
 * invisible character, no blank but single spaces between other characters,
 * and nothing that mojibake repair could change. The engine's match of such
 * a run from `from` reaches `to` then; the range neither starts nor ends
 * with a space, nor holds two in a row.
 */
function isPlain(text: string, from: number, to: number, repair: boolean): boolean {
  if (text.charCodeAt(from) === SPACE || text.charCodeAt(to - 1) === SPACE) return false
  const run = repair ? PLAIN_RUN_REPAIRED : PLAIN_RUN
  run.lastIndex = from
  return run.test(text) && run.lastIndex >= to && !text.slice(from, to).includes(TWO_SPACES)
}

/**
 * How the text before a line break (`before`, reflowed so far) joins the
 * first word after it, the letters that open `after` from `from` (before
 * `to`): with a space, or without one, keeping or dropping a line-end hyphen.
 * A number after a hyphen keeps it: "mid-" + "1960s".
 */
export function joinAtBreak(
  before: string,
  after: string,
  from: number,
  to: number,
  use: () => WordUse,
): 'join' | 'keep' | 'space' {
  if (before.charCodeAt(before.length - 1) !== HYPHEN) return 'space'
  const left = before.slice(wordStartBefore(before, before.length - 1), before.length - 1)
  // "U.S.-" + "designed": a hyphen after a non-letter joins without a space.
  if (left.length === 0)
    return before.length > 1 && before[before.length - 2] !== ' ' ? 'keep' : 'space'
  const nextWord = wordAt(after, from, to)
  if (nextWord.length === 0) return from < to && isDigit(after.charCodeAt(from)) ? 'keep' : 'space'
  return keepsHyphen(left, nextWord, use()) ? 'keep' : 'join'
}

function wordStartBefore(value: string, end: number): number {
  let i = end
  while (i > 0 && isLetter(value[i - 1] as string)) i--
  return i
}

function wordAt(text: string, start: number, end: number): string {
  let i = start
  while (i < end && isLetter(text[i] as string)) i++
  return text.slice(start, i)
}

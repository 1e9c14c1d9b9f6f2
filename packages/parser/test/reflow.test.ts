/**
 * Reflowing takes a short path for lines that reflow to themselves; the
 * values stay those of the character-by-character walk it replaced.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SPACE, isInvisible, isSpace } from '../src/chars.js'
import { collectWordUse } from '../src/hyphen.js'
import { splitLines, type Line } from '../src/lines.js'
import { isLeadChar, repairAt } from '../src/mojibake.js'
import { joinAtBreak, reflow, type ReflowContext, type Span } from '../src/reflow.js'

function referenceReflow(text: string, span: Span, context: ReflowContext): string {
  const { use, repair } = context
  let out = ''
  let pendingSpace = false
  const last = span.lines.length - 1
  span.lines.forEach((line, index) => {
    const from = index === 0 && span.start !== undefined ? span.start : line.contentStart
    const to = index === last && span.end !== undefined ? span.end : line.contentEnd
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
      }
      if (space && i < to) pendingSpace = out.length > 0
      run = i + 1
    }
    if (index < last) {
      const next = span.lines[index + 1] as Line
      const joinsWord = joinAtBreak(out, text, next.contentStart, next.contentEnd, use)
      if (joinsWord === 'join') out = out.slice(0, -1)
      pendingSpace = joinsWord === 'space' && out.length > 0
    }
  })
  return out
}

function agree(text: string, repair: boolean): void {
  const lines = splitLines(text).filter((line) => line.contentEnd > line.contentStart)
  const context: ReflowContext = { use: () => collectWordUse(text), repair }
  for (let from = 0; from < lines.length; from += 3) {
    const span: Span = { lines: lines.slice(from, from + 4) }
    expect(reflow(text, span, context)).toBe(referenceReflow(text, span, context))
    const first = span.lines[0] as Line
    const inner = {
      ...span,
      start: first.contentStart + 1,
      end: (span.lines.at(-1) as Line).contentEnd - 1,
    }
    expect(reflow(text, inner, context)).toBe(referenceReflow(text, inner, context))
  }
}

describe('reflow', () => {
  it('gives the values of the character walk on arbitrary text', () => {
    const parts = fc.constantFrom(
      ...['word', 'Word', ' ', '  ', '\n', '\r\n', '-\n', 'long-', 'co-\nop', '\u200b', '\t'],
      ...['\u00a0', 'â€™', 'Ã©', 'é', 'U.S.-\n', ' \n ', '-', 'x', '\u2028', '日本'],
    )
    const shaped = fc.array(parts, { maxLength: 50 }).map((list) => list.join(''))
    const check = (text: string): void => {
      agree(text, false)
      agree(text, true)
    }
    fc.assert(fc.property(shaped, check), { numRuns: 1000 })
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), check), {
      numRuns: 300,
    })
  })
})

/**
 * Splits the input into lines without copying it: each line is a pair of
 * offsets into the original text, plus where its content starts and ends once
 * blank characters are trimmed. CRLF, CR and LF all end a line.
 */
import { CARRIAGE_RETURN, LINE_FEED, isBlankChar } from './chars.js'

/** One line of the input. */
export interface Line {
  /** Offset of the first character of the line. */
  start: number
  /** Offset just past the last character before the line end. */
  end: number
  /** Offset of the first non-blank character (`end` when blank). */
  contentStart: number
  /** Offset just past the last non-blank character (`contentStart` when blank). */
  contentEnd: number
  /** Width of the leading blank run, a tab counted as 4. */
  indent: number
}

const TAB_WIDTH = 4

/** Every line of `text`, in order; an empty input has one empty line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  if (!text.includes('\r')) {
    // Only line feeds end lines: the engine's search finds them faster than a loop.
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push(measureLine(text, start, end))
      start = end + 1
    }
    lines.push(measureLine(text, start, text.length))
    return lines
  }
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : LINE_FEED
    if (code !== LINE_FEED && code !== CARRIAGE_RETURN) continue
    lines.push(measureLine(text, start, i))
    if (code === CARRIAGE_RETURN && text.charCodeAt(i + 1) === LINE_FEED) i++
    start = i + 1
  }
  return lines
}

function measureLine(text: string, start: number, end: number): Line {
  let contentStart = start
  let indent = 0
  while (contentStart < end && isBlankChar(text.charCodeAt(contentStart))) {
    indent += text.charCodeAt(contentStart) === 0x09 ? TAB_WIDTH : 1
    contentStart++
  }
  let contentEnd = end
  while (contentEnd > contentStart && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--
  return { start, end, contentStart, contentEnd, indent }
}

/** True when the line holds nothing but blank characters. */
export function isBlankLine(line: Line): boolean {
  return line.contentStart === line.contentEnd
}

/** Length of the line's content, in UTF-16 units. */
export function contentWidth(line: Line): number {
  return line.contentEnd - line.contentStart
}

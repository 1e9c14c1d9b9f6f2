/**
 * Turns raw blocks of the body into nodes: paragraphs, list items gathered
 * into lists, thematic breaks; and takes link inserts and boilerplate out of
 * the body into their own lists, with positions, so nothing is lost.
 */
import { classifyBoilerplate } from './boilerplate.js'
import { isCaption } from './caption.js'
import { isHeading } from './heading.js'
import { readListMarker } from './list-marker.js'
import type { LineIndex } from './position.js'
import { joinAtBreak, reflow, type ReflowContext } from './reflow.js'
import { LINE_DASHES, isLetter, isSpace } from './chars.js'
import { readBareLabel, readRelated } from './related.js'
import type { RawBlock } from './segment.js'
import type { Line } from './lines.js'
import type { BlockContent, Boilerplate, List, Position, Related, Text } from './types.js'

/** What the body's raw blocks become. */
export interface BodyParts {
  children: BlockContent[]
  related: Related[]
  boilerplate: Boilerplate[]
}

/** A line of three or more stars, dashes, underscores or bullets, a full stop after it at most ("___."). */
const THEMATIC_BREAK = /^(?:(?:[*]\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:[•·]\s*){3,})\.?$/u
/** A bullet that opens a line of a list: "— ", "• ". */
const BULLET = /^[—–•·*-]\s+/u

/**
 * The text nodes of a block: one, unless page furniture was passed over inside
 * it; then one per run of adjacent lines, so every node's value matches the
 * source its position covers.
 */
function textNodes(
  text: string,
  block: RawBlock,
  value: string,
  index: LineIndex,
  context: ReflowContext,
  start?: number,
): Text[] {
  const whole = (lines: readonly Line[], from?: number): Position =>
    index.position(
      from ?? (lines[0] as Line).contentStart,
      (lines[lines.length - 1] as Line).contentEnd,
    )
  // Most blocks have no page turn inside: one node, without cutting the lines into runs.
  if (block.lines.every((line, i) => i === 0 || adjacent(text, block.lines[i - 1] as Line, line)))
    return [{ type: 'text', value, position: whole(block.lines, start) }]
  const runs: Line[][] = [[]]
  block.lines.forEach((line, i) => {
    const previous = block.lines[i - 1]
    if (previous && !adjacent(text, previous, line)) runs.push([])
    ;(runs[runs.length - 1] as Line[]).push(line)
  })
  const nodes: Text[] = []
  runs.forEach((lines, i) => {
    const from = i === 0 ? start : undefined
    let value = reflow(text, { lines, ...(from === undefined ? {} : { start: from }) }, context)
    const before = nodes.length > 0 ? nodes[nodes.length - 1] : undefined
    if (before) {
      // Join across the page turn as reflow joins across a line break.
      const join = joinAtBreak(before.value, value, 0, value.length, context.use)
      if (join === 'join') before.value = before.value.slice(0, -1)
      if (join === 'space') value = ` ${value}`
    }
    nodes.push({ type: 'text', value, position: whole(lines, from) })
  })
  return nodes
}

/** Most characters of a signature line: a name and a few words about them. */
const MAX_SIGNATURE_LENGTH = 120

/**
 * Whether block `i` is a one-line signature under a quote ('"Q."' then
 * '- Hillary Clinton.') rather than an item of a list: a dash line after a
 * paragraph that ends in a quotation mark, with no item of a list after it.
 */
function isSignature(text: string, blocks: readonly RawBlock[], i: number): boolean {
  const block = blocks[i] as RawBlock
  const line = block.lines[0] as Line
  if (block.lines.length !== 1 || line.contentEnd - line.contentStart > MAX_SIGNATURE_LENGTH)
    return false
  if (!LINE_DASHES.has(text.charCodeAt(line.contentStart))) return false
  const previous = i > 0 ? blocks[i - 1]?.lines.at(-1) : undefined
  if (!previous || !QUOTE_END.test(text.slice(previous.contentEnd - 2, previous.contentEnd)))
    return false
  const next = blocks[i + 1]?.lines[0]
  return !next || readListMarker(text, next.contentStart, next.contentEnd) === null
}

/**
 * The words of a crosshead set between two dashes on a line of its own ("- 'Not
 * going to back down' -", "– Hospitals, schools hit –"), as AFP writes them;
 * null for any other line.
 */
function dashedCrosshead(text: string, line: Line): { start: number; end: number } | null {
  const { contentStart: from, contentEnd: to } = line
  if (to - from > MAX_CROSSHEAD_LENGTH || to - from < MIN_DASHED_LENGTH) return null
  const dash = text.charCodeAt(from)
  if (!LINE_DASHES.has(dash) || text.charCodeAt(to - 1) !== dash) return null
  if (!isSpace(text.charCodeAt(from + 1)) || !isSpace(text.charCodeAt(to - 2))) return null
  let start = from + 1
  let end = to - 1
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  for (let i = start; i < end; i++) if (isLetter(text.charAt(i))) return { start, end }
  return null
}
/** The longest crosshead line read between dashes, and the shortest ("- A -"). */
const MAX_CROSSHEAD_LENGTH = 90
const MIN_DASHED_LENGTH = 5

/** A press release's end mark: "###", "# # #", "-30-". */
const END_MARK = /^(?:#\s*#\s*#|-\s*30\s*-)$/u
/** The section after it: "About Westbrook University", "Notes to editors". */
const ABOUT_SECTION = /^(?:about (?:the )?\p{Lu}[\p{L}&.'’ -]{0,60}|notes? to editors?)$/iu

/** A paragraph that ends a quotation: '..."', "...”", "...''". */
const QUOTE_END = /["”']$/u

/** Whether only a line break separates two lines. */
function adjacent(text: string, previous: Line, next: Line): boolean {
  for (let i = previous.end; i < next.start; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0x0a && code !== 0x0d) return false
  }
  return true
}

/** Builds the body from `blocks`. */
export function buildBody(
  text: string,
  blocks: readonly RawBlock[],
  index: LineIndex,
  context: ReflowContext,
): BodyParts {
  const parts: BodyParts = { children: [], related: [], boilerplate: [] }
  let list: List | null = null
  /** After a bare "Read more:" label, the label; the headlines under it are related. */
  let openLabel: string | null = null
  /** How many headlines stand under the label so far. */
  let items = 0
  /** Whether two of them stood close, one under the other: a blank line then ends the list. */
  let tightList = false
  /** Whether the last block was a press release's end mark ("###", "-30-"). */
  let endMark = false
  /** Whether the release has ended: what follows its end mark and "About ..." is no article. */
  let ended = false
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as RawBlock
    const first = block.lines[0]
    const last = block.lines[block.lines.length - 1]
    if (!first || !last) continue
    const position = index.position(first.contentStart, last.contentEnd)
    if (ended || endMark) {
      const value = reflow(text, { lines: block.lines }, context)
      ended ||= ABOUT_SECTION.test(value)
      endMark = false
      if (ended) {
        parts.boilerplate.push({ type: 'boilerplate', kind: 'other', value, position })
        continue
      }
    }
    // "- 'Not going to back down' -": a crosshead between dashes (AFP's), no list's item.
    const crosshead = block.lines.length === 1 ? dashedCrosshead(text, first) : null
    if (crosshead) {
      list = null
      const value = reflow(text, { lines: block.lines, ...crosshead }, context)
      const at = index.position(crosshead.start, crosshead.end)
      parts.children.push({
        type: 'heading',
        depth: 2,
        position,
        children: [{ type: 'text', value, position: at }],
      })
      continue
    }
    const marker = readListMarker(text, first.contentStart, first.contentEnd)
    if (marker && !isSignature(text, blocks, i)) {
      const value = reflow(text, { lines: block.lines, start: marker.contentStart }, context)
      const item = {
        type: 'listItem' as const,
        position,
        children: textNodes(text, block, value, index, context, marker.contentStart),
      }
      if (list && list.ordered === marker.ordered) {
        list.children.push(item)
        list.position = { start: list.position?.start ?? position.start, end: position.end }
      } else {
        list = {
          type: 'list',
          ordered: marker.ordered,
          start: marker.number,
          position,
          children: [item],
        }
        parts.children.push(list)
      }
      continue
    }
    list = null
    const value = reflow(text, { lines: block.lines }, context)
    if (THEMATIC_BREAK.test(value)) {
      parts.children.push({ type: 'thematicBreak', position })
      continue
    }
    const related = readRelated(value)
    if (related) {
      parts.related.push({ type: 'related', ...related, position })
      continue
    }
    // Under a bare label, the headlines are related, up to the page's furniture ("Share"); a
    // list of headlines set close ends at a blank line (a crosshead follows it).
    if (openLabel !== null && tightList && block.afterBlank) openLabel = null
    if (
      openLabel !== null &&
      classifyBoilerplate(value) === null &&
      isHeading(value, block.lines.length, true)
    ) {
      if (items > 0 && !block.afterBlank) tightList = true
      items++
      // ("— Arsenal clinches the title": a bullet of the list is none of the headline.)
      const title = value.replace(BULLET, '')
      parts.related.push({ type: 'related', label: openLabel, title, url: null, position })
      continue
    }
    openLabel = readBareLabel(value)
    items = 0
    tightList = false
    if (openLabel !== null) {
      parts.boilerplate.push({ type: 'boilerplate', kind: 'pageFurniture', value, position })
      continue
    }
    const kind = classifyBoilerplate(value)
    if (kind) {
      parts.boilerplate.push({ type: 'boilerplate', kind, value, position })
      endMark = END_MARK.test(value)
      continue
    }
    const children = textNodes(text, block, value, index, context)
    if (isCaption(value)) {
      parts.children.push({ type: 'caption', position, children })
    } else if (isHeading(value, block.lines.length, i + 1 < blocks.length)) {
      parts.children.push({ type: 'heading', depth: 2, position, children })
    } else {
      parts.children.push({ type: 'paragraph', position, children })
    }
  }
  withoutTrailingBreaks(text, parts)
  return parts
}

/**
 * Moves the rules that end the body ("___" before an agency's contributor
 * line and a funder's note, both boilerplate) to the boilerplate: they
 * divide nothing of the article.
 */
function withoutTrailingBreaks(text: string, parts: BodyParts): void {
  let moved = false
  for (
    let last = parts.children.at(-1);
    last?.type === 'thematicBreak';
    last = parts.children.at(-1)
  ) {
    parts.children.pop()
    const { position } = last
    if (position === undefined) continue
    const value = text.slice(position.start.offset, position.end.offset)
    parts.boilerplate.push({ type: 'boilerplate', kind: 'pageFurniture', value, position })
    moved = true
  }
  if (moved) parts.boilerplate.sort((a, b) => a.position.start.offset - b.position.start.offset)
}

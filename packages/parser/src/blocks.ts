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
import { reflow, type ReflowContext } from './reflow.js'
import { readBareLabel, readRelated } from './related.js'
import type { RawBlock } from './segment.js'
import type { BlockContent, Boilerplate, List, Related } from './types.js'

/** What the body's raw blocks become. */
export interface BodyParts {
  children: BlockContent[]
  related: Related[]
  boilerplate: Boilerplate[]
}

const THEMATIC_BREAK = /^(?:[*]\s*){3,}$|^(?:-\s*){3,}$|^(?:_\s*){3,}$|^(?:[•·]\s*){3,}$/u

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
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as RawBlock
    const first = block.lines[0]
    const last = block.lines[block.lines.length - 1]
    if (!first || !last) continue
    const position = index.position(first.contentStart, last.contentEnd)
    const marker = readListMarker(text, first.contentStart, first.contentEnd)
    if (marker) {
      const value = reflow(text, { lines: block.lines, start: marker.contentStart }, context)
      const item = {
        type: 'listItem' as const,
        position,
        children: [
          {
            type: 'text' as const,
            value,
            position: index.position(marker.contentStart, last.contentEnd),
          },
        ],
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
    if (openLabel !== null && isHeading(value, block.lines.length, true)) {
      parts.related.push({ type: 'related', label: openLabel, title: value, url: null, position })
      continue
    }
    openLabel = readBareLabel(value)
    if (openLabel !== null) {
      parts.boilerplate.push({ type: 'boilerplate', kind: 'pageFurniture', value, position })
      continue
    }
    const kind = classifyBoilerplate(value)
    if (kind) {
      parts.boilerplate.push({ type: 'boilerplate', kind, value, position })
      continue
    }
    const children = [{ type: 'text' as const, value, position }]
    if (isCaption(value)) {
      parts.children.push({ type: 'caption', position, children })
    } else if (isHeading(value, block.lines.length, i + 1 < blocks.length)) {
      parts.children.push({ type: 'heading', depth: 2, position, children })
    } else {
      parts.children.push({ type: 'paragraph', position, children })
    }
  }
  return parts
}

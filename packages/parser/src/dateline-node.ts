/**
 * Finds the dateline at the start of the body's first paragraph and splits the
 * paragraph's text into a `dateline` node and the rest, with exact positions.
 */
import { readDateline, type Dateline } from './dateline.js'
import { ValueCursor } from './offsets.js'
import type { LineIndex } from './position.js'
import type { BlockContent, Position } from './types.js'

/** How many blocks into the body a dateline may open a paragraph. */
const DATELINE_BLOCKS = 2

/** The dateline found, with its position; the paragraph is split in place. */
export function splitDateline(
  text: string,
  children: BlockContent[],
  index: LineIndex,
  repair: boolean,
): (Dateline & { position: Position }) | null {
  for (const block of children.slice(0, DATELINE_BLOCKS)) {
    if (block.type !== 'paragraph') continue
    const first = block.children[0]
    if (!first || first.type !== 'text' || !first.position) return null
    const dateline = readDateline(first.value)
    if (!dateline) return null
    const cursor = new ValueCursor(text, first.position.start.offset, first.value, repair)
    const end = cursor.offsetOf(dateline.length)
    const position = index.position(first.position.start.offset, end)
    block.children.splice(
      0,
      1,
      { type: 'dateline', value: dateline.text, position },
      {
        // The rest keeps the space after the dateline, and its position starts there too.
        type: 'text',
        value: first.value.slice(dateline.length),
        position: index.position(end, first.position.end.offset),
      },
    )
    return { ...dateline, position }
  }
  return null
}

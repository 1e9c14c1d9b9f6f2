/**
 * The headline: the first block of the text when it is short (a line, or a few
 * when a PDF copy wraps it)
 * that does not read like a byline, a dateline or a link insert.
 */
import type { RawBlock } from './segment.js'

const MAX_TITLE_LENGTH = 250
/** A headline wider than the wrap width of a PDF copy takes a few lines. */
const MAX_TITLE_LINES = 3

/** Whether `block`, the first of the text with value `value`, is the headline. */
export function isTitle(block: RawBlock, value: string, blockCount: number): boolean {
  if (blockCount < 2) return false
  if (block.lines.length > MAX_TITLE_LINES) return false
  return value.length > 0 && value.length <= MAX_TITLE_LENGTH
}

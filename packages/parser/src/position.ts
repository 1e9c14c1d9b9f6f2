/**
 * Offsets to unist points. Built once per input, so that every node's position
 * costs a binary search over line starts instead of a scan from the beginning.
 */
import type { Point, Position } from './types.js'

const LINE_FEED = 0x0a
const CARRIAGE_RETURN = 0x0d

/**
 * Slots of the tables of recent points and positions (a power of two). Nodes
 * that touch share their boundary point, and the stages ask the same range
 * more than once (a mention's, then its inline node's): a long document holds
 * a third of the point objects it would otherwise, and fewer to collect.
 */
const RECENT_SLOTS = 1024
const RECENT_MASK = RECENT_SLOTS - 1

/** Maps offsets of one input to line/column points. */
export class LineIndex {
  readonly #lineStarts: number[]
  readonly #length: number
  /** The line of the last point asked. */
  #hint = 0
  /** Recent points by offset (direct-mapped); a point is never changed once made. */
  readonly #points: (Point | undefined)[] = new Array<Point | undefined>(RECENT_SLOTS)
  /** Recent positions by start offset (direct-mapped). */
  readonly #positions: (Position | undefined)[] = new Array<Position | undefined>(RECENT_SLOTS)

  /** `lineStarts`, when given, are the offsets where the lines of `text` start (0 first). */
  constructor(text: string, lineStarts?: number[]) {
    this.#length = text.length
    if (lineStarts) {
      this.#lineStarts = lineStarts
      return
    }
    const starts = [0]
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === LINE_FEED) starts.push(i + 1)
      else if (code === CARRIAGE_RETURN) {
        if (text.charCodeAt(i + 1) === LINE_FEED) i++
        starts.push(i + 1)
      }
    }
    this.#lineStarts = starts
  }

  /** The point at `offset`, clamped into the input. */
  point(offset: number): Point {
    const at = Math.max(0, Math.min(offset, this.#length))
    const recent = this.#points[at & RECENT_MASK]
    if (recent !== undefined && recent.offset === at) return recent
    const starts = this.#lineStarts
    // Points are mostly asked in reading order: try the line of the last answer first.
    let low = this.#hint
    if (!((starts[low] ?? 0) <= at && at < (starts[low + 1] ?? Number.POSITIVE_INFINITY))) {
      low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if ((starts[middle] ?? 0) <= at) low = middle
        else high = middle - 1
      }
      this.#hint = low
    }
    const point = { line: low + 1, column: at - (starts[low] ?? 0) + 1, offset: at }
    this.#points[at & RECENT_MASK] = point
    return point
  }

  /** The position from `start` up to (not including) `end`. */
  position(start: number, end: number): Position {
    const slot = start & RECENT_MASK
    const recent = this.#positions[slot]
    if (recent !== undefined && recent.start.offset === start && recent.end.offset === end)
      return recent
    const position = { start: this.point(start), end: this.point(end) }
    this.#positions[slot] = position
    return position
  }
}

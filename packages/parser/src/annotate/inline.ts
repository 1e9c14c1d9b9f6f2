/**
 * Inserts inline annotation nodes (quotations, mentions, times) into a block's
 * children. Annotations are value ranges of the block's plain text; they nest
 * (a mention inside a quotation) but never cross, and never cut into a literal
 * other than text (a dateline). The block's plain text does not change.
 */
import type { InlineContent, Position } from '../types.js'
import { positionOf, type Segment, type Source } from './segments.js'

/** An annotation to insert: its range and how to make its node. */
export interface InlineAnnotation {
  start: number
  end: number
  /** Builds the node from the range's children (for parents) or value (for literals). */
  make: (children: InlineContent[], value: string, position: Position) => InlineContent
}

/**
 * Rebuilds `segment.node.children` with the annotations of `lists` inserted
 * (as if the lists were one, in order); drops those that cross. The stages'
 * lists come apart so that no merged list is built for every segment.
 */
export function insertInline(
  segment: Segment,
  source: Source,
  ...lists: (readonly InlineAnnotation[] | undefined)[]
): void {
  const node = segment.node
  if (!node || lists.every((annotations) => (annotations?.length ?? 0) === 0)) return
  const length = segment.value.length
  const sealed = segment.sealed
  const sorted: InlineAnnotation[] = []
  for (const annotations of lists) {
    if (annotations === undefined) continue
    for (const a of annotations) {
      if (!(a.end > a.start && a.start >= 0 && a.end <= length)) continue
      if (sealed.length > 0 && sealed.some(([s, e]) => a.start < e && a.end > s)) continue
      sorted.push(a)
    }
  }
  sorted.sort((a, b) => a.start - b.start || b.end - a.end)
  // Keep a properly nested set: each annotation inside the last open one, or after it.
  const kept: InlineAnnotation[] = []
  const open: InlineAnnotation[] = []
  for (const annotation of sorted) {
    while (open.length > 0 && (open[open.length - 1] as InlineAnnotation).end <= annotation.start)
      open.pop()
    // Not open[-1] when none is open: a read before an array's start is a slow property lookup.
    const parent = open.length > 0 ? open[open.length - 1] : undefined
    if (parent && annotation.end > parent.end) continue
    kept.push(annotation)
    open.push(annotation)
  }
  const original = node.children
  let cursor = 0
  const build = (start: number, end: number, inside: InlineAnnotation[]): InlineContent[] => {
    const out: InlineContent[] = []
    let at = start
    while (cursor < inside.length) {
      const annotation = inside[cursor] as InlineAnnotation
      if (annotation.start >= end) break
      cursor++
      if (annotation.start > at) slice(at, annotation.start, out)
      const children = build(annotation.start, annotation.end, inside)
      const value = segment.value.slice(annotation.start, annotation.end)
      // A piece cut for exactly this range (the one child, inside one literal) already has the
      // position `positionOf` gives the range: a mention's text, a time's. The range is checked,
      // not inferred from the piece being the only child.
      const piece =
        children.length === 1 &&
        children[0] === lastCut &&
        cutFrom === annotation.start &&
        cutTo === annotation.end
          ? lastCut
          : null
      out.push(
        annotation.make(
          children,
          value,
          piece?.position ?? positionOf(segment, annotation.start, annotation.end, source),
        ),
      )
      at = annotation.end
    }
    if (end > at) slice(at, end, out)
    return out
  }
  // Pieces are asked in reading order: skip the literals that end before the piece once.
  let first = 0
  let firstOffset = 0
  /** The last piece cut from a literal (a new node, positioned by `positionOf`). */
  let lastCut: InlineContent | null = null
  /** The value range of `lastCut`. */
  let cutFrom = 0
  let cutTo = 0
  /** Adds the original literals' pieces within [start, end) to `out`. */
  const slice = (start: number, end: number, out: InlineContent[]): void => {
    for (; first < original.length; first++) {
      const child = original[first] as InlineContent
      if (!('value' in child) || typeof child.value !== 'string') continue
      if (firstOffset + child.value.length > start) break
      firstOffset += child.value.length
    }
    let offset = firstOffset
    for (let k = first; k < original.length && offset < end; k++) {
      const child = original[k] as InlineContent
      if (!('value' in child) || typeof child.value !== 'string') continue
      const from = Math.max(start, offset)
      const to = Math.min(end, offset + child.value.length)
      if (to > from) {
        const whole = from === offset && to === offset + child.value.length
        if (whole) out.push(child)
        else {
          lastCut = {
            ...child,
            value: child.value.slice(from - offset, to - offset),
            position: positionOf(segment, from, to, source),
          } as InlineContent
          cutFrom = from
          cutTo = to
          out.push(lastCut)
        }
      }
      offset += child.value.length
    }
  }
  node.children = build(0, segment.value.length, kept)
}

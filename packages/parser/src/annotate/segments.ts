/**
 * The texts that the annotation stages read: the headline and every block
 * that holds inline text (paragraphs, headings, list items, captions). Each
 * segment knows its plain text and, for every index of it, the offset in the
 * original input, so a span found in the plain text gets an exact position.
 */
import { flatten } from '../flat.js'
import { isLeadChar, repairAt } from '../mojibake.js'
import { fillOffsetRuns, fillOffsets, OffsetRuns } from '../offsets.js'
import type { LineIndex } from '../position.js'
import type { ArticleDocument, BlockContent, InlineContent, Position } from '../types.js'

/** The original input and what maps into it. */
export interface Source {
  text: string
  index: LineIndex
  /** Whether values had mojibake repaired (positions account for it). */
  repair: boolean
  /** The values that copied one line as it stands, by where they start (see reflow.ts). */
  plain?: ReadonlyMap<number, string>
}

/** A block whose inline children can be annotated. */
export interface InlineParent {
  type: string
  children: InlineContent[]
}

/** One text the annotation stages read. */
export interface Segment {
  kind: 'title' | 'standfirst' | 'paragraph' | 'heading' | 'listItem' | 'caption'
  /** The plain text. */
  value: string
  /** Source offset of each index of `value`, and of its end (built on first use). */
  readonly offsets: Int32Array
  /** The same offsets as runs, cheaper to build and to keep (built on first use). */
  readonly offsetRuns: OffsetRuns
  /** The node to insert inline annotations into; null for the headline and the standfirst (they live in meta). */
  node: InlineParent | null
  /** Value ranges that are literals other than text (a dateline): annotations stay outside them. */
  sealed: [number, number][]
}

/**
 * Where the dateline that opens `segment` ends ("LONDON, May 3 (Reuters) -"),
 * or 0 when it opens with none.
 */
export function datelineEnd(segment: Segment): number {
  const dateline = segment.sealed[0]
  return dateline?.[0] === 0 ? dateline[1] : 0
}

/**
 * Where the words of `segment` itself open: past the dateline that opens it,
 * or past the time of a live report's entry ("9:15 p.m. ET — Turnout in
 * Georgia ..."), white space included; 0 when it opens with neither.
 */
export function openingEnd(segment: Segment): number {
  const dateline = datelineEnd(segment)
  if (dateline > 0) return dateline
  const stamp = ENTRY_TIME.exec(segment.value.slice(0, MAX_ENTRY_TIME))
  return stamp ? stamp[0].length : 0
}
/** A live report's entry time and a dash: "9:15 p.m. ET — ", "14:05 GMT - ", "10:42am: ". */
const ENTRY_TIME =
  /^\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.m\.|[AaPp][Mm]))?(?: [A-Z]{2,4})?\s?(?:[—–-]|:)\s+/u
/** Characters read for {@link ENTRY_TIME}. */
const MAX_ENTRY_TIME = 32

/** The segments of `doc`, in reading order: the headline and the standfirst first. */
export function collectSegments(doc: ArticleDocument, source: Source): Segment[] {
  const segments: Segment[] = []
  const title = doc.meta.title
  const titlePosition = doc.meta.positions.title
  if (title && titlePosition) {
    const literal = { type: 'text' as const, value: title, position: titlePosition }
    segments.push(new LazySegment('title', flatten(title), source, [literal], null, []))
  }
  // The standfirst names who and what the story is about ("Katharine Hayhoe has spent ...").
  const standfirst = doc.meta.standfirst
  const standfirstPosition = doc.meta.positions.standfirst
  if (standfirst && standfirstPosition) {
    const literal = { type: 'text' as const, value: standfirst, position: standfirstPosition }
    segments.push(new LazySegment('standfirst', flatten(standfirst), source, [literal], null, []))
  }
  const visit = (block: BlockContent): void => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'caption':
        segments.push(segmentOf(block.type, block, source))
        break
      case 'list':
        for (const item of block.children) segments.push(segmentOf('listItem', item, source))
        break
      case 'blockquote':
        for (const child of block.children) visit(child)
        break
      default:
        break
    }
  }
  for (const block of doc.children) visit(block)
  return segments
}

function segmentOf(kind: Segment['kind'], node: InlineParent, source: Source): Segment {
  const literals = node.children.filter(
    (child): child is InlineContent & { value: string; position: Position } =>
      'value' in child && typeof child.value === 'string' && child.position !== undefined,
  )
  const sealed: [number, number][] = []
  let at = 0
  for (const literal of literals) {
    if (literal.type !== 'text') sealed.push([at, at + literal.value.length])
    at += literal.value.length
  }
  const values = literals.map((literal) => literal.value)
  return new LazySegment(
    kind,
    // Joining one value returns it as it is (a slice maybe); every stage scans this one.
    values.length === 1 ? flatten(values[0] as string) : values.join(''),
    source,
    literals,
    node,
    sealed,
  )
}

/**
 * A segment whose offset table is built the first time a position is asked of
 * it. A class, not an object with getters of its own: no closures per segment.
 */
class LazySegment implements Segment {
  kind: Segment['kind']
  value: string
  node: InlineParent | null
  sealed: [number, number][]
  readonly #source: Source
  readonly #literals: readonly { value: string; position: Position }[]
  #table: Int32Array | undefined
  #runs: OffsetRuns | undefined

  constructor(
    kind: Segment['kind'],
    value: string,
    source: Source,
    literals: readonly { value: string; position: Position }[],
    node: InlineParent | null,
    sealed: [number, number][],
  ) {
    this.kind = kind
    this.value = value
    this.node = node
    this.sealed = sealed
    this.#source = source
    this.#literals = literals
  }

  get offsets(): Int32Array {
    this.#table ??= offsetTable(this.#source, this.#literals)
    return this.#table
  }

  get offsetRuns(): OffsetRuns {
    this.#runs ??= offsetRunsOf(this.#source, this.#literals)
    return this.#runs
  }
}

/** Source offsets of every index of the literals' joined values. */
function offsetTable(
  source: Source,
  literals: readonly { value: string; position: Position }[],
): Int32Array {
  const total = literals.reduce((sum, literal) => sum + literal.value.length, 0)
  const table = new Int32Array(total + 1)
  let at = 0
  for (const literal of literals) {
    fillOffsets(source.text, literal.position.start.offset, literal.value, source.repair, table, at)
    at += literal.value.length
    table[at] = literal.position.end.offset
  }
  return table
}

/** `offsetTable` as runs. */
function offsetRunsOf(
  source: Source,
  literals: readonly { value: string; position: Position }[],
): OffsetRuns {
  const runs = new OffsetRuns()
  let at = 0
  for (const literal of literals) {
    const start = literal.position.start.offset
    // Most often the very string reflow made (the comparison is then of two references).
    const plain = source.plain?.get(start) === literal.value
    fillOffsetRuns(source.text, start, literal.value, source.repair, runs, at, plain)
    at += literal.value.length
    runs.set(at, literal.position.end.offset)
  }
  return runs
}

/** The position of value range [start, end) of `segment`. */
export function positionOf(segment: Segment, start: number, end: number, source: Source): Position {
  const runs = segment.offsetRuns
  const from = runs.at(start) ?? 0
  // The end is just past the last character, not at the start of what follows it.
  const last = end > start ? (runs.at(end - 1) ?? from) : from
  const to = end > start ? last + charLength(source, last) : from
  return source.index.position(from, Math.max(from, to))
}

/** Length in the source of the character the value shows at `offset` (a repaired run is longer). */
function charLength(source: Source, offset: number): number {
  const code = source.text.charCodeAt(offset)
  if (source.repair && isLeadChar(code)) return repairAt(source.text, offset)?.length ?? 1
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1
}

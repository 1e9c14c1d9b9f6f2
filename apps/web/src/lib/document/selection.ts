/**
 * What the reader has chosen on a document page: a quote, an entity (all its
 * mentions), a time, or any span of the text. It lives in the URL
 * (`?select=quote:q1`), so a choice is a link that works without JavaScript,
 * can be shared, and is rendered by the server as well as the browser.
 */
import type { ArticleDocument, Position } from '@copydesk/parser'

/** A choice on a document page. */
export type Selection =
  { kind: 'quote' | 'entity' | 'time'; id: string } | { kind: 'span'; start: number; end: number }

/** The search parameter that holds the selection. */
export const SELECT_PARAM = 'select'

const SPAN = /^(\d+)-(\d+)$/u

/**
 * Reads a selection from its URL form, or null when there is none or it is not one.
 *
 * @example
 * parseSelection('quote:q1') // { kind: 'quote', id: 'q1' }
 * parseSelection('span:105-295') // { kind: 'span', start: 105, end: 295 }
 */
export function parseSelection(value: string | null): Selection | null {
  if (!value) return null
  const colon = value.indexOf(':')
  if (colon < 0) return null
  const kind = value.slice(0, colon)
  const rest = value.slice(colon + 1)
  if (rest === '') return null
  if (kind === 'quote' || kind === 'entity' || kind === 'time') return { kind, id: rest }
  if (kind !== 'span') return null
  const match = SPAN.exec(rest)
  const start = Number(match?.[1])
  const end = Number(match?.[2])
  return match && start < end ? { kind, start, end } : null
}

/**
 * The URL form of a selection.
 *
 * @example
 * formatSelection({ kind: 'time', id: 't2' }) // 'time:t2'
 */
export function formatSelection(selection: Selection): string {
  return selection.kind === 'span'
    ? `span:${selection.start}-${selection.end}`
    : `${selection.kind}:${selection.id}`
}

/**
 * The search of a link that makes `selection`: `select=quote%3Aq1`.
 *
 * @example
 * goto(resolve(`/documents/[id]?${selectionQuery(selection)}`, { id }))
 */
export function selectionQuery(selection: Selection): string {
  return `${SELECT_PARAM}=${encodeURIComponent(formatSelection(selection))}`
}

/**
 * The search and hash of a link that makes `selection` and shows it:
 * `select=quote%3Aq1#quote-q1`. Pass it after `?` to `resolve`.
 *
 * @example
 * resolve(`/documents/[id]?${selectionSearch({ kind: 'quote', id: 'q1' })}`, { id })
 */
export function selectionSearch(selection: Selection): string {
  const search = selectionQuery(selection)
  const anchor = selectionAnchor(selection)
  return anchor ? `${search}#${anchor}` : search
}

/** The id of the element a selection scrolls to, when it has one. */
export function selectionAnchor(selection: Selection): string | null {
  if (selection.kind === 'quote') return quoteAnchor(selection.id)
  if (selection.kind === 'time') return timeAnchor(selection.id)
  return null
}

/** The id of a leaf block's element in the body (paragraph, heading, item, caption). */
export function blockAnchor(start: number): string {
  return `at-${start}`
}

/** The id of a quotation's element in the body. */
export function quoteAnchor(id: string): string {
  return `quote-${id}`
}

/** The id of a time's element in the body. */
export function timeAnchor(id: string): string {
  return `time-${id}`
}

type Tree = { type: string; children?: unknown; position?: Position } & Record<string, unknown>

const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'caption'])

/**
 * Where a link to `selection` should scroll: the quotation's or the time's
 * own element when the body renders one, else the paragraph (or other leaf
 * block) its words are in; null when it has no place in the body (an entity,
 * or text outside the body such as a related insert).
 *
 * @example
 * bodyAnchor(document, { kind: 'quote', id: 'q7' }) // 'quote-q7', or 'at-1630' for an indirect quote
 */
export function bodyAnchor(
  document: Pick<ArticleDocument, 'children' | 'quotes' | 'times'>,
  selection: Selection,
): string | null {
  if (selection.kind === 'entity') return null
  const leaves: Tree[] = []
  let own: string | null = null
  const visit = (node: Tree) => {
    if (selection.kind === 'quote' && node.type === 'quotation' && node.quoteId === selection.id) {
      own = quoteAnchor(selection.id)
    }
    if (selection.kind === 'time' && node.type === 'time' && node.timeId === selection.id) {
      own = timeAnchor(selection.id)
    }
    if (LEAF_BLOCKS.has(node.type)) leaves.push(node)
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as Tree)
  }
  for (const block of document.children) visit(block as unknown as Tree)
  if (own) return own
  const start =
    selection.kind === 'span'
      ? selection.start
      : selection.kind === 'quote'
        ? document.quotes.find((quote) => quote.id === selection.id)?.position.start.offset
        : document.times.find((time) => time.id === selection.id)?.position.start.offset
  if (start === undefined) return null
  const leaf = leaves.find(
    (node) =>
      node.position && node.position.start.offset <= start && start < node.position.end.offset,
  )
  return leaf?.position ? blockAnchor(leaf.position.start.offset) : null
}

/** Whether two selections are the same choice. */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a !== null && b !== null && formatSelection(a) === formatSelection(b)
}

/** What a highlighted span of the source is. */
export type HighlightRole = 'quote' | 'cue' | 'source' | 'mention' | 'time' | 'span'

/** A span of the original text to highlight, in UTF-16 offsets. */
export interface Highlight {
  start: number
  end: number
  role: HighlightRole
}

function highlight(position: Position, role: HighlightRole): Highlight {
  return { start: position.start.offset, end: position.end.offset, role }
}

/**
 * The spans of the original text that `selection` covers: a quote with its cue
 * and source, every mention of an entity, a time, or the chosen span. Empty
 * when the selection names nothing in `document`.
 *
 * @example
 * highlights(document, { kind: 'entity', id: 'e1' }) // one highlight per mention
 */
export function highlights(
  document: Pick<ArticleDocument, 'quotes' | 'entities' | 'times'>,
  selection: Selection | null,
): Highlight[] {
  if (!selection) return []
  switch (selection.kind) {
    case 'span':
      return [{ start: selection.start, end: selection.end, role: 'span' }]
    case 'quote': {
      const quote = document.quotes.find((candidate) => candidate.id === selection.id)
      if (!quote) return []
      return [
        highlight(quote.position, 'quote'),
        ...(quote.cue ? [highlight(quote.cue.position, 'cue')] : []),
        ...(quote.source ? [highlight(quote.source.position, 'source')] : []),
      ]
    }
    case 'entity': {
      const entity = document.entities.find((candidate) => candidate.id === selection.id)
      return entity ? entity.mentions.map((mention) => highlight(mention.position, 'mention')) : []
    }
    case 'time': {
      const time = document.times.find((candidate) => candidate.id === selection.id)
      return time ? [highlight(time.position, 'time')] : []
    }
  }
}

/**
 * What the node components need to know beyond their node: the document's
 * quotes, entities and times (a quotation shows its speaker, a pronoun who it
 * means, a date the range it stands for),
 * the reader's selection, and the id that links are built on. Set once by the
 * page that renders a document; the components read it with `readingContext`.
 */
import type { Entity, Node, Quote, TimeExpression } from '@copydesk/parser'
import { createContext } from 'svelte'
import type { Selection } from './selection.ts'

/** The document a body is read in. Getters, so the components follow changes. */
export interface Reading {
  /** The stored document's id, for links; null for the home page's live preview. */
  readonly documentId: string | null
  readonly quotes: ReadonlyMap<string, Quote>
  readonly entities: ReadonlyMap<string, Entity>
  /** The document's times by id (a date shows a range its expression resolves to). */
  readonly times: ReadonlyMap<string, TimeExpression>
  readonly selection: Selection | null
}

const [getReading, setReading, hasReading] = createContext<Reading>()

/**
 * Makes `reading` available to every node component below the caller.
 *
 * @example
 * provideReading({ get documentId() { return data.id }, ... })
 */
export const provideReading = setReading

/**
 * The reading the caller is rendered in, or null when a body is rendered on its own.
 *
 * @example
 * const reading = readingContext()
 * const quote = reading?.quotes.get(node.quoteId)
 */
export function readingContext(): Reading | null {
  return hasReading() ? getReading() : null
}

/** Whether `node` is the span the reader selected. */
export function isSelectedSpan(reading: Reading | null, node: Node): boolean {
  const selection = reading?.selection
  return (
    selection?.kind === 'span' &&
    node.position !== undefined &&
    selection.start === node.position.start.offset &&
    selection.end === node.position.end.offset
  )
}

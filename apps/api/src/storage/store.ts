/**
 * The storage interface the API is written against. Two implementations
 * satisfy it over the same SQL migrations: node:sqlite (a file, for Node) and
 * Cloudflare D1 (for Workers). Everything is async because D1 is.
 */
import type { ArticleDocument, Position } from '@copydesk/parser'

/** What identifies a stored document, without its content. */
export interface DocumentHead {
  id: string
  contentHash: string
  createdAt: string
}

/** A stored document with its bookkeeping. */
export interface StoredDocument extends DocumentHead {
  text: string
  /** The parsed document (parsed from `documentJson` on first read). */
  readonly document: ArticleDocument
  /** The parsed document as stored: JSON text, for answers that splice it in whole. */
  documentJson: string
}

/** What a list shows of one document. */
export interface DocumentSummary {
  id: string
  title: string | null
  publishedAt: string | null
  wordCount: number
  createdAt: string
}

/** A page of a list, newest document first. */
export interface Page<T> {
  items: T[]
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null
}

/** What `save` needs. */
export interface NewDocument {
  id: string
  contentHash: string
  createdAt: string
  text: string
  document: ArticleDocument
}

/** The document a quote or an entity belongs to. */
export interface DocumentRef {
  id: string
  title: string | null
  publishedAt: string | null
}

/** One quote of the library, with the document it is in. */
export interface QuoteItem {
  document: DocumentRef
  /** The quote's id inside its document. */
  id: string
  kind: string
  text: string
  speaker: { id: string; name: string | null } | null
  /** The mention the cue attaches to, as written ("he", "the Kremlin"). */
  source: string | null
  /** The cue, as written ("said", "told reporters"). */
  cue: string | null
  /** Where the quoted words are in the document's text. */
  position: Position | null
}

/** One entity of one document. */
export interface EntityItem {
  document: DocumentRef
  /** The entity's id inside its document. */
  id: string
  kind: string
  name: string
  aliases: string[]
  titles: string[]
  mentions: number
  /** Where the entity is first mentioned in the document's text. */
  position: Position | null
}

/** Paging shared by every list. */
export interface PageQuery {
  limit: number
  cursor?: string | undefined
}

/** Filters of the document list; every one is optional. */
export interface DocumentQuery extends PageQuery {
  /** Words that must all appear in the title or the text (FTS5). */
  q?: string | undefined
  /** A document must name an entity whose name or alias contains this. */
  entity?: string | undefined
  /** A document must quote a speaker whose name or alias contains this. */
  speaker?: string | undefined
  /** Earliest publication date, YYYY-MM-DD. */
  from?: string | undefined
  /** Latest publication date, YYYY-MM-DD. */
  to?: string | undefined
}

/** Filters of the quote list. */
export interface QuoteQuery extends PageQuery {
  speaker?: string | undefined
  /** Text the quote contains. */
  q?: string | undefined
  kind?: string | undefined
}

/** Filters of the entity list. */
export interface EntityQuery extends PageQuery {
  /** Text the entity's name or an alias contains. */
  q?: string | undefined
  kind?: string | undefined
}

/** Where documents live. */
export interface DocumentStore {
  /** Stores `input` unless a document with the same content hash exists; returns the stored one. */
  save(input: NewDocument): Promise<{ document: StoredDocument; created: boolean }>
  get(id: string): Promise<StoredDocument | null>
  /** Whether document `id` exists, and its bookkeeping: a cheaper read than `get`. */
  head(id: string): Promise<DocumentHead | null>
  getByHash(contentHash: string): Promise<StoredDocument | null>
  list(query: DocumentQuery): Promise<Page<DocumentSummary>>
  quotes(query: QuoteQuery): Promise<Page<QuoteItem>>
  entities(query: EntityQuery): Promise<Page<EntityItem>>
  delete(id: string): Promise<boolean>
  count(): Promise<number>
}

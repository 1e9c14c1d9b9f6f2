/**
 * The storage interface the API is written against. Two implementations
 * satisfy it over the same SQL migrations: node:sqlite (a file, for Node) and
 * Cloudflare D1 (for Workers). Everything is async because D1 is.
 */
import type { ArticleDocument } from '@copydesk/parser'

/** A stored document with its bookkeeping. */
export interface StoredDocument {
  id: string
  contentHash: string
  createdAt: string
  text: string
  document: ArticleDocument
}

/** What a list shows of one document. */
export interface DocumentSummary {
  id: string
  title: string | null
  publishedAt: string | null
  wordCount: number
  createdAt: string
}

/** A page of a list, newest first. */
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

/** Where documents live. */
export interface DocumentStore {
  /** Stores `input` unless a document with the same content hash exists; returns the stored one. */
  save(input: NewDocument): Promise<{ document: StoredDocument; created: boolean }>
  get(id: string): Promise<StoredDocument | null>
  list(options: { limit: number; cursor?: string | undefined }): Promise<Page<DocumentSummary>>
  delete(id: string): Promise<boolean>
  count(): Promise<number>
}

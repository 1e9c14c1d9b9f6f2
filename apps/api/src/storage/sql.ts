/**
 * The SQL both stores run, written once, with the mapping of its rows. Each
 * store only runs statements (see `sql-store.ts`), so node:sqlite and D1
 * behave the same by construction. Optional filters are `(? IS NULL OR ...)`
 * so that every list is one fixed statement, prepared once.
 */
import type { ArticleDocument, Position } from '@copydesk/parser'
import { decodeCursor, encodeCursor } from './cursor.js'
import { fold } from './fold.js'
import { ftsQuery } from './fts.js'
import type { IndexRows } from './index-rows.js'
import type {
  DocumentQuery,
  DocumentSummary,
  EntityItem,
  EntityQuery,
  NewDocument,
  Page,
  QuoteItem,
  QuoteQuery,
  StoredDocument,
} from './store.js'

/** A value SQLite and D1 both bind. */
export type SqlValue = string | number | null

/** One statement with its parameters. */
export interface Statement {
  sql: string
  params: SqlValue[]
}

/** The sort key of the document list: created, then id. */
export const DOCUMENT_CURSOR = ['string', 'string'] as const
/** The sort key of the quote and entity lists: the document's, then the item's order in it. */
export const ITEM_CURSOR = ['string', 'string', 'number'] as const

const INSERT_DOCUMENT = `INSERT INTO documents
  (id, content_hash, title, published_at, word_count, created_at, source_text, document)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (content_hash) DO NOTHING`

// The rows below are written only when the INSERT above stored a document
// under this id: when the same text was stored first (by another request,
// at the same time) there is no document with the new id, so they write
// nothing. That keeps a save one atomic batch, with no read in between.
const INSERT_FTS = `INSERT INTO documents_fts (rowid, title, body)
  SELECT rowid, ?, ? FROM documents WHERE id = ?`

const INSERT_QUOTES = `INSERT INTO quotes
  (document_id, seq, quote_id, kind, text, text_match, speaker_id, speaker_name,
   speaker_match, source_text, cue_text, position, doc_created_at)
  SELECT d.id, json_extract(j.value, '$.seq'), json_extract(j.value, '$.quoteId'),
    json_extract(j.value, '$.kind'), json_extract(j.value, '$.text'),
    json_extract(j.value, '$.textMatch'), json_extract(j.value, '$.speakerId'),
    json_extract(j.value, '$.speakerName'), json_extract(j.value, '$.speakerMatch'),
    json_extract(j.value, '$.sourceText'), json_extract(j.value, '$.cueText'),
    json_extract(j.value, '$.position'), d.created_at
  FROM documents d, json_each(?) j WHERE d.id = ?`

const INSERT_ENTITIES = `INSERT INTO entities
  (document_id, seq, entity_id, kind, name, aliases, titles, name_match, mention_count,
   position, doc_created_at)
  SELECT d.id, json_extract(j.value, '$.seq'), json_extract(j.value, '$.entityId'),
    json_extract(j.value, '$.kind'), json_extract(j.value, '$.name'),
    json_extract(j.value, '$.aliases'), json_extract(j.value, '$.titles'),
    json_extract(j.value, '$.nameMatch'), json_extract(j.value, '$.mentionCount'),
    json_extract(j.value, '$.position'), d.created_at
  FROM documents d, json_each(?) j WHERE d.id = ?`

const DOCUMENT_COLUMNS = 'id, content_hash, created_at, source_text, document'
export const SELECT_BY_ID = `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`
export const SELECT_BY_HASH = `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE content_hash = ?`
export const SELECT_HEAD = `SELECT id, content_hash, created_at FROM documents WHERE id = ?`
export const COUNT_DOCUMENTS = `SELECT COUNT(*) AS n FROM documents`

const SELECT_PAGE = `SELECT d.id, d.title, d.published_at, d.word_count, d.created_at
  FROM documents d
  WHERE (?1 IS NULL OR d.created_at < ?1 OR (d.created_at = ?1 AND d.id < ?2))
    AND (?3 IS NULL OR d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?3))
    AND (?4 IS NULL OR EXISTS (SELECT 1 FROM entities e
      WHERE e.document_id = d.id AND instr(e.name_match, ?4) > 0))
    AND (?5 IS NULL OR EXISTS (SELECT 1 FROM quotes q
      WHERE q.document_id = d.id AND instr(q.speaker_match, ?5) > 0))
    AND (?6 IS NULL OR substr(d.published_at, 1, 10) >= ?6)
    AND (?7 IS NULL OR substr(d.published_at, 1, 10) <= ?7)
  ORDER BY d.created_at DESC, d.id DESC
  LIMIT ?8`

const ITEM_AFTER = (t: string) => `(?1 IS NULL OR ${t}.doc_created_at < ?1
    OR (${t}.doc_created_at = ?1 AND (${t}.document_id < ?2
      OR (${t}.document_id = ?2 AND ${t}.seq > ?3))))`

const SELECT_QUOTES = `SELECT q.document_id, q.seq, q.quote_id, q.kind, q.text, q.speaker_id,
    q.speaker_name, q.source_text, q.cue_text, q.position, q.doc_created_at,
    d.title, d.published_at
  FROM quotes q JOIN documents d ON d.id = q.document_id
  WHERE ${ITEM_AFTER('q')}
    AND (?4 IS NULL OR instr(q.speaker_match, ?4) > 0)
    AND (?5 IS NULL OR instr(q.text_match, ?5) > 0)
    AND (?6 IS NULL OR q.kind = ?6)
  ORDER BY q.doc_created_at DESC, q.document_id DESC, q.seq ASC
  LIMIT ?7`

const SELECT_ENTITIES = `SELECT e.document_id, e.seq, e.entity_id, e.kind, e.name, e.aliases,
    e.titles, e.mention_count, e.position, e.doc_created_at, d.title, d.published_at
  FROM entities e JOIN documents d ON d.id = e.document_id
  WHERE ${ITEM_AFTER('e')}
    AND (?4 IS NULL OR instr(e.name_match, ?4) > 0)
    AND (?5 IS NULL OR e.kind = ?5)
  ORDER BY e.doc_created_at DESC, e.document_id DESC, e.seq ASC
  LIMIT ?6`

/** The statements that store `input` with its search rows, to run as one transaction. */
export function saveStatements(input: NewDocument, rows: IndexRows): Statement[] {
  const { meta } = input.document
  return [
    {
      sql: INSERT_DOCUMENT,
      params: [
        input.id,
        input.contentHash,
        meta.title,
        meta.publishedAt,
        meta.wordCount,
        input.createdAt,
        input.text,
        JSON.stringify(input.document),
      ],
    },
    { sql: INSERT_FTS, params: [meta.title ?? '', input.text, input.id] },
    { sql: INSERT_QUOTES, params: [JSON.stringify(rows.quotes), input.id] },
    { sql: INSERT_ENTITIES, params: [JSON.stringify(rows.entities), input.id] },
  ]
}

/** The statements that delete document `id` and its search rows; the last one's changes tell. */
export function deleteStatements(id: string): Statement[] {
  return [
    {
      sql: `DELETE FROM documents_fts WHERE rowid = (SELECT rowid FROM documents WHERE id = ?)`,
      params: [id],
    },
    { sql: `DELETE FROM quotes WHERE document_id = ?`, params: [id] },
    { sql: `DELETE FROM entities WHERE document_id = ?`, params: [id] },
    { sql: `DELETE FROM documents WHERE id = ?`, params: [id] },
  ]
}

/** The statement of one page of documents; it asks for one extra row to tell if there is more. */
export function pageStatement(query: DocumentQuery): Statement {
  const key = query.cursor ? decodeCursor(query.cursor, DOCUMENT_CURSOR) : null
  return {
    sql: SELECT_PAGE,
    params: [
      key?.[0] ?? null,
      key?.[1] ?? null,
      query.q ? ftsQuery(query.q) : null,
      query.entity ? fold(query.entity) : null,
      query.speaker ? fold(query.speaker) : null,
      query.from ?? null,
      query.to ?? null,
      query.limit + 1,
    ],
  }
}

/** The statement of one page of quotes. */
export function quotesStatement(query: QuoteQuery): Statement {
  const key = query.cursor ? decodeCursor(query.cursor, ITEM_CURSOR) : null
  return {
    sql: SELECT_QUOTES,
    params: [
      key?.[0] ?? null,
      key?.[1] ?? null,
      key?.[2] ?? null,
      query.speaker ? fold(query.speaker) : null,
      query.q ? fold(query.q) : null,
      query.kind ?? null,
      query.limit + 1,
    ],
  }
}

/** The statement of one page of entities. */
export function entitiesStatement(query: EntityQuery): Statement {
  const key = query.cursor ? decodeCursor(query.cursor, ITEM_CURSOR) : null
  return {
    sql: SELECT_ENTITIES,
    params: [
      key?.[0] ?? null,
      key?.[1] ?? null,
      key?.[2] ?? null,
      query.q ? fold(query.q) : null,
      query.kind ?? null,
      query.limit + 1,
    ],
  }
}

/** A row of `SELECT_BY_ID` / `SELECT_BY_HASH`. */
export interface DocumentRow {
  id: string
  content_hash: string
  created_at: string
  source_text: string
  document: string
}

/** A row of the document list. */
export interface SummaryRow {
  id: string
  title: string | null
  published_at: string | null
  word_count: number
  created_at: string
}

interface ItemRow {
  document_id: string
  seq: number
  doc_created_at: string
  title: string | null
  published_at: string | null
  position: string | null
}

/** A row of the quote list. */
export interface QuoteRow extends ItemRow {
  quote_id: string
  kind: string
  text: string
  speaker_id: string | null
  speaker_name: string | null
  source_text: string | null
  cue_text: string | null
}

/** A row of the entity list. */
export interface EntityRow extends ItemRow {
  entity_id: string
  kind: string
  name: string
  aliases: string
  titles: string
  mention_count: number
}

/** The stored document of `row`; its JSON is parsed only when `document` is read. */
export function toStoredDocument(row: DocumentRow): StoredDocument {
  let parsed: ArticleDocument | undefined
  return {
    id: row.id,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    text: row.source_text,
    documentJson: row.document,
    get document() {
      parsed ??= JSON.parse(row.document) as ArticleDocument
      return parsed
    },
  }
}

/** A page of documents from the rows of `pageStatement` (one more than `limit` when there is more). */
export function toDocumentPage(rows: SummaryRow[], limit: number): Page<DocumentSummary> {
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    title: row.title,
    publishedAt: row.published_at,
    wordCount: Number(row.word_count),
    createdAt: row.created_at,
  }))
  const last = items.at(-1)
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt, last.id]) : null,
  }
}

/** A page of quotes from the rows of `quotesStatement`. */
export function toQuotePage(rows: QuoteRow[], limit: number): Page<QuoteItem> {
  return itemPage(rows, limit, (row) => ({
    document: documentRef(row),
    id: row.quote_id,
    kind: row.kind,
    text: row.text,
    speaker: row.speaker_id ? { id: row.speaker_id, name: row.speaker_name } : null,
    source: row.source_text,
    cue: row.cue_text,
    position: position(row.position),
  }))
}

/** A page of entities from the rows of `entitiesStatement`. */
export function toEntityPage(rows: EntityRow[], limit: number): Page<EntityItem> {
  return itemPage(rows, limit, (row) => ({
    document: documentRef(row),
    id: row.entity_id,
    kind: row.kind,
    name: row.name,
    aliases: stringArray(row.aliases),
    titles: stringArray(row.titles),
    mentions: Number(row.mention_count),
    position: position(row.position),
  }))
}

function itemPage<R extends ItemRow, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    items: page.map(map),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor([last.doc_created_at, last.document_id, Number(last.seq)])
        : null,
  }
}

function documentRef(row: ItemRow) {
  return { id: row.document_id, title: row.title, publishedAt: row.published_at }
}

function position(json: string | null): Position | null {
  return json ? (JSON.parse(json) as Position) : null
}

function stringArray(json: string): string[] {
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

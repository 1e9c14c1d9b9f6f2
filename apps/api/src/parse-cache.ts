/**
 * `parse` with a small memory, for POST /v1/parse: the parser is pure, so
 * the same text with the same reference date always gives the same document,
 * and clients do send the same article again (retries, previews before
 * storing, the sample). A hit costs a map lookup instead of a parse, a
 * serialization and an encoding: the document is kept as UTF-8 JSON bytes,
 * and gzipped once a client asks for gzip, in a cache bounded by size (see
 * `byte-cache.ts`).
 */
import { parse, type ArticleDocument } from '@copydesk/parser'
import { createByteCache, utf8, type ByteCache } from './byte-cache.js'
import { gzip } from './compression.js'

/** Bytes of JSON (and keys) the cache keeps. */
export const PARSE_CACHE_BUDGET_BYTES = 16 * 1024 * 1024
/** Texts longer than this are parsed every time, never cached. */
export const PARSE_CACHE_MAX_TEXT_CHARS = 100_000

/** A parsed document as UTF-8 JSON, and as a document on demand. */
export interface Parsed {
  json: Uint8Array<ArrayBuffer>
  /** The document; decoded from `json` on first read after a cache hit. */
  readonly document: ArticleDocument
  /** `json` gzipped; compressed once per cached text. */
  gzipped(): Promise<Uint8Array<ArrayBuffer>>
}

/** A memoized `parse`. */
export interface ParseCache {
  parse(text: string, referenceDate: string | undefined): Parsed
  /** How many entries it holds: documents, and gzipped copies of them. */
  readonly size: number
}

const decoder = new TextDecoder()

/**
 * A new cache holding at most `budgetBytes`; 0 turns it off.
 *
 * @example
 * const parser = createParseCache()
 * parser.parse(text, '2023-04-20').json // parsed once, then served from memory
 */
export function createParseCache(budgetBytes: number = PARSE_CACHE_BUDGET_BYTES): ParseCache {
  const cache = createByteCache(budgetBytes)
  return {
    parse(text, referenceDate) {
      const cacheable = budgetBytes > 0 && text.length <= PARSE_CACHE_MAX_TEXT_CHARS
      const key = cacheable ? `${referenceDate ?? ''}\n${text}` : ''
      const hit = cacheable ? cache.get(key) : undefined
      if (hit) return fromJson(hit, gzippedOnce(cache, key, hit))
      const document = parse(text, { referenceDate })
      const json = utf8(JSON.stringify(document))
      if (cacheable) cache.set(key, json)
      return { json, document, gzipped: gzippedOnce(cache, key, json) }
    },
    get size() {
      return cache.size
    },
  }
}

function fromJson(
  json: Uint8Array<ArrayBuffer>,
  gzipped: () => Promise<Uint8Array<ArrayBuffer>>,
): Parsed {
  let document: ArticleDocument | undefined
  return {
    json,
    get document() {
      document ??= JSON.parse(decoder.decode(json)) as ArticleDocument
      return document
    },
    gzipped,
  }
}

/**
 * Gzips `json` on first call and keeps it beside the plain bytes, under
 * `gzip` and `key` (a plain key starts with a date or a line break, so the
 * two never meet); nothing is kept when `key` is '' (a text not cached).
 */
function gzippedOnce(
  cache: ByteCache,
  key: string,
  json: Uint8Array<ArrayBuffer>,
): () => Promise<Uint8Array<ArrayBuffer>> {
  return async () => {
    const gzipKey = key ? `gzip${key}` : ''
    const hit = gzipKey ? cache.get(gzipKey) : undefined
    if (hit) return hit
    const bytes = await gzip(json)
    if (gzipKey) cache.set(gzipKey, bytes)
    return bytes
  }
}

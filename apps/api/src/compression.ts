/**
 * Gzip for the answers the API keeps and sends again: a document's JSON is
 * about 18 times the size of its article (every node carries its position),
 * and gzip brings it back to under a tenth. Browsers and `fetch` ask for it
 * (`Accept-Encoding: gzip, deflate, br`); the bytes are compressed once, kept
 * beside the plain ones, and a hit sends them as they are. Clients that do
 * not ask get the plain bytes.
 *
 * CompressionStream is in Node and in workerd alike, so both runtimes answer
 * the same; the Worker entry marks such bodies as already encoded, or workerd
 * would gzip them again (see worker.ts).
 */

/** Bodies smaller than this go out as they are: gzip would save little and cost a round of work. */
export const MIN_GZIP_BYTES = 1024

/** Most codings of an Accept-Encoding header that are read; the rest are ignored. */
const MAX_CODINGS = 32

/**
 * Whether `acceptEncoding` (RFC 9110 section 12.5.3) accepts gzip: named
 * with a q above 0, or covered by `*` with a q above 0.
 *
 * @example
 * acceptsGzip('gzip, deflate, br') // true
 * acceptsGzip('br;q=1, gzip;q=0') // false
 * acceptsGzip(undefined) // false
 */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false
  let named: number | undefined
  let wildcard: number | undefined
  for (const part of acceptEncoding.split(',').slice(0, MAX_CODINGS)) {
    const [coding = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const qParam = params.find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (!Number.isFinite(q) || q < 0 || q > 1) continue
    if (coding === 'gzip' || coding === 'x-gzip') named = Math.max(named ?? 0, q)
    else if (coding === '*') wildcard = q
  }
  return (named ?? wildcard ?? 0) > 0
}

/**
 * `bytes` gzipped.
 *
 * @example
 * const body = await gzip(utf8(json))
 */
export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Whether a body of `byteLength` bytes should go out gzipped to a client that sent `acceptEncoding`. */
export function shouldGzip(byteLength: number, acceptEncoding: string | undefined): boolean {
  return byteLength >= MIN_GZIP_BYTES && acceptsGzip(acceptEncoding)
}

/**
 * `Vary` of an answer that depends on `Accept` and may be gzipped: every
 * variant names both, so a cache keeps them apart.
 */
export const VARY_ACCEPT_AND_ENCODING = 'Accept, Accept-Encoding'

/**
 * The ETag of the gzipped variant: weak, since its bytes differ from the
 * plain answer's while the content is the same (RFC 9110 section 8.8.1), as
 * Hono's compress middleware does. `If-None-Match` compares weakly, so
 * either tag gets a 304.
 *
 * @example
 * weakETag('"abc-json"') // 'W/"abc-json"'
 */
export function weakETag(etag: string): string {
  return etag.startsWith('W/') ? etag : `W/${etag}`
}

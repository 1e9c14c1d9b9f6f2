/**
 * Document ids and content hashes, from Web Crypto so they work on Node and
 * on Workers alike. Ids sort by creation time, which keeps lists stable.
 */
const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
const RANDOM_CHARS = 10
const TIME_CHARS = 9

/** A new id: time-ordered, 19 characters of Crockford base32 lower case. */
export function newDocumentId(now: number = Date.now()): string {
  let time = ''
  let t = now
  for (let i = 0; i < TIME_CHARS; i++) {
    time = ID_ALPHABET[t % 32] + time
    t = Math.floor(t / 32)
  }
  const bytes = crypto.getRandomValues(new Uint8Array(RANDOM_CHARS))
  let random = ''
  for (const byte of bytes) random += ID_ALPHABET[byte % 32]
  return time + random
}

/** Hex SHA-256 of `text`, with the options that change the parse. */
export async function contentHash(
  text: string,
  referenceDate: string | undefined,
): Promise<string> {
  const data = new TextEncoder().encode(`${referenceDate ?? ''}\n${text}`)
  const digest = await crypto.subtle.digest('SHA-256', data)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

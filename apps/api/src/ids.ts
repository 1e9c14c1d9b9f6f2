/**
 * Document ids and content hashes, from Web Crypto so they work on Node and
 * on Workers alike. Ids sort by creation time, and within one process they
 * never go backwards, even for two ids made in the same millisecond, which
 * keeps "newest first" lists stable.
 */
const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
const BASE = ID_ALPHABET.length
const RANDOM_CHARS = 10
const TIME_CHARS = 9

let lastTime = -1
let lastRandom: number[] = []

/**
 * A new id, 19 characters of Crockford base32 (time, then randomness), with
 * the time it was made.
 *
 * @example
 * const { id, createdAt } = newDocumentId() // { id: '1m8g1kmx1jq2p2vcw9m', createdAt: '2026-11-28T…' }
 */
export function newDocumentId(now: number = Date.now()): { id: string; createdAt: string } {
  let random: number[]
  if (now <= lastTime) {
    now = lastTime
    random = increment(lastRandom)
  } else {
    random = [...crypto.getRandomValues(new Uint8Array(RANDOM_CHARS))].map((b) => b % BASE)
  }
  lastTime = now
  lastRandom = random
  let time = ''
  let t = now
  for (let i = 0; i < TIME_CHARS; i++) {
    time = ID_ALPHABET[t % BASE] + time
    t = Math.floor(t / BASE)
  }
  return {
    id: time + random.map((digit) => ID_ALPHABET[digit]).join(''),
    createdAt: new Date(now).toISOString(),
  }
}

/** `digits` plus one, in base 32 (a wrap-around after 32^10 ids in one millisecond is moot). */
function increment(digits: readonly number[]): number[] {
  const next = [...digits]
  for (let i = next.length - 1; i >= 0; i--) {
    const digit = (next[i] ?? 0) + 1
    next[i] = digit % BASE
    if (digit < BASE) break
  }
  return next
}

/** Hex SHA-256 of `text`, with the options that change the parse. */
export async function contentHash(
  text: string,
  referenceDate: string | undefined,
): Promise<string> {
  return sha256Hex(`${referenceDate ?? ''}\n${text}`)
}

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
 *
 * @example
 * await sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  let hex = ''
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0')
  return hex
}

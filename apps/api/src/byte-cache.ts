/**
 * A least-recently-used cache of encoded answers, bounded by their total
 * size. The API keeps bodies it will send again as bytes, so a hit costs no
 * parse, no serialization and no UTF-8 encoding, and leaves no garbage
 * behind: what makes hot reads fast and keeps the server's memory flat.
 */

/** An LRU map from keys to bytes. */
export interface ByteCache {
  get(key: string): Uint8Array<ArrayBuffer> | undefined
  /** Keeps `bytes` unless they alone are over the budget. */
  set(key: string, bytes: Uint8Array<ArrayBuffer>): void
  /** Drops every key that starts with `prefix`. */
  deletePrefix(prefix: string): void
  readonly size: number
  readonly bytes: number
}

/**
 * A cache that keeps at most `budgetBytes` (keys counted as 2 bytes a
 * character); 0 keeps nothing.
 *
 * @example
 * const cache = createByteCache(8 * 1024 * 1024)
 * cache.set('doc:json', new TextEncoder().encode('{}'))
 */
export function createByteCache(budgetBytes: number): ByteCache {
  const entries = new Map<string, Uint8Array<ArrayBuffer>>()
  let used = 0
  const cost = (key: string, bytes: Uint8Array): number => key.length * 2 + bytes.byteLength
  const drop = (key: string): void => {
    const bytes = entries.get(key)
    if (bytes === undefined) return
    entries.delete(key)
    used -= cost(key, bytes)
  }
  return {
    get(key) {
      const bytes = entries.get(key)
      if (bytes !== undefined) {
        entries.delete(key)
        entries.set(key, bytes)
      }
      return bytes
    },
    set(key, bytes) {
      drop(key)
      if (cost(key, bytes) > budgetBytes) return
      entries.set(key, bytes)
      used += cost(key, bytes)
      for (const oldest of entries.keys()) {
        if (used <= budgetBytes) break
        drop(oldest)
      }
    },
    deletePrefix(prefix) {
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) drop(key)
    },
    get size() {
      return entries.size
    },
    get bytes() {
      return used
    },
  }
}

const encoder = new TextEncoder()

/**
 * `text` as UTF-8 bytes, typed as the plain-ArrayBuffer bytes a Response takes
 * (TextEncoder always makes a fresh, unshared buffer).
 *
 * @example
 * c.body(utf8('{"status":"ok"}'))
 */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text) as Uint8Array<ArrayBuffer>
}

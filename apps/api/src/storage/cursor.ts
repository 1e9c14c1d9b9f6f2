/**
 * Cursors are opaque to clients: the sort key of the last item of a page,
 * as base64url JSON. Decoding checks the shape, so a cursor made up by a
 * client (or taken from another list) is refused rather than misread.
 */

/** One part of a sort key. */
export type KeyPart = string | number

/** Most characters a cursor may have; ours are under 100. */
export const MAX_CURSOR_CHARS = 512

/**
 * The cursor for `key`.
 *
 * @example
 * encodeCursor(['2026-11-28T10:00:00.000Z', '01jb8x3k2m9q4r7t5v']) // 'WyIyMDI2LTEx...'
 */
export function encodeCursor(key: readonly KeyPart[]): string {
  return btoa(JSON.stringify(key)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '')
}

/**
 * The key in `cursor` when it has the `shape` given (the type of each part), else null.
 *
 * @example
 * decodeCursor(cursor, ['string', 'string']) // ['2026-11-28T10:00:00.000Z', '01jb8x3k2m9q4r7t5v']
 */
export function decodeCursor<const S extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: S,
): { [K in keyof S]: S[K] extends 'number' ? number : string } | null {
  if (cursor.length > MAX_CURSOR_CHARS) return null
  try {
    const value: unknown = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')))
    if (
      Array.isArray(value) &&
      value.length === shape.length &&
      value.every((part, i) => typeof part === shape[i])
    ) {
      return value as { [K in keyof S]: S[K] extends 'number' ? number : string }
    }
  } catch {
    // not base64 or not JSON: not a cursor of ours
  }
  return null
}

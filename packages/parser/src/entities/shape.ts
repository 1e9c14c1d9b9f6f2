/**
 * Token shapes for the tagger: "Xx" for "Nato", "X.X." for "U.S.", "d-d" for
 * "3-4" (upper X, lower x, digit d, other characters as they are, repeats
 * collapsed). The tagger only needs a shape's hash, made from the token's
 * characters in place and kept for the document; the shape as a string is
 * for the training script's feature names.
 */
import { HASH_MASK, HASH_OFFSET, HASH_PRIME } from './hash.js'
import type { DocumentView } from './view.js'

/** A shape hash not made yet. */
export const UNKNOWN_SHAPE = -1
const FIRST_NON_ASCII = 0x80
const DIGIT_KIND = 0x64 // d
const UPPER_KIND = 0x58 // X
const LOWER_KIND = 0x78 // x

/** The shape class of each character ({@link shapeOf}), plus one; 0 until asked. */
const SHAPE_KINDS = new Uint16Array(0x10000)

/** The shape class of a character: upper X, lower x, digit d, others as is. */
function shapeKind(code: number): number {
  const known = SHAPE_KINDS[code] as number
  if (known) return known - 1
  let kind: number
  if (code >= 0x30 && code <= 0x39) kind = DIGIT_KIND
  else if (code >= 0x41 && code <= 0x5a) kind = UPPER_KIND
  else if (code >= 0x61 && code <= 0x7a) kind = LOWER_KIND
  else if (code < FIRST_NON_ASCII) kind = code
  else {
    const char = String.fromCharCode(code)
    const lower = char.toLowerCase()
    kind = lower === char.toUpperCase() ? code : char === lower ? LOWER_KIND : UPPER_KIND
  }
  SHAPE_KINDS[code] = kind + 1
  return kind
}

/** {@link hashOf} the shape of token `k` ({@link shapeOf} its text), computed once. */
export function shapeHashAt(doc: DocumentView, k: number): number {
  const known = doc.shapeHash[k] as number
  if (known !== UNKNOWN_SHAPE) return known
  const tokens = doc.tokens
  const value = tokens.values[tokens.text[k] as number] as string
  const end = tokens.end[k] as number
  let hash = HASH_OFFSET
  let last = -1
  for (let i = tokens.start[k] as number; i < end; i++) {
    const kind = shapeKind(value.charCodeAt(i))
    if (kind !== last) hash = Math.imul(hash ^ kind, HASH_PRIME) & HASH_MASK
    last = kind
  }
  doc.shapeHash[k] = hash
  return hash
}

/** The shape of token `k`: "Xx", "X.X.", "d-d", "XX". */
export function shapeAt(doc: DocumentView, k: number): string {
  const tokens = doc.tokens
  const value = tokens.values[tokens.text[k] as number] as string
  return shapeOf(value.slice(tokens.start[k], tokens.end[k]))
}

/** Character classes in order, repeats collapsed: upper X, lower x, digit d, others as is. */
export function shapeOf(text: string): string {
  let shape = ''
  let last = -1
  for (let i = 0; i < text.length; i++) {
    const kind = shapeKind(text.charCodeAt(i))
    if (kind !== last) shape += String.fromCharCode(kind)
    last = kind
  }
  return shape
}

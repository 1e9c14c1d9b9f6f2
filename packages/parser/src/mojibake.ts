/**
 * Mojibake: UTF-8 text that was read as Windows-1252 on its way to the
 * clipboard, so "’" arrives as "â€™" and "é" as "Ã©". Each such run is a valid
 * UTF-8 byte sequence once its characters are mapped back to their
 * Windows-1252 bytes; decoding it repairs the character.
 */

/** Windows-1252 characters in 0x80-0x9F, by their byte. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
const BYTE_OF = new Map<number, number>()
for (let byte = 0x80; byte <= 0x9f; byte++) BYTE_OF.set(CP1252_HIGH.charCodeAt(byte - 0x80), byte)
for (let byte = 0xa0; byte <= 0xff; byte++) BYTE_OF.set(byte, byte)

/** The Windows-1252 byte of the character `code`, or -1. */
function byteOf(code: number): number {
  return BYTE_OF.get(code) ?? -1
}

/** Whether `code` can open a mojibake run: Latin-1 "Â" to "ï". */
export function isLeadChar(code: number): boolean {
  return code >= 0xc2 && code <= 0xef
}

/** A repaired character and how many characters of the input it replaces. */
export interface Repair {
  char: string
  length: number
}

/** The mojibake run at `i` of `text`, decoded, or null. */
export function repairAt(text: string, i: number): Repair | null {
  const lead = byteOf(text.charCodeAt(i))
  let need: number
  let code: number
  if (lead >= 0xc2 && lead <= 0xdf) {
    need = 1
    code = lead & 0x1f
  } else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2
    code = lead & 0x0f
  } else return null
  for (let k = 1; k <= need; k++) {
    const byte = byteOf(text.charCodeAt(i + k))
    if (byte < 0x80 || byte > 0xbf) return null
    code = (code << 6) | (byte & 0x3f)
  }
  // Overlong forms and surrogates are not real UTF-8.
  if ((need === 2 && code < 0x800) || (code >= 0xd800 && code <= 0xdfff)) return null
  return { char: String.fromCharCode(code), length: need + 1 }
}

/** How many mojibake runs `text` has (counting stops at `limit`). */
export function countMojibake(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0
  // The engine's search skips the text between lead characters (most texts have none).
  const lead = /[\u00c2-\u00ef]/gu
  for (let match = lead.exec(text); match && count < limit; match = lead.exec(text)) {
    const repair = repairAt(text, match.index)
    if (repair) {
      count++
      lead.lastIndex = match.index + repair.length
    }
  }
  return count
}

/** `text` with every mojibake run repaired. */
export function repairText(text: string): string {
  let out = ''
  let run = 0
  for (let i = 0; i < text.length; i++) {
    if (!isLeadChar(text.charCodeAt(i))) continue
    const repair = repairAt(text, i)
    if (!repair) continue
    out += text.slice(run, i) + repair.char
    i += repair.length - 1
    run = i + 1
  }
  return out + text.slice(run)
}

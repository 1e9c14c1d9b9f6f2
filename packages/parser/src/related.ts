/**
 * Link inserts: "Related article: NATO Taking Part in Ukraine Conflict ...".
 * A block is an insert when it starts with a known label followed by a colon,
 * a vertical bar or a dash, and what follows is one headline-sized line.
 */
import { RELATED_LABELS } from './lexicon/inserts.js'

/** What an insert says. */
export interface RelatedInsert {
  label: string
  title: string
  url: string | null
}

const MAX_TITLE_LENGTH = 300
const MAX_LABEL_LENGTH = 40
const SEPARATORS = new Set([':', '|', '-', '–', '—', '»', '>'])
const URL = /\bhttps?:\/\/[^\s<>"]+/u
const LABELS = [...RELATED_LABELS].sort((a, b) => b.length - a.length)
const LONGEST_LABEL = LABELS[0]?.length ?? 0
/**
 * The labels by their first character, longest first as in {@link LABELS}: a
 * block is tried against the few that can open it, not against all of them
 * (two labels that start differently never both open a text).
 */
const LABELS_BY_FIRST = new Map<string, string[]>()
for (const label of LABELS) {
  const first = label.charAt(0)
  const group = LABELS_BY_FIRST.get(first)
  if (group) group.push(label)
  else LABELS_BY_FIRST.set(first, [label])
}
const NO_LABELS: readonly string[] = []
/**
 * With labels in ASCII, lower-casing the value's first characters tells
 * whether a label opens it, as lower-casing all of it would: the one mapping
 * that depends on what follows (a final sigma) never gives ASCII.
 */
const ASCII_LABELS = LABELS.every((label) => /^[ -~]*$/u.test(label))

/** A photo's label opening a caption: "Photo:", "Image:". */
const PHOTO_LABEL = /^(?:photo|photos|photograph|image|images|picture|pictures|caption)\s*:/iu

/** A whole block in square brackets: "[Read: Why Tunisia ...]". */
const BRACKETED = /^\[([^\]]{1,300})\]$/u

/** The insert in `value` (a reflowed block), or null when it is not one. */
export function readRelated(value: string): RelatedInsert | null {
  const bracketed = BRACKETED.exec(value)
  if (bracketed) {
    const inner = bracketed[1] as string
    // "[Photo: Vote counters sort ballot papers ...]": a caption, no link (a video may be one).
    if (PHOTO_LABEL.test(inner)) return null
    return readLabelled(inner) ?? { label: '', title: inner, url: null }
  }
  return readLabelled(value)
}

/**
 * A label with nothing after it ("Read more:", "Related Topics"): the link
 * list that follows is related. A label of one word needs its mark after it
 * ("More:"): alone, "More" or "Watch" may be a crosshead.
 */
export function readBareLabel(value: string): string | null {
  if (value.length > MAX_LABEL_LENGTH) return null
  const lower = value.toLowerCase().replace(/[\s:|»>-]+$/u, '')
  if (!LABELS.includes(lower)) return null
  return value.length > lower.length || lower.includes(' ') ? value.slice(0, lower.length) : null
}

function readLabelled(value: string): RelatedInsert | null {
  const lower =
    ASCII_LABELS && value.length > LONGEST_LABEL
      ? value.slice(0, LONGEST_LABEL).toLowerCase()
      : value.toLowerCase()
  for (const label of LABELS_BY_FIRST.get(lower.charAt(0)) ?? NO_LABELS) {
    if (!lower.startsWith(label)) continue
    let i = label.length
    while (value[i] === ' ') i++
    if (!SEPARATORS.has(value[i] ?? '')) continue
    i++
    while (value[i] === ' ') i++
    const rest = value.slice(i)
    if (rest.length === 0 || rest.length > MAX_TITLE_LENGTH) return null
    const url = URL.exec(rest)?.[0] ?? null
    const title = url === null ? rest : rest.replace(url, '').replace(/\s+/gu, ' ').trim()
    return { label: value.slice(0, label.length), title: title || rest, url }
  }
  return null
}

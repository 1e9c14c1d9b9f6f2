/**
 * Content negotiation for documents: JSON, Markdown, HTML or plain text,
 * chosen by `?format=` when given, else by the `Accept` header (RFC 9110
 * section 12.5.1: media ranges with q-values, the most specific range wins,
 * ties go to the server's order). The text formats are the parser's own
 * serializers, so the API renders exactly what the library does.
 */
import { toHtml, toMarkdown, toText, type ArticleDocument } from '@copydesk/parser'

/** The formats a document can be read in, in the server's order of preference. */
export const FORMATS = ['json', 'markdown', 'html', 'text'] as const
export type Format = (typeof FORMATS)[number]

/** The media type of each format. */
export const MEDIA_TYPES: Record<Format, string> = {
  json: 'application/json',
  markdown: 'text/markdown',
  html: 'text/html',
  text: 'text/plain',
}

/** Most media ranges of an Accept header that are read; the rest are ignored. */
export const MAX_ACCEPT_RANGES = 32

interface MediaRange {
  type: string
  subtype: string
  q: number
}

/**
 * The format to answer in, or null when the client accepts none of them.
 *
 * @example
 * negotiate(undefined, 'text/html,application/xhtml+xml;q=0.9,*\/*;q=0.8') // 'html'
 * negotiate('markdown', 'application/json') // 'markdown': ?format= wins
 */
export function negotiate(format: Format | undefined, accept: string | undefined): Format | null {
  if (format) return format
  if (!accept || accept.trim() === '') return 'json'
  const ranges = parseAccept(accept)
  let best: Format | null = null
  let bestQ = 0
  for (const candidate of FORMATS) {
    const q = qualityOf(MEDIA_TYPES[candidate], ranges)
    if (q > bestQ) {
      best = candidate
      bestQ = q
    }
  }
  return best
}

function parseAccept(accept: string): MediaRange[] {
  return accept
    .split(',')
    .slice(0, MAX_ACCEPT_RANGES)
    .flatMap((part) => {
      const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
      const [type, subtype] = range.split('/')
      if (!type || !subtype) return []
      const qParam = params.find((p) => p.startsWith('q='))
      const q = qParam ? Number(qParam.slice(2)) : 1
      return Number.isFinite(q) && q >= 0 && q <= 1 ? [{ type, subtype, q }] : []
    })
}

/** The q of the most specific range that matches `mediaType`, 0 when none does. */
function qualityOf(mediaType: string, ranges: MediaRange[]): number {
  const [type, subtype] = mediaType.split('/')
  let specificity = -1
  let q = 0
  for (const range of ranges) {
    const s =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*' && range.subtype === '*'
            ? 0
            : -1
    if (s > specificity) {
      specificity = s
      q = range.q
    }
  }
  return q
}

/** The Content-Type of a text format, with its charset. */
export function textContentType(format: Exclude<Format, 'json'>): string {
  return `${MEDIA_TYPES[format]}; charset=utf-8`
}

/**
 * The body of `document` in a text format, by the parser's serializers.
 *
 * @example
 * renderText(parse(text), 'markdown') // '# NATO Secretary General ...'
 */
export function renderText(document: ArticleDocument, format: Exclude<Format, 'json'>): string {
  switch (format) {
    case 'markdown':
      return toMarkdown(document)
    case 'text':
      return toText(document)
    case 'html':
      return htmlPage(document)
  }
}

/** The parser's HTML fragment in a minimal page, so a browser shows it with the right title. */
function htmlPage(document: ArticleDocument): string {
  const title = escapeHtml(document.meta.title ?? 'Document')
  const lang = escapeHtml(document.meta.language)
  return `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${toHtml(document)}</body>\n</html>\n`
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/gu, (ch) => HTML_ESCAPES[ch] ?? ch)
}

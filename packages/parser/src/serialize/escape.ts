/**
 * Escaping for the serializers: HTML text and attributes, Markdown text, and
 * links that may only be http(s).
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** `value` safe as HTML text or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/gu, (char) => HTML_ESCAPES[char] ?? char)
}

/** `value` safe as Markdown inline text: no markup characters take effect. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_{}[\]<>|~]/gu, (char) => `\\${char}`)
    .replace(
      /^(\s*)([#+=-]|\d+[.)])(?=\s|$)/u,
      (_m, space: string, marker: string) => `${space}${marker.replace(/([#+=.)-])$/u, '\\$1')}`,
    )
}

/** `url` when it is an http(s) URL, else null: no javascript: or data: links. */
export function safeUrl(url: string | null): string | null {
  if (!url || url.length > MAX_URL_LENGTH) return null
  return HTTP_URL.test(url) ? url : null
}

const MAX_URL_LENGTH = 2048
/** http(s), a host, then no white space, quotes or angle brackets. */
const HTTP_URL = /^https?:\/\/[\w.-]+(?::\d+)?(?:[/?#][^\s<>"'`]*)?$/iu

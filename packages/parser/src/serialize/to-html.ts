/**
 * The document as a safe HTML fragment: an `<article>` with its header, body
 * and related links. Every piece of article text is escaped and only http(s)
 * links are kept, so no input can inject markup or script.
 */
import { toString } from '../to-string.js'
import type { ArticleDocument, BlockContent, InlineContent } from '../types.js'
import { escapeHtml, safeUrl } from './escape.js'

/**
 * HTML of `doc`, escaped and safe to insert in a page.
 *
 * @example
 * toHtml(parse(text)) // '<article><header><h1>NATO Secretary General ...</h1>...'
 */
export function toHtml(doc: ArticleDocument): string {
  const header: string[] = []
  if (doc.meta.title) header.push(`<h1>${escapeHtml(doc.meta.title)}</h1>`)
  if (doc.meta.byline) header.push(`<p class="byline">${escapeHtml(doc.meta.byline)}</p>`)
  const lang = escapeHtml(doc.meta.language)
  const parts = [`<article lang="${lang}">`]
  if (header.length > 0) parts.push(`<header>${header.join('')}</header>`)
  for (const block of doc.children) parts.push(blockHtml(block))
  if (doc.related.length > 0) {
    const items = doc.related.map((related) => {
      const url = safeUrl(related.url)
      const title = escapeHtml(related.title)
      return `<li>${url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${title}</a>` : title}</li>`
    })
    parts.push(`<aside aria-label="Related"><ul>${items.join('')}</ul></aside>`)
  }
  parts.push('</article>')
  return `${parts.join('\n')}\n`
}

function blockHtml(block: BlockContent): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.children)}</p>`
    case 'heading': {
      const level = Math.min(6, Math.max(2, block.depth))
      return `<h${level}>${inlineHtml(block.children)}</h${level}>`
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      const start =
        block.ordered && block.start !== null && block.start !== 1 ? ` start="${block.start}"` : ''
      const items = block.children.map((item) => `<li>${inlineHtml(item.children)}</li>`).join('')
      return `<${tag}${start}>${items}</${tag}>`
    }
    case 'blockquote':
      return `<blockquote>${block.children.map(blockHtml).join('')}</blockquote>`
    case 'thematicBreak':
      return '<hr>'
    case 'caption':
      return `<figure><figcaption>${inlineHtml(block.children)}</figcaption></figure>`
    default:
      return `<p>${escapeHtml(toString(block))}</p>`
  }
}

function inlineHtml(nodes: readonly InlineContent[]): string {
  return nodes
    .map((node) =>
      node.type === 'dateline'
        ? `<span class="dateline">${escapeHtml(node.value)}</span>`
        : escapeHtml(toString(node)),
    )
    .join('')
}

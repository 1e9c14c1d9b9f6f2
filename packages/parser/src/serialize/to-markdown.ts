/**
 * The document as Markdown (CommonMark): headline as `#`, crossheads as `##`,
 * lists, block quotes, captions in italics, related links in a closing list.
 * Article text is escaped, so nothing in it becomes markup.
 */
import { toString } from '../to-string.js'
import type { ArticleDocument, BlockContent, InlineContent } from '../types.js'
import { escapeMarkdown, safeUrl } from './escape.js'

/**
 * Markdown of `doc`.
 *
 * @example
 * toMarkdown(parse(text)) // "# NATO Secretary General ...\n\nUkrainian President ..."
 */
export function toMarkdown(doc: ArticleDocument): string {
  const parts: string[] = []
  if (doc.meta.title) parts.push(`# ${escapeMarkdown(doc.meta.title)}`)
  if (doc.meta.byline) parts.push(`_${escapeMarkdown(doc.meta.byline)}_`)
  for (const block of doc.children) parts.push(blockMarkdown(block))
  if (doc.related.length > 0) {
    const links = doc.related.map((related) => {
      const url = safeUrl(related.url)
      const title = escapeMarkdown(related.title)
      return url ? `- [${title}](<${url}>)` : `- ${title}`
    })
    parts.push(`## Related\n\n${links.join('\n')}`)
  }
  return `${parts.join('\n\n')}\n`
}

function blockMarkdown(block: BlockContent): string {
  switch (block.type) {
    case 'paragraph':
      return inlineMarkdown(block.children)
    case 'heading':
      return `${'#'.repeat(Math.max(2, block.depth))} ${inlineMarkdown(block.children)}`
    case 'list':
      return block.children
        .map(
          (item, i) =>
            `${block.ordered ? `${(block.start ?? 1) + i}.` : '-'} ${inlineMarkdown(item.children)}`,
        )
        .join('\n')
    case 'blockquote':
      return block.children
        .map(blockMarkdown)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n')
    case 'thematicBreak':
      return '---'
    case 'caption':
      return `_${inlineMarkdown(block.children)}_`
    default:
      return escapeMarkdown(toString(block))
  }
}

function inlineMarkdown(nodes: readonly InlineContent[]): string {
  return nodes
    .map((node) =>
      node.type === 'dateline'
        ? `**${escapeMarkdown(node.value)}**`
        : escapeMarkdown(toString(node)),
    )
    .join('')
}

/**
 * The document as plain text, laid out the way the parser reads best: the
 * headline, the byline, then one block per paragraph with blank lines between.
 * Parsing it again gives the same blocks.
 */
import { toString } from '../to-string.js'
import type { ArticleDocument, BlockContent, Related } from '../types.js'

/**
 * Plain text of `doc`: headline, byline, body, related inserts.
 *
 * @example
 * toText(parse(text)).split('\n\n')[0] // the headline
 */
export function toText(doc: ArticleDocument): string {
  const parts: string[] = []
  if (doc.meta.title) parts.push(doc.meta.title)
  const header = [doc.meta.standfirst, doc.meta.byline].filter(
    (line): line is string => line !== null,
  )
  // A standfirst and a byline go on lines of their own right under the headline.
  if (doc.meta.title && header.length > 0)
    parts[parts.length - 1] = [parts[parts.length - 1] ?? '', ...header].join('\n')
  // Inserts go back where they stood, so every block keeps its neighbours.
  const related = [...doc.related]
  for (const block of doc.children) {
    const start = block.position?.start.offset ?? Number.POSITIVE_INFINITY
    while (related.length > 0 && (related[0]?.position.start.offset ?? 0) < start) {
      parts.push(relatedText(related.shift() as Related))
    }
    parts.push(blockText(block))
  }
  for (const insert of related) parts.push(relatedText(insert))
  return `${parts.filter((part) => part.length > 0).join('\n\n')}\n`
}

function relatedText(related: Related): string {
  const label = related.label || 'Related'
  return `${label}: ${related.title}${related.url ? ` ${related.url}` : ''}`
}

function blockText(block: BlockContent): string {
  switch (block.type) {
    case 'list':
      return block.children
        .map((item, i) => `${block.ordered ? `${(block.start ?? 1) + i}.` : '-'} ${toString(item)}`)
        .join('\n')
    case 'thematicBreak':
      return '* * *'
    case 'blockquote':
      return block.children.map(blockText).join('\n\n')
    default:
      return toString(block)
  }
}

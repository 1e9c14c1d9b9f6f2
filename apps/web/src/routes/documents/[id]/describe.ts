/**
 * Says in words what the source view highlights, for its caption and for
 * screen readers: which quote, whose mentions, which date.
 */
import type { ArticleDocument } from '@copydesk/parser'
import { formatResolved, resolvedOf } from '#lib/document/annotations.ts'
import type { Selection } from '#lib/document/selection.ts'

/**
 * A sentence on what `selection` highlights in the original text, or null when
 * it names nothing in `document`.
 *
 * @example
 * describeSelection(document, { kind: 'entity', id: 'e1' }) // 'All 8 mentions of Jens Stoltenberg.'
 */
export function describeSelection(
  document: Pick<ArticleDocument, 'quotes' | 'entities' | 'times'>,
  selection: Selection | null,
): string | null {
  if (!selection) return null
  switch (selection.kind) {
    case 'quote': {
      const quote = document.quotes.find((candidate) => candidate.id === selection.id)
      if (!quote) return null
      const speaker = document.entities.find((entity) => entity.id === quote.speaker)
      const parts = [
        `A ${quote.kind} quote${speaker ? ` by ${speaker.name}` : ', speaker not identified'}`,
        quote.cue ? `its cue “${quote.cue.text}”` : null,
        quote.source ? `its source “${quote.source.text}”` : null,
      ].filter(Boolean)
      return `${parts.join(', ')}.`
    }
    case 'entity': {
      const entity = document.entities.find((candidate) => candidate.id === selection.id)
      if (!entity) return null
      const count = entity.mentions.length
      return count === 1
        ? `The only mention of ${entity.name}.`
        : `All ${count} mentions of ${entity.name}.`
    }
    case 'time': {
      const time = document.times.find((candidate) => candidate.id === selection.id)
      if (!time) return null
      const resolved = resolvedOf(time)
      return resolved
        ? `“${time.text}”, resolved to ${formatResolved(resolved)}.`
        : `“${time.text}”, which could not be resolved to a date.`
    }
    case 'span':
      return 'The chosen passage.'
  }
}

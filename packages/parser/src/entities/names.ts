/**
 * Name mentions: finds the spans of proper names in the texts of one document
 * and says what each names (person, organisation, place, other). A document is
 * read whole so that a name typed with confidence once keeps that kind
 * everywhere. Spans cover the name alone: no title before it ("President"),
 * no possessive after it ("'s").
 *
 * This first version is a placeholder (capitalised runs, no typing); the
 * learned tagger replaces it.
 */
import type { Entity } from '../types.js'

/** One text of the document, as the entity stage hands it over. */
export interface NameInput {
  value: string
  /** The headline (often in title case or capitals, where capitals say little). */
  headline: boolean
}

/** A name found in a text: a range of its value. */
export interface NameSpan {
  start: number
  end: number
  kind: Entity['kind']
  /** How sure the tagger is of `kind`, from 0 to 1. */
  confidence: number
}

const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu

/** The names in each of `texts`, in order. */
export function findNames(texts: readonly NameInput[]): NameSpan[][] {
  return texts.map(({ value }) => {
    const spans: NameSpan[] = []
    for (const match of value.matchAll(CAPITALISED_RUN)) {
      let end = match.index + match[0].length
      if (value.slice(end - 2, end) === "'s" || value.slice(end - 2, end) === '’s') end -= 2
      spans.push({ start: match.index, end, kind: 'other', confidence: 0 })
    }
    return spans
  })
}

/**
 * The rows a document adds to the search tables: one per quote and one per
 * entity, read from the parsed document. Pure, so it is tested without a
 * database; the store writes the rows in the same transaction as the document.
 *
 * It reads only the fixed names of the model (shared/MODEL.md) and tolerates
 * missing parts, because stored documents outlive parser versions.
 */
import type { ArticleDocument, Entity, Position } from '@copydesk/parser'
import { fold } from './fold.js'

/** Separates the names in a `*Match` column; a search term never contains it. */
export const MATCH_SEPARATOR = '\n'

/** A row of the `quotes` table (column names in camelCase). */
export interface QuoteRow {
  seq: number
  quoteId: string
  kind: string
  text: string
  /** The quote's words, folded. */
  textMatch: string
  speakerId: string | null
  /** The resolved speaker's canonical name. */
  speakerName: string | null
  /** The speaker's name and aliases and the source mention, folded, one a line. */
  speakerMatch: string
  sourceText: string | null
  cueText: string | null
  /** The position of the quoted words, as JSON. */
  position: string | null
}

/** A row of the `entities` table (column names in camelCase). */
export interface EntityRow {
  seq: number
  entityId: string
  kind: string
  name: string
  /** JSON array of strings. */
  aliases: string
  /** JSON array of strings. */
  titles: string
  /** The name and aliases, folded, one a line. */
  nameMatch: string
  mentionCount: number
  /** The position of the first mention, as JSON. */
  position: string | null
}

/** The search rows of one document. */
export interface IndexRows {
  quotes: QuoteRow[]
  entities: EntityRow[]
}

/**
 * Reads the quote and entity rows of `document`.
 *
 * @example
 * const { quotes, entities } = indexDocument(parse(text))
 * quotes[0]?.speakerName // 'Jens Stoltenberg'
 */
export function indexDocument(document: ArticleDocument): IndexRows {
  const entities = Array.isArray(document.entities) ? document.entities : []
  const quotes = Array.isArray(document.quotes) ? document.quotes : []
  const byId = new Map<string, Entity>()
  for (const entity of entities) byId.set(entity.id, entity)

  return {
    quotes: quotes.map((quote, seq) => {
      const speaker = quote.speaker ? byId.get(quote.speaker) : undefined
      const source = quote.source?.text ?? null
      return {
        seq,
        quoteId: String(quote.id),
        kind: String(quote.kind),
        text: String(quote.text ?? ''),
        textMatch: fold(String(quote.text ?? '')),
        speakerId: quote.speaker ?? null,
        speakerName: speaker?.name ?? null,
        speakerMatch: matchText([...names(speaker), source]),
        sourceText: source,
        cueText: quote.cue?.text ?? null,
        position: positionJson(quote.position),
      }
    }),
    entities: entities.map((entity, seq) => {
      const mentions = Array.isArray(entity.mentions) ? entity.mentions : []
      return {
        seq,
        entityId: String(entity.id),
        kind: String(entity.kind),
        name: String(entity.name ?? ''),
        aliases: JSON.stringify(strings(entity.aliases)),
        titles: JSON.stringify(strings(entity.titles)),
        nameMatch: matchText(names(entity)),
        mentionCount: mentions.length,
        position: positionJson(mentions[0]?.position),
      }
    }),
  }
}

function names(entity: Entity | undefined): string[] {
  return entity ? [entity.name, ...strings(entity.aliases)] : []
}

function strings(values: unknown): string[] {
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : []
}

function matchText(values: (string | null | undefined)[]): string {
  const folded = values.filter((v): v is string => Boolean(v)).map(fold)
  return [...new Set(folded)].join(MATCH_SEPARATOR)
}

function positionJson(position: Position | undefined): string | null {
  return position ? JSON.stringify(position) : null
}

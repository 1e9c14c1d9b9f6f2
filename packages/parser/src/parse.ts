/**
 * The pipeline: structure (blocks and meta), then the annotation stages that
 * later modules add (quotes, entities, times). This module only wires the
 * stages and guarantees that `parse` never throws.
 */
import { countWords } from './words.js'
import { LineIndex } from './position.js'
import { insertInline } from './annotate/inline.js'
import { collectSegments } from './annotate/segments.js'
import { mentionAnnotations, readEntities } from './entities/stage.js'
import { readStructure } from './structure.js'
import { referenceInstant } from './calendar.js'
import { publicTimes, readTimes, timeAnnotations } from './times/stage.js'
import { readQuotes } from './quotes/stage.js'
import { SCHEMA_VERSION, type ArticleDocument, type ParseOptions } from './types.js'

/**
 * Parses one news article given as plain text. Never throws: what it cannot
 * understand stays text, with a diagnostic.
 *
 * @example
 * const doc = parse(text, { referenceDate: '2023-04-20' })
 * doc.meta.title // "NATO Secretary General Jens Stoltenberg visited Ukraine ..."
 * doc.children.length // 18
 */
export function parse(text: string, options: ParseOptions = {}): ArticleDocument {
  const input = typeof text === 'string' ? text : String(text ?? '')
  try {
    return annotate(input, options)
  } catch (error) {
    // Internal invariants failed: still answer with the input as one paragraph.
    return fallbackDocument(input, error)
  }
}

/** The pipeline: structure, then entities (and later stages), then inline nodes. */
function annotate(text: string, options: ParseOptions): ArticleDocument {
  const { document, source } = readStructure(text, options)
  const segments = collectSegments(document, source)
  const reference =
    referenceInstant(options.referenceDate) ?? referenceInstant(document.meta.publishedAt)
  // Each annotation stage fails alone: a failure costs its own nodes, never the others'.
  const guarded = <T>(stage: string, run: () => T, empty: T): T => {
    try {
      return run()
    } catch (error) {
      document.diagnostics.push({
        severity: 'error',
        ruleId: 'internal',
        message: `The ${stage} stage met an internal error and found nothing: ${String(error)}`,
      })
      return empty
    }
  }
  const times = guarded('time', () => readTimes(segments, source, reference), [])
  const entities = guarded('entity', () => readEntities(segments, source), {
    entities: [],
    mentions: [],
    creditedAgencies: new Set<string>(),
  })
  const quotes = guarded(
    'quote',
    () =>
      readQuotes(segments, source, entities.mentions, entities.entities, entities.creditedAgencies),
    { quotes: [], annotations: [], mentions: entities.mentions },
  )
  document.times = publicTimes(times)
  document.entities = entities.entities
  document.quotes = quotes.quotes
  const mentionNodes = mentionAnnotations({ ...entities, mentions: quotes.mentions })
  const timeNodes = timeAnnotations(times)
  segments.forEach((segment, i) =>
    insertInline(segment, source, quotes.annotations[i], mentionNodes[i], timeNodes[i]),
  )
  return document
}

function fallbackDocument(text: string, error: unknown): ArticleDocument {
  const index = new LineIndex(text)
  const position = index.position(0, text.length)
  const value = text.replace(/\s+/gu, ' ').trim()
  return {
    type: 'article',
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title: null,
      standfirst: null,
      byline: null,
      authors: [],
      dateline: null,
      publishedAt: null,
      publisher: null,
      credits: [],
      language: 'und',
      wordCount: countWords(value),
      readingMinutes: 0,
      positions: {},
    },
    children: value
      ? [{ type: 'paragraph', position, children: [{ type: 'text', value, position }] }]
      : [],
    related: [],
    boilerplate: [],
    quotes: [],
    entities: [],
    times: [],
    diagnostics: [
      {
        severity: 'error',
        ruleId: 'internal',
        message: `The parser met an internal error and kept the text as one paragraph: ${String(error)}`,
      },
    ],
    position,
  }
}

/**
 * The document model's schema in OpenAPI: taken from the parser package's
 * generated JSON Schema (`@copydesk/parser/schema.json`, derived from the
 * TypeScript interfaces), never copied. Its definitions become components,
 * and zod placeholders refer to them, so the API's schemas and the parser's
 * stay one.
 */
import { z } from '@hono/zod-openapi'
import type { ArticleDocument, Position } from '@copydesk/parser'
import parserSchema from '@copydesk/parser/schema.json' with { type: 'json' }

const DEFINITIONS_PREFIX = '#/definitions/'
const COMPONENTS_PREFIX = '#/components/schemas/'

/**
 * The parser's definitions as OpenAPI components, with every `$ref` pointed
 * at `#/components/schemas/`.
 *
 * @example
 * for (const [name, schema] of Object.entries(parserComponents()))
 *   app.openAPIRegistry.registerComponent('schemas', name, schema)
 */
export function parserComponents(): Record<string, Record<string, unknown>> {
  const definitions = (parserSchema as { definitions: Record<string, unknown> }).definitions
  return rewriteRefs(definitions) as Record<string, Record<string, unknown>>
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' && inner.startsWith(DEFINITIONS_PREFIX)
        ? COMPONENTS_PREFIX + inner.slice(DEFINITIONS_PREFIX.length)
        : rewriteRefs(inner),
    ]),
  )
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null

/** A parsed document: typed as the parser's `ArticleDocument`, documented by reference. */
export const ArticleDocumentSchema = z
  .custom<ArticleDocument>(isObject)
  .openapi({ type: 'object', allOf: [{ $ref: `${COMPONENTS_PREFIX}ArticleDocument` }] })

/** A position in a document's text, or null. */
export const NullablePositionSchema = z
  .custom<Position | null>((value) => value === null || isObject(value))
  .openapi({
    type: ['object', 'null'],
    anyOf: [{ $ref: `${COMPONENTS_PREFIX}Position` }, { type: 'null' }],
  })

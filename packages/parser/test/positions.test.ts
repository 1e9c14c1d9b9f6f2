/**
 * Every node from the input points at its source: a literal's value equals its
 * source slice up to white space, invisible characters and removed hyphens.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, toString, type ArticleDocument, type Node, type Position } from '../src/index.js'
import { repairText } from '../src/mojibake.js'

const SAMPLE = readFileSync(
  new URL('./fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
  'utf8',
)

/** Letters and digits only: what survives reflowing. */
const skeleton = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '')

function* walk(node: Node): Generator<Node> {
  yield node
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as Node[]) yield* walk(child)
  }
}

function nodesOf(document: ArticleDocument): Node[] {
  return [
    ...document.children.flatMap((block) => [...walk(block)]),
    ...document.related,
    ...document.boilerplate,
  ]
}

function checkPosition(text: string, position: Position): void {
  const { start, end } = position
  expect(start.offset).toBeGreaterThanOrEqual(0)
  expect(end.offset).toBeLessThanOrEqual(text.length)
  expect(start.offset).toBeLessThanOrEqual(end.offset)
  const before = text.slice(0, start.offset).split(/\r\n|\r|\n/u)
  expect(start.line).toBe(before.length)
  expect(start.column).toBe((before[before.length - 1] ?? '').length + 1)
}

function checkDocument(text: string, document: ArticleDocument): void {
  const repaired = document.diagnostics.some((d) => d.ruleId === 'mojibake')
  for (const node of nodesOf(document)) {
    if (!node.position) continue
    checkPosition(text, node.position)
    if ('value' in node && typeof node.value === 'string' && node.type !== 'boilerplate') {
      const source = text.slice(node.position.start.offset, node.position.end.offset)
      expect(skeleton(node.value)).toBe(skeleton(repaired ? repairText(source) : source))
    }
  }
}

describe('positions', () => {
  it('point every literal of the sample article at its source', () => {
    checkDocument(SAMPLE, parse(SAMPLE))
  })

  it('share the point where nodes touch, and the position of a mention and its node', () => {
    const document = parse(SAMPLE)
    const paragraph = document.children.find(
      (block) =>
        'children' in block && block.children.some((child, i) => i > 0 && child.type === 'mention'),
    )
    const children = paragraph && 'children' in paragraph ? (paragraph.children as Node[]) : []
    const mentionAt = children.findIndex((child, i) => i > 0 && child.type === 'mention')
    const [before, mention] = [children[mentionAt - 1], children[mentionAt]]
    expect(before?.position?.end).toBe(mention?.position?.start)
    const entityMention = document.entities
      .flatMap((entity) => entity.mentions)
      .find((m) => m.position.start.offset === mention?.position?.start.offset)
    expect(entityMention?.position).toBe(mention?.position)
  })

  it('point a repaired character at the garbled run it replaces', () => {
    const text = 'Headline\n\nKYIV (Reuters) - It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 in Kyiv.\n'
    const document = parse(text)
    checkDocument(text, document)
    expect(toString(document.children[0] ?? [])).toBe('KYIV (Reuters) - It’s a café in Kyiv.')
  })

  it('point every literal at its source for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        checkDocument(text, parse(text))
      }),
      { numRuns: 300 },
    )
  })

  it('point every literal at its source for article-shaped text', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        'Related article: A headline',
        '- an item',
        '1. first',
        '***',
        'By Jane Doe',
      ),
      fc.lorem({ maxCount: 12 }),
      fc.lorem({ maxCount: 12 }).map((s) => ` ${s}-`),
    )
    const eol = fc.constantFrom('\n', '\r\n', '\r', '\n\n')
    const article = fc
      .array(fc.tuple(line, eol), { maxLength: 40 })
      .map((parts) => parts.flat().join(''))
    fc.assert(
      fc.property(article, (text) => {
        checkDocument(text, parse(text))
      }),
      { numRuns: 300 },
    )
  })
})

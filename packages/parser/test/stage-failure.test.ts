/**
 * A failure inside one annotation stage costs that stage's nodes only: the
 * quote stage is made to fail here (fault injection), and the structure,
 * entities and times of the article must survive it, with a diagnostic.
 */
import { describe, expect, it, vi } from 'vitest'

vi.mock('../src/quotes/stage.js', () => ({
  readQuotes: () => {
    throw new Error('injected')
  },
}))

const { parse } = await import('../src/index.js')

describe('a stage that fails', () => {
  it('costs its own nodes, not the article’s structure, entities or times', () => {
    const doc = parse(
      'NATO chief visits Kyiv\n\nJens Stoltenberg visited Kyiv on Thursday, he said.\n\nHe met Volodymyr Zelensky.\n',
      { referenceDate: '2023-04-20' },
    )
    expect(doc.meta.title).toBe('NATO chief visits Kyiv')
    expect(doc.children.filter((block) => block.type === 'paragraph')).toHaveLength(2)
    expect(doc.entities.map((entity) => entity.name)).toContain('Jens Stoltenberg')
    expect(doc.times.map((time) => time.value)).toEqual(['2023-04-20'])
    expect(doc.quotes).toEqual([])
    expect(doc.diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('quote stage met an internal error'),
    ])
  })
})

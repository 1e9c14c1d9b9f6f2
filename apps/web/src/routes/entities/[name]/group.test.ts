import { describe, expect, it } from 'vitest'
import { groupByDocument } from './group.ts'

const doc = (id: string) => ({ id, title: `Title ${id}`, publishedAt: null })

describe('groupByDocument', () => {
  it('keeps each document once, in first-seen order, with its quotes in order', () => {
    const quotes = [
      { id: 'q1', document: doc('b') },
      { id: 'q2', document: doc('a') },
      { id: 'q3', document: doc('b') },
    ]
    expect(groupByDocument(quotes)).toEqual([
      { document: doc('b'), quotes: [quotes[0], quotes[2]] },
      { document: doc('a'), quotes: [quotes[1]] },
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { ANNOTATED_SAMPLE as fixture } from './fixtures/annotated-sample.ts'
import {
  bodyAnchor,
  formatSelection,
  highlights,
  parseSelection,
  sameSelection,
  selectionSearch,
} from './selection.ts'

const { document } = fixture

describe('parseSelection', () => {
  it('reads quotes, entities, times and spans', () => {
    expect(parseSelection('quote:q1')).toEqual({ kind: 'quote', id: 'q1' })
    expect(parseSelection('entity:e2')).toEqual({ kind: 'entity', id: 'e2' })
    expect(parseSelection('time:t3')).toEqual({ kind: 'time', id: 't3' })
    expect(parseSelection('span:105-295')).toEqual({ kind: 'span', start: 105, end: 295 })
  })

  it('ignores what is not a selection', () => {
    for (const value of [null, '', 'quote', 'quote:', 'nope:1', 'span:9-3', 'span:a-b']) {
      expect(parseSelection(value)).toBeNull()
    }
  })

  it('round-trips with formatSelection', () => {
    for (const value of ['quote:q1', 'entity:e:with:colons', 'span:0-12']) {
      const selection = parseSelection(value)
      expect(selection && formatSelection(selection)).toBe(value)
    }
  })
})

describe('selectionSearch', () => {
  it('encodes the selection and scrolls to its element', () => {
    expect(selectionSearch({ kind: 'quote', id: 'q1' })).toBe('select=quote%3Aq1#quote-q1')
    expect(selectionSearch({ kind: 'entity', id: 'e 1' })).toBe('select=entity%3Ae%201')
  })
})

describe('sameSelection', () => {
  it('compares choices by what they choose', () => {
    expect(sameSelection({ kind: 'time', id: 't1' }, { kind: 'time', id: 't1' })).toBe(true)
    expect(sameSelection({ kind: 'time', id: 't1' }, { kind: 'quote', id: 't1' })).toBe(false)
    expect(sameSelection(null, null)).toBe(false)
  })
})

describe('highlights', () => {
  it('shows a quote with its cue and its source', () => {
    const spans = highlights(document, { kind: 'quote', id: 'q1' })
    expect(spans.map((span) => [span.role, fixture.text.slice(span.start, span.end)])).toEqual([
      ['quote', 'It is time to make the appropriate decision,'],
      ['cue', 'said'],
      ['source', 'Zelensky'],
    ])
  })

  it('shows every mention of an entity', () => {
    const spans = highlights(document, { kind: 'entity', id: 'e4' })
    expect(spans.map((span) => fixture.text.slice(span.start, span.end))).toEqual([
      'The Kremlin',
      'the Kremlin',
    ])
  })

  it('shows nothing for an id the document does not have', () => {
    expect(highlights(document, { kind: 'time', id: 'nope' })).toEqual([])
    expect(highlights(document, null)).toEqual([])
  })
})

describe('bodyAnchor', () => {
  it('scrolls to a quotation’s or a date’s own element', () => {
    expect(bodyAnchor(document, { kind: 'quote', id: 'q3' })).toBe('quote-q3')
    expect(bodyAnchor(document, { kind: 'time', id: 't2' })).toBe('time-t2')
  })

  it('scrolls to the paragraph of a quote that has no element of its own', () => {
    const paragraph = document.children[2]!.position!
    const indirect = {
      ...document.quotes[0]!,
      id: 'q9',
      kind: 'indirect' as const,
      position: {
        start: { ...paragraph.start, offset: paragraph.start.offset + 40 },
        end: paragraph.end,
      },
    }
    const withIndirect = { ...document, quotes: [...document.quotes, indirect] }
    expect(bodyAnchor(withIndirect, { kind: 'quote', id: 'q9' })).toBe(
      `at-${paragraph.start.offset}`,
    )
  })

  it('has nowhere to scroll for an entity or for text outside the body', () => {
    expect(bodyAnchor(document, { kind: 'entity', id: 'e1' })).toBeNull()
    const related = document.related[0]!.position
    const selection = {
      kind: 'span',
      start: related.start.offset,
      end: related.end.offset,
    } as const
    expect(bodyAnchor(document, selection)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { ANNOTATED_SAMPLE } from '#lib/document/fixtures/annotated-sample.ts'
import { describeSelection } from './describe.ts'

const { document } = ANNOTATED_SAMPLE

describe('describeSelection', () => {
  it('names a quote’s speaker, cue and source', () => {
    expect(describeSelection(document, { kind: 'quote', id: 'q4' })).toBe(
      'A direct quote by Jens Stoltenberg, its cue “said”, its source “he”.',
    )
  })

  it('counts the mentions of an entity', () => {
    expect(describeSelection(document, { kind: 'entity', id: 'e1' })).toBe(
      'All 8 mentions of Jens Stoltenberg.',
    )
    expect(describeSelection(document, { kind: 'entity', id: 'e6' })).toBe(
      'The only mention of Vilnius.',
    )
  })

  it('gives the date a time resolves to, or says it has none', () => {
    expect(describeSelection(document, { kind: 'time', id: 't3' })).toBe(
      '“in July”, resolved to July 2023.',
    )
    expect(describeSelection(document, { kind: 'time', id: 't4' })).toBe(
      '“over the past year”, which could not be resolved to a date.',
    )
  })

  it('says nothing of a choice the document does not have', () => {
    expect(describeSelection(document, { kind: 'quote', id: 'nope' })).toBeNull()
    expect(describeSelection(document, null)).toBeNull()
  })
})

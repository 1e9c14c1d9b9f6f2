/**
 * Names the tagger gets wrong in ways that cost a quote its speaker, and the
 * rules of the entity stage that mend them: a surname that is also a title
 * ("Mr. King"), and the other shapes tested below.
 */
import { describe, expect, it } from 'vitest'
import { findNames, type NameInput } from '../src/entities/names.js'

/** "text:kind" of every name found in `values` (a headline "x" goes first). */
function names(...values: string[]): string[] {
  const texts: NameInput[] = ['x', ...values].map((value, i) => ({ value, headline: i === 0 }))
  return findNames(texts).flatMap((spans, i) =>
    spans.map(
      (span) => `${(['x', ...values][i] as string).slice(span.start, span.end)}:${span.kind}`,
    ),
  )
}

describe('a surname that is also a title', () => {
  it('reads the word after a form of address as a surname', () => {
    expect(names('“It is over,” Mr. King said.')).toEqual(['King:person'])
    expect(names('Mr. Prince said the company had no comment.')).toEqual(['Prince:person'])
  })

  it('still reads an office after a form of address as the office', () => {
    expect(names('Mr. President, the vote was fair.')).toEqual([])
  })

  it('reads a title word after a first name as a surname', () => {
    expect(names('Tennis great Billie Jean King remembered him.')).toContain(
      'Billie Jean King:person',
    )
    expect(names('European Commission President Ursula von der Leyen spoke.')).toContain(
      'Ursula von der Leyen:person',
    )
  })
})

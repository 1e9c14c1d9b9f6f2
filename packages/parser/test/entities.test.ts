/**
 * Entities as parse() gives them: their titles, and the kinds that modern
 * news writing shows by its words around a name.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import type { Entity } from '../src/types.js'

/** The entity of `doc` named `name`. */
function entity(text: string, name: string): Entity | undefined {
  return parse(text).entities.find((candidate) => candidate.name === name)
}

describe('the title before a person’s name', () => {
  it('stops at the end of the sentence before it', () => {
    const text =
      'Headline\n\nEuropean leaders met in Washington. NATO Secretary-General Mark Rutte called the meeting useful. It was held on Instagram. Ohio Sen. JD Vance agreed.\n'
    expect(entity(text, 'Mark Rutte')?.titles).toEqual(['NATO Secretary-General'])
    expect(entity(text, 'JD Vance')?.titles).toEqual(['Ohio Sen.'])
  })

  it('keeps an abbreviation that qualifies it, and leaves out a word that opens the sentence', () => {
    const text =
      'Headline\n\nThe U.S. President Joe Biden spoke. But Sen. Ted Cruz disagreed. As House Speaker Paul Ryan put it, US President Donald Trump was wrong.\n'
    expect(entity(text, 'Joe Biden')?.titles).toEqual(['U.S. President'])
    expect(entity(text, 'Ted Cruz')?.titles).toEqual(['Sen.'])
    expect(entity(text, 'Paul Ryan')?.titles).toEqual(['House Speaker'])
    expect(entity(text, 'Donald Trump')?.titles).toEqual(['US President'])
  })
})

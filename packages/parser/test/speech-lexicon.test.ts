import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import { SPEECH_VERBS } from '../src/lexicon/speech.js'

describe('reporting verbs', () => {
  it.each([
    ['deny', 'denied', 'denies'],
    ['decry', 'decried', 'decries'],
    ['relay', 'relayed', 'relays'],
    ['warn', 'warned', 'warns'],
    ['quote', 'quoted', 'quotes'],
    ['say', 'said', 'says'],
  ])('has every form of %j', (lemma, past, third) => {
    for (const form of [lemma, past, third]) expect(SPEECH_VERBS.has(form)).toBe(true)
  })

  it('has the past of a verb of sending made from its noun, and not the noun', () => {
    const doc = parse(
      'Splashdown\n\n"That was a beautiful ride," commander Rebecca Hollins radioed to mission control.\n',
    )
    expect(doc.quotes.map((quote) => quote.cue?.text)).toEqual(['radioed'])
    expect(doc.entities.find((found) => found.id === doc.quotes[0]?.speaker)?.name).toBe(
      'Rebecca Hollins',
    )
    for (const noun of ['radio', 'text', 'message']) expect(SPEECH_VERBS.has(noun)).toBe(false)
  })

  it('does not invent forms', () => {
    for (const form of ['decryed', 'decrys', 'relaied', 'sayed'])
      expect(SPEECH_VERBS.has(form)).toBe(false)
  })
})

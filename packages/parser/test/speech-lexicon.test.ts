import { describe, expect, it } from 'vitest'
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

  it('does not invent forms', () => {
    for (const form of ['decryed', 'decrys', 'relaied', 'sayed'])
      expect(SPEECH_VERBS.has(form)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { ifNoneMatches, withDocument } from './respond.js'

describe('ifNoneMatches', () => {
  it.each([
    ['"abc-json"', true],
    ['W/"abc-json"', true],
    ['"x", "abc-json"', true],
    ['*', true],
    ['"abc-markdown"', false],
    ['abc-json', false],
    ['', false],
  ])('compares %s weakly with "abc-json"', (header, matches) => {
    expect(ifNoneMatches(header, '"abc-json"')).toBe(matches)
  })
})

describe('withDocument', () => {
  it('splices the document JSON into the fields as valid JSON', () => {
    const json = withDocument({ id: 'x', text: 'a "quote"\n' }, '{"type":"article","children":[]}')
    expect(JSON.parse(json)).toEqual({
      id: 'x',
      text: 'a "quote"\n',
      document: { type: 'article', children: [] },
    })
    expect(JSON.parse(withDocument({}, '{}'))).toEqual({ document: {} })
  })
})

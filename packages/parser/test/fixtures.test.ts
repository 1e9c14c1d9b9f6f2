/**
 * Fixture pairs: test/fixtures/<case>.txt parsed must equal <case>.json whole.
 * Run with UPDATE_FIXTURES=1 to regenerate them; review the diff like code.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

const DIR = new URL('./fixtures/', import.meta.url)
const UPDATE = process.env.UPDATE_FIXTURES === '1'
const cases = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length))

describe('fixtures', () => {
  it.each(cases)('parses %s into its recorded document', (name) => {
    const text = readFileSync(new URL(`${name}.txt`, DIR), 'utf8')
    const expectedUrl = new URL(`${name}.json`, DIR)
    const options = referenceDateFor(name)
    const actual = JSON.parse(JSON.stringify(parse(text, options)))
    if (UPDATE || !existsSync(expectedUrl)) {
      writeFileSync(expectedUrl, `${JSON.stringify(actual, null, 2)}\n`)
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedUrl, 'utf8')))
  })
})

function referenceDateFor(name: string): { referenceDate?: string } {
  const url = new URL(`${name}.options.json`, DIR)
  return existsSync(url)
    ? (JSON.parse(readFileSync(url, 'utf8')) as { referenceDate?: string })
    : {}
}

/**
 * The JSON Schema shipped at `@copydesk/parser/schema.json` (generated from
 * the TypeScript interfaces) accepts every document the parser makes.
 */
import { Ajv } from 'ajv'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

const schema = JSON.parse(
  readFileSync(new URL('../dist/schema.json', import.meta.url), 'utf8'),
) as object
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
const FIXTURES = new URL('./fixtures/', import.meta.url)

function expectValid(document: unknown, name: string): void {
  const valid = validate(JSON.parse(JSON.stringify(document)))
  expect(validate.errors ?? [], name).toEqual([])
  expect(valid).toBe(true)
}

describe('the JSON Schema', () => {
  it('accepts the document of every fixture', () => {
    const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'))
    expect(names.length).toBeGreaterThan(0)
    for (const name of names)
      expectValid(parse(readFileSync(new URL(name, FIXTURES), 'utf8')), name)
  })

  it('accepts the document of any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => expectValid(parse(text), text)),
      { numRuns: 100 },
    )
  })

  it('rejects a document without its required fields', () => {
    expect(validate({ type: 'article' })).toBe(false)
  })

  it('is exported as a subpath of the package', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    expect(manifest.exports['./schema.json']).toBe('./dist/schema.json')
  })
})

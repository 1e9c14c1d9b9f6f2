import { describe, expect, it } from 'vitest'
import { readFilters } from './library.ts'

describe('readFilters', () => {
  it('keeps the filters that are filled in, trimmed', () => {
    const search = new URLSearchParams('q=+nato+&entity=Kremlin&speaker=&from=2023-01-01')
    expect(readFilters(search)).toEqual({ q: 'nato', entity: 'Kremlin', from: '2023-01-01' })
  })

  it('drops dates that are not days', () => {
    expect(readFilters(new URLSearchParams('from=soon&to=2023-13'))).toEqual({})
  })

  it('ignores parameters that are not filters', () => {
    expect(readFilters(new URLSearchParams('cursor=abc&deleted=x&q=a'))).toEqual({ q: 'a' })
  })

  it('cuts a filter far longer than anyone types', () => {
    expect(readFilters(new URLSearchParams({ q: 'a'.repeat(500) })).q).toHaveLength(200)
  })
})

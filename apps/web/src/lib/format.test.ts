import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from './format.ts'

describe('formatDate', () => {
  it('shows an ISO date as a day in words', () => {
    expect(formatDate('2023-04-20')).toBe('20 April 2023')
  })

  it('keeps a value it cannot read as it was', () => {
    expect(formatDate('last Thursday')).toBe('last Thursday')
  })
})

describe('formatDateTime', () => {
  it('shows a moment to the minute in UTC, whatever the offset it was written with', () => {
    expect(formatDateTime('2023-04-20T14:05:00+02:00')).toBe('20 Apr 2023, 12:05 UTC')
  })
})

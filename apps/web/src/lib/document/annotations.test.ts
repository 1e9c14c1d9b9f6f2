import { parse } from '@copydesk/parser'
import { describe, expect, it } from 'vitest'
import {
  entityGroups,
  formatResolved,
  quotesBySpeaker,
  resolvedOf,
  shortName,
  sourceRuns,
  timeline,
} from './annotations.ts'
import { ANNOTATED_SAMPLE as fixture } from './fixtures/annotated-sample.ts'

const { document } = fixture

describe('quotesBySpeaker', () => {
  it('groups the quotes under their speakers in the order they are first quoted', () => {
    const groups = quotesBySpeaker(document)
    expect(groups.map((group) => group.speaker?.name)).toEqual([
      'Volodymyr Zelensky',
      'Jens Stoltenberg',
      'Kremlin',
    ])
    expect(groups.map((group) => group.quotes.map((quote) => quote.id))).toEqual([
      ['q1', 'q2'],
      ['q3', 'q4'],
      ['q5'],
    ])
  })

  it('puts the quotes nobody is named for last, under no speaker', () => {
    const orphan = { ...document.quotes[0]!, id: 'q9', speaker: null }
    const groups = quotesBySpeaker({ ...document, quotes: [orphan, ...document.quotes] })
    expect(groups.at(-1)).toEqual({ speaker: null, quotes: [orphan] })
  })
})

describe('entityGroups', () => {
  it('lists people, organisations and places, the most mentioned first', () => {
    const groups = entityGroups(document)
    expect(groups.map((group) => group.heading)).toEqual(['People', 'Organisations', 'Places'])
    expect(groups[0]?.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Jens Stoltenberg', 8],
      ['Volodymyr Zelensky', 4],
    ])
  })
})

describe('timeline', () => {
  it('orders the resolved dates on the calendar and the unresolved last', () => {
    const entries = timeline(document)
    expect(entries.map((entry) => entry.value)).toEqual([
      '2022',
      '2023-02',
      '2023-04-20',
      '2023-07',
      null,
    ])
    expect(entries[2]?.times.map((time) => time.id)).toEqual(['t1', 't6'])
  })

  it('places a week by the days it spans', () => {
    const weeks = parse('Talks\n\nThe talks began last week and resume next week.\n', {
      referenceDate: '2024-11-03',
    })
    expect(timeline(weeks).map((entry) => entry.value)).toEqual([
      '2024-10-21/2024-10-27',
      '2024-11-04/2024-11-10',
    ])
  })
})

describe('resolvedOf', () => {
  it('is the value, else the interval of a range, else null', () => {
    expect(resolvedOf({ value: '2023-07' })).toBe('2023-07')
    expect(resolvedOf({ value: null })).toBeNull()
    expect(
      resolvedOf({
        value: null,
        data: { granularity: 'week', start: '2024-10-21', end: '2024-10-27' },
      }),
    ).toBe('2024-10-21/2024-10-27')
    expect(resolvedOf({ value: null, data: { granularity: 'duration' } })).toBeNull()
    expect(
      resolvedOf({
        value: null,
        data: { granularity: 'season', start: '2023-06', end: '2023-08' },
      }),
    ).toBe('2023-06/2023-08')
  })
})

describe('formatResolved', () => {
  it('says a day, a month or a year as precisely as it is known', () => {
    expect(formatResolved('2023-04-20')).toBe('20 April 2023')
    expect(formatResolved('2023-07')).toBe('July 2023')
    expect(formatResolved('2022')).toBe('2022')
  })

  it('says an interval of days as a range', () => {
    expect(formatResolved('2024-10-21/2024-10-27')).toMatch(/^21\s?–\s?27 October 2024$/u)
  })

  it('says an interval of months, a season, as a range', () => {
    expect(formatResolved('2023-06/2023-08')).toMatch(/^June\s?–\s?August 2023$/u)
    expect(formatResolved('2023-12/2024-02')).toMatch(/^December 2023\s?–\s?February 2024$/u)
  })

  it('keeps other ISO forms as they are', () => {
    expect(formatResolved('2023-W16')).toBe('2023-W16')
    expect(formatResolved('2024-10-27/2024-10-21')).toBe('2024-10-27/2024-10-21')
  })
})

describe('shortName', () => {
  it('names a person by surname and anything else in full', () => {
    expect(shortName({ kind: 'person', name: 'Jens Stoltenberg' })).toBe('Stoltenberg')
    expect(shortName({ kind: 'organization', name: 'European Union' })).toBe('European Union')
  })
})

describe('sourceRuns', () => {
  it('cuts the text at every highlight and keeps all of it', () => {
    const runs = sourceRuns('He said so.', [{ start: 3, end: 7, role: 'cue' }])
    expect(runs).toEqual([
      { start: 0, text: 'He ', roles: [] },
      { start: 3, text: 'said', roles: ['cue'] },
      { start: 7, text: ' so.', roles: [] },
    ])
  })

  it('gives overlapping highlights their shared run and clips those outside the text', () => {
    const runs = sourceRuns('abcdef', [
      { start: 1, end: 4, role: 'quote' },
      { start: 3, end: 9, role: 'source' },
      { start: 20, end: 30, role: 'span' },
    ])
    expect(runs.map((run) => [run.text, run.roles])).toEqual([
      ['a', []],
      ['bc', ['quote']],
      ['d', ['quote', 'source']],
      ['ef', ['source']],
    ])
    expect(runs.map((run) => run.text).join('')).toBe('abcdef')
  })

  it('maps the fixture’s quote positions onto the words of the original text', () => {
    for (const quote of document.quotes) {
      const runs = sourceRuns(fixture.text, [
        { start: quote.position.start.offset, end: quote.position.end.offset, role: 'quote' },
      ])
      const marked = runs.filter((run) => run.roles.length > 0).map((run) => run.text)
      expect(marked.join('').replaceAll(/\s+/gu, ' ')).toBe(quote.text)
    }
  })
})

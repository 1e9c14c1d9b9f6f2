import { parse, type ArticleDocument } from '@copydesk/parser'
import { describe, expect, it } from 'vitest'
import { indexDocument, MATCH_SEPARATOR } from './index-rows.js'

const position = (start: number, end: number) => ({
  start: { line: 1, column: start + 1, offset: start },
  end: { line: 1, column: end + 1, offset: end },
})

function annotated(): ArticleDocument {
  return {
    ...parse('Talks in Kyiv\n\nZelenský said he would not yield, the Kremlin said.\n'),
    entities: [
      {
        id: 'e1',
        kind: 'person',
        name: 'Volodymyr Zelenský',
        aliases: ['Zelenský', 'Zelensky'],
        titles: ['President'],
        mentions: [
          { kind: 'name', text: 'Zelenský', position: position(15, 23) },
          { kind: 'pronoun', text: 'he', position: position(29, 31) },
        ],
      },
      { id: 'e2', kind: 'organization', name: 'Kremlin', aliases: [], titles: [], mentions: [] },
    ],
    quotes: [
      {
        id: 'q1',
        kind: 'indirect',
        text: 'he would not yield',
        position: position(29, 47),
        cue: { text: 'said', position: position(24, 28) },
        source: { text: 'Zelenský', position: position(15, 23) },
        speaker: 'e1',
      },
      {
        id: 'q2',
        kind: 'indirect',
        text: 'Nothing',
        position: position(0, 7),
        cue: null,
        source: { text: 'the Kremlin', position: position(49, 60) },
        speaker: null,
      },
    ],
  }
}

describe('indexDocument', () => {
  it('gives one row per quote, with the speaker resolved to its entity', () => {
    const [first, second] = indexDocument(annotated()).quotes
    expect(first).toMatchObject({
      seq: 0,
      quoteId: 'q1',
      kind: 'indirect',
      text: 'he would not yield',
      textMatch: 'he would not yield',
      speakerId: 'e1',
      speakerName: 'Volodymyr Zelenský',
      sourceText: 'Zelenský',
      cueText: 'said',
    })
    expect(JSON.parse(first?.position ?? 'null')).toEqual(position(29, 47))
    expect(second).toMatchObject({ seq: 1, speakerId: null, speakerName: null, cueText: null })
  })

  it("folds the speaker's names and the source mention for matching, without repeats", () => {
    const [first, second] = indexDocument(annotated()).quotes
    expect(first?.speakerMatch.split(MATCH_SEPARATOR)).toEqual(['volodymyr zelensky', 'zelensky'])
    expect(second?.speakerMatch).toBe('the kremlin')
  })

  it('gives one row per entity with its names folded and its first mention', () => {
    const [person, organization] = indexDocument(annotated()).entities
    expect(person).toMatchObject({
      seq: 0,
      entityId: 'e1',
      kind: 'person',
      name: 'Volodymyr Zelenský',
      nameMatch: ['volodymyr zelensky', 'zelensky'].join(MATCH_SEPARATOR),
      mentionCount: 2,
    })
    expect(JSON.parse(person?.aliases ?? '[]')).toEqual(['Zelenský', 'Zelensky'])
    expect(JSON.parse(person?.titles ?? '[]')).toEqual(['President'])
    expect(JSON.parse(person?.position ?? 'null')).toEqual(position(15, 23))
    expect(organization).toMatchObject({ mentionCount: 0, position: null, aliases: '[]' })
  })

  it('indexes nothing for a document with no quotes or entities', () => {
    expect(indexDocument(parse('Just a headline\n\nAnd a line.\n'))).toEqual({
      quotes: [],
      entities: [],
    })
  })

  it('tolerates a stored document from before quotes and entities existed', () => {
    const old = { ...parse('Old\n\nText.\n') } as Partial<ArticleDocument>
    delete old.quotes
    delete old.entities
    expect(indexDocument(old as ArticleDocument)).toEqual({ quotes: [], entities: [] })
  })

  it('resolves a speaker id that names no entity to no name, keeping the source', () => {
    const document = annotated()
    const [quote] = document.quotes
    if (quote) quote.speaker = 'e9'
    expect(indexDocument(document).quotes[0]).toMatchObject({
      speakerId: 'e9',
      speakerName: null,
      speakerMatch: 'zelensky',
    })
  })
})

/**
 * Articles for the suite: the sample, short made-up articles with a word no
 * other test uses (so a test finds its own documents in a shared database),
 * and documents annotated by hand with quotes, entities and dates, stored
 * through the store as the API stores parsed ones.
 */
import { parse, type ArticleDocument, type Position } from '@copydesk/parser'
import { contentHash, newDocumentId } from '../../src/ids.js'
import type { DocumentStore, StoredDocument } from '../../src/storage/store.js'
import SAMPLE from '../../../../packages/parser/test/fixtures/nato-stoltenberg-kyiv.txt?raw'

export { SAMPLE }

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
const WORD_LETTERS = 10

/** A word no article contains, e.g. `qzkvmwxhtp`: tests search for it to find their own. */
export function uniqueWord(): string {
  let word = 'qz'
  for (const byte of crypto.getRandomValues(new Uint8Array(WORD_LETTERS))) {
    word += LETTERS[byte % LETTERS.length]
  }
  return word
}

/** A short article titled `title`. */
export function article(title: string, ...paragraphs: string[]): string {
  return [title, ...paragraphs].join('\n\n') + '\n'
}

/** The position of the `nth` occurrence of `needle` in `text`. */
export function span(text: string, needle: string, nth = 0): Position {
  let start = -1
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1)
    if (start < 0) throw new Error(`"${needle}" is not in the text ${nth + 1} times`)
  }
  return { start: point(text, start), end: point(text, start + needle.length) }
}

function point(text: string, offset: number) {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n'), offset }
}

/**
 * Parses `text` with the real parser, lets `annotate` fill in what the parser
 * does not find yet (quotes, entities, a publication date), and stores it.
 */
export async function storeAnnotated(
  store: DocumentStore,
  text: string,
  annotate: (document: ArticleDocument) => Partial<ArticleDocument>,
): Promise<StoredDocument> {
  const parsed = parse(text)
  const document = { ...parsed, ...annotate(parsed) }
  const { document: stored } = await store.save({
    ...newDocumentId(),
    contentHash: await contentHash(text, undefined),
    text,
    document,
  })
  return stored
}

/**
 * An article in which Jens Stoltenberg is quoted twice and the Kremlin once,
 * annotated as the parser will annotate it, with `word` in its title.
 */
export async function storeQuotedArticle(
  store: DocumentStore,
  word: string,
  publishedAt: string | null = null,
): Promise<StoredDocument> {
  const text = article(
    `Kremlin shrugs off ${word} visit`,
    'Jens Stoltenberg said on Thursday that NATO "stands with Ukraine". The Kremlin said the visit changed nothing.',
    '"We will not be intimidated," Stoltenberg told reporters. Volodymyr Zelenský thanked him.',
  )
  return storeAnnotated(store, text, (document) => ({
    meta: { ...document.meta, publishedAt },
    entities: [
      {
        id: 'e1',
        kind: 'person',
        name: 'Jens Stoltenberg',
        aliases: ['Stoltenberg'],
        titles: ['NATO Secretary General'],
        mentions: [
          { kind: 'name', text: 'Jens Stoltenberg', position: span(text, 'Jens Stoltenberg') },
          { kind: 'name', text: 'Stoltenberg', position: span(text, 'Stoltenberg', 1) },
          { kind: 'pronoun', text: 'him', position: span(text, 'him') },
        ],
      },
      {
        id: 'e2',
        kind: 'organization',
        name: 'Kremlin',
        aliases: ['the Kremlin'],
        titles: [],
        mentions: [
          { kind: 'name', text: 'Kremlin', position: span(text, 'Kremlin') },
          { kind: 'name', text: 'Kremlin', position: span(text, 'Kremlin', 1) },
        ],
      },
      {
        id: 'e3',
        kind: 'person',
        name: 'Volodymyr Zelenský',
        aliases: [],
        titles: [],
        mentions: [
          { kind: 'name', text: 'Volodymyr Zelenský', position: span(text, 'Volodymyr Zelenský') },
        ],
      },
    ],
    quotes: [
      {
        id: 'q1',
        kind: 'partial',
        text: 'stands with Ukraine',
        position: span(text, 'stands with Ukraine'),
        cue: { text: 'said', position: span(text, 'said') },
        source: { text: 'Jens Stoltenberg', position: span(text, 'Jens Stoltenberg') },
        speaker: 'e1',
      },
      {
        id: 'q2',
        kind: 'indirect',
        text: 'the visit changed nothing',
        position: span(text, 'the visit changed nothing'),
        cue: { text: 'said', position: span(text, 'said', 1) },
        source: { text: 'The Kremlin', position: span(text, 'The Kremlin') },
        speaker: 'e2',
      },
      {
        id: 'q3',
        kind: 'direct',
        text: 'We will not be intimidated,',
        position: span(text, 'We will not be intimidated,'),
        cue: { text: 'told reporters', position: span(text, 'told reporters') },
        source: { text: 'Stoltenberg', position: span(text, 'Stoltenberg', 1) },
        speaker: 'e1',
      },
    ],
  }))
}

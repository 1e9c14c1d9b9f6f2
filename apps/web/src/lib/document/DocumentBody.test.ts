import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import DocumentBody from './DocumentBody.svelte'
import { ANNOTATED_SAMPLE } from './fixtures/annotated-sample.ts'
import type { Selection } from './selection.ts'

const { document } = ANNOTATED_SAMPLE

/** The body's markup as the server renders it, without Svelte's hydration comments. */
function body(options: { documentId?: string | null; selection?: Selection | null } = {}) {
  const { body: markup } = render(DocumentBody, { props: { document, ...options } })
  return markup.replaceAll(/<!--[^>]*-->/gu, '')
}

/** Every capture of `pattern`'s first group in `markup`. */
function all(markup: string, pattern: RegExp): string[] {
  return [...markup.matchAll(pattern)].map((match) => match[1] ?? '')
}

/** The element with `id` and everything up to the end of its first closing `tag`. */
function element(markup: string, id: string, tag: string): string {
  const start = markup.indexOf(`id="${id}"`)
  return start < 0 ? '' : markup.slice(start, markup.indexOf(`</${tag}>`, start))
}

describe('DocumentBody', () => {
  it('renders every paragraph of the document', () => {
    expect(all(body(), /<p( id="at-\d+")/gu)).toHaveLength(18)
  })

  it('highlights each quotation and names its speaker in a chip', () => {
    const markup = body({ documentId: 'doc1' })
    expect(all(markup, /<span class="quotation[^"]*" id="([^"]+)"/gu)).toEqual([
      'quote-q1',
      'quote-q2',
      'quote-q3',
      'quote-q4',
      'quote-q5',
    ])
    expect(all(markup, /class="chip[^"]*"[^>]*>([^<]*)</gu)).toEqual([
      'Zelensky',
      'Zelensky',
      'Stoltenberg',
      'Stoltenberg',
      'Kremlin',
    ])
  })

  it('links each chip to its quote, described by its cue and source', () => {
    const quote = element(body({ documentId: 'doc1' }), 'quote-q1', 'a')
    expect(quote).toContain('href="/documents/doc1?select=quote%3Aq1#quote-q1"')
    expect(quote).toContain('aria-describedby="quote-q1-note"')
    const note = element(body({ documentId: 'doc1' }), 'quote-q1-note', 'span></span')
    expect(note.replaceAll(/<[^>]+>/gu, ' ').replaceAll(/\s+/gu, ' ')).toContain(
      'Volodymyr Zelensky direct quote cue “said” source “Zelensky”',
    )
  })

  it('gives chips no link in a preview, which has no stored document to select in', () => {
    const markup = body()
    expect(markup).toContain('<span class="chip')
    expect(markup).not.toContain('<a ')
  })

  it('tells entity kinds apart by class and mention kinds by attribute', () => {
    const markup = body()
    expect(all(markup, /class="mention person[^"]*"/gu)).toHaveLength(12)
    expect(all(markup, /class="mention organization[^"]*"/gu)).toHaveLength(6)
    expect(all(markup, /class="mention place[^"]*"/gu)).toHaveLength(3)
    expect(markup).toMatch(/data-mention="pronoun" title="Jens Stoltenberg"[^>]*>he</u)
  })

  it('marks every mention of the chosen entity and only those', () => {
    const markup = body({ selection: { kind: 'entity', id: 'e4' } })
    expect(all(markup, /<mark[^>]*>([^<]*)<\/mark>/gu)).toEqual(['The Kremlin', 'the Kremlin'])
  })

  it('gives each date its resolved value, as datetime and as a note', () => {
    const time = element(body({ documentId: 'doc1' }), 'time-t3', 'time')
    expect(time).toContain('datetime="2023-07"')
    expect(time).toMatch(/<a [^>]*>in July<\/a>/u)
    expect(time).toMatch(/role="tooltip"[^>]*>July 2023</u)
  })

  it('marks the selected quotation, date or paragraph', () => {
    expect(body({ selection: { kind: 'quote', id: 'q2' } })).toMatch(
      /class="quotation[^"]*selected[^"]*" id="quote-q2"/u,
    )
    expect(body({ selection: { kind: 'time', id: 't2' } })).toMatch(
      /class="time[^"]*selected[^"]*" id="time-t2"/u,
    )
    const first = document.children[0]!.position!
    const selection = { kind: 'span', start: first.start.offset, end: first.end.offset } as const
    expect(body({ selection })).toContain(
      `<p class="selected" id="at-${first.start.offset}" data-start="${first.start.offset}" data-end="${first.end.offset}">`,
    )
  })

  it('ties every mention to its span of the original text', () => {
    const mentions = [
      ...body().matchAll(/data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)<\/span>/gu),
    ]
    expect(mentions.length).toBeGreaterThan(20)
    for (const [, start, end, text] of mentions) {
      expect(ANNOTATED_SAMPLE.text.slice(Number(start), Number(end))).toBe(text)
    }
  })

  it('escapes markup in the article instead of interpreting it', () => {
    const hostile = {
      ...document,
      children: [
        {
          type: 'paragraph' as const,
          children: [
            {
              type: 'quotation' as const,
              role: 'direct' as const,
              quoteId: null,
              children: [{ type: 'text' as const, value: '<img src=x onerror=alert(1)>' }],
            },
          ],
        },
      ],
    }
    const { body: markup } = render(DocumentBody, { props: { document: hostile } })
    expect(markup).toContain('&lt;img src=x onerror=alert(1)>')
    expect(markup).not.toContain('<img')
  })
})

/**
 * The sample article must come out perfect: its title, 18 reflowed body
 * paragraphs and 2 related inserts, whatever its line layout.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, toString, type ArticleDocument } from '../src/index.js'

const SAMPLE = readFileSync(
  new URL('./fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
  'utf8',
)
const GOLD = JSON.parse(
  readFileSync(new URL('./fixtures/nato-stoltenberg-kyiv.gold.json', import.meta.url), 'utf8'),
) as { title: string; paragraphs: string[]; related: string[] }

const fold = (s: string): string => s.replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim()

function paragraphs(document: ArticleDocument): string[] {
  return document.children
    .filter((block) => block.type === 'paragraph')
    .map((block) => fold(toString(block)))
}

describe('the sample article', () => {
  const document = parse(SAMPLE, { referenceDate: '2023-04-20' })

  it('has its headline as the title', () => {
    expect(document.meta.title).toBe(GOLD.title)
  })

  it('has its 18 body paragraphs with hard wraps joined', () => {
    expect(paragraphs(document)).toEqual(GOLD.paragraphs.map(fold))
  })

  it('takes the two "Related article:" inserts out of the body', () => {
    expect(document.related.map((r) => fold(r.title))).toEqual(GOLD.related.map(fold))
    expect(paragraphs(document).some((p) => p.startsWith('Related article'))).toBe(false)
  })

  it('keeps the hyphen of a compound broken across lines', () => {
    expect(paragraphs(document)).toContain(
      "At the same time, the NATO chief's visit comes ahead of an expected Ukrainian counter-offensive.",
    )
  })

  const layouts: [string, (text: string) => string][] = [
    ['CRLF line ends', (t) => t.replace(/\n/gu, '\r\n')],
    ['CR line ends', (t) => t.replace(/\n/gu, '\r')],
    ['a byte order mark and NBSPs', (t) => `\uFEFF${t.replace(/ the /gu, ' the\u00A0')}`],
  ]
  it.each(layouts)('reads the same paragraphs with %s', (_name, change) => {
    const changed = parse(change(SAMPLE))
    expect(changed.meta.title).toBe(GOLD.title)
    expect(paragraphs(changed)).toEqual(GOLD.paragraphs.map(fold))
  })

  it('passes over page numbers and running heads, joining a paragraph across a page turn', () => {
    const lines = SAMPLE.split('\n')
    const pageTurn = (page: number) => ['', String(page), '', 'The Moscow Times | April 20, 2023']
    // After line 3 a page turns inside the first paragraph; after 13 and 31, between paragraphs.
    const paged = [
      ...lines.slice(0, 3),
      ...pageTurn(2),
      ...lines.slice(3, 13),
      ...pageTurn(3),
      ...lines.slice(13, 31),
      ...pageTurn(4),
      ...lines.slice(31),
    ].join('\n')
    const changed = parse(paged)
    expect(paragraphs(changed)).toEqual(GOLD.paragraphs.map(fold))
    expect(changed.boilerplate.filter((b) => b.kind === 'pageFurniture')).toHaveLength(6)
  })

  it('keeps every line of an article pasted three times: repeated text is not a running head', () => {
    const document = parse(`${SAMPLE}\n\n`.repeat(3))
    expect(document.boilerplate.filter((b) => b.kind === 'pageFurniture')).toEqual([])
    const once = paragraphs(parse(SAMPLE))
    expect(paragraphs(document).slice(-once.length)).toEqual(once)
  })

  describe('laid out other ways', () => {
    /** The article rebuilt from its gold: inserts where the original has them. */
    const blocks = [...GOLD.paragraphs]
    blocks.splice(12, 0, `Related article: ${GOLD.related[1]}`)
    blocks.splice(5, 0, `Related article: ${GOLD.related[0]}`)

    const wrap = (paragraph: string, width: number): string[] => {
      const lines: string[] = []
      let line = ''
      for (const word of paragraph.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line)
          line = word
        } else line = line ? `${line} ${word}` : word
      }
      return [...lines, line]
    }

    const variants: [string, string][] = [
      ['one paragraph a line, no blank lines', [GOLD.title, ...blocks].join('\n')],
      ['blank lines between paragraphs', [GOLD.title, ...blocks].join('\n\n')],
      [
        'leading-space paragraphs wrapped at 95 columns, no blank lines',
        [GOLD.title, ...blocks].map((b) => ` ${wrap(b, 94).join('\n')}`).join('\n'),
      ],
      [
        'wrapped at 60 columns',
        [GOLD.title, ...blocks].map((b) => wrap(b, 60).join('\n')).join('\n\n'),
      ],
      [
        'wrapped at 120 columns',
        [GOLD.title, ...blocks].map((b) => wrap(b, 120).join('\n')).join('\n\n'),
      ],
      [
        'wrapped at 60 columns with CRLF',
        [GOLD.title, ...blocks].map((b) => wrap(b, 60).join('\r\n')).join('\r\n\r\n'),
      ],
    ]

    it.each(variants)('gives the same 18 paragraphs with %s', (_name, text) => {
      const changed = parse(text)
      expect(changed.meta.title).toBe(GOLD.title)
      expect(paragraphs(changed)).toEqual(GOLD.paragraphs.map(fold))
      expect(changed.related.map((r) => fold(r.title))).toEqual(GOLD.related.map(fold))
    })
  })
})

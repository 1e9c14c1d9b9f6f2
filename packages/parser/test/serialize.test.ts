/**
 * Serializers: toText round-trips through parse; toHtml and toMarkdown are
 * escaped, so article text never becomes markup.
 */
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, toHtml, toMarkdown, toString, toText, type ArticleDocument } from '../src/index.js'

const SAMPLE = readFileSync(
  new URL('./fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
  'utf8',
)

/** What must survive a round trip: the title, each block's type and text, the related titles. */
function shape(doc: ArticleDocument) {
  return {
    title: doc.meta.title,
    standfirst: doc.meta.standfirst,
    byline: doc.meta.byline,
    blocks: doc.children.map((block) => [block.type, toString(block)]),
    related: doc.related.map((related) => related.title),
  }
}

describe('toText', () => {
  it('gives text that parses into the same blocks, for the sample article', () => {
    const doc = parse(SAMPLE)
    expect(shape(parse(toText(doc)))).toEqual(shape(doc))
  })

  it('gives text that parses into the same blocks, for article-shaped text', () => {
    const sentence = fc
      .lorem({ maxCount: 14, mode: 'sentences' })
      .filter((s) => s.trim().length > 0)
    const block = fc.oneof(
      { weight: 6, arbitrary: sentence },
      { weight: 1, arbitrary: fc.lorem({ maxCount: 4 }).map((s) => `Related article: ${s}`) },
      { weight: 1, arbitrary: fc.lorem({ maxCount: 4 }).map((s) => `- ${s}`) },
      {
        weight: 1,
        arbitrary: fc.lorem({ maxCount: 4 }).map((s) => s.replace(/^./u, (c) => c.toUpperCase())),
      },
    )
    const article = fc
      .tuple(
        fc.lorem({ maxCount: 8 }),
        fc.array(block, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\n\n'),
      )
      .map(([title, blocks, gap]) => [title, ...blocks].join(gap))
    fc.assert(
      fc.property(article, (text) => {
        const doc = parse(text)
        expect(shape(parse(toText(doc)))).toEqual(shape(doc))
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same blocks for every corpus article', () => {
    const dir = new URL('../../../../shared/corpus/web-dev/', import.meta.url)
    // The shared corpus sits beside the checkout, in development and in CI.
    const files = readdirSync(dir).filter((name) => name.endsWith('.txt'))
    expect(files.length).toBeGreaterThan(10)
    for (const name of files) {
      const doc = parse(readFileSync(new URL(name, dir), 'utf8'))
      expect(shape(parse(toText(doc))), name).toEqual(shape(doc))
    }
  })
})

describe('toHtml', () => {
  const hostile = [
    'Headline <script>alert(1)</script>',
    '',
    'A paragraph with <img src=x onerror="alert(1)"> and a "quote" & more.',
    '',
    'Related article: <b>bold</b> javascript:alert(1)',
  ].join('\n')

  it('escapes every piece of article text', () => {
    const html = toHtml(parse(hostile))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&quot;quote&quot; &amp; more')
  })

  it('links only http(s) URLs', () => {
    const html = toHtml(
      parse('Headline\n\nBody text here.\n\nRead more: Another story https://example.com/a?b=1\n'),
    )
    expect(html).toContain(
      '<a href="https://example.com/a?b=1" rel="noopener noreferrer">Another story</a>',
    )
    expect(toHtml(parse(hostile))).not.toContain('href')
  })

  it('renders the sample article with its 18 paragraphs', () => {
    expect(toHtml(parse(SAMPLE)).match(/<p>/gu)).toHaveLength(18)
  })
})

describe('toMarkdown', () => {
  it('escapes characters that would become markup', () => {
    const markdown = toMarkdown(
      parse('Headline\n\nStars *like this* and [links](http://x) and <tags>.\n'),
    )
    expect(markdown).toContain('Stars \\*like this\\* and \\[links\\](http://x) and \\<tags\\>.')
  })

  it('writes the headline as a heading and the related links as a list', () => {
    const markdown = toMarkdown(parse(SAMPLE))
    expect(markdown.startsWith('# NATO Secretary General Jens Stoltenberg')).toBe(true)
    expect(markdown).toContain(
      '## Related\n\n- NATO Taking Part in Ukraine Conflict With Arms Supplies — Putin',
    )
  })
})

import type { BlockContent } from '@copydesk/parser'
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import Blocks from './Blocks.svelte'

function text(value: string) {
  return { type: 'text', value } as const
}

/** The rendered markup without Svelte's hydration comments. */
function html(nodes: BlockContent[]): string {
  return render(Blocks, { props: { nodes } }).body.replaceAll(/<!--[^>]*-->/gu, '')
}

describe('Blocks', () => {
  it('renders a paragraph as a <p> of its text, dateline set apart', () => {
    const markup = html([
      {
        type: 'paragraph',
        children: [
          { type: 'dateline', value: 'KYIV, April 20 (Reuters) -' },
          text(' Zelensky said.'),
        ],
      },
    ])
    expect(markup).toMatch(
      /^<p><span class="dateline[^"]*">KYIV, April 20 \(Reuters\) -<\/span> Zelensky said\.<\/p>$/u,
    )
  })

  it('renders every block type with its own element', () => {
    const markup = html([
      { type: 'heading', depth: 2, children: [text('Crosshead')] },
      { type: 'heading', depth: 1, children: [text('Never a second h1')] },
      {
        type: 'list',
        ordered: true,
        start: 3,
        children: [{ type: 'listItem', children: [text('third')] }],
      },
      { type: 'list', ordered: false, start: null, children: [] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [text('Quoted.')] }] },
      { type: 'thematicBreak' },
      { type: 'caption', children: [text('Photo: Reuters')] },
    ])
    expect(markup).toBe(
      '<h2>Crosshead</h2><h2>Never a second h1</h2>' +
        '<ol start="3"><li>third</li></ol><ul></ul>' +
        '<blockquote><p>Quoted.</p></blockquote><hr/>' +
        '<figure class="caption"><figcaption>Photo: Reuters</figcaption></figure>',
    )
  })

  it('escapes markup in the text instead of interpreting it', () => {
    const markup = html([{ type: 'paragraph', children: [text('<script>alert(1)</script> & co')] }])
    expect(markup).toBe('<p>&lt;script>alert(1)&lt;/script> &amp; co</p>')
  })
})

import type { Boilerplate, Related } from '@copydesk/parser'
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import OutOfBody from './OutOfBody.svelte'

const at = (start: number, end: number) => ({
  start: { line: 1, column: start + 1, offset: start },
  end: { line: 1, column: end + 1, offset: end },
})

const related: Related[] = [
  { type: 'related', label: 'Read more', title: 'A story', url: null, position: at(0, 20) },
  {
    type: 'related',
    label: 'Related article',
    title: 'A trap',
    url: 'javascript:alert(1)',
    position: at(30, 60),
  },
  {
    type: 'related',
    label: 'Related article',
    title: 'A real link',
    url: 'https://example.com/story',
    position: at(70, 90),
  },
]

const boilerplate: Boilerplate[] = [
  {
    type: 'boilerplate',
    kind: 'newsletter',
    value: 'Sign up for our newsletter',
    position: at(100, 126),
  },
]

function markup(): string {
  const { body } = render(OutOfBody, { props: { documentId: 'doc1', related, boilerplate } })
  return body.replaceAll(/<!--[^>]*-->/gu, '')
}

describe('OutOfBody', () => {
  it('lists related inserts and removed boilerplate, each found in the original text', () => {
    const html = markup()
    expect(html).toContain('aria-label="Related"')
    expect(html).toContain('aria-label="Removed from the body"')
    expect(html).toContain('Newsletter pitch')
    expect(html).toContain('Sign up for our newsletter')
    expect(html).toContain('href="/documents/doc1?select=span%3A100-126"')
  })

  it('links only to web addresses, never to a javascript: url', () => {
    const html = markup()
    expect(html).toContain('href="https://example.com/story"')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('A trap')
  })
})

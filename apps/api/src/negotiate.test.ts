import { parse } from '@copydesk/parser'
import { describe, expect, it } from 'vitest'
import { negotiate, renderText, textContentType } from './negotiate.js'

describe('negotiate', () => {
  it.each([
    [undefined, 'json'],
    ['', 'json'],
    ['*/*', 'json'],
    ['application/json', 'json'],
    ['application/*', 'json'],
    ['text/markdown', 'markdown'],
    ['text/plain', 'text'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'html'],
    ['text/*', 'markdown'],
    ['text/plain;q=0.5, text/markdown;q=0.9', 'markdown'],
    ['application/json;q=0, */*', 'markdown'],
    ['TEXT/HTML', 'html'],
  ])('picks %s as %s', (accept, format) => {
    expect(negotiate(undefined, accept)).toBe(format)
  })

  it.each(['image/png', 'application/json;q=0', 'text/*;q=0, application/*;q=0', 'garbage'])(
    'finds nothing acceptable in %s',
    (accept) => {
      expect(negotiate(undefined, accept)).toBeNull()
    },
  )

  it('lets ?format= win over Accept', () => {
    expect(negotiate('text', 'application/json')).toBe('text')
    expect(negotiate('json', 'image/png')).toBe('json')
  })

  it('ignores malformed q-values', () => {
    expect(negotiate(undefined, 'text/plain;q=2, application/json;q=abc, text/html')).toBe('html')
  })
})

describe('renderText', () => {
  const document = parse('A <b>headline</b> & more\n\nA paragraph.\n')

  it('wraps the HTML fragment in a page with the escaped title', () => {
    const body = renderText(document, 'html')
    expect(textContentType('html')).toBe('text/html; charset=utf-8')
    expect(body).toMatch(/^<!doctype html>/u)
    expect(body).toContain('<title>A &lt;b&gt;headline&lt;/b&gt; &amp; more</title>')
    expect(body).not.toContain('<b>')
  })

  it('renders Markdown and plain text with the parser', () => {
    expect(renderText(document, 'markdown')).toMatch(/^# A/u)
    expect(renderText(document, 'text')).toContain('A paragraph.')
  })
})

/**
 * An article full of markup meant to run: <script> elements, <img onerror>,
 * <svg onload>, javascript: links. Stored through the site and shown on every
 * page that shows articles, none of it may run: a flag that any of it would
 * set stays unset, no dialog opens, and it reads as the text it is. Behind
 * that, the Content-Security-Policy allows no inline script but Kit's own.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { open, useSite } from '../support/site.ts'

const site = useSite()

/** Each payload sets `window.pwned` (or opens a dialog) if it ever runs. */
const HOSTILE = `<script>window.pwned = 'title'</script> Minister <img src=x onerror="window.pwned='img'"> resigns
By <b onmouseover="window.pwned='byline'">Mallory</b> and <script>alert('byline')</script>
Published April 1, 2023

LONDON, April 1 (Reuters) - The minister said on Friday that <script>window.pwned = 'body'</script> was "<img src=x onerror=alert(1)>," Mallory said.

Related article: <a href="javascript:window.pwned='related'">Click me</a>

Read more: javascript:window.pwned='url'

"<svg onload=\\"window.pwned='svg'\\"></svg> <iframe src=\\"javascript:window.pwned='iframe'\\"></iframe>," the minister told reporters.

Visit [our site](javascript:alert(document.cookie)) or <a href=javascript:alert(1) onclick="window.pwned='click'">this link</a>.
`

/** Fails the test if a dialog opens; dismisses it so the page goes on. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

/** How many elements a page has hovered: the article's text is among the first. */
const POKED_ELEMENTS = 80

/** Hovers what the article put on the page, to give any handler its chance. */
async function poke(page: Page): Promise<void> {
  const elements = await page.locator('main :is(h1, p, span, a, li, blockquote):visible').all()
  for (const element of elements.slice(0, POKED_ELEMENTS)) {
    await element.hover({ force: true, timeout: 1000 }).catch(() => {})
  }
}

async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  await poke(page)
  expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined()
  expect(dialogs).toEqual([])
  // The markup is text: no element the article wrote, no javascript: link.
  expect(await page.locator('main img, main svg, main iframe, main b, main script').count()).toBe(0)
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0)
  // The only scripts are Kit's: its modules from this origin and one inline start script.
  const scripts = await page.locator('script').evaluateAll((elements) =>
    elements.map((element) => ({
      src: element.getAttribute('src'),
      nonce: element.nonce !== '',
      text: element.textContent ?? '',
    })),
  )
  for (const script of scripts) {
    expect(script.src === null ? script.nonce : !script.src.includes('//')).toBe(true)
    // Kit's start script carries the page's data, the article's with it, escaped.
    expect(script.text).not.toMatch(/<\/?script|<img|<svg/iu)
  }
}

describe('an article full of markup', () => {
  it('is shown as text on the document page and runs nothing', async () => {
    await site.withPage({}, async ({ page }) => {
      const dialogs = watchDialogs(page)
      await open(page, site.url())
      await page.getByLabel('Article text').fill(HOSTILE)
      await page.getByRole('button', { name: 'Read it' }).click()
      await page.waitForURL(/\/documents\/[\w-]+$/u)
      await page.locator('article h1').waitFor()
      expect(await page.locator('article h1').textContent()).toContain(
        "<script>window.pwned = 'title'</script>",
      )
      expect(await page.locator('div.body').textContent()).toContain(
        "<script>window.pwned = 'body'</script>",
      )
      await expectInert(page, dialogs)

      // Choosing and clicking everything the reading tools offer runs nothing either.
      for (const link of await page.locator('.rail a[href*="select="]').all()) {
        const search = new URL((await link.getAttribute('href')) ?? '', page.url()).search
        await link.click()
        await page.waitForURL((url) => url.search === search)
      }
      await page.locator('aside[aria-label="Related"] li').first().click()
      await expectInert(page, dialogs)
    })
  })

  it('runs nothing in the live preview, the library, the JSON view or without JavaScript', async () => {
    const id = await site.store(HOSTILE)
    await site.withPage({}, async ({ page }) => {
      const dialogs = watchDialogs(page)
      await open(page, site.url())
      await page.getByLabel('Article text').fill(HOSTILE)
      // The preview loads the parser with the first keystroke.
      await expect.poll(() => page.locator('.preview [role="status"]').count()).toBe(1)
      await expectInert(page, dialogs)

      await open(page, site.url('documents'))
      expect(await page.locator('ul.results').textContent()).toContain('<script>')
      await expectInert(page, dialogs)

      await open(page, site.url(`documents/${id}/json`))
      await expectInert(page, dialogs)
    })
    await site.withPage({ javaScriptEnabled: false }, async ({ page }) => {
      const dialogs = watchDialogs(page)
      await open(page, site.url(`documents/${id}`), false)
      await expectInert(page, dialogs)
    })
  })

  it('exports as HTML only as a download that could run nothing if opened', async () => {
    const id = await site.store(HOSTILE)
    const response = await fetch(site.url(`documents/${id}/export/html`))
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/u)
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    const html = await response.text()
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|href="javascript:/iu)
  })
})

describe('the Content-Security-Policy', () => {
  it('allows no inline script but the one Kit writes, by nonce', async () => {
    const response = await fetch(site.url())
    const policy = response.headers.get('content-security-policy') ?? ''
    const scriptSources = /script-src ([^;]*)/u.exec(policy)?.[1] ?? ''
    expect(scriptSources).toMatch(/'self'/u)
    expect(scriptSources).toMatch(/'nonce-[\w+/=-]+'/u)
    expect(scriptSources).not.toContain('unsafe-inline')
    expect(scriptSources).not.toContain('unsafe-eval')
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('stops a script injected into the page', async () => {
    await site.withPage({}, async ({ page, errors }) => {
      const id = await site.store('A plain article\n\nWith one paragraph.\n')
      await open(page, site.url(`documents/${id}`))
      await page.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = "window.pwned = 'injected'"
        document.body.append(script)
      })
      expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined()
      expect(errors.join('\n')).toContain('Content Security Policy')
    })
  })

  it('is never broken by the site itself', async () => {
    await site.withPage({}, async ({ page, errors }) => {
      const id = await site.store('Another article\n\nAnd its paragraph.\n')
      for (const path of ['', 'documents', `documents/${id}`, `documents/${id}/json`]) {
        await open(page, site.url(path))
      }
      expect(errors).toEqual([])
    })
  })
})

/**
 * The main flow end to end: the built server as `npm start` runs it, driven
 * by Chromium with JavaScript on and off. Paste the sample (or drop it as a
 * file, or take the sample button) and read it as a document with its
 * paragraphs, related inserts, quotes and speakers, and people; the live
 * preview; the API under /api; the server's own guarantees.
 */
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  SAMPLE_ORGANIZATIONS,
  SAMPLE_PARAGRAPHS,
  SAMPLE_PEOPLE,
  SAMPLE_PLACES,
  SAMPLE_QUOTES,
  SAMPLE_RELATED,
  SAMPLE_TITLE,
} from '../support/sample-gold.ts'
import { startServer } from '../support/server.ts'
import { SAMPLE, documentId, open, useSite } from '../support/site.ts'

const site = useSite()

async function expectSampleDocument(page: Page): Promise<void> {
  await page.waitForURL(/\/documents\/[\w-]+$/u)
  expect(await page.locator('article h1').textContent()).toBe(SAMPLE_TITLE)
  expect(await page.title()).toContain(SAMPLE_TITLE)
  await expect.poll(() => page.locator('div.body > p').count()).toBe(SAMPLE_PARAGRAPHS)
  expect(await page.locator('aside[aria-label="Related"] li').count()).toBe(SAMPLE_RELATED)
}

/** The names listed under `heading` in the entities panel. */
async function panelNames(page: Page, heading: string): Promise<string[]> {
  const list = page.locator(
    `section[aria-labelledby="entities-heading"] h3:text-is("${heading}") + ul`,
  )
  return list.locator('a.entity').allTextContents()
}

describe.each([
  { javaScriptEnabled: true, mode: 'with JavaScript on' },
  { javaScriptEnabled: false, mode: 'with JavaScript off' },
])('the site $mode', ({ javaScriptEnabled }) => {
  it('reads a pasted article and shows its title, paragraphs and related inserts', async () => {
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      await open(page, site.url(), javaScriptEnabled)
      if (javaScriptEnabled) await page.evaluate(() => Object.assign(window, { stayed: true }))
      await page.getByLabel('Article text').fill(SAMPLE)
      await page.getByRole('button', { name: 'Read it' }).click()
      await expectSampleDocument(page)
      if (javaScriptEnabled) {
        // The enhanced form navigated in place instead of loading a new page.
        expect(await page.evaluate(() => 'stayed' in window)).toBe(true)
      }
      // Stored as pasted: the CRLF line breaks of a form submission are undone.
      const stored = await fetch(site.url(`api/v1/documents/${documentId(page)}`))
      expect(((await stored.json()) as { text: string }).text).toBe(SAMPLE)
    })
  })

  it('shows the sample’s quotes with the right speakers, and its people', async () => {
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      await open(page, site.url(), javaScriptEnabled)
      await page.getByRole('button', { name: 'Try the sample article' }).click()
      await expectSampleDocument(page)

      // In the body: each quotation highlighted, its speaker named in the note its chip points to.
      const quotations = page.locator('div.body .quotation')
      await expect.poll(() => quotations.count()).toBe(SAMPLE_QUOTES.length)
      for (const [index, expected] of SAMPLE_QUOTES.entries()) {
        const quotation = quotations.nth(index)
        const words = await quotation.evaluate((element) =>
          [...element.childNodes]
            .filter((node) => node.nodeType !== Node.COMMENT_NODE)
            .filter((node) => !(node instanceof Element && node.matches('.attribution')))
            .map((node) => node.textContent)
            .join(''),
        )
        expect(words).toBe(expected.text)
        expect(await quotation.locator('.note strong').textContent()).toBe(expected.speaker)
        expect(await quotation.locator('.chip').textContent()).toBe(
          expected.speaker.split(' ').at(-1),
        )
      }

      // In "Who said what": every quote under its speaker.
      const panel = page.locator('section[aria-labelledby="quotes-heading"]')
      for (const expected of SAMPLE_QUOTES) {
        const group = panel.locator('.speaker', {
          has: page.locator(`h3 a:text-is("${expected.speaker}")`),
        })
        expect(await group.locator('a.quote').allTextContents()).toContain(`“${expected.text}”`)
      }

      // And the people, organisations and places it names.
      expect((await panelNames(page, 'People')).sort()).toEqual([...SAMPLE_PEOPLE].sort())
      expect(await panelNames(page, 'Organisations')).toEqual(
        expect.arrayContaining(SAMPLE_ORGANIZATIONS),
      )
      expect(await panelNames(page, 'Places')).toEqual(expect.arrayContaining(SAMPLE_PLACES))
    })
  })

  it('reads an article from a chosen .txt file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-upload-'))
    const file = join(folder, 'nato.txt')
    writeFileSync(file, SAMPLE)
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      await open(page, site.url(), javaScriptEnabled)
      await page.getByLabel('Or choose a .txt file').setInputFiles(file)
      if (javaScriptEnabled) {
        // The file is read into the box, where it can be checked before it is sent.
        await expect.poll(() => page.getByLabel('Article text').inputValue()).toBe(SAMPLE)
      }
      await page.getByRole('button', { name: 'Read it' }).click()
      await expectSampleDocument(page)
    })
  })

  it('says what is missing when the article text is empty', async () => {
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      await open(page, site.url(), javaScriptEnabled)
      await page.getByRole('button', { name: 'Read it' }).click()
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('Paste the text of an article first, or choose a .txt file.')
      expect(await page.getByLabel('Article text').getAttribute('aria-invalid')).toBe('true')
      expect(new URL(page.url()).pathname).toBe('/')
    })
  })

  it('answers 404 for a document that does not exist', async () => {
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      const response = await page.goto(site.url('documents/no-such-id'))
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').textContent()).toBe('Not found')
    })
  })
})

describe('the live preview', () => {
  it('parses the article in the browser as it is typed, with the parser loaded only then', async () => {
    await site.withPage({}, async ({ page, errors }) => {
      const scripts: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url())
      })
      await open(page, site.url())
      const before = scripts.length
      await page.getByLabel('Article text').fill(SAMPLE)
      const status = page.locator('.preview [role="status"]')
      await expect
        .poll(() => status.textContent())
        .toMatch(new RegExp(`^\\s*${SAMPLE_PARAGRAPHS} paragraphs\\s+·\\s+\\d+ quotes`, 'u'))
      expect(await page.locator('.preview .body > p').count()).toBe(SAMPLE_PARAGRAPHS)
      expect(await page.locator('.preview .quotation').count()).toBe(SAMPLE_QUOTES.length)
      // The parser came with the first keystroke, not with the page.
      expect(scripts.length).toBeGreaterThan(before)
      // Nothing was stored: the preview is the browser's alone.
      expect(new URL(page.url()).pathname).toBe('/')
      expect(errors).toEqual([])
    })
  })

  it('takes a .txt file dropped on the text box', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url())
      const box = page.getByLabel('Article text')
      const drop = await page.evaluateHandle((text) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }))
        return transfer
      }, SAMPLE)
      await box.dispatchEvent('dragover', { dataTransfer: drop })
      await box.dispatchEvent('drop', { dataTransfer: drop })
      await expect.poll(() => box.inputValue()).toBe(SAMPLE)
      expect(await page.getByRole('status').filter({ hasText: 'Loaded dropped.txt' }).count()).toBe(
        1,
      )
    })
  })
})

describe('the API under /api', () => {
  it('answers its health check', async () => {
    const response = await fetch(site.url('api/healthz'))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok' })
  })

  it('stores an article posted as plain text and serves it at its Location', async () => {
    const text = `A headline made for this test\n\nIts only paragraph, written at ${Date.now()}.\n`
    const created = await fetch(site.url('api/v1/documents'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: text,
    })
    expect(created.status).toBe(201)
    const location = created.headers.get('location') ?? ''
    expect(location.startsWith('/api/v1/documents/')).toBe(true)
    const { id } = (await created.json()) as { id: string }

    const read = await fetch(site.url(location))
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ id, text })
  })

  it('answers problem+json for a document that does not exist', async () => {
    const response = await fetch(site.url('api/v1/documents/no-such-id'))
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })
})

describe('the server', () => {
  it('refuses a form posted from another site', async () => {
    const response = await fetch(site.url('?/read'), {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example', accept: 'text/html' },
      body: new URLSearchParams({ text: SAMPLE }),
    })
    expect(response.status).toBe(403)
  })

  it('stops cleanly on SIGTERM', async () => {
    const own = await startServer()
    expect(await own.stop()).toBe(0)
  })
})

/**
 * The site end to end: the built server as `npm start` runs it, driven by
 * Chromium with JavaScript on and off, and its API under /api.
 */
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser.ts'
import { ROOT, startServer, type RunningServer } from '../support/server.ts'

const SAMPLE = readFileSync(`${ROOT}apps/web/src/lib/sample/nato-stoltenberg-kyiv.txt`, 'utf8')
const SAMPLE_TITLE =
  'NATO Secretary General Jens Stoltenberg visited Ukraine on Thursday for talks with President Zelensky.'
const SAMPLE_PARAGRAPHS = 18
const SAMPLE_RELATED = 2

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Runs `test` in a fresh page of a context with JavaScript on or off. */
async function withPage(javaScriptEnabled: boolean, test: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ javaScriptEnabled })
  try {
    await test(await context.newPage())
  } finally {
    await context.close()
  }
}

/** Opens the home page, hydrated when JavaScript is on. */
async function openHome(page: Page, javaScriptEnabled: boolean): Promise<void> {
  await page.goto(server.url, { waitUntil: javaScriptEnabled ? 'networkidle' : 'load' })
}

async function expectSampleDocument(page: Page): Promise<void> {
  await page.waitForURL(/\/documents\/[\w-]+$/u)
  expect(await page.locator('article h1').textContent()).toBe(SAMPLE_TITLE)
  expect(await page.title()).toContain(SAMPLE_TITLE)
  await expect.poll(() => page.locator('div.body > p').count()).toBe(SAMPLE_PARAGRAPHS)
  expect(await page.locator('aside[aria-label="Related"] li').count()).toBe(SAMPLE_RELATED)
}

describe.each([
  { javaScriptEnabled: true, mode: 'with JavaScript on' },
  { javaScriptEnabled: false, mode: 'with JavaScript off' },
])('the site $mode', ({ javaScriptEnabled }) => {
  it('reads a pasted article and shows its title, paragraphs and related inserts', async () => {
    await withPage(javaScriptEnabled, async (page) => {
      await openHome(page, javaScriptEnabled)
      if (javaScriptEnabled) await page.evaluate(() => Object.assign(window, { stayed: true }))
      await page.getByLabel('Article text').fill(SAMPLE)
      await page.getByRole('button', { name: 'Read it' }).click()
      await expectSampleDocument(page)
      if (javaScriptEnabled) {
        // The enhanced form navigated in place instead of loading a new page.
        expect(await page.evaluate(() => 'stayed' in window)).toBe(true)
      }
      // Stored as pasted: the CRLF line breaks of a form submission are undone.
      const id = new URL(page.url()).pathname.split('/').at(-1) ?? ''
      const stored = await fetch(new URL(`api/v1/documents/${id}`, server.url))
      expect(((await stored.json()) as { text: string }).text).toBe(SAMPLE)
    })
  })

  it('opens the sample article from its button', async () => {
    await withPage(javaScriptEnabled, async (page) => {
      await openHome(page, javaScriptEnabled)
      await page.getByRole('button', { name: 'Try the sample article' }).click()
      await expectSampleDocument(page)
    })
  })

  it('says what is missing when the article text is empty', async () => {
    await withPage(javaScriptEnabled, async (page) => {
      await openHome(page, javaScriptEnabled)
      await page.getByRole('button', { name: 'Read it' }).click()
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('Paste the text of an article first.')
      expect(await page.getByLabel('Article text').getAttribute('aria-invalid')).toBe('true')
      expect(new URL(page.url()).pathname).toBe('/')
    })
  })

  it('answers 404 for a document that does not exist', async () => {
    await withPage(javaScriptEnabled, async (page) => {
      const response = await page.goto(new URL('documents/no-such-id', server.url).href)
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').textContent()).toBe('Not found')
    })
  })
})

describe('the API under /api', () => {
  it('answers its health check', async () => {
    const response = await fetch(new URL('api/healthz', server.url))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('stores an article posted as plain text and serves it at its Location', async () => {
    const text = `A headline made for this test\n\nIts only paragraph, written at ${Date.now()}.\n`
    const created = await fetch(new URL('api/v1/documents', server.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: text,
    })
    expect(created.status).toBe(201)
    const location = created.headers.get('location') ?? ''
    expect(location.startsWith('/api/v1/documents/')).toBe(true)
    const { id } = (await created.json()) as { id: string }

    const read = await fetch(new URL(location, server.url))
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ id, text })
  })

  it('answers problem+json for a document that does not exist', async () => {
    const response = await fetch(new URL('api/v1/documents/no-such-id', server.url))
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })
})

describe('the server', () => {
  it('refuses a form posted from another site', async () => {
    const response = await fetch(new URL('?/read', server.url), {
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

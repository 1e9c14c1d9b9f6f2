/**
 * The screenshots shown in the README and the docs: the home page (with the
 * live preview of the sample) and the document page of the sample (a quote
 * chosen, so the source view shows it), each in the light scheme, the dark
 * scheme and on a 390 px phone. Written to docs/ by the screenshot test and by
 * `node tests/scripts/screenshot.ts`.
 */
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ROOT } from './server.ts'
import { SAMPLE, SAMPLE_REFERENCE_DATE, open } from './site.ts'

/** Where the screenshots go. */
export const DOCS = join(ROOT, 'docs')

const DESKTOP = { width: 1280, height: 1000 }
const PHONE = { width: 390, height: 844 }

/** Each screenshot: its file name and how to take it. */
const SHOTS = [
  { name: 'screenshot-home.png', page: 'home', viewport: DESKTOP, colorScheme: 'light' },
  { name: 'screenshot-home-dark.png', page: 'home', viewport: DESKTOP, colorScheme: 'dark' },
  { name: 'screenshot-home-phone.png', page: 'home', viewport: PHONE, colorScheme: 'light' },
  { name: 'screenshot-document.png', page: 'document', viewport: DESKTOP, colorScheme: 'light' },
  {
    name: 'screenshot-document-dark.png',
    page: 'document',
    viewport: DESKTOP,
    colorScheme: 'dark',
  },
  {
    name: 'screenshot-document-phone.png',
    page: 'document',
    viewport: PHONE,
    colorScheme: 'light',
  },
] as const

/** The quote the document screenshots choose: Stoltenberg's promise. */
const CHOSEN_QUOTE = 'NATO stands with you'

async function stage(page: Page, baseUrl: string, which: 'home' | 'document', id: string) {
  if (which === 'home') {
    await open(page, baseUrl)
    await page.getByLabel('Article text').fill(SAMPLE)
    await page.locator('.preview .body p').first().waitFor()
    await page.getByLabel('Article text').evaluate((element) => element.scrollTo(0, 0))
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    return
  }
  const stored = (await (await fetch(new URL(`api/v1/documents/${id}`, baseUrl))).json()) as {
    document: { quotes: { id: string; text: string }[] }
  }
  const quote = stored.document.quotes.find((candidate) => candidate.text.startsWith(CHOSEN_QUOTE))
  const search = quote ? `?select=${encodeURIComponent(`quote:${quote.id}`)}` : ''
  await open(page, new URL(`documents/${id}${search}`, baseUrl).href)
}

/**
 * Stores the sample on the site at `baseUrl` and writes every screenshot to
 * `folder`; returns the files written.
 *
 * @example
 * const files = await takeScreenshots(browser, server.url)
 */
export async function takeScreenshots(
  browser: Browser,
  baseUrl: string,
  folder = DOCS,
): Promise<string[]> {
  const response = await fetch(new URL('api/v1/documents', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: SAMPLE, referenceDate: SAMPLE_REFERENCE_DATE }),
  })
  const { id } = (await response.json()) as { id: string }
  const written: string[] = []
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      colorScheme: shot.colorScheme,
    })
    try {
      const page = await context.newPage()
      await stage(page, baseUrl, shot.page, id)
      const path = join(folder, shot.name)
      await page.screenshot({ path })
      written.push(path)
    } finally {
      await context.close()
    }
  }
  return written
}

/**
 * One site per test file: `useSite()` starts the built server and Chromium
 * once (before the file's tests) and stops both after them; each test opens
 * pages in a fresh browser context, so cookies and storage never leak
 * between tests. Everything a page logs as an error (a script error, a
 * Content-Security-Policy violation) is collected for the test to check.
 */
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './browser.ts'
import { ROOT, startServer, type RunningServer } from './server.ts'

/** The sample article, as the site bundles it. */
export const SAMPLE = readFileSync(
  `${ROOT}apps/web/src/lib/sample/nato-stoltenberg-kyiv.txt`,
  'utf8',
)
/** The day the sample was published, which anchors its "on Thursday". */
export const SAMPLE_REFERENCE_DATE = '2023-04-20'

/** A page, and the errors it has logged so far. */
export interface OpenPage {
  page: Page
  /** Script errors and console errors (CSP violations among them), in order. */
  errors: string[]
}

/** The running site of one test file. */
export interface Site {
  /** The absolute URL of `path` on the site: `url('documents')`. */
  url(path?: string): string
  /** Runs `test` in a page of a fresh context, closed afterwards whatever happens. */
  withPage<T>(options: BrowserContextOptions, test: (open: OpenPage) => Promise<T>): Promise<T>
  /** Stores `text` through the API and returns the document's id. */
  store(text: string, referenceDate?: string): Promise<string>
  readonly server: RunningServer
  readonly browser: Browser
}

/**
 * Starts the site and a browser for the calling test file.
 *
 * @example
 * const site = useSite()
 * it('opens', () => site.withPage({}, async ({ page }) => { await page.goto(site.url()) }))
 */
export function useSite(env: Record<string, string> = {}): Site {
  let server: RunningServer | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(env), launchChromium()])
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const started = () => {
    if (!server || !browser)
      throw new Error('The site is not started: call useSite() at the top of the file.')
    return { server, browser }
  }

  return {
    get server() {
      return started().server
    },
    get browser() {
      return started().browser
    },
    url(path = '') {
      return new URL(path, started().server.url).href
    },
    async withPage(options, test) {
      const context = await started().browser.newContext(options)
      try {
        const page = await context.newPage()
        const errors: string[] = []
        page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(`console: ${message.text()}`)
        })
        return await test({ page, errors })
      } finally {
        await context.close()
      }
    },
    async store(text, referenceDate) {
      const response = await fetch(new URL('api/v1/documents', started().server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, ...(referenceDate ? { referenceDate } : {}) }),
      })
      if (!response.ok) throw new Error(`Could not store the article: ${await response.text()}`)
      return ((await response.json()) as { id: string }).id
    },
  }
}

/**
 * Opens `url` and waits until the page has hydrated (JavaScript on: the root
 * layout marks `<html data-hydrated>`) or loaded (off).
 *
 * @example
 * await open(page, site.url('documents'), true)
 */
export async function open(page: Page, url: string, javaScriptEnabled = true): Promise<void> {
  await page.goto(url, { waitUntil: 'load' })
  if (javaScriptEnabled) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
}

/** The id of the document a page shows, from its URL. */
export function documentId(page: Page): string {
  return new URL(page.url()).pathname.split('/')[2] ?? ''
}

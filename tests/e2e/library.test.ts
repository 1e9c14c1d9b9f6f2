/**
 * The library and the pages across documents: search, filters by who is
 * named, who is quoted and when, pages of twenty, deleting (with JavaScript
 * and without), and a person's quotes across every document.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE, SAMPLE_REFERENCE_DATE, open, useSite } from '../support/site.ts'

const site = useSite()
/** Documents stored only to fill more than one page of the library. */
const FILLERS = 23
const PAGE_SIZE = 20

/** A short article in which `speaker` says `quote` about `place`, published on `date`. */
function article(title: string, date: string, speaker: string, quote: string, place: string) {
  const surname = speaker.split(' ').at(-1)
  return (
    `${title}\nBy Test Writer\nPublished ${date}\n\n` +
    `LONDON (Reuters) - ${speaker} said on Monday that talks in ${place} would go on.\n\n` +
    `"${quote}," ${surname} told reporters.\n`
  )
}

const STOLTENBERG = article(
  'Alliance chief promises patience',
  'March 3, 2023',
  'Jens Stoltenberg',
  'We will not give up',
  'Brussels',
)
const MACRON = article(
  'French president calls for unity',
  'June 10, 2023',
  'Emmanuel Macron',
  'Europe must stand together',
  'Paris',
)
const SCHOLZ = article(
  'Chancellor pledges support',
  'January 5, 2022',
  'Olaf Scholz',
  'Germany will do its part',
  'Berlin',
)

beforeAll(async () => {
  await site.store(SAMPLE, SAMPLE_REFERENCE_DATE)
  for (const text of [STOLTENBERG, MACRON, SCHOLZ]) await site.store(text)
  await Promise.all(
    Array.from({ length: FILLERS }, (_, index) =>
      site.store(
        `Filler story number ${index + 1}\n\nA paragraph about zebras, number ${index + 1}.\n`,
      ),
    ),
  )
})

/** The titles the library lists on the page it shows. */
function titles(page: Page): Promise<string[]> {
  return page.locator('ul.results a.title').allTextContents()
}

/** Fills the library's filters and submits them. */
async function search(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields))
    await page.getByLabel(label, { exact: true }).fill(value)
  await page.getByRole('button', { name: 'Search' }).click()
}

describe.each([
  { javaScriptEnabled: true, mode: 'with JavaScript on' },
  { javaScriptEnabled: false, mode: 'with JavaScript off' },
])('the library $mode', ({ javaScriptEnabled }) => {
  it('finds documents by their words', async () => {
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      await open(page, site.url('documents'), javaScriptEnabled)
      await search(page, { Words: 'Brussels' })
      await page.waitForURL(/q=Brussels/u)
      await expect.poll(() => titles(page)).toEqual(['Alliance chief promises patience'])
      expect(await page.getByLabel('Words', { exact: true }).inputValue()).toBe('Brussels')
    })
  })

  it('filters by who is named, who is quoted, and when it was published', async () => {
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      await open(page, site.url('documents'), javaScriptEnabled)
      await search(page, { Mentions: 'Macron' })
      await expect.poll(() => titles(page)).toEqual(['French president calls for unity'])

      await open(page, site.url('documents'), javaScriptEnabled)
      await search(page, { Quotes: 'Stoltenberg' })
      await expect
        .poll(async () => (await titles(page)).sort())
        .toEqual([
          'Alliance chief promises patience',
          'NATO Secretary General Jens Stoltenberg visited Ukraine on Thursday for talks with President Zelensky.',
        ])

      await open(page, site.url('documents'), javaScriptEnabled)
      await search(page, { 'Published from': '2023-01-01', to: '2023-12-31' })
      await expect
        .poll(async () => (await titles(page)).sort())
        .toEqual(['Alliance chief promises patience', 'French president calls for unity'])
    })
  })

  it('shows twenty documents a page, and the next page', async () => {
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      await open(page, site.url('documents?q=zebras'), javaScriptEnabled)
      expect(await titles(page)).toHaveLength(PAGE_SIZE)
      await page.getByRole('link', { name: 'Next page →' }).click()
      await page.waitForURL(/cursor=/u)
      await expect.poll(() => titles(page)).toHaveLength(FILLERS - PAGE_SIZE)
      expect(await page.getByRole('link', { name: 'Next page →' }).count()).toBe(0)
      // The filter stays on every page.
      expect(new URL(page.url()).searchParams.get('q')).toBe('zebras')
      await page.getByRole('link', { name: '← First page' }).click()
      await expect.poll(() => titles(page)).toHaveLength(PAGE_SIZE)
    })
  })

  it('deletes a document and says so', async () => {
    const title = `A story to delete ${javaScriptEnabled ? 'with' : 'without'} JavaScript`
    const id = await site.store(`${title}\n\nIts only paragraph.\n`)
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      await open(page, site.url('documents?q=delete'), javaScriptEnabled)
      expect(await titles(page)).toContain(title)
      await page.getByRole('button', { name: `Delete “${title}”` }).click()
      await expect.poll(() => page.getByRole('status').textContent()).toBe(`Deleted “${title}”.`)
      expect(await titles(page)).not.toContain(title)
      expect((await fetch(site.url(`api/v1/documents/${id}`))).status).toBe(404)
    })
  })

  it('deletes the document it shows, from its own page', async () => {
    const title = `A document page to delete ${javaScriptEnabled ? 'with' : 'without'} JavaScript`
    const id = await site.store(`${title}\n\nIts only paragraph.\n`)
    await site.withPage({ javaScriptEnabled }, async ({ page }) => {
      await open(page, site.url(`documents/${id}`), javaScriptEnabled)
      await page.getByRole('button', { name: 'Delete this document' }).click()
      await page.waitForURL(/\/documents\?deleted=/u)
      await expect.poll(() => page.getByRole('status').textContent()).toBe(`Deleted “${title}”.`)
      expect((await fetch(site.url(`api/v1/documents/${id}`))).status).toBe(404)
    })
  })
})

describe('a person across the library', () => {
  it('lists what they said in every document, each quote linked to its place', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url('documents'))
      expect(await page.locator('#known-people option[value="Jens Stoltenberg"]').count()).toBe(1)
      await open(page, site.url('entities/Jens%20Stoltenberg'))
      expect(await page.locator('h1').textContent()).toBe('Jens Stoltenberg')
      expect(await page.title()).toBe('Jens Stoltenberg across the library · Copydesk')
      const documents = page.locator('article.source-document')
      expect(await documents.locator('h3 a').allTextContents()).toEqual(
        expect.arrayContaining([
          'Alliance chief promises patience',
          'NATO Secretary General Jens Stoltenberg visited Ukraine on Thursday for talks with President Zelensky.',
        ]),
      )
      const quotes = await page.locator('article.source-document blockquote a').allTextContents()
      expect(quotes).toEqual(
        expect.arrayContaining([
          '“We will not give up,”',
          '“NATO stands with you today, tomorrow, and for as long as it takes,”',
        ]),
      )
      expect(quotes.some((quote) => quote.includes('Europe must stand together'))).toBe(false)

      await page
        .getByRole('link', {
          name: '“NATO stands with you today, tomorrow, and for as long as it takes,”',
        })
        .click()
      await page.waitForURL(/\/documents\/[\w-]+\?select=quote/u)
      await expect
        .poll(() =>
          page.locator('section[aria-labelledby="source-heading"] pre mark.quote').textContent(),
        )
        .toBe('NATO stands with you today, tomorrow, and for as long as it takes,')
    })
  })

  it('is reached from a name chosen on a document page', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url('documents?q=Paris'))
      await page.getByRole('link', { name: 'French president calls for unity' }).click()
      await page.getByRole('link', { name: 'Emmanuel Macron', exact: true }).first().click()
      await page.waitForURL(/\/entities\/Emmanuel%20Macron$/u)
      const quotes = await page.locator('article.source-document blockquote a').allTextContents()
      expect(quotes).toContain('“Europe must stand together,”')
      expect(quotes.some((quote) => quote.includes('We will not give up'))).toBe(false)
    })
  })

  it('answers 404 for a name nobody in the library has', async () => {
    await site.withPage({}, async ({ page }) => {
      const response = await page.goto(site.url('entities/Nobody%20Atall'))
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').textContent()).toBe('Not found')
    })
  })
})

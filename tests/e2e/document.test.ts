/**
 * The document page's reading tools on the sample: each panel selects what
 * it lists and the source view shows it in the original text, the layer
 * toggles, the notes on quotes and dates, the related inserts, the exports
 * and the JSON tree view; and the page's weight in JavaScript.
 */
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_RELATED, SAMPLE_TIMELINE, SAMPLE_TITLE } from '../support/sample-gold.ts'
import { SAMPLE, SAMPLE_REFERENCE_DATE, open, useSite } from '../support/site.ts'

const site = useSite()
/** The budget for the document page. */
const DOCUMENT_JS_BUDGET_KB = 50

let id = ''
let path = ''

beforeAll(async () => {
  id = await site.store(SAMPLE, SAMPLE_REFERENCE_DATE)
  path = `documents/${id}`
})

const quotesPanel = (page: Page) => page.locator('section[aria-labelledby="quotes-heading"]')
const entitiesPanel = (page: Page) => page.locator('section[aria-labelledby="entities-heading"]')
const timelinePanel = (page: Page) => page.locator('section[aria-labelledby="timeline-heading"]')
const source = (page: Page) => page.locator('section[aria-labelledby="source-heading"]')

/** The text of the source view's marks of `role`, white space as in the original. */
function marks(page: Page, role: string): Promise<string[]> {
  return source(page).locator(`pre mark.${role}`).allTextContents()
}

/** The words of a quotation in the body, without its chip and note. */
function quotationWords(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element) =>
    [...element.childNodes]
      .filter((node) => node.nodeType !== Node.COMMENT_NODE)
      .filter((node) => !(node instanceof Element && node.matches('.attribution')))
      .map((node) => node.textContent)
      .join(''),
  )
}

/** Counts the requests for page data a page makes from now on. */
function countDataRequests(page: Page): () => number {
  let count = 0
  page.on('request', (request) => {
    if (request.url().includes('__data.json')) count++
  })
  return () => count
}

describe('who said what', () => {
  it.each([true, false])(
    'selects a quote with its cue and source, and scrolls to it (JavaScript %s)',
    async (javaScriptEnabled) => {
      await site.withPage({ javaScriptEnabled }, async ({ page, errors }) => {
        await open(page, site.url(path), javaScriptEnabled)
        const dataRequests = countDataRequests(page)
        const link = quotesPanel(page).locator('a.quote', { hasText: 'NATO stands with you' })
        await link.click()
        await expect.poll(() => new URL(page.url()).searchParams.get('select')).toMatch(/^quote:/u)
        const quoteId = new URL(page.url()).searchParams.get('select')?.slice('quote:'.length) ?? ''

        const quotation = page.locator(`#quote-${quoteId}`)
        await expect.poll(() => quotation.getAttribute('class')).toContain('selected')
        expect(await quotationWords(page, `#quote-${quoteId}`)).toBe(
          'NATO stands with you today, tomorrow, and for as long as it takes,',
        )
        expect(await link.getAttribute('aria-current')).toBe('true')
        expect(await quotation.isVisible()).toBe(true)
        // The source view shows the very words of the original, with the cue and the source.
        expect(await marks(page, 'quote')).toEqual([
          'NATO stands with you today, tomorrow, and for as long as it takes,',
        ])
        expect(await marks(page, 'cue')).toEqual(['said'])
        expect(await marks(page, 'source-mention')).toEqual(['he'])
        expect(await source(page).getByRole('status').textContent()).toContain(
          'A direct quote by Jens Stoltenberg',
        )
        if (javaScriptEnabled) {
          // Choosing never reloads the document: the selection lives in the URL only.
          expect(dataRequests()).toBe(0)
          expect(errors).toEqual([])
        }
      })
    },
  )
})

describe('people, organisations and places', () => {
  it.each([true, false])(
    'marks every mention of the chosen entity (JavaScript %s)',
    async (javaScriptEnabled) => {
      await site.withPage({ javaScriptEnabled }, async ({ page }) => {
        await open(page, site.url(path), javaScriptEnabled)
        const item = entitiesPanel(page).locator('li', {
          has: page.locator('a:text-is("Jens Stoltenberg")'),
        })
        const count = Number((await item.locator('.count').textContent())?.match(/\d+/u)?.[0])
        expect(count).toBeGreaterThan(3)
        await item.locator('a.entity').click()
        // Every mention is marked in the original; those in the body are marked there too
        // (the headline is text in the page's header, not part of the body).
        await expect.poll(async () => (await marks(page, 'mention')).length).toBe(count)
        const inBody = await page.locator('div.body mark.mention').count()
        expect(inBody).toBeGreaterThan(count - 2)
        const entity = await page
          .locator('div.body mark.mention')
          .first()
          .getAttribute('data-entity')
        expect(
          await page.locator(`div.body mark.mention:not([data-entity="${entity}"])`).count(),
        ).toBe(0)
        expect(await page.locator('div.body mark.mention').allTextContents()).toEqual(
          expect.arrayContaining(['Jens Stoltenberg', 'Stoltenberg', 'he']),
        )
        expect(await item.locator('a.entity').getAttribute('aria-current')).toBe('true')
        expect(await item.getByRole('link', { name: 'In the library' }).getAttribute('href')).toBe(
          '/entities/Jens%20Stoltenberg',
        )
      })
    },
  )

  it('keeps the reader in place and the focus on the chosen name', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url(path))
      const link = entitiesPanel(page).locator('a.entity', { hasText: 'Kremlin' })
      await link.focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => page.locator('div.body mark.mention').count()).toBeGreaterThan(0)
      expect(await link.evaluate((element) => element === document.activeElement)).toBe(true)
    })
  })
})

describe('the timeline', () => {
  it('lists the resolved dates in calendar order and selects an expression', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url(path))
      expect(await timelinePanel(page).locator('.date').allTextContents()).toEqual(SAMPLE_TIMELINE)
      await timelinePanel(page).getByRole('link', { name: '“in July”' }).click()
      await expect.poll(() => marks(page, 'time')).toEqual(['in July'])
      const selected = page.locator('div.body time.selected')
      expect(await selected.getAttribute('datetime')).toBe('2023-07')
      expect(await selected.locator('a').textContent()).toBe('in July')
    })
  })
})

describe('the body', () => {
  it('shows a quote’s speaker, cue and source when its chip has the focus', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url(path))
      const chip = page.locator('div.body a.chip').first()
      const note = page.locator(`#${await chip.getAttribute('aria-describedby')}`)
      expect(await note.isVisible()).toBe(false)
      await chip.focus()
      expect(await note.isVisible()).toBe(true)
      expect((await note.textContent())?.replaceAll(/\s+/gu, ' ')).toContain(
        'Volodymyr Zelensky direct quote cue “said” source “Zelensky”',
      )
    })
  })

  it('shows the resolved date of a time on hover and on focus', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url(path))
      const time = page.locator('div.body time', { hasText: 'last year' })
      const note = time.locator('[role="tooltip"]')
      expect(await note.isVisible()).toBe(false)
      await time.hover()
      expect(await note.textContent()).toBe('2022')
      expect(await note.isVisible()).toBe(true)
      await page.mouse.move(0, 0)
      await time.locator('a').focus()
      expect(await note.isVisible()).toBe(true)
    })
  })

  it('selects a paragraph that is clicked, and shows its span of the original', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url(path))
      const paragraph = page.locator('div.body > p').nth(5)
      await paragraph.click({ position: { x: 5, y: 5 } })
      await expect.poll(() => paragraph.getAttribute('class')).toBe('selected')
      const start = Number(await paragraph.getAttribute('data-start'))
      const end = Number(await paragraph.getAttribute('data-end'))
      expect((await marks(page, 'span')).join('')).toBe(SAMPLE.slice(start, end))
    })
  })

  it.each([true, false])(
    'takes each layer’s marks off with its toggle (JavaScript %s)',
    async (javaScriptEnabled) => {
      await site.withPage({ javaScriptEnabled }, async ({ page }) => {
        await open(page, site.url(path), javaScriptEnabled)
        const quotation = page.locator('div.body .quotation').first()
        const person = page.locator('div.body .mention.person').first()
        const time = page.locator('div.body time.time').first()
        const style = (locator: typeof quotation, property: string) =>
          locator.evaluate(
            (element, name) => getComputedStyle(element).getPropertyValue(name),
            property,
          )
        expect(await style(quotation, 'background-color')).not.toBe('rgba(0, 0, 0, 0)')
        expect(await style(person, 'text-decoration-line')).toBe('underline')

        await page.getByLabel('Quotes', { exact: true }).uncheck()
        await page.getByLabel('People', { exact: true }).uncheck()
        await page.getByLabel('Dates', { exact: true }).uncheck()
        expect(await style(quotation, 'background-color')).toBe('rgba(0, 0, 0, 0)')
        expect(await quotation.locator('.chip').isVisible()).toBe(false)
        expect(await style(person, 'text-decoration-line')).toBe('none')
        expect(await style(time, 'border-bottom-style')).toBe('none')
        // Organisations stay: each layer has its own toggle.
        const organization = page.locator('div.body .mention.organization').first()
        expect(await style(organization, 'text-decoration-line')).toBe('underline')
      })
    },
  )
})

describe('what is out of the body', () => {
  it('lists the related inserts beside the body, each found in the original', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url(path))
      const related = page.locator('aside[aria-label="Related"] li')
      expect(await related.count()).toBe(SAMPLE_RELATED)
      expect(await page.locator('div.body').textContent()).not.toContain('Related article')
      await related
        .first()
        .getByRole('link', { name: /^In the text/u })
        .click()
      await expect
        .poll(async () => (await marks(page, 'span')).join(''))
        .toBe('Related article: NATO Taking Part in Ukraine Conflict With Arms Supplies — Putin')
    })
  })
})

describe('export', () => {
  it.each([
    ['JSON', 'application/json', (body: string) => JSON.parse(body).document.meta.title],
    ['Markdown', 'text/markdown', (body: string) => body.split('\n', 1)[0]],
    ['HTML', 'text/html', (body: string) => /<h1>([^<]*)<\/h1>/u.exec(body)?.[1]],
    ['Plain text', 'text/plain', (body: string) => body.split('\n', 1)[0]],
  ])('downloads the document as %s', async (label, mediaType, title) => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url(path))
      const href = await page.getByRole('link', { name: label, exact: true }).getAttribute('href')
      expect(href).toMatch(new RegExp(`^/documents/${id}/export/`, 'u'))
      const response = await fetch(site.url(href ?? ''))
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain(mediaType)
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="/u)
      expect(String(title(await response.text()))).toContain(SAMPLE_TITLE.slice(0, 40))
    })
  })

  it('shows the document as a JSON tree and copies it', async () => {
    await site.withPage(
      { permissions: ['clipboard-read', 'clipboard-write'] },
      async ({ page }) => {
        await open(page, site.url(path))
        await page.getByRole('link', { name: 'JSON tree view' }).click()
        await page.waitForURL(/\/json$/u)
        await page.getByRole('button', { name: 'Copy JSON' }).waitFor()
        const tree = page.locator('.tree')
        expect(await tree.locator('summary').first().textContent()).toContain('article')
        const children = await tree.evaluate((element) => {
          const fields = element.querySelectorAll(':scope > details > ul > li > details')
          const list = [...fields].find(
            (field) => field.querySelector(':scope > summary > .key')?.textContent === 'children:',
          )
          return list?.querySelectorAll(':scope > ul > li').length
        })
        expect(children).toBe(18)
        await page.getByRole('button', { name: 'Copy JSON' }).click()
        await expect
          .poll(() => page.getByRole('status').textContent())
          .toBe('Copied the JSON to the clipboard.')
        const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))
        expect(copied).toMatchObject({ type: 'article', meta: { title: SAMPLE_TITLE } })
      },
    )
  })
})

describe('the weight of the page', () => {
  it(`ships at most ${DOCUMENT_JS_BUDGET_KB} KB of JavaScript, gzipped, and never the parser`, async () => {
    await site.withPage({}, async ({ page }) => {
      const scripts = new Map<string, Promise<Buffer>>()
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script')
          scripts.set(response.url(), response.body())
      })
      await open(page, site.url(path))
      let bytes = 0
      for (const body of scripts.values()) bytes += gzipSync(await body, { level: 9 }).length
      expect(bytes / 1024).toBeLessThanOrEqual(DOCUMENT_JS_BUDGET_KB)
      // The parser is only ever loaded by the home page's live preview.
      const parser = await Promise.all(
        [...scripts.values()].map(async (body) => (await body).toString()),
      )
      expect(parser.some((code) => code.includes('mojibake'))).toBe(false)
    })
  })
})

/**
 * Accessibility: axe-core finds no violation on any page, in the light and
 * the dark scheme and on a phone; and the main flow works from the keyboard
 * alone, every focused control showing where the focus is.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE, SAMPLE_REFERENCE_DATE, open, useSite } from '../support/site.ts'

const site = useSite()
let id = ''
let quoteId = ''
let entityId = ''

beforeAll(async () => {
  id = await site.store(SAMPLE, SAMPLE_REFERENCE_DATE)
  const stored = (await (await fetch(site.url(`api/v1/documents/${id}`))).json()) as {
    document: { quotes: { id: string }[]; entities: { id: string; name: string }[] }
  }
  quoteId = stored.document.quotes[0]?.id ?? ''
  entityId = stored.document.entities.find((entity) => entity.name === 'Jens Stoltenberg')?.id ?? ''
})

/** A page of the site in a state worth checking. */
interface PageState {
  name: string
  path: () => string
  prepare?: (page: Page) => Promise<void>
  /** Checked in the dark scheme and on a phone too, not only in the light on a desktop. */
  everywhere?: boolean
}

/** Every page of the site, in the states worth checking. */
const PAGES: PageState[] = [
  { name: 'home', path: () => '', everywhere: true },
  {
    name: 'home with its live preview',
    path: () => '',
    prepare: async (page) => {
      await page.getByLabel('Article text').fill(SAMPLE)
      await page.locator('.preview').waitFor()
    },
    everywhere: true,
  },
  {
    name: 'home with an error',
    path: () => '',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Read it' }).click()
      await page.getByRole('alert').waitFor()
    },
  },
  { name: 'document', path: () => `documents/${id}`, everywhere: true },
  { name: 'document with a quote chosen', path: () => `documents/${id}?select=quote%3A${quoteId}` },
  {
    name: 'document with a person marked',
    path: () => `documents/${id}?select=entity%3A${entityId}`,
    everywhere: true,
  },
  {
    name: 'document with a quote’s note open',
    path: () => `documents/${id}`,
    prepare: async (page) => {
      await page.locator('div.body a.chip').first().focus()
    },
  },
  { name: 'JSON tree view', path: () => `documents/${id}/json`, everywhere: true },
  { name: 'library', path: () => 'documents', everywhere: true },
  { name: 'library with no match', path: () => 'documents?q=xylophone' },
  {
    name: 'person across the library',
    path: () => 'entities/Jens%20Stoltenberg',
    everywhere: true,
  },
  { name: 'not found', path: () => 'documents/no-such-id' },
]

describe.each([
  { scheme: 'light' as const, width: 1280, pages: PAGES },
  { scheme: 'dark' as const, width: 1280, pages: PAGES.filter((state) => state.everywhere) },
  { scheme: 'light' as const, width: 390, pages: PAGES.filter((state) => state.everywhere) },
])('axe, $scheme scheme, $width px wide', ({ scheme, width, pages }) => {
  it.each(pages)('finds no violation on the $name page', async ({ path, prepare }) => {
    await site.withPage(
      { colorScheme: scheme, viewport: { width, height: 900 } },
      async ({ page }) => {
        await open(page, site.url(path()))
        await prepare?.(page)
        // Only violations are collected: passes and incomplete results would double the time.
        const results = await new AxeBuilder({ page })
          .options({ resultTypes: ['violations'] })
          .analyze()
        const violations = results.violations.map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          nodes: violation.nodes
            .slice(0, 3)
            .map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
        }))
        expect(violations).toEqual([])
      },
    )
  })
})

/** Whether the focused element shows an outline (or a ring drawn with a shadow). */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return false
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
    return outline || style.boxShadow !== 'none'
  })
}

/**
 * Presses Tab until `matches` holds for the focused element, checking that
 * each stop shows its focus; past the last control the focus leaves the page
 * and comes back at the top. Fails after `limit` presses.
 */
async function tabTo(
  page: Page,
  matches: (page: Page) => Promise<boolean>,
  limit = 200,
): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(() => document.activeElement === document.body)) continue
    const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))
    expect({ where, visible: await focusIsVisible(page) }).toEqual({ where, visible: true })
    if (await matches(page)) return
  }
  throw new Error(`Not reached in ${limit} presses of Tab`)
}

const focused = (selector: string) => (page: Page) =>
  page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)

describe('the keyboard', () => {
  it('takes a reader from pasting an article to checking a quote in the original', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url())
      // The first stop skips to the content, and shows itself.
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
      expect(await page.locator('.skip-link').isVisible()).toBe(true)

      await tabTo(page, focused('textarea'))
      await page.keyboard.insertText(SAMPLE)
      await tabTo(page, focused('button[type="submit"]:not(.secondary)'))
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/documents\/[\w-]+$/u)
      await page.locator('div.body a.chip').first().waitFor()

      // A quote's chip shows its speaker, cue and source when it has the focus…
      await tabTo(page, focused('a.chip'))
      const note = page.locator(
        `#${await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))}`,
      )
      expect(await note.isVisible()).toBe(true)
      // …and Enter shows the quote in the original text.
      await page.keyboard.press('Enter')
      await expect
        .poll(() =>
          page.locator('section[aria-labelledby="source-heading"] pre mark.quote').count(),
        )
        .toBeGreaterThan(0)

      // The layer toggles are checkboxes: Space turns a layer off.
      await tabTo(page, focused('#layer-quotes'))
      await page.keyboard.press('Space')
      expect(await page.locator('#layer-quotes').isChecked()).toBe(false)
      await page.keyboard.press('Space')

      // From "Who said what", Enter scrolls the body to the quote and takes the focus there:
      // the next Tab reaches the quote's own chip.
      await tabTo(page, async (current) => {
        const text = await current.evaluate(() => document.activeElement?.textContent ?? '')
        return (await focused('a.quote')(current)) && text.includes('high on the agenda')
      })
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)
      await page.keyboard.press('Enter')
      await page.waitForURL(href)
      const target = new URL(href).hash.slice(1)
      // Kit moves the focus to the target once the page has rendered the new selection.
      await page.locator(`#${target}.selected`).waitFor()
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
      )
      await page.keyboard.press('Tab')
      expect(
        await page.evaluate(
          (anchor) => document.activeElement?.closest(`#${anchor}`) !== null,
          target,
        ),
      ).toBe(true)
    })
  })

  it('reaches every control of the document page', async () => {
    await site.withPage({}, async ({ page }) => {
      await open(page, site.url(`documents/${id}`))
      const controls = await page.evaluate(
        () =>
          [
            ...document.querySelectorAll(
              'a[href], button, input, textarea, select, [tabindex="0"]',
            ),
          ].filter((element) => (element as HTMLElement).offsetParent !== null).length,
      )
      const reached = new Set<string>()
      for (let presses = 0; presses < controls + 5; presses++) {
        await page.keyboard.press('Tab')
        const key = await page.evaluate(() => {
          const element = document.activeElement
          if (!element || element === document.body) return ''
          const all = [...document.querySelectorAll('*')]
          return String(all.indexOf(element))
        })
        if (key) reached.add(key)
        if (key) expect(await focusIsVisible(page)).toBe(true)
      }
      expect(reached.size).toBeGreaterThanOrEqual(controls)
    })
  })
})

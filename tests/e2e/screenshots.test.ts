/**
 * Writes the screenshots of the home and document pages (light, dark, phone)
 * to docs/, where the README shows them: every test run leaves current ones.
 */
import { statSync } from 'node:fs'
import { expect, it } from 'vitest'
import { takeScreenshots } from '../support/screenshots.ts'
import { useSite } from '../support/site.ts'

const site = useSite()
/** A blank or broken page compresses to far less than this. */
const MIN_BYTES = 20_000

it('writes screenshots of the home and document pages, light, dark and on a phone', async () => {
  const files = await takeScreenshots(site.browser, site.server.url)
  expect(files.map((file) => file.split('/').at(-1))).toEqual([
    'screenshot-home.png',
    'screenshot-home-dark.png',
    'screenshot-home-phone.png',
    'screenshot-document.png',
    'screenshot-document-dark.png',
    'screenshot-document-phone.png',
  ])
  for (const file of files) expect(statSync(file).size).toBeGreaterThan(MIN_BYTES)
})

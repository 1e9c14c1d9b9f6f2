/**
 * Takes the screenshots of the home and document pages shown in the README
 * and docs (light, dark, phone), as the screenshot test does. Run after
 * `npm run build`:
 *
 *   node tests/scripts/screenshot.ts [output folder, docs/ by default]
 */
import { resolve } from 'node:path'
import { launchChromium } from '../support/browser.ts'
import { DOCS, takeScreenshots } from '../support/screenshots.ts'
import { startServer } from '../support/server.ts'

const folder = resolve(process.argv[2] ?? DOCS)

const server = await startServer()
const browser = await launchChromium()
try {
  for (const file of await takeScreenshots(browser, server.url, folder))
    console.log(`Saved ${file}`)
} finally {
  await browser.close()
  await server.stop()
}

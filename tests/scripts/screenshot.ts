/**
 * Takes the screenshot of a document page shown in the docs: the sample
 * article at 1280 pixels wide, light scheme. Run after `npm run build`:
 *
 *   node tests/scripts/screenshot.ts [output.png] [light|dark]
 */
import { resolve } from 'node:path'
import { launchChromium } from '../support/browser.ts'
import { ROOT, startServer } from '../support/server.ts'

const output = resolve(process.argv[2] ?? `${ROOT}docs/screenshot-document.png`)
const colorScheme = process.argv[3] === 'dark' ? 'dark' : 'light'

const server = await startServer()
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme })
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Try the sample article' }).click()
  await page.waitForURL(/\/documents\//u)
  await page.screenshot({ path: output, fullPage: true })
  console.log(`Saved ${output}`)
} finally {
  await browser.close()
  await server.stop()
}

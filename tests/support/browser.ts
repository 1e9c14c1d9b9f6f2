/**
 * Launches the Chromium installed on the machine for end-to-end tests. The
 * tests never download a browser: without one at the expected path they stop
 * and say how to get one.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Where Chromium is looked for when CHROMIUM_PATH is not set. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

/** Headless, sandbox-free (containers), and quiet: no background traffic, no updates. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Launches Chromium from CHROMIUM_PATH, or /usr/bin/chromium.
 *
 * @example
 * const browser = await launchChromium()
 * const page = await browser.newPage()
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install it (apt-get install chromium) or set ` +
        'CHROMIUM_PATH to a Chromium executable; the tests never download a browser.',
    )
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

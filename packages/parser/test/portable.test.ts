/**
 * The parser runs in browsers and Workers: its built code imports nothing
 * from Node. (ESLint guards the source; this guards what is published.)
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const DIST = new URL('../dist/', import.meta.url)
const NODE_ONLY =
  /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"](?:node:[\w/]+|fs|path|os|child_process|worker_threads|crypto|http|https|net|stream|url|util|zlib)['"]/u

function jsFiles(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsFiles(new URL(`${entry.name}/`, dir))
      : entry.name.endsWith('.js')
        ? [new URL(entry.name, dir)]
        : [],
  )
}

describe('the built parser', () => {
  const files = jsFiles(DIST)

  it('has built files to check', () => {
    expect(files.length).toBeGreaterThan(5)
  })

  it('imports no Node-only module', () => {
    const offenders = files.filter((file) => NODE_ONLY.test(readFileSync(file, 'utf8')))
    expect(offenders.map((file) => file.pathname)).toEqual([])
  })

  it('uses no Node-only global', () => {
    const offenders = files.filter((file) =>
      /\b(?:process\.|Buffer\.|__dirname|require\()/u.test(readFileSync(file, 'utf8')),
    )
    expect(offenders.map((file) => file.pathname)).toEqual([])
  })
})

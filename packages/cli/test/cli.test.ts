import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const SAMPLE = fileURLToPath(
  new URL('../../parser/test/fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
)

function copydesk(args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' })
}

describe('copydesk parse', () => {
  it('prints the document of a file as JSON', () => {
    const result = copydesk(['parse', SAMPLE])
    expect(result.status).toBe(0)
    const document = JSON.parse(result.stdout)
    expect(document.type).toBe('article')
    expect(document.meta.title).toMatch(/^NATO Secretary General Jens Stoltenberg visited Ukraine/)
    expect(document.children).toHaveLength(18)
  })

  it('reads standard input when given -', () => {
    const result = copydesk(
      ['parse', '-'],
      'A headline\n\nA first paragraph that says something.\n',
    )
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).meta.title).toBe('A headline')
  })

  it('exits 1 with a clear message when the file cannot be read', () => {
    const result = copydesk(['parse', '/nonexistent/article.txt'])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('cannot read /nonexistent/article.txt: ENOENT')
  })

  it('exits 2 and prints the usage on an unknown option', () => {
    const result = copydesk(['parse', '--nope'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Usage: copydesk parse')
  })

  it('exits 2 on a reference date that is not a date', () => {
    const result = copydesk(['parse', SAMPLE, '--reference-date', '20 April'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--reference-date must be a date')
  })
})

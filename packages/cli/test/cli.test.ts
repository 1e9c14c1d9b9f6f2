import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const SAMPLE_PATH = fileURLToPath(
  new URL('../../parser/test/fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
)
const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8')

function copydesk(args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' })
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))
  mkdirSync(join(dir, 'articles', 'more'), { recursive: true })
  writeFileSync(join(dir, 'articles', 'a.txt'), SAMPLE)
  writeFileSync(join(dir, 'articles', 'b.txt'), 'Second headline\n\nA short second article.\n')
  writeFileSync(
    join(dir, 'articles', 'more', 'c.txt'),
    'Third headline\n\nA third one, in a subfolder.\n',
  )
  writeFileSync(join(dir, 'articles', 'notes.json'), '{}')
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x48, 0x00, 0x49]))
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]))
})

describe('copydesk parse, one input', () => {
  it('prints the document of a file as JSON', () => {
    const result = copydesk(['parse', SAMPLE_PATH])
    expect(result.status).toBe(0)
    const document = JSON.parse(result.stdout)
    expect(document.type).toBe('article')
    expect(document.meta.title).toMatch(/^NATO Secretary General Jens Stoltenberg visited Ukraine/)
    expect(document.children).toHaveLength(18)
    expect(result.stderr).toBe('')
  })

  it('reads standard input when given -', () => {
    const result = copydesk(
      ['parse', '-'],
      'A headline\n\nA first paragraph that says something.\n',
    )
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).meta.title).toBe('A headline')
  })

  it('reads standard input when given no file', () => {
    const result = copydesk(['parse'], 'A headline\n\nA first paragraph.\n')
    expect(JSON.parse(result.stdout).meta.title).toBe('A headline')
  })

  it.each([
    ['markdown', '# NATO Secretary General Jens Stoltenberg'],
    ['html', '<article lang="en">'],
    ['text', 'NATO Secretary General Jens Stoltenberg visited Ukraine'],
  ])('prints --format %s', (format, start) => {
    const result = copydesk(['parse', SAMPLE_PATH, '--format', format])
    expect(result.status).toBe(0)
    expect(result.stdout.startsWith(start)).toBe(true)
  })

  it('exits 1 with a clear message when the file cannot be read', () => {
    const result = copydesk(['parse', '/nonexistent/article.txt'])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('skipped /nonexistent/article.txt: no such file or folder')
  })

  it('refuses a binary file and a file that is not UTF-8', () => {
    expect(copydesk(['parse', join(dir, 'binary.txt')]).stderr).toContain('is not a text file')
    const latin1 = copydesk(['parse', join(dir, 'latin1.txt')])
    expect(latin1.status).toBe(1)
    expect(latin1.stderr).toContain('is not UTF-8 text')
  })
})

describe('copydesk parse, many inputs', () => {
  it('prints JSON Lines for a folder, every text file once, in a stable order', () => {
    const result = copydesk(['parse', join(dir, 'articles'), '--jobs', '2'])
    expect(result.status).toBe(0)
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => line.file).sort()).toEqual(
      ['a.txt', 'b.txt', 'more/c.txt'].map((name) => join(dir, 'articles', name)),
    )
    expect(lines.find((line) => line.file.endsWith('a.txt')).document.children).toHaveLength(18)
    expect(result.stderr).toContain('parsed 3 of 3 files')
  })

  it('reports a bad file, parses the others, and exits 1', () => {
    const result = copydesk([
      'parse',
      join(dir, 'articles', 'b.txt'),
      join(dir, 'missing.txt'),
      join(dir, 'binary.txt'),
    ])
    expect(result.status).toBe(1)
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain(`skipped ${join(dir, 'missing.txt')}: no such file or folder`)
    expect(result.stderr).toContain('parsed 1 of 3 files')
    expect(result.stderr).toContain('2 failed')
  })

  it('writes one file per input with --out', () => {
    const out = join(dir, 'out')
    const result = copydesk(['parse', join(dir, 'articles'), '--format', 'markdown', '--out', out])
    expect(result.status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['a.md', 'b.md', 'c.md'])
    expect(readFileSync(join(out, 'a.md'), 'utf8').startsWith('# NATO Secretary General')).toBe(
      true,
    )
  })

  it('asks for --out when several inputs should be printed as markdown', () => {
    const result = copydesk(['parse', join(dir, 'articles'), '--format', 'markdown'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('need --out DIR')
  })
})

describe('copydesk usage', () => {
  it.each([
    [['parse', '--nope'], "Unknown option '--nope'"],
    [['parse', SAMPLE_PATH, '--reference-date', '20 April'], '--reference-date must be a date'],
    [['parse', SAMPLE_PATH, '--reference-date', '2023-02-30'], '--reference-date must be a date'],
    [
      ['parse', SAMPLE_PATH, '--format', 'pdf'],
      '--format must be one of json, jsonl, markdown, html, text',
    ],
    [['parse', SAMPLE_PATH, '--jobs', '0'], '--jobs must be a whole number'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [[], 'no command given'],
  ])('exits 2 and says what is wrong with %j', (args, message) => {
    const result = copydesk(args)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('Usage: copydesk parse')
  })

  it('prints the help on --help', () => {
    const result = copydesk(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('--reference-date')
    expect(result.stdout).toContain('Exit codes')
  })
})

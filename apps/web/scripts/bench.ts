/**
 * The JavaScript each page of the built site ships, gzipped: the entry, the
 * root layout and the page, with every chunk they import statically. Chunks
 * loaded on demand (the home page's live preview, with the parser) are listed
 * apart. Fails when the document page is over its budget.
 *
 *   npm run build && npm run bench -w @copydesk/web
 */
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const ROOT = new URL('../', import.meta.url)
const MANIFEST = new URL('.svelte-kit/output/client/.vite/manifest.json', ROOT)
const APP = new URL('.svelte-kit/generated/build/client-optimized/app.js', ROOT)
const CLIENT = new URL('.svelte-kit/output/client/', ROOT)

/** The budget for the document page, live preview excluded. */
const BUDGETS: Record<string, number> = { '/documents/[id]': 50 }
const KIB = 1024
const ROOT_LAYOUT = 0

interface Chunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

if (!existsSync(MANIFEST) || !existsSync(APP)) {
  console.error('The site is not built: run `npm run build` first.')
  process.exit(1)
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>
const keys = Object.keys(manifest)
const gzipped = new Map<string, number>()

function size(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(new URL(file, CLIENT))
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(bytes, { level: 9 }).length)
  return { raw: bytes.length, gzip: gzipped.get(file) ?? 0 }
}

function key(suffix: string): string {
  const found = keys.find((candidate) => candidate.endsWith(suffix))
  if (!found) throw new Error(`No chunk ending in ${suffix} in the client manifest`)
  return found
}

/** `start` and every chunk it imports statically, as manifest keys. */
function closure(start: string[], seen = new Set<string>()): Set<string> {
  for (const name of start) {
    if (seen.has(name)) continue
    seen.add(name)
    closure(manifest[name]?.imports ?? [], seen)
  }
  return seen
}

function total(names: Iterable<string>) {
  let raw = 0
  let gzip = 0
  for (const name of names) {
    const chunk = manifest[name]
    if (!chunk?.file.endsWith('.js')) continue
    const measured = size(chunk.file)
    raw += measured.raw
    gzip += measured.gzip
  }
  return { raw, gzip }
}

// `"/documents/[id]": [~4]`: the route and its page node; `~` marks a server load.
const routes = [...readFileSync(APP, 'utf8').matchAll(/"([^"]+)":\s*\[~?(\d+)/gu)].map(
  ([, route, node]) => ({ route: route ?? '', node: Number(node) }),
)

// Kit's start script imports its client at once, so it counts as part of the entry.
const entries = [
  key('runtime/client/entry.js'),
  key('runtime/client/client-entry.js'),
  key('client-optimized/app.js'),
]
const layout = key(`client-optimized/nodes/${ROOT_LAYOUT}.js`)
const rows: string[][] = []
const lazy: string[][] = []
let overBudget = false

for (const { route, node } of routes) {
  const page = key(`client-optimized/nodes/${node}.js`)
  const shipped = closure([...entries, layout, page])
  const { raw, gzip } = total(shipped)
  const budget = BUDGETS[route]
  const over = budget !== undefined && gzip / KIB > budget
  overBudget ||= over
  rows.push([
    route,
    String([...shipped].filter((name) => manifest[name]?.file.endsWith('.js')).length),
    (raw / KIB).toFixed(1),
    (gzip / KIB).toFixed(1),
    budget === undefined ? '' : `${budget}${over ? '  OVER' : ''}`,
  ])
  const onDemand = new Set(
    [...shipped]
      .flatMap((name) => manifest[name]?.dynamicImports ?? [])
      .filter((name) => {
        // Other pages, Kit's client (counted in the entry) and the error template are not extras.
        return !/client-optimized\/nodes\/|runtime\/client\/|error-template/u.test(name)
      }),
  )
  for (const name of onDemand) {
    const extra = [...closure([name])].filter((chunk) => !shipped.has(chunk))
    const measured = total(extra)
    if (measured.gzip === 0) continue
    lazy.push([
      route,
      name.replace(/^(\.\.\/)+/u, ''),
      (measured.raw / KIB).toFixed(1),
      (measured.gzip / KIB).toFixed(1),
    ])
  }
}

function table(head: string[], body: string[][]): string {
  const widths = head.map((cell, i) =>
    Math.max(cell.length, ...body.map((row) => row[i]?.length ?? 0)),
  )
  const line = (row: string[]) =>
    row
      .map((cell, i) =>
        i === 0 || (i === 1 && head.length === 4)
          ? cell.padEnd(widths[i] ?? 0)
          : cell.padStart(widths[i] ?? 0),
      )
      .join('  ')
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n')
}

console.log('JavaScript shipped per page (entry + root layout + page, static imports):\n')
console.log(table(['page', 'files', 'KB', 'KB gzip', 'budget'], rows))
if (lazy.length > 0) {
  console.log('\nLoaded on demand, not counted above:\n')
  console.log(table(['page', 'chunk', 'KB', 'KB gzip'], lazy))
}
if (overBudget) {
  console.error('\nA page is over its JavaScript budget.')
  process.exit(1)
}

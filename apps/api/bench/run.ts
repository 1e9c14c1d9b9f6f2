/**
 * The API's benchmark (`npm run bench`), on the Node server as `npm start`
 * runs it (SQLite file, JSON access log, no rate limit so one client can
 * load it), measured from a client on loopback with 32 requests in flight:
 *
 * - POST /v1/parse of the sample article against a hello-world route of the
 *   same server (GET /healthz, which runs the same middleware): requests/s
 *   at least 0.5x, p99 reported. The same article parses once and is then
 *   served from the parse cache; a row with a new article on every request
 *   shows the parser's own cost, for information.
 * - GET /v1/documents/:id: at least 0.7x.
 *
 * Every request says `Accept-Encoding: gzip, deflate, br`, as browsers and
 * Node's fetch do, so documents go out gzipped (compressed once, then served
 * from memory); rows without that header, for clients that do not ask,
 * are given for information.
 * - Memory: RSS after 10,000 mixed requests within 1.5x of RSS after 100,
 *   on a fresh server.
 *
 * Ratios, not absolute numbers, are what to compare: machines are shared.
 * To keep noise from other processes out of the ratios, the measures run in
 * interleaved rounds (hello, parse, get, hello, parse, get, ...) and each
 * ratio is the median of its rounds' ratios.
 *
 *   node bench/run.ts [--quick]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, stopServer, type RunningServer } from '../test/node/server.ts'
import { runLoad, summarize, type Job } from './loadgen.ts'
import { rssMb } from './rss.ts'

const QUICK = process.argv.includes('--quick')
const CONCURRENCY = 32
const ROUNDS = QUICK ? 2 : 5
const REQUESTS = QUICK ? 1000 : 3000
const UNCACHED_REQUESTS = QUICK ? 200 : 1000
const WARMUP = QUICK ? 200 : 500
const RSS_EARLY = 100
const RSS_LATE = 10_000
const DEADLINE_MS = 120_000
const TARGET_PARSE_RATIO = 0.5
const TARGET_GET_RATIO = 0.7
const TARGET_RSS_RATIO = 1.5

const SAMPLE = readFileSync(
  new URL('../../../packages/parser/test/fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
  'utf8',
)
const TEXT = { 'content-type': 'text/plain' }
/** What browsers and Node's fetch send. */
const CLIENT = { 'accept-encoding': 'gzip, deflate, br' }

interface Row {
  name: string
  rps?: number
  p50?: number
  p99?: number
  value?: string
  ratio?: number
  target?: string
  ok?: boolean
}

async function measure(
  server: RunningServer,
  name: string,
  next: (i: number) => Job,
  count = REQUESTS,
): Promise<Row> {
  await runLoad(server.url, next, {
    count: WARMUP,
    concurrency: CONCURRENCY,
    deadlineMs: DEADLINE_MS,
  })
  const { outcomes, seconds } = await runLoad(server.url, next, {
    count,
    concurrency: CONCURRENCY,
    deadlineMs: DEADLINE_MS,
  })
  const failed = outcomes.filter((outcome) => outcome.status === 0 || outcome.status >= 400)
  if (failed.length > 0)
    throw new Error(
      `${name}: ${failed.length} requests failed, e.g. ${failed[0]?.status} ${failed[0]?.error ?? ''}`,
    )
  return { name, ...summarize(outcomes, seconds) }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'))
  const env = { COPYDESK_LOG: 'json', COPYDESK_RATE_LIMIT: '0' }
  const rows: Row[] = []
  try {
    const server = await startServer(join(dir, 'bench.sqlite'), env)
    try {
      const created = await fetch(`${server.url}/v1/documents`, {
        method: 'POST',
        headers: TEXT,
        body: SAMPLE,
      })
      const location = created.headers.get('location') ?? ''
      const rounds: { hello: Row; parse: Row; get: Row; parsePlain: Row; getPlain: Row }[] = []
      for (let round = 0; round < ROUNDS; round++) {
        rounds.push({
          hello: await measure(server, 'GET /healthz (hello world)', () => ({
            method: 'GET',
            path: '/healthz',
            headers: CLIENT,
          })),
          parse: await measure(server, 'POST /v1/parse, sample article', () => ({
            method: 'POST',
            path: '/v1/parse',
            headers: { ...TEXT, ...CLIENT },
            body: SAMPLE,
          })),
          get: await measure(server, 'GET /v1/documents/:id', () => ({
            method: 'GET',
            path: location,
            headers: CLIENT,
          })),
          parsePlain: await measure(server, 'POST /v1/parse, not gzipped', () => ({
            method: 'POST',
            path: '/v1/parse',
            headers: TEXT,
            body: SAMPLE,
          })),
          getPlain: await measure(server, 'GET /v1/documents/:id, not gzipped', () => ({
            method: 'GET',
            path: location,
          })),
        })
      }
      let n = 0
      const uncached = await measure(
        server,
        'POST /v1/parse, a new article each time',
        () => ({
          method: 'POST',
          path: '/v1/parse',
          headers: { ...TEXT, ...CLIENT },
          body: `${SAMPLE}\nEdition ${n++}.\n`,
        }),
        UNCACHED_REQUESTS,
      )
      const parseRatio = median(rounds.map((r) => r.parse.rps! / r.hello.rps!))
      const getRatio = median(rounds.map((r) => r.get.rps! / r.hello.rps!))
      const information = (key: 'parsePlain' | 'getPlain'): Row => ({
        ...medianRow(rounds.map((r) => r[key])),
        ratio: median(rounds.map((r) => r[key].rps! / r.hello.rps!)),
        target: '(information)',
      })
      const hello = medianRow(rounds.map((r) => r.hello))
      rows.push(
        hello,
        {
          ...medianRow(rounds.map((r) => r.parse)),
          ratio: parseRatio,
          target: `≥ ${TARGET_PARSE_RATIO}`,
          ok: parseRatio >= TARGET_PARSE_RATIO,
        },
        { ...uncached, ratio: uncached.rps! / hello.rps!, target: '(information)' },
        information('parsePlain'),
        {
          ...medianRow(rounds.map((r) => r.get)),
          ratio: getRatio,
          target: `≥ ${TARGET_GET_RATIO}`,
          ok: getRatio >= TARGET_GET_RATIO,
        },
        information('getPlain'),
      )
    } finally {
      await stopServer(server)
    }

    const fresh = await startServer(join(dir, 'rss.sqlite'), env)
    try {
      const created = await fetch(`${fresh.url}/v1/documents`, {
        method: 'POST',
        headers: TEXT,
        body: SAMPLE,
      })
      const location = created.headers.get('location') ?? ''
      let stored = 0
      const mixed = (i: number): Job => {
        switch (i % 5) {
          case 0:
            return { method: 'POST', path: '/v1/parse', headers: TEXT, body: SAMPLE }
          case 1:
            return { method: 'GET', path: location }
          case 2:
            return { method: 'GET', path: '/v1/documents?q=Stoltenberg&limit=20' }
          case 3:
            return {
              method: 'POST',
              path: '/v1/documents',
              headers: TEXT,
              body: `Item ${stored++}\n\nA short article.\n`,
            }
          default:
            return { method: 'GET', path: '/healthz' }
        }
      }
      const options = { concurrency: CONCURRENCY, deadlineMs: DEADLINE_MS }
      await runLoad(fresh.url, mixed, { ...options, count: RSS_EARLY })
      const early = rssMb(fresh.child.pid ?? 0)
      await runLoad(fresh.url, mixed, { ...options, count: RSS_LATE - RSS_EARLY })
      const late = rssMb(fresh.child.pid ?? 0)
      rows.push(
        { name: `RSS after ${RSS_EARLY} requests`, value: `${early.toFixed(1)} MB` },
        {
          name: `RSS after ${RSS_LATE} requests`,
          value: `${late.toFixed(1)} MB`,
          ratio: late / early,
          target: `≤ ${TARGET_RSS_RATIO}`,
          ok: late / early <= TARGET_RSS_RATIO,
        },
      )
    } finally {
      await stopServer(fresh)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  print(rows)
  if (rows.some((row) => row.ok === false)) process.exitCode = 1
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** The row of the round with the median requests/s. */
function medianRow(rows: Row[]): Row {
  const sorted = [...rows].sort((a, b) => (a.rps ?? 0) - (b.rps ?? 0))
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? { name: '?' }
}

function print(rows: Row[]): void {
  const header = ['measure', 'req/s', 'p50 ms', 'p99 ms', 'value', 'ratio', 'target', '']
  const cells = rows.map((row) => [
    row.name,
    row.rps === undefined ? '' : row.rps.toFixed(0),
    row.p50 === undefined ? '' : row.p50.toFixed(2),
    row.p99 === undefined ? '' : row.p99.toFixed(2),
    row.value ?? '',
    row.ratio === undefined ? '' : row.ratio.toFixed(2),
    row.target ?? '',
    row.ok === undefined ? '' : row.ok ? 'ok' : 'MISSED',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)))
  const line = (values: string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`
  console.log(
    `\nCopydesk API bench: Node ${process.version}, ${CONCURRENCY} in flight, loopback, median of ${ROUNDS} interleaved rounds\n`,
  )
  console.log(line(header))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const row of cells) console.log(line(row))
}

await main()

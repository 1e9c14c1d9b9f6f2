/**
 * The load test (`npm run load`): 10,000 mixed requests, 32 in flight,
 * against the Node server on 127.0.0.1 (a SQLite file in a temporary
 * folder): parse, store, get in every format, list, search, quotes and
 * entities, and every bad input of the behaviour suite's table. Bounded in
 * count and in time. It passes when no answer is a 5xx or a network error,
 * every good request succeeds and every bad input gets its own 4xx and
 * problem type; it prints the counts either way.
 *
 *   node bench/load.ts [--count N]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BAD_INPUTS, TEST_MAX_BODY_BYTES, type BadInput } from '../test/behaviour/bad-inputs.ts'
import { startServer, stopServer } from '../test/node/server.ts'
import { runLoad, summarize, type Job, type Outcome } from './loadgen.ts'

const COUNT_FLAG = process.argv.indexOf('--count')
const COUNT = COUNT_FLAG > 0 ? Number(process.argv[COUNT_FLAG + 1]) : 10_000
const CONCURRENCY = 32
const DEADLINE_MS = 180_000
const PROBLEM_BASE = 'https://copydesk.dev/problems/'

const SAMPLE = readFileSync(
  new URL('../../../packages/parser/test/fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
  'utf8',
)
const TEXT = { 'content-type': 'text/plain' }
const FORMATS = ['json', 'markdown', 'html', 'text']
const SEARCHES = [
  '/v1/documents?q=Stoltenberg',
  '/v1/documents?q=talks%20Kyiv&limit=5',
  '/v1/documents?entity=Zelensky',
  '/v1/documents?speaker=Stoltenberg&from=2020-01-01',
  '/v1/quotes?speaker=Stoltenberg',
  '/v1/quotes?q=ukraine&kind=direct',
  '/v1/entities?q=nato',
  '/v1/entities?kind=person&limit=50',
]

/** What a request is, for the counts, and what it must get. */
interface Tagged extends Job {
  kind: string
  bad?: BadInput
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-load-'))
  const server = await startServer(join(dir, 'load.sqlite'), {
    COPYDESK_LOG: 'json',
    COPYDESK_RATE_LIMIT: '0',
    COPYDESK_MAX_BODY_BYTES: String(TEST_MAX_BODY_BYTES),
  })
  const ids: string[] = []
  let cursor: string | null = null
  let stored = 0
  let bad = 0
  try {
    const first = await fetch(`${server.url}/v1/documents`, {
      method: 'POST',
      headers: TEXT,
      body: SAMPLE,
    })
    ids.push(((await first.json()) as { id: string }).id)

    const next = (i: number): Tagged => {
      const pick = <T>(items: readonly T[]): T => items[(i * 7919) % items.length] as T
      switch (i % 20) {
        case 0:
        case 1:
        case 2:
          return {
            kind: 'parse',
            method: 'POST',
            path: `/v1/parse?format=${pick(FORMATS)}`,
            headers: TEXT,
            body: SAMPLE,
          }
        case 3:
        case 4:
        case 5:
          return {
            kind: 'store',
            method: 'POST',
            path: '/v1/documents',
            headers: TEXT,
            body: `Load test article ${stored++}\n\nTalks in Kyiv, item ${i}, with NATO.\n`,
            readBody: true,
          }
        case 6:
        case 7:
        case 8:
        case 9:
          return {
            kind: 'get',
            method: 'GET',
            path: `/v1/documents/${pick(ids)}?format=${pick(FORMATS)}`,
          }
        case 10:
          return {
            kind: 'list',
            method: 'GET',
            path: cursor ? `/v1/documents?cursor=${cursor}` : '/v1/documents',
            readBody: true,
          }
        case 11:
        case 12:
        case 13:
          return { kind: 'search', method: 'GET', path: pick(SEARCHES) }
        default: {
          const row = BAD_INPUTS[bad++ % BAD_INPUTS.length] as BadInput
          const { request } = row
          return {
            kind: 'bad input',
            bad: row,
            method: request.method,
            path: request.path,
            headers: request.headers ?? {},
            ...(request.body === undefined ? {} : { body: request.body }),
            ...(request.chunked ? { chunked: true } : {}),
            readBody: true,
          }
        }
      }
    }

    const onOutcome = (outcome: Outcome): void => {
      const job = outcome.job as Tagged
      if (job.kind === 'store' && outcome.status === 201 && outcome.body) {
        ids.push((JSON.parse(outcome.body) as { id: string }).id)
      }
      if (job.kind === 'list' && outcome.status === 200 && outcome.body) {
        cursor = (JSON.parse(outcome.body) as { nextCursor: string | null }).nextCursor
      }
    }

    const { outcomes, seconds, timedOut } = await runLoad(server.url, next, {
      count: COUNT,
      concurrency: CONCURRENCY,
      deadlineMs: DEADLINE_MS,
      onOutcome,
    })
    report(outcomes, seconds, timedOut)
  } finally {
    await stopServer(server)
    rmSync(dir, { recursive: true, force: true })
  }
}

function report(outcomes: Outcome[], seconds: number, timedOut: boolean): void {
  const byKind = new Map<string, Map<number, number>>()
  const failures: string[] = []
  let badRefused = 0
  for (const outcome of outcomes) {
    const job = outcome.job as Tagged
    const statuses = byKind.get(job.kind) ?? new Map<number, number>()
    statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1)
    byKind.set(job.kind, statuses)
    if (outcome.status === 0) failures.push(`${job.method} ${job.path}: ${outcome.error}`)
    else if (outcome.status >= 500) failures.push(`${job.method} ${job.path}: ${outcome.status}`)
    else if (job.bad) {
      const type = outcome.body ? (JSON.parse(outcome.body) as { type?: string }).type : undefined
      if (outcome.status === job.bad.status && type === PROBLEM_BASE + job.bad.type) badRefused++
      else
        failures.push(
          `${job.bad.name}: ${outcome.status} ${type}, wanted ${job.bad.status} ${job.bad.type}`,
        )
    } else if (outcome.status >= 400) failures.push(`${job.method} ${job.path}: ${outcome.status}`)
  }
  const { rps, p50, p99 } = summarize(outcomes, seconds)
  const count = (test: (status: number) => boolean) => outcomes.filter((o) => test(o.status)).length
  console.log(
    `\nCopydesk API load test: ${outcomes.length} requests, ${CONCURRENCY} in flight, ${seconds.toFixed(1)} s`,
  )
  console.log(`${rps.toFixed(0)} req/s, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms\n`)
  for (const [kind, statuses] of byKind) {
    const detail = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ')
    console.log(
      `  ${kind.padEnd(10)} ${String([...statuses.values()].reduce((a, b) => a + b, 0)).padStart(5)}  (${detail})`,
    )
  }
  const badInputs = outcomes.filter((o) => (o.job as Tagged).bad)
  console.log(
    `\n  2xx/304: ${count((s) => s >= 200 && s < 400)}, 4xx: ${count((s) => s >= 400 && s < 500)}, 5xx: ${count((s) => s >= 500)}, network errors: ${count((s) => s === 0)}`,
  )
  console.log(
    `  bad inputs: ${badInputs.length} sent (${BAD_INPUTS.length} kinds), ${badRefused} answered with their own 4xx and problem type`,
  )
  if (timedOut) failures.push(`stopped at the ${DEADLINE_MS / 1000} s deadline`)
  if (outcomes.length < COUNT && !timedOut)
    failures.push(`only ${outcomes.length} of ${COUNT} requests made`)
  if (failures.length > 0) {
    console.log(`\nFAILED (${failures.length}):\n  ${failures.slice(0, 20).join('\n  ')}`)
    process.exitCode = 1
  } else {
    console.log(
      '\nPASSED: zero 5xx, every good request answered, every bad input refused with its 4xx.',
    )
  }
}

await main()

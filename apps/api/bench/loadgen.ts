/**
 * A small load generator on node:http: keep-alive connections, a fixed number
 * of requests in flight, a latency for each request. Loopback only (it is
 * handed the server's URL), and bounded by count and by time: it stops
 * starting requests once its deadline passes.
 */
import http from 'node:http'

/** One request to make. */
export interface Job {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
  /** Send the body in chunks without Content-Length. */
  chunked?: boolean
  /** Keep the answer's body (to check it); otherwise it is drained unread. */
  readBody?: boolean
}

/** What came back. */
export interface Outcome {
  job: Job
  status: number
  ms: number
  body?: string
  /** A network error instead of an answer. */
  error?: string
}

/** Options of `runLoad`. */
export interface LoadOptions {
  count: number
  concurrency: number
  /** No request starts after this many milliseconds. */
  deadlineMs: number
  /** Called with each outcome as it arrives. */
  onOutcome?: (outcome: Outcome) => void
}

const CHUNK_BYTES = 8192

/**
 * Makes `options.count` requests to `base`, `options.concurrency` at a time;
 * `next(i)` gives the i-th.
 *
 * @example
 * const { outcomes, seconds } = await runLoad(url, () => ({ method: 'GET', path: '/healthz' }), { count: 1000, concurrency: 32, deadlineMs: 30_000 })
 */
export async function runLoad(
  base: string,
  next: (index: number) => Job,
  options: LoadOptions,
): Promise<{ outcomes: Outcome[]; seconds: number; timedOut: boolean }> {
  const url = new URL(base)
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency })
  const outcomes: Outcome[] = []
  const start = performance.now()
  let index = 0
  let timedOut = false
  const worker = async (): Promise<void> => {
    while (index < options.count) {
      if (performance.now() - start > options.deadlineMs) {
        timedOut = true
        return
      }
      const job = next(index++)
      const outcome = await send(url, agent, job)
      outcomes.push(outcome)
      options.onOutcome?.(outcome)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  agent.destroy()
  return { outcomes, seconds: (performance.now() - start) / 1000, timedOut }
}

function send(url: URL, agent: http.Agent, job: Job): Promise<Outcome> {
  const began = performance.now()
  return new Promise((resolve) => {
    const headers = { ...job.headers }
    const bytes = job.body === undefined ? undefined : Buffer.from(job.body)
    if (bytes && !job.chunked) headers['content-length'] = String(bytes.length)
    const request = http.request(
      { host: url.hostname, port: url.port, method: job.method, path: job.path, headers, agent },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => {
          if (job.readBody) chunks.push(chunk)
        })
        response.on('end', () =>
          resolve({
            job,
            status: response.statusCode ?? 0,
            ms: performance.now() - began,
            ...(job.readBody ? { body: Buffer.concat(chunks).toString('utf8') } : {}),
          }),
        )
      },
    )
    request.on('error', (error) =>
      resolve({ job, status: 0, ms: performance.now() - began, error: error.message }),
    )
    if (bytes && job.chunked) {
      for (let i = 0; i < bytes.length; i += CHUNK_BYTES)
        request.write(bytes.subarray(i, i + CHUNK_BYTES))
    }
    request.end(job.chunked ? undefined : bytes)
  })
}

/** Requests per second, median and 99th percentile latency of `outcomes`. */
export function summarize(outcomes: Outcome[], seconds: number) {
  const sorted = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { rps: outcomes.length / seconds, p50: at(0.5), p99: at(0.99) }
}

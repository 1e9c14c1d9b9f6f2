/**
 * Runs jobs on N worker threads, feeding each a new job as it finishes one,
 * and hands results back in the order they finish.
 */
import { Worker } from 'node:worker_threads'
import type { JobRequest, JobResult } from './job.js'

/** Runs `requests` on `size` workers; calls `onResult` as each completes. */
export async function runPool(
  requests: readonly JobRequest[],
  size: number,
  onResult: (result: JobResult) => void,
): Promise<void> {
  let next = 0
  const workerUrl = new URL('./worker.js', import.meta.url)
  const start = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(workerUrl)
      let current: JobRequest | undefined
      const feed = (): void => {
        current = requests[next++]
        if (current) worker.postMessage(current)
        else void worker.terminate().then(() => resolve())
      }
      worker.on('message', (result: JobResult) => {
        onResult(result)
        feed()
      })
      worker.on('error', (error) => {
        if (current)
          onResult({ ok: false, path: current.path, error: `the parser failed: ${error.message}` })
        void worker.terminate()
        resolve(start().then(() => undefined))
      })
      feed()
    })
  await Promise.all(Array.from({ length: Math.min(size, requests.length) }, start))
}

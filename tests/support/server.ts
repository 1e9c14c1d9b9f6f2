/**
 * Starts the real site (`node apps/web/server.js`, as `npm start` does) on a
 * free port over a database in a fresh temporary folder, and stops it.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: `npm start` runs the server from there. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

const SERVER = join(ROOT, 'apps/web/server.js')
const READY = /Copydesk is running at (http:\/\/\S+\/)/u
const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 10_000

/** A server started by `startServer`. */
export interface RunningServer {
  /** Its address, ending in a slash: `http://127.0.0.1:40123/`. */
  url: string
  /** The database file it uses. */
  database: string
  /** Everything it printed so far, for failure messages. */
  output(): string
  /** Stops it with SIGTERM and removes its database; resolves to its exit code. */
  stop(): Promise<number | null>
}

/**
 * Starts the built site and waits until it says where it listens.
 *
 * @example
 * const server = await startServer()
 * await fetch(new URL('api/healthz', server.url))
 * await server.stop()
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'))
  const database = join(folder, 'copydesk.sqlite')
  // The same Node that runs the tests: the API needs node:sqlite.
  const child = spawn(process.execPath, [SERVER], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', COPYDESK_DB: database, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const exited = once(child, 'exit')

  const url = await new Promise<string>((resolve, reject) => {
    let settled = false
    const timer = setTimeout(() => fail('did not start in time'), START_TIMEOUT_MS)
    function fail(reason: string): void {
      if (settled) return
      settled = true
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`The server ${reason}. It printed:\n${output}`))
    }
    child.stdout.on('data', () => {
      const match = READY.exec(output)
      if (settled || !match?.[1]) return
      settled = true
      clearTimeout(timer)
      resolve(match[1])
    })
    void exited.then(([code]) => fail(`exited with code ${String(code)} before it was ready`))
  })

  return {
    url,
    database,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
        await exited
        clearTimeout(timer)
      }
      await rm(folder, { recursive: true, force: true })
      return child.exitCode
    },
  }
}

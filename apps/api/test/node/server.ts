/**
 * Starts the built Node server (dist/server.node.js, as `npm start` runs it)
 * as a child process on a free loopback port, and stops or kills it. Used by
 * the durability test; the bench has its own copy in bench/server.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const SERVER_ENTRY = fileURLToPath(new URL('../../dist/server.node.js', import.meta.url))

/** How long a server may take to say it listens. */
const START_TIMEOUT_MS = 15_000

/** A running server. */
export interface RunningServer {
  url: string
  child: ChildProcess
}

/** Starts the server over the SQLite file `db`, with `env` on top of the test's environment. */
export async function startServer(
  db: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run npm run build in apps/api first`)
  }
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      COPYDESK_DB: db,
      HOST: '127.0.0.1',
      PORT: '0',
      COPYDESK_LOG: 'off',
      COPYDESK_RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`no listening line in time:\n${output}`)),
      START_TIMEOUT_MS,
    )
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      output += chunk
      const match = /listening on (http:\/\/\S+)/u.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before listening:\n${output}`))
    })
  })
  return { url, child }
}

/** Kills `server` with `signal` and waits for it to be gone. */
export async function stopServer(
  server: RunningServer,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  const exited = new Promise((resolve) => server.child.once('exit', resolve))
  server.child.kill(signal)
  await exited
}

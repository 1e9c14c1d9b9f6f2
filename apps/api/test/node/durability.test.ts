/**
 * Durability: documents are stored over HTTP while the server process is
 * killed with SIGKILL (no chance to flush or close anything); after a
 * restart on the same SQLite file, every document whose 201 was received
 * must be there, with its text. Several rounds, each killing at a random
 * moment under concurrent writes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startServer, stopServer, type RunningServer } from './server.js'

const ROUNDS = 3
const WRITERS = 8
const KILL_AFTER_MIN_MS = 300
const KILL_AFTER_SPREAD_MS = 500
const REQUEST_TIMEOUT_MS = 5000
const POLL_MS = 10
const TEST_TIMEOUT_MS = 120_000

const dir = mkdtempSync(join(tmpdir(), 'copydesk-durability-'))
const db = join(dir, 'copydesk.sqlite')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Acknowledged {
  id: string
  text: string
}

/** Stores articles from `WRITERS` loops until the server stops answering. */
async function writeUntilKilled(server: RunningServer, round: number): Promise<Acknowledged[]> {
  const acknowledged: Acknowledged[] = []
  let stopped = false
  const writer = async (n: number): Promise<void> => {
    for (let i = 0; !stopped; i++) {
      const text = `Round ${round} writer ${n} article ${i}\n\nA paragraph written at ${Date.now()} for the durability test.\n`
      try {
        const response = await fetch(`${server.url}/v1/documents`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: text,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        })
        if (response.status === 201) {
          acknowledged.push({ id: ((await response.json()) as { id: string }).id, text })
        } else {
          await response.body?.cancel()
        }
      } catch {
        stopped = true
      }
    }
  }
  const writers = Array.from({ length: WRITERS }, (_, n) => writer(n))
  // Kill at a random moment, but only once writes are flowing, so that every
  // round tests something even on a slow machine.
  const killAt = Date.now() + KILL_AFTER_MIN_MS + Math.random() * KILL_AFTER_SPREAD_MS
  while (!stopped && (Date.now() < killAt || acknowledged.length === 0)) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  await stopServer(server, 'SIGKILL')
  await Promise.all(writers)
  return acknowledged
}

describe('durability', () => {
  it(
    'keeps every document whose 201 was received when the server is killed with SIGKILL',
    async () => {
      const all: Acknowledged[] = []
      for (let round = 1; round <= ROUNDS; round++) {
        const server = await startServer(db)
        expect(server.child.pid).toBeGreaterThan(0)
        const acknowledged = await writeUntilKilled(server, round)
        expect(
          acknowledged.length,
          `round ${round} stored nothing before the kill`,
        ).toBeGreaterThan(0)
        all.push(...acknowledged)
      }

      const server = await startServer(db)
      try {
        const missing: string[] = []
        for (const { id, text } of all) {
          const response = await fetch(`${server.url}/v1/documents/${id}`)
          const body = response.ok ? ((await response.json()) as { text: string }) : null
          if (body?.text !== text) missing.push(id)
        }
        expect(
          missing,
          `${missing.length} of ${all.length} acknowledged documents are missing`,
        ).toEqual([])
        console.log(
          `durability: ${all.length} documents acknowledged over ${ROUNDS} SIGKILLs, all found after restart`,
        )
      } finally {
        await stopServer(server)
      }
    },
    TEST_TIMEOUT_MS,
  )
})

/**
 * What the behaviour suite needs from a runtime: apps over the runtime's real
 * store (a SQLite file on Node, a local D1 inside workerd), the way that
 * runtime tells a client's address, and a store that has failed for real.
 * `test/node/behaviour.test.ts` and `test/workers/behaviour.test.ts` each
 * supply one and run the same cases.
 */
import type { AppOptions } from '../../src/app.js'
import { createApp, type App } from '../../src/app.js'
import type { LogLine } from '../../src/middleware/access-log.js'
import type { ClientAddress } from '../../src/middleware/client-address.js'
import type { DocumentStore } from '../../src/storage/store.js'
import { TEST_MAX_BODY_BYTES, type BadRequest } from './bad-inputs.js'

/** One runtime's side of the suite. */
export interface Harness {
  runtime: 'node' | 'workerd'
  /** The store of this test file: one database, shared by the file's tests. */
  store(): DocumentStore
  /** A store whose database fails every query, as a real outage does. */
  brokenStore(): DocumentStore
  /** How this runtime finds the client's address. */
  clientAddress: ClientAddress
  /** Headers that make a request come from `address` on this runtime. */
  from(address: string): Record<string, string>
}

/** An app under test and the log lines it wrote. */
export interface TestApp {
  request(path: string, init?: RequestInit): Promise<Response>
  logs: LogLine[]
  app: App
}

/** An app over `store` with the suite's limits; `options` override them. */
export function testApp(
  harness: Harness,
  options: Partial<AppOptions> = {},
  store: DocumentStore = harness.store(),
): TestApp {
  const logs: LogLine[] = []
  const app = createApp({
    store,
    limits: { maxBodyBytes: TEST_MAX_BODY_BYTES },
    clientAddress: harness.clientAddress,
    log: (line) => logs.push(line),
    ...options,
  })
  return {
    logs,
    app,
    request: async (path, init) => app.request(path, init),
  }
}

/** `request` as fetch options; a chunked body is streamed with no Content-Length. */
export function requestInit(request: BadRequest): RequestInit {
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: request.headers ?? {},
  }
  if (request.body !== undefined) {
    if (request.chunked) {
      const bytes = new TextEncoder().encode(request.body)
      const CHUNK = 8192
      init.body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += CHUNK)
            controller.enqueue(bytes.slice(i, i + CHUNK))
          controller.close()
        },
      })
      init.duplex = 'half'
    } else {
      init.body = request.body
    }
  }
  return init
}

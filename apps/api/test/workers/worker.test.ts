/**
 * The Worker as Cloudflare runs it: requests go through the default export
 * of src/worker.ts with the bindings and variables of wrangler.jsonc.
 */
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { SAMPLE } from '../behaviour/articles.js'

const BASE = 'https://copydesk.test'

describe('the Worker entry', () => {
  it('answers its health check', async () => {
    const response = await exports.default.fetch(`${BASE}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('stores an article in D1 and serves it at its Location', async () => {
    const created = await exports.default.fetch(`${BASE}/v1/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: SAMPLE,
    })
    expect(created.status).toBe(201)
    const location = created.headers.get('location') ?? ''
    const read = await exports.default.fetch(`${BASE}${location}?format=markdown`)
    expect(read.status).toBe(200)
    expect(await read.text()).toMatch(/^# NATO Secretary General/u)
  })

  it("applies wrangler.jsonc's body limit", async () => {
    const response = await exports.default.fetch(`${BASE}/v1/parse`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(256 * 1024 + 1),
    })
    expect(response.status).toBe(413)
  })

  it('sends a gzipped document once gzipped, which a client decodes to its JSON', async () => {
    const created = await exports.default.fetch(`${BASE}/v1/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: SAMPLE,
    })
    const location = created.headers.get('location') ?? ''
    for (let round = 0; round < 2; round++) {
      const read = await exports.default.fetch(`${BASE}${location}`, {
        headers: { 'accept-encoding': 'gzip' },
      })
      expect(read.status).toBe(200)
      const body = (await read.json()) as { document: { type: string } }
      expect(body.document.type).toBe('article')
    }
    const parsed = await exports.default.fetch(`${BASE}/v1/parse`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'accept-encoding': 'gzip' },
      body: SAMPLE,
    })
    expect(((await parsed.json()) as { type: string }).type).toBe('article')
  })
})

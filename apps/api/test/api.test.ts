/**
 * The API over a real SQLite file, called through `app.request` (no server).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app.js'
import { openSqliteStore, type SqliteStore } from '../src/storage/sqlite.js'

const SAMPLE = readFileSync(
  new URL('../../../packages/parser/test/fixtures/nato-stoltenberg-kyiv.txt', import.meta.url),
  'utf8',
)

let dir: string
let store: SqliteStore
let app: ReturnType<typeof createApp>

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-api-'))
  store = openSqliteStore(join(dir, 'copydesk.sqlite'))
  app = createApp({ store, limits: { maxBodyBytes: 64 * 1024 }, logError: () => {} })
})

afterAll(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

const post = (path: string, body: BodyInit, type = 'text/plain') =>
  app.request(path, { method: 'POST', body, headers: { 'content-type': type } })

describe('POST /v1/parse', () => {
  it('parses text/plain into a document', async () => {
    const response = await post('/v1/parse', SAMPLE)
    expect(response.status).toBe(200)
    const document = await response.json()
    expect(document.meta.title).toMatch(/^NATO Secretary General/)
    expect(document.children).toHaveLength(18)
    expect(document.related).toHaveLength(2)
  })

  it('parses JSON with a reference date', async () => {
    const response = await post(
      '/v1/parse',
      JSON.stringify({ text: SAMPLE, referenceDate: '2023-04-20' }),
      'application/json',
    )
    expect(response.status).toBe(200)
  })

  it('parses a file sent as multipart/form-data', async () => {
    const form = new FormData()
    form.set('file', new File([SAMPLE], 'article.txt', { type: 'text/plain' }))
    const response = await app.request('/v1/parse', { method: 'POST', body: form })
    expect(response.status).toBe(200)
    expect((await response.json()).children).toHaveLength(18)
  })

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await post('/v1/parse', '{"text": ', 'application/json')
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect((await response.json()).type).toBe('https://copydesk.dev/problems/invalid-json')
  })

  it('names the invalid field', async () => {
    const response = await post(
      '/v1/parse',
      JSON.stringify({ text: 'x', referenceDate: 'April' }),
      'application/json',
    )
    expect(response.status).toBe(400)
    const problem = await response.json()
    expect(problem.errors).toEqual([
      { field: 'referenceDate', message: expect.stringContaining('YYYY-MM-DD') },
    ])
  })

  it('refuses a body over the limit with 413', async () => {
    const response = await post('/v1/parse', 'x'.repeat(64 * 1024 + 1))
    expect(response.status).toBe(413)
    expect((await response.json()).type).toBe('https://copydesk.dev/problems/payload-too-large')
  })

  it('refuses an unsupported media type with 415', async () => {
    const response = await post('/v1/parse', '<p>hi</p>', 'application/xml')
    expect(response.status).toBe(415)
  })
})

describe('/v1/documents', () => {
  let location = ''

  it('stores a document and answers 201 with its Location', async () => {
    const response = await post('/v1/documents', SAMPLE)
    expect(response.status).toBe(201)
    location = response.headers.get('location') ?? ''
    const body = await response.json()
    expect(location).toBe(`/v1/documents/${body.id}`)
  })

  it('returns the same document when the same text is stored again', async () => {
    const response = await post('/v1/documents', SAMPLE)
    expect(response.status).toBe(200)
    expect(response.headers.get('location')).toBe(location)
  })

  it('reads a stored document back', async () => {
    const response = await app.request(location)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.text).toBe(SAMPLE)
    expect(body.document.children).toHaveLength(18)
  })

  it('lists documents newest first, page by page', async () => {
    await post('/v1/documents', 'Second headline\n\nA second article, short.')
    await post('/v1/documents', 'Third headline\n\nA third article, short.')
    const first = await (await app.request('/v1/documents?limit=2')).json()
    expect(first.items.map((item: { title: string }) => item.title)).toEqual([
      'Third headline',
      'Second headline',
    ])
    expect(first.nextCursor).toEqual(expect.any(String))
    const second = await (
      await app.request(`/v1/documents?limit=2&cursor=${first.nextCursor}`)
    ).json()
    expect(second.items).toHaveLength(1)
    expect(second.items[0].title).toMatch(/^NATO Secretary General/)
    expect(second.nextCursor).toBeNull()
  })

  it('answers an unknown id with a 404 problem', async () => {
    const response = await app.request('/v1/documents/nope')
    expect(response.status).toBe(404)
    expect((await response.json()).type).toBe('https://copydesk.dev/problems/not-found')
  })

  it('keeps documents in the file across a reopen', async () => {
    const again = openSqliteStore(join(dir, 'copydesk.sqlite'))
    expect(await again.count()).toBe(3)
    again.close()
  })
})

describe('the app', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const response = await app.request('/v2/nothing')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it('is healthy', async () => {
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok' })
  })
})

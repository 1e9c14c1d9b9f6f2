/**
 * The API's behaviour, written once and run on both runtimes: on Node over a
 * SQLite file and inside workerd over a local D1. Each case calls the app as
 * a client would (`app.request`, no server) against the runtime's real store.
 */
import type { ArticleDocument } from '@copydesk/parser'
import parserSchema from '@copydesk/parser/schema.json' with { type: 'json' }
import { Hono } from 'hono'
import { beforeAll, describe, expect, it } from 'vitest'
import { sha256Hex } from '../../src/ids.js'
import { PROBLEM_BASE } from '../../src/problem.js'
import { BAD_INPUTS, TEST_MAX_BODY_BYTES } from './bad-inputs.js'
import { SAMPLE, article, storeQuotedArticle, uniqueWord } from './articles.js'
import { requestInit, testApp, type Harness, type TestApp } from './harness.js'

const SAMPLE_TITLE = /^NATO Secretary General Jens Stoltenberg visited Ukraine/u
const SAMPLE_PARAGRAPHS = 18

interface Page<T> {
  items: T[]
  nextCursor: string | null
}
interface Summary {
  id: string
  title: string | null
  publishedAt: string | null
}
interface QuoteItem {
  document: { id: string; title: string | null; url: string }
  id: string
  kind: string
  text: string
  speaker: { id: string; name: string | null } | null
  source: string | null
  cue: string | null
  position: { start: { offset: number }; end: { offset: number } } | null
}
interface EntityItem {
  document: { id: string; url: string }
  id: string
  kind: string
  name: string
  aliases: string[]
  mentions: number
  position: { start: { offset: number }; end: { offset: number } } | null
}

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T

/** `bytes` gunzipped as UTF-8 text, with the runtime's own DecompressionStream. */
const gunzip = async (bytes: Uint8Array<ArrayBuffer>): Promise<string> =>
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()

const postText = (app: TestApp, path: string, text: string, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    body: text,
    headers: { 'content-type': 'text/plain', ...headers },
  })

/** Registers the whole suite against `harness`. */
export function defineBehaviour(harness: Harness): void {
  let app: TestApp
  beforeAll(() => {
    app = testApp(harness)
  })

  describe('the service', () => {
    it('answers its health check', async () => {
      const response = await app.request('/healthz')
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ status: 'ok' })
    })

    it('describes itself in OpenAPI 3.1, generated from its routes', async () => {
      const response = await app.request('/openapi.json')
      expect(response.status).toBe(200)
      const doc = await json<{
        openapi: string
        paths: Record<string, Record<string, unknown>>
        components: { schemas: Record<string, unknown>; parameters: Record<string, unknown> }
      }>(response)
      expect(doc.openapi).toBe('3.1.0')
      expect(Object.keys(doc.paths).sort()).toEqual([
        '/healthz',
        '/v1/documents',
        '/v1/documents/{id}',
        '/v1/entities',
        '/v1/parse',
        '/v1/quotes',
      ])
      expect(Object.keys(doc.paths['/v1/documents/{id}'] ?? {}).sort()).toEqual(['delete', 'get'])
      expect(doc.components.schemas.ParseRequest).toMatchObject({
        type: 'object',
        required: ['text'],
      })
      expect(doc.components.parameters.format).toMatchObject({ in: 'query', name: 'format' })
    })

    it("takes the document model's schema from the parser package, not a copy", async () => {
      const doc = await json<{ components: { schemas: Record<string, unknown> } }>(
        await app.request('/openapi.json'),
      )
      const definitions = (parserSchema as { definitions: Record<string, unknown> }).definitions
      for (const name of Object.keys(definitions)) {
        expect(doc.components.schemas[name], name).toBeDefined()
      }
      const rewritten = JSON.stringify(definitions.ArticleDocument).replaceAll(
        '#/definitions/',
        '#/components/schemas/',
      )
      expect(JSON.stringify(doc.components.schemas.ArticleDocument)).toBe(rewritten)
    })

    it('serves an interactive reference at /docs under a nonce-based CSP', async () => {
      const response = await app.request('/docs')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/u)
      const csp = response.headers.get('content-security-policy') ?? ''
      const nonce = /'nonce-([^']+)'/u.exec(csp)?.[1]
      expect(nonce).toBeTruthy()
      const html = await response.text()
      expect(html).toContain(`nonce="${nonce}"`)
      expect(html).toContain('openapi.json')
    })

    it('sends secure headers and a request id with every answer, errors included', async () => {
      for (const response of [
        await app.request('/healthz'),
        await app.request('/v1/nowhere'),
        await app.request('/v1/documents?limit=0'),
      ]) {
        expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/u)
        expect(response.headers.get('x-content-type-options')).toBe('nosniff')
        expect(response.headers.get('content-security-policy')).toBe(
          "default-src 'none'; frame-ancestors 'none'",
        )
        expect(response.headers.get('x-frame-options')).toBe('DENY')
      }
    })

    it("keeps a caller's request id when it is a sane one", async () => {
      const response = await app.request('/healthz', { headers: { 'x-request-id': 'trace-42' } })
      expect(response.headers.get('x-request-id')).toBe('trace-42')
      const odd = await app.request('/healthz', { headers: { 'x-request-id': 'no spaces <>' } })
      expect(odd.headers.get('x-request-id')).not.toBe('no spaces <>')
    })

    it('logs one JSON line per request with its duration', async () => {
      const logged = testApp(harness)
      await logged.request('/healthz', { headers: { 'x-request-id': 'log-me' } })
      await logged.request('/v1/nowhere')
      expect(logged.logs).toHaveLength(2)
      expect(logged.logs[0]).toMatchObject({
        level: 'info',
        msg: 'request',
        requestId: 'log-me',
        method: 'GET',
        path: '/healthz',
        status: 200,
        durationMs: expect.any(Number),
      })
      expect(logged.logs[1]).toMatchObject({ level: 'warn', status: 404 })
      expect(() => JSON.stringify(logged.logs)).not.toThrow()
    })
    it('works mounted under a prefix, as the site mounts it at /api', async () => {
      const site = new Hono().route('/api', app.app)
      site.notFound((c) => app.app.fetch(c.req.raw))
      const created = await site.request('/api/v1/documents', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: article(`Mounted ${uniqueWord()}`, 'A paragraph.'),
      })
      expect(created.status).toBe(201)
      expect(created.headers.get('location')).toMatch(/^\/api\/v1\/documents\/\w+$/u)
      const stored = await storeQuotedArticle(harness.store(), uniqueWord())
      const quotes = await json<Page<QuoteItem>>(await site.request('/api/v1/quotes?limit=100'))
      const mine = quotes.items.find((quote) => quote.document.id === stored.id)
      expect(mine?.document.url).toBe(`/api/v1/documents/${stored.id}`)
      const wrong = await site.request('/api/v1/documents', { method: 'PUT' })
      expect(wrong.status).toBe(405)
      expect(wrong.headers.get('allow')).toContain('POST')
      const missing = await site.request('/api/v1/nowhere')
      expect(missing.status).toBe(404)
      expect(missing.headers.get('content-type')).toBe('application/problem+json')
    })
  })

  describe('POST /v1/parse', () => {
    it('parses text/plain into a document', async () => {
      const response = await postText(app, '/v1/parse', SAMPLE)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/u)
      const document = await json<ArticleDocument>(response)
      expect(document.meta.title).toMatch(SAMPLE_TITLE)
      expect(document.children).toHaveLength(SAMPLE_PARAGRAPHS)
    })

    it('parses JSON with a reference date', async () => {
      const response = await app.request('/v1/parse', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: SAMPLE, referenceDate: '2023-04-20' }),
      })
      expect(response.status).toBe(200)
      expect((await json<ArticleDocument>(response)).meta.title).toMatch(SAMPLE_TITLE)
    })

    it('parses a file sent as multipart/form-data', async () => {
      const form = new FormData()
      form.set('file', new File([SAMPLE], 'article.txt', { type: 'text/plain' }))
      const response = await app.request('/v1/parse', { method: 'POST', body: form })
      expect(response.status).toBe(200)
      expect((await json<ArticleDocument>(response)).children).toHaveLength(SAMPLE_PARAGRAPHS)
    })

    it('answers in Markdown, HTML or plain text when Accept asks for it', async () => {
      const markdown = await postText(app, '/v1/parse', SAMPLE, { accept: 'text/markdown' })
      expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
      expect(await markdown.text()).toMatch(/^# NATO Secretary General/u)
      const html = await postText(app, '/v1/parse', SAMPLE, {
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
      })
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await html.text()).toMatch(/<title>NATO Secretary General[^<]*<\/title>/u)
      const text = await postText(app, '/v1/parse', SAMPLE, { accept: 'text/plain' })
      expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await text.text()).toMatch(SAMPLE_TITLE)
      expect(text.headers.get('vary')).toBe('Accept, Accept-Encoding')
    })

    it('answers JSON to */* and to no Accept at all', async () => {
      for (const accept of ['*/*', '']) {
        const response = await postText(app, '/v1/parse', SAMPLE, accept ? { accept } : {})
        expect(response.headers.get('content-type')).toMatch(/^application\/json/u)
      }
    })

    it('follows ?format= over Accept', async () => {
      const response = await postText(app, '/v1/parse?format=markdown', SAMPLE, {
        accept: 'application/json',
      })
      expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    })

    it('gzips the document for a client that accepts gzip, the same bytes once unzipped', async () => {
      const plain = await postText(app, '/v1/parse', SAMPLE)
      expect(plain.headers.get('content-encoding')).toBeNull()
      const plainText = await plain.text()
      for (let round = 0; round < 2; round++) {
        const zipped = await postText(app, '/v1/parse', SAMPLE, {
          'accept-encoding': 'gzip, deflate, br',
        })
        expect(zipped.headers.get('content-encoding')).toBe('gzip')
        expect(zipped.headers.get('vary')).toBe('Accept, Accept-Encoding')
        const bytes = new Uint8Array(await zipped.arrayBuffer())
        expect(bytes.byteLength).toBeLessThan(plainText.length / 5)
        expect(await gunzip(bytes)).toBe(plainText)
      }
      const refused = await postText(app, '/v1/parse', SAMPLE, { 'accept-encoding': 'gzip;q=0, *' })
      expect(refused.headers.get('content-encoding')).toBeNull()
      expect(await refused.text()).toBe(plainText)
    })

    it('gives the same document for the same text every time', async () => {
      const first = await (await postText(app, '/v1/parse', SAMPLE)).text()
      const second = await (await postText(app, '/v1/parse', SAMPLE)).text()
      expect(second).toBe(first)
    })

    it('takes a body just under the limit', async () => {
      const text = article('A long one', 'word '.repeat((TEST_MAX_BODY_BYTES - 100) / 5))
      const response = await postText(app, '/v1/parse', text)
      expect(response.status).toBe(200)
    })
  })

  describe('/v1/documents', () => {
    it('stores an article and answers 201 with its Location', async () => {
      const text = article(`Stored ${uniqueWord()}`, 'A paragraph.')
      const response = await postText(app, '/v1/documents', text)
      expect(response.status).toBe(201)
      const body = await json<{ id: string; createdAt: string; document: ArticleDocument }>(
        response,
      )
      expect(response.headers.get('location')).toBe(`/v1/documents/${body.id}`)
      expect(body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/u)
      expect(body.document.type).toBe('article')
    })

    it('returns the stored document, not a copy, when the same text comes again', async () => {
      const text = article(`Twice ${uniqueWord()}`, 'Sent twice.')
      const first = await postText(app, '/v1/documents', text)
      const second = await postText(app, '/v1/documents', text)
      expect(second.status).toBe(200)
      expect(second.headers.get('location')).toBe(first.headers.get('location'))
      expect((await json<{ id: string }>(second)).id).toBe((await json<{ id: string }>(first)).id)
    })

    it('stores the same text with another reference date as another document', async () => {
      const text = article(`Dated ${uniqueWord()}`, 'It happened on Thursday.')
      const plain = await json<{ id: string }>(await postText(app, '/v1/documents', text))
      const dated = await postText(app, '/v1/documents?referenceDate=2023-04-20', text)
      expect(dated.status).toBe(201)
      expect((await json<{ id: string }>(dated)).id).not.toBe(plain.id)
    })

    it('stores one document when the same text arrives many times at once', async () => {
      const text = article(`Concurrent ${uniqueWord()}`, 'Sent by eight clients at once.')
      const responses = await Promise.all(
        Array.from({ length: 8 }, () => postText(app, '/v1/documents', text)),
      )
      const ids = new Set(
        await Promise.all(responses.map(async (r) => (await json<{ id: string }>(r)).id)),
      )
      expect(ids.size).toBe(1)
      expect(responses.filter((r) => r.status === 201)).toHaveLength(1)
    })

    it('reads a stored document back with its text', async () => {
      const created = await postText(app, '/v1/documents', SAMPLE)
      const response = await app.request(created.headers.get('location') ?? '')
      expect(response.status).toBe(200)
      const body = await json<{ id: string; text: string; document: ArticleDocument }>(response)
      expect(body.text).toBe(SAMPLE)
      expect(body.document.children).toHaveLength(SAMPLE_PARAGRAPHS)
      expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]+-json"$/u)
      expect(response.headers.get('cache-control')).toBe('no-cache')
    })

    it('answers 304 to If-None-Match with the current ETag, per format', async () => {
      const created = await postText(app, '/v1/documents', SAMPLE)
      const location = created.headers.get('location') ?? ''
      const first = await app.request(location)
      const etag = first.headers.get('etag') ?? ''
      const again = await app.request(location, { headers: { 'if-none-match': etag } })
      expect(again.status).toBe(304)
      expect(again.headers.get('etag')).toBe(etag)
      expect(await again.text()).toBe('')
      const weak = await app.request(location, { headers: { 'if-none-match': `"x", W/${etag}` } })
      expect(weak.status).toBe(304)
      const markdown = await app.request(`${location}?format=markdown`, {
        headers: { 'if-none-match': etag },
      })
      expect(markdown.status).toBe(200)
      expect(markdown.headers.get('etag')).not.toBe(etag)
    })

    it('gzips a stored document for a client that accepts gzip, with a weak ETag that still gets 304', async () => {
      const created = await postText(app, '/v1/documents', SAMPLE)
      const location = created.headers.get('location') ?? ''
      const plain = await app.request(location)
      const etag = plain.headers.get('etag') ?? ''
      const plainText = await plain.text()
      for (const format of ['json', 'markdown']) {
        const reference = await (await app.request(`${location}?format=${format}`)).text()
        for (let round = 0; round < 2; round++) {
          const zipped = await app.request(`${location}?format=${format}`, {
            headers: { 'accept-encoding': 'gzip' },
          })
          expect(zipped.headers.get('content-encoding')).toBe('gzip')
          expect(zipped.headers.get('vary')).toBe('Accept, Accept-Encoding')
          expect(zipped.headers.get('etag')).toMatch(/^W\/"[0-9a-f]+-/u)
          expect(await gunzip(new Uint8Array(await zipped.arrayBuffer()))).toBe(reference)
        }
      }
      const zippedEtag =
        (await app.request(location, { headers: { 'accept-encoding': 'gzip' } })).headers.get(
          'etag',
        ) ?? ''
      expect(zippedEtag).toBe(`W/${etag}`)
      for (const [tag, encoding] of [
        [zippedEtag, 'gzip'],
        [etag, 'gzip'],
        [zippedEtag, 'identity'],
      ]) {
        const again = await app.request(location, {
          headers: { 'if-none-match': tag ?? '', 'accept-encoding': encoding ?? '' },
        })
        expect(again.status).toBe(304)
      }
      const identity = await app.request(location, { headers: { 'accept-encoding': 'identity' } })
      expect(identity.headers.get('content-encoding')).toBeNull()
      expect(await identity.text()).toBe(plainText)
    })

    it('reads a stored document in the format asked for', async () => {
      const created = await postText(app, '/v1/documents', SAMPLE)
      const location = created.headers.get('location') ?? ''
      const html = await app.request(location, { headers: { accept: 'text/html' } })
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await html.text()).toContain('<article')
      const text = await app.request(`${location}?format=text`)
      expect(await text.text()).toMatch(SAMPLE_TITLE)
      const refused = await app.request(location, { headers: { accept: 'application/pdf' } })
      expect(refused.status).toBe(406)
    })

    it('lists documents newest first, a page at a time', async () => {
      const word = uniqueWord()
      for (const n of [1, 2, 3])
        await postText(app, '/v1/documents', article(`Page ${word} ${n}`, 'Text.'))
      const first = await json<Page<Summary>>(await app.request(`/v1/documents?q=${word}&limit=2`))
      expect(first.items.map((item) => item.title)).toEqual([`Page ${word} 3`, `Page ${word} 2`])
      expect(first.nextCursor).toEqual(expect.any(String))
      const second = await json<Page<Summary>>(
        await app.request(`/v1/documents?q=${word}&limit=2&cursor=${first.nextCursor}`),
      )
      expect(second.items.map((item) => item.title)).toEqual([`Page ${word} 1`])
      expect(second.nextCursor).toBeNull()
    })

    it('lists without filters too, with the summary fields', async () => {
      await postText(app, '/v1/documents', SAMPLE)
      const page = await json<Page<Record<string, unknown>>>(await app.request('/v1/documents'))
      expect(page.items.length).toBeGreaterThan(0)
      expect(Object.keys(page.items[0] ?? {}).sort()).toEqual(
        ['createdAt', 'id', 'publishedAt', 'title', 'wordCount'].sort(),
      )
    })

    it('finds documents by words of the title or the text, in any case and accent', async () => {
      const word = uniqueWord()
      await postText(
        app,
        '/v1/documents',
        article(`Talks in Kyiv`, `The envoy said ${word} twice, in Münster.`),
      )
      const found = await json<Page<Summary>>(
        await app.request(`/v1/documents?q=${word.toUpperCase()}%20munster`),
      )
      expect(found.items.map((item) => item.title)).toEqual(['Talks in Kyiv'])
      const none = await json<Page<Summary>>(await app.request(`/v1/documents?q=${word}%20absent`))
      expect(none.items).toEqual([])
    })

    it('treats search syntax as plain words', async () => {
      const word = uniqueWord()
      await postText(app, '/v1/documents', article(`Syntax ${word}`, 'NATO OR NEAR something.'))
      for (const q of [`${word} OR`, `"${word}`, `${word}*`, `NEAR(${word})`, `${word} -NATO`]) {
        const response = await app.request(`/v1/documents?q=${encodeURIComponent(q)}`)
        expect(response.status, q).toBe(200)
      }
      const found = await json<Page<Summary>>(
        await app.request(`/v1/documents?q=${word}%20OR%20NEAR`),
      )
      expect(found.items).toHaveLength(1)
    })

    it('filters documents by publication dates', async () => {
      const word = uniqueWord()
      await storeQuotedArticle(harness.store(), `${word} early`, '2023-04-19')
      await storeQuotedArticle(harness.store(), `${word} late`, '2023-04-21T09:30:00Z')
      await storeQuotedArticle(harness.store(), `${word} undated`, null)
      const titles = async (query: string) =>
        (await json<Page<Summary>>(await app.request(`/v1/documents?q=${word}&${query}`))).items
          .map((item) => item.title?.split(' ')[4])
          .sort()
      expect(await titles('from=2023-04-20')).toEqual(['late'])
      expect(await titles('to=2023-04-20')).toEqual(['early'])
      expect(await titles('from=2023-04-19&to=2023-04-21')).toEqual(['early', 'late'])
      expect(await titles('limit=10')).toEqual(['early', 'late', 'undated'])
    })

    it('filters documents by an entity they name and a speaker they quote', async () => {
      const word = uniqueWord()
      const quoted = await storeQuotedArticle(harness.store(), word)
      await postText(app, '/v1/documents', article(`Nothing ${word}`, 'Nobody is named here.'))
      const ids = async (query: string) =>
        (
          await json<Page<Summary>>(await app.request(`/v1/documents?q=${word}&${query}`))
        ).items.map((item) => item.id)
      expect(await ids('entity=kremlin')).toEqual([quoted.id])
      expect(await ids('entity=Zelensky')).toEqual([quoted.id])
      expect(await ids('speaker=Stoltenberg')).toEqual([quoted.id])
      expect(await ids('speaker=Zelensky')).toEqual([])
      expect(await ids('entity=Kremlin&speaker=stoltenberg&from=2000-01-01')).toEqual([])
    })

    it('sees a delete made through another instance over the same database once it asks the store again', async () => {
      const store = harness.store()
      const writer = testApp(harness, {}, store)
      const reader = testApp(harness, { headRecheckMs: 50 }, store)
      const strict = testApp(harness, { headRecheckMs: 0 }, store)
      const text = article(`Shared ${uniqueWord()}`, 'Read through three instances.')
      const location = (await postText(writer, '/v1/documents', text)).headers.get('location') ?? ''
      for (const instance of [reader, reader, strict, strict])
        expect((await instance.request(location)).status).toBe(200)
      expect((await writer.request(location, { method: 'DELETE' })).status).toBe(204)
      expect((await strict.request(location)).status).toBe(404)
      await new Promise((resolve) => setTimeout(resolve, 80))
      expect((await reader.request(location)).status).toBe(404)
    })

    it('deletes a document, and then it is gone from reads, lists and searches', async () => {
      const word = uniqueWord()
      const stored = await storeQuotedArticle(harness.store(), word)
      const deleted = await app.request(`/v1/documents/${stored.id}`, { method: 'DELETE' })
      expect(deleted.status).toBe(204)
      expect((await app.request(`/v1/documents/${stored.id}`)).status).toBe(404)
      expect((await app.request(`/v1/documents/${stored.id}`, { method: 'DELETE' })).status).toBe(
        404,
      )
      const listed = await json<Page<Summary>>(await app.request(`/v1/documents?q=${word}`))
      expect(listed.items).toEqual([])
      const quotes = await json<Page<QuoteItem>>(await app.request('/v1/quotes?limit=100'))
      expect(quotes.items.filter((quote) => quote.document.id === stored.id)).toEqual([])
      const again = await storeQuotedArticle(harness.store(), word)
      expect(again.id).not.toBe(stored.id)
    })
  })

  describe('/v1/quotes and /v1/entities', () => {
    it('finds what a speaker said across documents, linking each quote to its place', async () => {
      const stored = await storeQuotedArticle(harness.store(), uniqueWord())
      const page = await json<Page<QuoteItem>>(
        await app.request('/v1/quotes?speaker=stoltenberg&limit=100'),
      )
      for (const quote of page.items) {
        expect(`${quote.speaker?.name} ${quote.source}`).toMatch(/stoltenberg/iu)
      }
      const mine = page.items.filter((quote) => quote.document.id === stored.id)
      expect(mine.map((quote) => quote.id)).toEqual(['q1', 'q3'])
      const [first] = mine
      expect(first).toMatchObject({
        kind: 'partial',
        text: 'stands with Ukraine',
        speaker: { id: 'e1', name: 'Jens Stoltenberg' },
        source: 'Jens Stoltenberg',
        cue: 'said',
        document: { id: stored.id, url: `/v1/documents/${stored.id}` },
      })
      const { start, end } = first?.position ?? { start: { offset: 0 }, end: { offset: 0 } }
      expect(stored.text.slice(start.offset, end.offset)).toBe('stands with Ukraine')
    })

    it('finds quotes by their words and kind', async () => {
      const stored = await storeQuotedArticle(harness.store(), uniqueWord())
      const mine = async (query: string) =>
        (await json<Page<QuoteItem>>(await app.request(`/v1/quotes?${query}&limit=100`))).items
          .filter((quote) => quote.document.id === stored.id)
          .map((quote) => quote.id)
      expect(await mine('q=INTIMIDATED')).toEqual(['q3'])
      expect(await mine('kind=indirect')).toEqual(['q2'])
      expect(await mine('speaker=kremlin&q=visit')).toEqual(['q2'])
    })

    it('pages through quotes with a cursor, without repeats', async () => {
      await storeQuotedArticle(harness.store(), uniqueWord())
      await storeQuotedArticle(harness.store(), uniqueWord())
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const query: string = cursor ? `&cursor=${cursor}` : ''
        const page: Page<QuoteItem> = await json(await app.request(`/v1/quotes?limit=2${query}`))
        expect(page.items.length).toBeLessThanOrEqual(2)
        seen.push(...page.items.map((quote) => `${quote.document.id}/${quote.id}`))
        cursor = page.nextCursor
      } while (cursor)
      expect(new Set(seen).size).toBe(seen.length)
      const all = await json<Page<QuoteItem>>(await app.request('/v1/quotes?limit=100'))
      expect(seen).toEqual(all.items.map((quote) => `${quote.document.id}/${quote.id}`))
    })

    it('finds the articles that mention an entity, by name or alias, accents aside', async () => {
      const stored = await storeQuotedArticle(harness.store(), uniqueWord())
      const mine = async (query: string) =>
        (
          await json<Page<EntityItem>>(await app.request(`/v1/entities?${query}&limit=100`))
        ).items.filter((entity) => entity.document.id === stored.id)
      const [kremlin] = await mine('q=the%20kremlin')
      expect(kremlin).toMatchObject({
        id: 'e2',
        kind: 'organization',
        name: 'Kremlin',
        aliases: ['the Kremlin'],
        mentions: 2,
        document: { url: `/v1/documents/${stored.id}` },
      })
      expect(
        stored.text.slice(kremlin?.position?.start.offset, kremlin?.position?.end.offset),
      ).toBe('Kremlin')
      expect((await mine('q=zelensky')).map((entity) => entity.name)).toEqual([
        'Volodymyr Zelenský',
      ])
      expect((await mine('kind=person')).map((entity) => entity.id)).toEqual(['e1', 'e3'])
    })

    it('indexes every quote and entity the parser finds in the sample', async () => {
      const created = await postText(app, '/v1/documents', SAMPLE)
      const { id, document } = await json<{ id: string; document: ArticleDocument }>(
        await app.request(created.headers.get('location') ?? ''),
      )
      const quotes = await json<Page<QuoteItem>>(await app.request('/v1/quotes?limit=100'))
      expect(
        quotes.items.filter((quote) => quote.document.id === id).map((quote) => quote.id),
      ).toEqual(document.quotes.map((quote) => quote.id))
      const entities = await json<Page<EntityItem>>(await app.request('/v1/entities?limit=100'))
      expect(
        entities.items.filter((entity) => entity.document.id === id).map((entity) => entity.id),
      ).toEqual(document.entities.slice(0, 100).map((entity) => entity.id))
    })
  })

  describe('API keys', () => {
    const KEY = 'cdk_test_key_for_the_behaviour_suite'
    let keyed: TestApp
    beforeAll(async () => {
      keyed = testApp(harness, { apiKeyHashes: [await sha256Hex(KEY)] })
    })

    it('asks for a key to write when keys are configured', async () => {
      const response = await postText(keyed, '/v1/documents', article(`Keyed ${uniqueWord()}`, 'x'))
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="copydesk"')
      expect((await json<{ type: string }>(response)).type).toBe(`${PROBLEM_BASE}unauthorized`)
      const deleted = await keyed.request('/v1/documents/0000000000000000000', { method: 'DELETE' })
      expect(deleted.status).toBe(401)
    })

    it('writes with a valid key', async () => {
      const response = await postText(
        keyed,
        '/v1/documents',
        article(`Keyed ${uniqueWord()}`, 'x'),
        {
          authorization: `Bearer ${KEY}`,
        },
      )
      expect(response.status).toBe(201)
    })

    it('refuses a wrong key, even on a public read', async () => {
      const response = await keyed.request('/v1/documents', {
        headers: { authorization: 'Bearer not-the-key' },
      })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toContain('invalid_token')
      const malformed = await keyed.request('/v1/documents', { headers: { authorization: KEY } })
      expect(malformed.status).toBe(401)
    })

    it('keeps reads public unless told otherwise', async () => {
      expect((await keyed.request('/v1/documents')).status).toBe(200)
      const guarded = testApp(harness, { apiKeyHashes: [await sha256Hex(KEY)], protectReads: true })
      expect((await guarded.request('/v1/documents')).status).toBe(401)
      const withKey = await guarded.request('/v1/quotes', {
        headers: { authorization: `Bearer ${KEY}` },
      })
      expect(withKey.status).toBe(200)
      expect((await guarded.request('/healthz')).status).toBe(200)
      expect((await guarded.request('/openapi.json')).status).toBe(200)
    })
  })

  describe('rate limiting', () => {
    it('answers 429 with Retry-After once a client is over its limit', async () => {
      const limited = testApp(harness, { rateLimit: { limit: 3, windowSeconds: 60 } })
      const from = harness.from('203.0.113.7')
      const statuses: number[] = []
      let last: Response | undefined
      for (let i = 0; i < 4; i++) {
        last = await limited.request('/v1/documents?limit=1', { headers: from })
        statuses.push(last.status)
      }
      expect(statuses).toEqual([200, 200, 200, 429])
      expect(last?.headers.get('retry-after')).toMatch(/^\d+$/u)
      expect(last?.headers.get('ratelimit')).toMatch(/^"default";r=0;t=\d+$/u)
      expect(last?.headers.get('ratelimit-policy')).toBe('"default";q=3;w=60')
      expect(last?.headers.get('content-type')).toBe('application/problem+json')
      expect((await json<{ type: string }>(last as Response)).type).toBe(
        `${PROBLEM_BASE}too-many-requests`,
      )
    })

    it('counts each client address, and each API key, on its own', async () => {
      const KEY = 'cdk_rate_limited_key'
      const limited = testApp(harness, {
        rateLimit: { limit: 1, windowSeconds: 60 },
        apiKeyHashes: [await sha256Hex(KEY)],
      })
      const one = await limited.request('/v1/quotes', { headers: harness.from('198.51.100.1') })
      expect(one.headers.get('ratelimit')).toMatch(/^"default";r=0;t=\d+$/u)
      expect(
        (await limited.request('/v1/quotes', { headers: harness.from('198.51.100.1') })).status,
      ).toBe(429)
      expect(
        (await limited.request('/v1/quotes', { headers: harness.from('198.51.100.2') })).status,
      ).toBe(200)
      const keyed = { ...harness.from('198.51.100.1'), authorization: `Bearer ${KEY}` }
      expect((await limited.request('/v1/quotes', { headers: keyed })).status).toBe(200)
      expect((await limited.request('/v1/quotes', { headers: keyed })).status).toBe(429)
    })

    it('leaves the health check out of the count', async () => {
      const limited = testApp(harness, { rateLimit: { limit: 1, windowSeconds: 60 } })
      for (let i = 0; i < 3; i++) {
        const response = await limited.request('/healthz', { headers: harness.from('192.0.2.9') })
        expect(response.status).toBe(200)
      }
    })
  })

  describe('CORS', () => {
    it('lets listed origins read answers, errors included, and no others', async () => {
      const open = testApp(harness, { corsOrigins: ['https://app.example.com'] })
      const allowed = await open.request('/v1/nowhere', {
        headers: { origin: 'https://app.example.com' },
      })
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com')
      expect(allowed.headers.get('access-control-expose-headers')).toContain('X-Request-Id')
      const other = await open.request('/v1/documents', {
        headers: { origin: 'https://evil.example' },
      })
      expect(other.headers.get('access-control-allow-origin')).toBeNull()
      const closed = await app.request('/v1/documents', {
        headers: { origin: 'https://app.example.com' },
      })
      expect(closed.headers.get('access-control-allow-origin')).toBeNull()
    })

    it('answers a preflight for a listed origin', async () => {
      const open = testApp(harness, { corsOrigins: ['https://app.example.com'] })
      const response = await open.request('/v1/documents', {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      })
      expect(response.status).toBe(204)
      expect(response.headers.get('access-control-allow-methods')).toContain('POST')
      expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/iu)
    })
  })

  describe('failures', () => {
    it('answers 500 as a problem naming the request id, logs it, and shows no stack', async () => {
      const broken = testApp(harness, {}, harness.brokenStore())
      const response = await broken.request('/v1/documents', {
        headers: { 'x-request-id': 'req-500' },
      })
      expect(response.status).toBe(500)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      const problem = await json<Record<string, unknown>>(response)
      expect(problem).toMatchObject({
        type: `${PROBLEM_BASE}internal`,
        status: 500,
        requestId: 'req-500',
        detail: expect.stringContaining('req-500'),
      })
      expect(JSON.stringify(problem)).not.toMatch(/\bat .+:\d+|stack|sqlite|D1_ERROR/iu)
      const error = broken.logs.find((line) => line.msg === 'unhandled error')
      expect(error).toMatchObject({ level: 'error', requestId: 'req-500' })
      expect(broken.logs.at(-1)).toMatchObject({
        msg: 'request',
        status: 500,
        requestId: 'req-500',
      })
    })
  })

  describe('bad input', () => {
    it.each(BAD_INPUTS)('answers $name with $status', async (bad) => {
      const response = await app.request(bad.request.path, requestInit(bad.request))
      expect(response.status).toBe(bad.status)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      const problem = await json<{
        type: string
        status: number
        title: string
        errors?: { field: string }[]
      }>(response)
      expect(problem.type).toBe(`${PROBLEM_BASE}${bad.type}`)
      expect(problem.status).toBe(bad.status)
      expect(problem.title).toEqual(expect.any(String))
      if (bad.field) expect(problem.errors?.map((error) => error.field)).toContain(bad.field)
      if (bad.header) expect(response.headers.get(bad.header)).toBeTruthy()
    })
  })
}

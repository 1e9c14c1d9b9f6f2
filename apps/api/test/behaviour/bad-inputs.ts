/**
 * Every bad input the API must refuse, with the answer it must give: the
 * status, the stable problem type and, for invalid fields, the field named.
 * One table, read by the behaviour suite on both runtimes and by the load
 * test (bench/load.ts), so all three check the same promises.
 *
 * Plain data and erasable TypeScript only: Node runs the load test from
 * source.
 */

/** The body limit the suites configure, small so that "too large" is cheap to send. */
export const TEST_MAX_BODY_BYTES = 64 * 1024

/** A request, as data. */
export interface BadRequest {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
  /** Send the body as a stream of chunks with no Content-Length. */
  chunked?: boolean
}

/** One row of the table. */
export interface BadInput {
  name: string
  request: BadRequest
  status: number
  /** The problem type, after https://copydesk.dev/problems/. */
  type: string
  /** The field the problem must name. */
  field?: string
  /** A header the answer must carry. */
  header?: string
}

const JSON_TYPE = { 'content-type': 'application/json' }
const TEXT_TYPE = { 'content-type': 'text/plain' }
const BOUNDARY = 'copydesk-test-boundary'
const FORM_TYPE = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }
const ARTICLE = 'A headline\n\nA paragraph of the article.\n'
const OVER_LIMIT = 'x'.repeat(TEST_MAX_BODY_BYTES + 1)

const post = (path: string, body: string, headers: Record<string, string>): BadRequest => ({
  method: 'POST',
  path,
  headers,
  body,
})
const get = (path: string, headers: Record<string, string> = {}): BadRequest => ({
  method: 'GET',
  path,
  headers,
})
const form = (fields: Record<string, string>): string =>
  Object.entries(fields)
    .map(
      ([name, value]) =>
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join('') + `--${BOUNDARY}--\r\n`

/** The table; `path` is relative to the app's root. */
export const BAD_INPUTS: readonly BadInput[] = [
  // Bodies
  {
    name: 'malformed JSON',
    request: post('/v1/parse', '{"text": ', JSON_TYPE),
    status: 400,
    type: 'invalid-json',
  },
  {
    name: 'JSON that is not an object',
    request: post('/v1/documents', '["text"]', JSON_TYPE),
    status: 400,
    type: 'invalid-request',
    field: '(body)',
  },
  {
    name: 'JSON without text',
    request: post('/v1/parse', '{"referenceDate":"2023-04-20"}', JSON_TYPE),
    status: 400,
    type: 'invalid-request',
    field: 'text',
  },
  {
    name: 'JSON text that is not a string',
    request: post('/v1/documents', '{"text":42}', JSON_TYPE),
    status: 400,
    type: 'invalid-request',
    field: 'text',
  },
  {
    name: 'JSON text that is only white space',
    request: post('/v1/parse', '{"text":" \\n\\t "}', JSON_TYPE),
    status: 400,
    type: 'invalid-request',
    field: 'text',
  },
  {
    name: 'a reference date that is not a date',
    request: post(
      '/v1/parse',
      JSON.stringify({ text: ARTICLE, referenceDate: 'April' }),
      JSON_TYPE,
    ),
    status: 400,
    type: 'invalid-request',
    field: 'referenceDate',
  },
  {
    name: 'a reference date that is not a real day',
    request: post(
      '/v1/parse',
      JSON.stringify({ text: ARTICLE, referenceDate: '2023-02-30' }),
      JSON_TYPE,
    ),
    status: 400,
    type: 'invalid-request',
    field: 'referenceDate',
  },
  {
    name: 'a bad reference date in the query of a text body',
    request: post('/v1/documents?referenceDate=yesterday', ARTICLE, TEXT_TYPE),
    status: 400,
    type: 'invalid-request',
    field: 'referenceDate',
  },
  {
    name: 'an empty text body',
    request: post('/v1/documents', '', TEXT_TYPE),
    status: 400,
    type: 'invalid-request',
    field: 'text',
  },
  {
    name: 'a body over the limit, announced by Content-Length',
    request: post('/v1/parse', OVER_LIMIT, TEXT_TYPE),
    status: 413,
    type: 'payload-too-large',
  },
  {
    name: 'a body over the limit, streamed without Content-Length',
    request: { ...post('/v1/documents', OVER_LIMIT, TEXT_TYPE), chunked: true },
    status: 413,
    type: 'payload-too-large',
  },
  {
    name: 'an unsupported media type',
    request: post('/v1/parse', '<article/>', { 'content-type': 'application/xml' }),
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: 'a URL-encoded form (what curl -d sends)',
    request: post('/v1/documents', 'text=hello', {
      'content-type': 'application/x-www-form-urlencoded',
    }),
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: 'an unknown charset',
    request: post('/v1/parse', ARTICLE, { 'content-type': 'text/plain; charset=klingon' }),
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: 'a form with neither file nor text',
    request: post('/v1/parse', form({ referenceDate: '2023-04-20' }), FORM_TYPE),
    status: 400,
    type: 'invalid-request',
    field: 'file',
  },
  {
    name: 'a form that is not multipart at all',
    request: post('/v1/parse', 'not a form', FORM_TYPE),
    status: 400,
    type: 'invalid-request',
  },
  // Routes, ids and methods
  { name: 'an unknown route', request: get('/v2/documents'), status: 404, type: 'not-found' },
  {
    name: 'an unknown id',
    request: get('/v1/documents/0000000000000000000'),
    status: 404,
    type: 'not-found',
  },
  {
    name: 'an id too long to be one',
    request: get(`/v1/documents/${'x'.repeat(65)}`),
    status: 400,
    type: 'invalid-request',
    field: 'id',
  },
  {
    name: 'deleting an unknown id',
    request: { method: 'DELETE', path: '/v1/documents/0000000000000000000' },
    status: 404,
    type: 'not-found',
  },
  {
    name: 'PUT on the document list',
    request: { method: 'PUT', path: '/v1/documents', headers: TEXT_TYPE, body: ARTICLE },
    status: 405,
    type: 'method-not-allowed',
    header: 'allow',
  },
  {
    name: 'GET on the parser',
    request: get('/v1/parse'),
    status: 405,
    type: 'method-not-allowed',
    header: 'allow',
  },
  {
    name: 'POST on the health check',
    request: post('/healthz', '', TEXT_TYPE),
    status: 405,
    type: 'method-not-allowed',
    header: 'allow',
  },
  // Query parameters
  {
    name: 'a page size of zero',
    request: get('/v1/documents?limit=0'),
    status: 400,
    type: 'invalid-request',
    field: 'limit',
  },
  {
    name: 'a page size over the maximum',
    request: get('/v1/documents?limit=101'),
    status: 400,
    type: 'invalid-request',
    field: 'limit',
  },
  {
    name: 'a page size that is not a number',
    request: get('/v1/quotes?limit=ten'),
    status: 400,
    type: 'invalid-request',
    field: 'limit',
  },
  {
    name: 'a cursor this API did not give',
    request: get('/v1/documents?cursor=not-a-cursor'),
    status: 400,
    type: 'invalid-request',
    field: 'cursor',
  },
  {
    name: 'a document cursor on the quote list',
    request: get(
      `/v1/quotes?cursor=${btoa(JSON.stringify(['2026-01-01', 'x'])).replaceAll('=', '')}`,
    ),
    status: 400,
    type: 'invalid-request',
    field: 'cursor',
  },
  {
    name: 'a search of white space',
    request: get('/v1/documents?q=%20%20'),
    status: 400,
    type: 'invalid-request',
    field: 'q',
  },
  {
    name: 'a search with no word in it',
    request: get('/v1/documents?q=%22*%20(%20-'),
    status: 400,
    type: 'invalid-request',
    field: 'q',
  },
  {
    name: 'a search term over the maximum length',
    request: get(`/v1/entities?q=${'k'.repeat(201)}`),
    status: 400,
    type: 'invalid-request',
    field: 'q',
  },
  {
    name: 'a from date that is not a date',
    request: get('/v1/documents?from=2023-13-01'),
    status: 400,
    type: 'invalid-request',
    field: 'from',
  },
  {
    name: 'a to date before the from date',
    request: get('/v1/documents?from=2023-05-01&to=2023-04-01'),
    status: 400,
    type: 'invalid-request',
    field: 'to',
  },
  {
    name: 'an unknown quote kind',
    request: get('/v1/quotes?kind=shouted'),
    status: 400,
    type: 'invalid-request',
    field: 'kind',
  },
  {
    name: 'an unknown entity kind',
    request: get('/v1/entities?kind=animal'),
    status: 400,
    type: 'invalid-request',
    field: 'kind',
  },
  {
    name: 'an unknown format',
    request: post('/v1/parse?format=pdf', ARTICLE, TEXT_TYPE),
    status: 400,
    type: 'invalid-request',
    field: 'format',
  },
  {
    name: 'an Accept header no format satisfies',
    request: post('/v1/parse', ARTICLE, { ...TEXT_TYPE, accept: 'image/png' }),
    status: 406,
    type: 'not-acceptable',
  },
]

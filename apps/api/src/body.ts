/**
 * Reads the article from a request body: `text/plain`, JSON
 * (`{ text, referenceDate? }`) or a multipart form with a `file` or `text`
 * field. Streams the body and stops at the size limit before reading it all,
 * then validates with the same zod schemas the OpenAPI document shows, and
 * names the field that is wrong when one is.
 */
import type { Context } from 'hono'
import type { z } from 'zod'
import { ParseFormSchema, ParseRequestSchema } from './openapi/schemas.js'
import { ProblemError, type FieldError } from './problem.js'

/** What a parse request asks for. */
export interface ParseRequest {
  text: string
  referenceDate?: string | undefined
}

/**
 * Reads and validates the article in `c`'s body; `referenceDate` comes from
 * the query for bodies that cannot carry it.
 *
 * @example
 * const { text, referenceDate } = await readParseRequest(c, 2 * 1024 * 1024, query.referenceDate)
 */
export async function readParseRequest(
  c: Context,
  maxBytes: number,
  referenceDate?: string,
): Promise<ParseRequest> {
  const length = c.req.header('content-length')
  const declared = length !== undefined && /^\d+$/u.test(length) ? Number(length) : undefined
  if (declared !== undefined && declared > maxBytes) throw tooLarge(maxBytes)
  const contentType = c.req.header('content-type') ?? ''
  const [essence = '', ...params] = contentType.split(';').map((s) => s.trim())
  const type = essence.toLowerCase()
  const dateField = referenceDate ? { referenceDate } : {}

  if (type === 'text/plain' || type === '') {
    const text = decode(await readLimited(c.req.raw, maxBytes, declared), charsetOf(params))
    return validate(ParseRequestSchema, { text, ...dateField })
  }
  if (type === 'application/json') {
    const raw = decode(await readLimited(c.req.raw, maxBytes, declared), 'utf-8')
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch (error) {
      throw new ProblemError(
        'invalid-json',
        `The body is not valid JSON: ${(error as Error).message}`,
      )
    }
    return validate(ParseRequestSchema, json)
  }
  if (type === 'multipart/form-data') {
    const bytes = await readLimited(c.req.raw, maxBytes, declared)
    let form: FormData
    try {
      form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData()
    } catch {
      throw new ProblemError('invalid-request', 'The body is not a valid multipart form.', [
        { field: '(body)', message: 'is not a valid multipart/form-data body' },
      ])
    }
    const formDate = await fieldText(form.get('referenceDate'))
    const fields = validate(ParseFormSchema, {
      file: await fieldText(form.get('file')),
      text: await fieldText(form.get('text')),
      ...(formDate ? { referenceDate: formDate } : dateField),
    })
    const text = fields.file ?? fields.text
    if (text === undefined) {
      throw new ProblemError(
        'invalid-request',
        'file: send the article as a file or a text field',
        [{ field: 'file', message: 'send the article as a file or a text field' }],
      )
    }
    return validate(ParseRequestSchema, { text, referenceDate: fields.referenceDate })
  }
  throw new ProblemError(
    'unsupported-media-type',
    `Send the article as text/plain, application/json or multipart/form-data, not ${type}.`,
  )
}

async function fieldText(value: ReturnType<FormData['get']>): Promise<string | undefined> {
  if (value === null) return undefined
  return typeof value === 'string' ? value : value.text()
}

function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw validationProblem(result.error.issues)
}

/** The 400 problem for zod `issues`, naming each field. */
export function validationProblem(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): ProblemError {
  const errors: FieldError[] = issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }))
  return new ProblemError(
    'invalid-request',
    errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  )
}

function tooLarge(maxBytes: number): ProblemError {
  return new ProblemError('payload-too-large', `The body is over the limit of ${maxBytes} bytes.`)
}

function charsetOf(params: string[]): string {
  const charset = params.find((p) => p.toLowerCase().startsWith('charset='))
  return charset ? charset.slice('charset='.length).replace(/^"|"$/gu, '') : 'utf-8'
}

function decode(bytes: Uint8Array<ArrayBuffer>, charset: string): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset)
  } catch {
    throw new ProblemError('unsupported-media-type', `The charset ${charset} is not supported.`)
  }
  return decoder.decode(bytes)
}

/**
 * Reads a body whole, stopping with 413 as soon as it passes `maxBytes`. A
 * body with a Content-Length (already checked against the limit) is read in
 * one go, which @hono/node-server does straight from the socket; a streamed
 * one is counted chunk by chunk.
 */
async function readLimited(
  request: Request,
  maxBytes: number,
  declared: number | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  if (declared !== undefined) {
    const bytes = new Uint8Array(await request.arrayBuffer())
    if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes)
    return bytes
  }
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

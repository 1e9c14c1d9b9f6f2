/**
 * Reads the text to parse from a request body: `text/plain`, JSON
 * (`{ text, referenceDate? }`) or a multipart form with a `file` or `text`
 * field. Enforces the size limit before reading it all, and says which field
 * is wrong when one is.
 */
import type { Context } from 'hono'
import { z } from 'zod'
import { ProblemError } from './problem.js'

/** What a parse request asks for. */
export interface ParseRequest {
  text: string
  referenceDate?: string | undefined
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u

export const parseRequestSchema = z.object({
  text: z.string({ error: 'text must be a string' }),
  referenceDate: z
    .string()
    .refine(
      (value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)),
      'referenceDate must be a real date as YYYY-MM-DD',
    )
    .optional(),
  options: z.record(z.string(), z.unknown()).optional(),
})

/** Reads and validates the parse request in `c`'s body. */
export async function readParseRequest(c: Context, maxBytes: number): Promise<ParseRequest> {
  const length = Number(c.req.header('content-length') ?? '0')
  if (length > maxBytes) throw tooLarge(maxBytes)
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  const referenceDate = c.req.query('referenceDate')
  if (type === 'text/plain' || type === '') {
    const text = await readLimited(c.req.raw, maxBytes)
    return validate({ text, ...(referenceDate ? { referenceDate } : {}) })
  }
  if (type === 'application/json') {
    const raw = await readLimited(c.req.raw, maxBytes)
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch (error) {
      throw new ProblemError(
        'invalid-json',
        `The body is not valid JSON: ${(error as Error).message}`,
      )
    }
    return validate(json)
  }
  if (type === 'multipart/form-data') {
    const form = await c.req.formData()
    const file = form.get('file')
    const text = typeof file === 'string' ? file : file ? await file.text() : form.get('text')
    if (typeof text === 'string' && new TextEncoder().encode(text).length > maxBytes)
      throw tooLarge(maxBytes)
    const date = form.get('referenceDate') ?? referenceDate
    return validate({ text, ...(typeof date === 'string' && date ? { referenceDate: date } : {}) })
  }
  throw new ProblemError(
    'unsupported-media-type',
    `Send the article as text/plain, application/json or multipart/form-data, not ${type}.`,
  )
}

function validate(value: unknown): ParseRequest {
  const result = parseRequestSchema.safeParse(value)
  if (result.success) return result.data
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    message: issue.message,
  }))
  throw new ProblemError(
    'invalid-request',
    errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  )
}

function tooLarge(maxBytes: number): ProblemError {
  return new ProblemError('payload-too-large', `The body is over the limit of ${maxBytes} bytes.`)
}

/** Reads a body as UTF-8, stopping with 413 as soon as it passes `maxBytes`. */
async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

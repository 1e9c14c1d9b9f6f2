/**
 * RFC 9457 problem details: every error the API answers is one of these, with
 * a stable `type` that clients can switch on. The list below is the whole
 * vocabulary; the README documents each type.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status'

/** Base of the `type` URIs; they name the problem, they need not resolve. */
export const PROBLEM_BASE = 'https://copydesk.dev/problems/'

/** The media type of every error body. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json'

/** The problems the API can answer. */
export const PROBLEMS = {
  'invalid-json': { status: 400, title: 'The body is not valid JSON' },
  'invalid-request': { status: 400, title: 'The request is not valid' },
  unauthorized: { status: 401, title: 'An API key is needed' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'not-acceptable': { status: 406, title: 'No acceptable format' },
  'payload-too-large': { status: 413, title: 'The body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

export type ProblemType = keyof typeof PROBLEMS

/** One field that failed validation. */
export interface FieldError {
  /** The field's name, dotted for nested fields: `referenceDate`, `options.x`. */
  field: string
  message: string
}

/** A problem+json body. */
export interface ProblemDetails {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  /** Fields that failed validation, with what is wrong with each. */
  errors?: FieldError[]
  /** The id of the request, to quote when reporting a 5xx. */
  requestId?: string
}

/** An error that becomes a problem+json response. */
export class ProblemError extends HTTPException {
  readonly problem: ProblemType
  readonly errors: FieldError[] | undefined
  readonly headers: Record<string, string>

  constructor(
    problem: ProblemType,
    detail?: string,
    errors?: FieldError[],
    headers: Record<string, string> = {},
  ) {
    super(PROBLEMS[problem].status, { message: detail ?? PROBLEMS[problem].title })
    this.problem = problem
    this.errors = errors
    this.headers = headers
  }
}

/** The problem type that answers an HTTP status raised by Hono or middleware. */
export function problemForStatus(status: number): ProblemType {
  const found = (Object.keys(PROBLEMS) as ProblemType[]).find(
    (type) => PROBLEMS[type].status === status && type !== 'invalid-json',
  )
  return found ?? (status >= 500 ? 'internal' : 'invalid-request')
}

/** Builds the body of a problem response. */
export function problemBody(
  problem: ProblemType,
  detail: string | undefined,
  extra: Partial<ProblemDetails> = {},
): ProblemDetails {
  const { status, title } = PROBLEMS[problem]
  return { type: PROBLEM_BASE + problem, title, status, ...(detail ? { detail } : {}), ...extra }
}

/**
 * A problem+json Response, made through `c` so that the headers middleware
 * has set (request id, CORS, rate limit) are kept.
 *
 * @example
 * return problemResponse(c, 'not-found', 'No document has the id x.')
 */
export function problemResponse(
  c: Context,
  problem: ProblemType,
  detail?: string,
  extra: Partial<ProblemDetails> = {},
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(problem, detail, extra)
  return c.newResponse(JSON.stringify(body), body.status as StatusCode, {
    ...headers,
    'Content-Type': PROBLEM_MEDIA_TYPE,
  })
}

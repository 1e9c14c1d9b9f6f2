/**
 * RFC 9457 problem details: every error the API answers is one of these, with
 * a stable `type` that clients can switch on.
 */
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Base of the `type` URIs; they name the problem, they need not resolve. */
export const PROBLEM_BASE = 'https://copydesk.dev/problems/'

/** The problems the API can answer. */
export const PROBLEMS = {
  'invalid-json': { status: 400, title: 'The body is not valid JSON' },
  'invalid-request': { status: 400, title: 'The request is not valid' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'payload-too-large': { status: 413, title: 'The body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

export type ProblemType = keyof typeof PROBLEMS

/** A problem+json body. */
export interface ProblemDetails {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  /** Fields that failed validation, with what is wrong with each. */
  errors?: { field: string; message: string }[]
  requestId?: string
}

/** An error that becomes a problem+json response. */
export class ProblemError extends HTTPException {
  readonly problem: ProblemType
  readonly errors: ProblemDetails['errors']

  constructor(problem: ProblemType, detail?: string, errors?: ProblemDetails['errors']) {
    super(PROBLEMS[problem].status, { message: detail ?? PROBLEMS[problem].title })
    this.problem = problem
    this.errors = errors
  }
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

/** A problem+json Response. */
export function problemResponse(
  problem: ProblemType,
  detail?: string,
  extra: Partial<ProblemDetails> = {},
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(problem, detail, extra)
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  })
}

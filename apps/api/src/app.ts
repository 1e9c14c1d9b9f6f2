/**
 * The API as one Hono app: `app.fetch` is all a runtime needs. Routes are split
 * by resource; every error becomes RFC 9457 problem+json in `onError`.
 */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv, Limits } from './env.js'
import { ProblemError, problemResponse } from './problem.js'
import { documentRoutes } from './routes/documents.js'
import { parseRoutes } from './routes/parse.js'
import type { DocumentStore } from './storage/store.js'

/** Options of `createApp`. */
export interface AppOptions {
  store: DocumentStore
  limits?: Partial<Limits>
  /** Where 5xx errors are logged; `console.error` by default. */
  logError?: (message: string, error: unknown) => void
}

/** Two megabytes: a long article is about 50 KB. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024

/**
 * Builds the API app over `store`.
 *
 * @example
 * const app = createApp({ store: openSqliteStore('./data/copydesk.sqlite') })
 * const response = await app.request('/v1/parse', { method: 'POST', body: text })
 */
export function createApp(options: AppOptions) {
  const limits: Limits = { maxBodyBytes: DEFAULT_MAX_BODY_BYTES, ...options.limits }
  const logError = options.logError ?? ((message, error) => console.error(message, error))
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('store', options.store)
      c.set('limits', limits)
      c.set('requestId', c.req.header('x-request-id') ?? crypto.randomUUID())
      c.header('X-Request-Id', c.get('requestId'))
      await next()
    })
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .route('/v1/parse', parseRoutes)
    .route('/v1/documents', documentRoutes)

  app.notFound((c) => problemResponse('not-found', `Nothing is at ${c.req.method} ${c.req.path}.`))
  app.onError((error, c) => {
    const requestId = c.get('requestId')
    if (error instanceof ProblemError) {
      return problemResponse(error.problem, error.message, {
        instance: c.req.path,
        ...(error.errors ? { errors: error.errors } : {}),
      })
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse('invalid-request', error.message, {
        status: error.status,
        instance: c.req.path,
      })
    }
    logError(`[${requestId}] ${c.req.method} ${c.req.path} failed`, error)
    return problemResponse(
      'internal',
      `Something went wrong on our side; quote request id ${requestId}.`,
      {
        requestId,
        instance: c.req.path,
      },
    )
  })
  return app
}

/** The app's type, for the typed client. */
export type App = ReturnType<typeof createApp>

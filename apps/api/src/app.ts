/**
 * The API as one Hono app: `app.fetch` is all a runtime needs. Middleware
 * runs in this order: request id, access log, secure headers, CORS, 405 for a
 * known path with the wrong method, then (under /v1) API keys and the rate
 * limit. Routes are split by resource; every error becomes RFC 9457
 * problem+json in one `onError`.
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import { Scalar } from '@scalar/hono-api-reference'
import { HTTPException } from 'hono/http-exception'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { requestId } from 'hono/request-id'
import { validationProblem } from './body.js'
import type { AppEnv, Limits } from './env.js'
import { accessLog, consoleSink, type LogSink } from './middleware/access-log.js'
import { apiKey } from './middleware/api-key.js'
import type { ClientAddress } from './middleware/client-address.js'
import { rateLimit } from './middleware/rate-limit.js'
import { apiSecureHeaders, corsAllowList } from './middleware/security.js'
import { parserComponents } from './openapi/parser-schema.js'
import {
  FormatParam,
  HealthSchema,
  ParseFormSchema,
  ParseRequestSchema,
  ReferenceDateParam,
} from './openapi/schemas.js'
import { createByteCache } from './byte-cache.js'
import { createParseCache, PARSE_CACHE_BUDGET_BYTES } from './parse-cache.js'
import { ProblemError, problemForStatus, problemResponse } from './problem.js'
import { HEAD_RECHECK_MS, createRecentHeads } from './recent-heads.js'
import { documentRoutes } from './routes/documents.js'
import { entityRoutes } from './routes/entities.js'
import { parseRoutes } from './routes/parse.js'
import { quoteRoutes } from './routes/quotes.js'
import type { DocumentStore } from './storage/store.js'

/** Two megabytes: a long article is about 50 KB. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024

/** Bytes of encoded documents kept in memory for GET /v1/documents/:id. */
export const DOCUMENT_CACHE_BYTES = 16 * 1024 * 1024

/** Random bytes in the docs page's CSP nonce. */
const NONCE_BYTES = 16

/** The version in the OpenAPI document. */
export const API_VERSION = '1.0.0'

/** Options of `createApp`; only `store` is required. */
export interface AppOptions {
  store: DocumentStore
  limits?: Partial<Limits>
  /** API keys as hex SHA-256 hashes; none (the default) leaves the API open. */
  apiKeyHashes?: readonly string[]
  /** Ask for a key on reads too (when keys are configured). */
  protectReads?: boolean
  /** Requests per window per client; `false` turns rate limiting off. */
  rateLimit?: { limit?: number; windowSeconds?: number } | false
  /** How to find a request's client address, for the rate limit. */
  clientAddress?: ClientAddress
  /** Origins allowed by CORS; none by default. */
  corsOrigins?: readonly string[]
  /** Where log lines go (one per request, and one per 5xx); JSON on stdout by default. */
  log?: LogSink
  /** Bytes the parse cache keeps (POST /v1/parse); 0 turns it off. */
  parseCacheBytes?: number
  /** Bytes of encoded documents kept for GET /v1/documents/:id; 0 turns it off. */
  documentCacheBytes?: number
  /**
   * How long GET /v1/documents/:id trusts that a document it has in memory
   * still exists before asking the store again, in ms (1000 by default): a
   * delete through another instance over the same database shows within it.
   */
  headRecheckMs?: number
}

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Service'],
  summary: 'Health check',
  responses: {
    200: { description: 'Up.', content: { 'application/json': { schema: HealthSchema } } },
  },
})

/**
 * Builds the API app over `options.store`.
 *
 * @example
 * const app = createApp({ store: openSqliteStore('./data/copydesk.sqlite') })
 * const response = await app.request('/v1/parse', { method: 'POST', body: text })
 */
export function createApp(options: AppOptions) {
  const limits: Limits = { maxBodyBytes: DEFAULT_MAX_BODY_BYTES, ...options.limits }
  const log = options.log ?? consoleSink
  const parser = createParseCache(options.parseCacheBytes ?? PARSE_CACHE_BUDGET_BYTES)
  const representations = createByteCache(options.documentCacheBytes ?? DOCUMENT_CACHE_BYTES)
  const heads = createRecentHeads(options.headRecheckMs ?? HEAD_RECHECK_MS)

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error.issues)
    },
  })
  app.use(requestId())
  app.use(accessLog({ sink: log }))
  app.use(apiSecureHeaders())
  app.use(corsAllowList({ origins: options.corsOrigins ?? [] }))
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          c,
          'method-not-allowed',
          `${c.req.path} answers ${methods.join(', ')}, not ${c.req.method}.`,
          { instance: c.req.path },
          { Allow: methods.join(', ') },
        ),
    }),
  )
  app.use(async function context(c, next) {
    c.set('store', options.store)
    c.set('limits', limits)
    c.set('parser', parser)
    c.set('representations', representations)
    c.set('heads', heads)
    await next()
  })
  app.use(
    '/v1/*',
    apiKey({ keyHashes: options.apiKeyHashes ?? [], protectReads: options.protectReads ?? false }),
  )
  if (options.rateLimit !== false) {
    app.use('/v1/*', rateLimit({ ...options.rateLimit, clientAddress: options.clientAddress }))
  }

  for (const [name, schema] of Object.entries(parserComponents())) {
    app.openAPIRegistry.registerComponent('schemas', name, schema)
  }
  app.openAPIRegistry.register('ParseRequest', ParseRequestSchema)
  app.openAPIRegistry.register('ParseForm', ParseFormSchema)
  app.openAPIRegistry.registerParameter('format', FormatParam)
  app.openAPIRegistry.registerParameter('referenceDate', ReferenceDateParam)
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key, when the server is configured with keys.',
  })

  const routes = app
    .openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200))
    .route('/v1/parse', parseRoutes)
    .route('/v1/documents', documentRoutes)
    .route('/v1/quotes', quoteRoutes)
    .route('/v1/entities', entityRoutes)

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Copydesk API',
      version: API_VERSION,
      description:
        'Turns news articles into typed documents, and searches the quotes and entities of the library.',
    },
  })
  app.get(
    '/docs',
    Scalar((c) => {
      const nonce = btoa(
        String.fromCharCode(...crypto.getRandomValues(new Uint8Array(NONCE_BYTES))),
      )
      c.header('Content-Security-Policy', docsPolicy(nonce))
      return { url: 'openapi.json', pageTitle: 'Copydesk API', nonce }
    }),
  )

  app.notFound((c) =>
    problemResponse(c, 'not-found', `Nothing is at ${c.req.method} ${c.req.path}.`, {
      instance: c.req.path,
    }),
  )
  app.onError((error, c) => {
    const requestId = c.get('requestId')
    if (error instanceof ProblemError) {
      return problemResponse(
        c,
        error.problem,
        error.message,
        { instance: c.req.path, ...(error.errors ? { errors: error.errors } : {}) },
        error.headers,
      )
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, problemForStatus(error.status), error.message, {
        status: error.status,
        instance: c.req.path,
      })
    }
    log({
      time: new Date().toISOString(),
      level: 'error',
      msg: 'unhandled error',
      requestId,
      method: c.req.method,
      path: c.req.path,
      error: {
        name: error.name,
        message: error.message,
        stack: error.stack ?? null,
      },
    })
    return problemResponse(
      c,
      'internal',
      `Something went wrong on our side; quote request id ${requestId}.`,
      { requestId, instance: c.req.path },
    )
  })
  return routes
}

/** The docs page loads Scalar from its CDN, with a nonce; nothing else may run. */
function docsPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' https://cdn.jsdelivr.net`,
    "style-src 'unsafe-inline' https:",
    'font-src https: data:',
    "img-src 'self' data: https:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ')
}

/** The app's type, for the typed client. */
export type App = ReturnType<typeof createApp>

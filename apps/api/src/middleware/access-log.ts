/**
 * One structured JSON line per request, with its duration: what a log
 * pipeline (Workers Logs, journald, Loki) can filter and chart without
 * parsing prose. Errors are logged by the app's `onError` through the same
 * sink, with the request id that the problem body names.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.js'

export type LogLevel = 'info' | 'warn' | 'error'

/** One log line; fields beyond these are free. */
export interface LogLine {
  time: string
  level: LogLevel
  msg: string
  requestId?: string | undefined
  [field: string]: unknown
}

/** Where log lines go. */
export type LogSink = (line: LogLine) => void

/** Writes each line as JSON to stdout (errors to stderr): the default sink. */
export const consoleSink: LogSink = function consoleSink(line) {
  const text = JSON.stringify(line)
  if (line.level === 'error') console.error(text)
  else console.log(text)
}

/** A sink that drops every line. */
export const silentSink: LogSink = function silentSink() {}

/** Options of `accessLog`. */
export interface AccessLogOptions {
  /** Where lines go; `consoleSink` by default. */
  sink?: LogSink
  /** A monotonic clock in milliseconds; `performance.now` by default. */
  now?: () => number
}

/** Digits kept of a duration in milliseconds. */
const DURATION_DECIMALS = 2

/**
 * Logs every request once it has been answered.
 *
 * @example
 * app.use(accessLog({ sink: (line) => lines.push(line) }))
 * // {"time":"…","level":"info","msg":"request","method":"GET","path":"/healthz","status":200,"durationMs":0.41,…}
 */
export function accessLog(options: AccessLogOptions = {}): MiddlewareHandler<AppEnv> {
  const sink = options.sink ?? consoleSink
  const now = options.now ?? (() => performance.now())
  return async function accessLog(c, next) {
    const start = now()
    await next()
    const status = c.res.status
    sink({
      time: new Date().toISOString(),
      level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
      msg: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Number((now() - start).toFixed(DURATION_DECIMALS)),
      client: c.get('client') ?? null,
    })
  }
}

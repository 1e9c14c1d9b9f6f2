import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../env.js'
import { ProblemError } from '../problem.js'
import { MAX_TRACKED_CLIENTS, rateLimit } from './rate-limit.js'

/** A bare app with the limiter, a clock the test moves, and the client given by a header. */
function limitedApp(limit: number, windowSeconds: number) {
  let time = 1_000_000
  const app = new Hono<AppEnv>()
  app.use(
    rateLimit({
      limit,
      windowSeconds,
      now: () => time,
      clientAddress: (c) => c.req.header('x-client'),
    }),
  )
  app.get('/', (c) => c.text('ok'))
  app.onError((error, c) =>
    error instanceof ProblemError
      ? c.text(error.problem, error.status, error.headers)
      : c.text('?', 500),
  )
  return {
    get: (client?: string) => app.request('/', { headers: client ? { 'x-client': client } : {} }),
    advance: (ms: number) => {
      time += ms
    },
  }
}

describe('rateLimit', () => {
  it('counts down RateLimit and starts a new window when one ends', async () => {
    const app = limitedApp(2, 10)
    expect((await app.get('a')).headers.get('ratelimit')).toBe('"default";r=1;t=10')
    app.advance(4000)
    expect((await app.get('a')).headers.get('ratelimit')).toBe('"default";r=0;t=6')
    const refused = await app.get('a')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('6')
    app.advance(6000)
    expect((await app.get('a')).status).toBe(200)
  })

  it('does not limit requests with no client to count', async () => {
    const app = limitedApp(1, 60)
    for (let i = 0; i < 3; i++) {
      const response = await app.get()
      expect(response.status).toBe(200)
      expect(response.headers.get('ratelimit')).toBeNull()
    }
  })

  it('forgets clients whose windows ended once it tracks too many', async () => {
    const app = limitedApp(1, 1)
    for (let i = 0; i < MAX_TRACKED_CLIENTS; i++) await app.get(`c${i}`)
    expect((await app.get('c0')).status).toBe(429)
    app.advance(1000)
    expect((await app.get('new')).status).toBe(200)
    expect((await app.get('c0')).status).toBe(200)
  })
})

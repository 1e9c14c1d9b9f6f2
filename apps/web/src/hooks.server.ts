/**
 * Server hooks: the API is created once per process, answers `/api/*`, and
 * reaches every load function and action as `event.locals.api`. On first start
 * with an empty database, `init` stores the sample article so the home page
 * has something to open.
 */
import type { Handle, ServerInit } from '@sveltejs/kit/hooks'
import { API_BASE, apiClient, mountApi } from '#lib/server/api.ts'
import { isCrossSiteForm } from '#lib/server/csrf.ts'
import { SAMPLE_ARTICLE } from '#lib/server/sample.ts'

/** Headers every page gets; the Content-Security-Policy is Kit's own (see vite.config.ts). */
const SECURITY_HEADERS = [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'same-origin'],
  ['x-frame-options', 'DENY'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=()'],
] as const

const api = mountApi(process.env)
/** The key the site's own writes carry when the API requires keys. */
const siteApiKey = process.env.COPYDESK_SITE_API_KEY || undefined
// `exit` also follows server.js's SIGINT/SIGTERM handling; closing checkpoints the WAL.
process.once('exit', () => api.store.close())

export const init: ServerInit = async () => {
  if ((await api.store.count()) > 0) return
  const response = await apiClient(api, 'http://localhost', siteApiKey).v1.documents.$post(
    {},
    {
      init: {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(SAMPLE_ARTICLE),
      },
    },
  )
  if (!response.ok) throw new Error(`Could not store the sample article: ${await response.text()}`)
}

export const handle: Handle = async ({ event, resolve }) => {
  const { pathname } = event.url
  if (pathname === API_BASE || pathname.startsWith(`${API_BASE}/`)) {
    return api.fetch(event.request, event.getClientAddress())
  }
  if (isCrossSiteForm(event.request, event.url)) {
    return new Response(`Cross-site ${event.request.method} form submissions are forbidden`, {
      status: 403,
    })
  }
  event.locals.api = apiClient(api, event.url.origin, siteApiKey)
  const response = await resolve(event)
  for (const [name, value] of SECURITY_HEADERS) {
    if (!response.headers.has(name)) response.headers.set(name, value)
  }
  return response
}

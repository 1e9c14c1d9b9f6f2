/**
 * SvelteKit's cross-site form check, minus `/api`. Kit runs its own check
 * before any hook, for every path, so it would also refuse `curl
 * --data-binary @article.txt` (a form content type, no Origin) to the API,
 * which keeps no cookies and so has nothing to protect. vite.config.ts turns
 * Kit's check off and `handle` runs this one instead.
 */

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The content types an HTML form can send cross-site without a preflight. */
const FORM_CONTENT_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
])

/**
 * Whether `request` to `url` is a form submission from another site.
 *
 * @example
 * isCrossSiteForm(request, new URL(request.url)) // true for a form posted from evil.example
 */
export function isCrossSiteForm(request: Request, url: URL): boolean {
  if (!MUTATING_METHODS.has(request.method)) return false
  const type = request.headers.get('content-type')
  const mediaType = type?.split(';', 1)[0]?.trim().toLowerCase()
  if (mediaType && !FORM_CONTENT_TYPES.has(mediaType)) return false
  return request.headers.get('origin') !== url.origin
}

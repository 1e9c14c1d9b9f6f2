/**
 * Writes through the API as the site's actions need them: store an article,
 * get its id back or a message a reader can act on.
 */
import type { Client, ProblemDetails } from '@copydesk/api'

/** What to store: the text, and the day that anchors "on Thursday". */
export interface Article {
  text: string
  referenceDate?: string
}

/** The id of the stored document, or why it was not stored. */
export type StoreResult = { ok: true; id: string } | { ok: false; status: number; message: string }

/**
 * Parses and stores `article` through `api`; the same text gives the same id.
 *
 * @example
 * const result = await storeArticle(locals.api, { text })
 * if (result.ok) redirect(303, `/documents/${result.id}`)
 */
export async function storeArticle(api: Client, article: Article): Promise<StoreResult> {
  const response = await api.v1.documents.$post(
    {},
    {
      init: {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(article),
      },
    },
  )
  if (response.ok) return { ok: true, id: (await response.json()).id }
  return { ok: false, status: response.status, message: await problemMessage(response) }
}

/**
 * The most useful sentence of a problem+json response.
 *
 * @example
 * if (!response.ok) return fail(response.status, { error: await problemMessage(response) })
 */
export async function problemMessage(response: Response): Promise<string> {
  const fallback = `The API answered ${response.status} ${response.statusText}.`.trim()
  if (!response.headers.get('content-type')?.includes('json')) return fallback
  const problem = (await response.json()) as Partial<ProblemDetails>
  return problem.detail ?? problem.title ?? fallback
}

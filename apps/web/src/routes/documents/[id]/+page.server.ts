/**
 * One stored document, read through the API. Only what the page shows goes to
 * the browser: not the source text, not the annotations.
 */
import type { ArticleDocument } from '@copydesk/parser'
import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals, params }) => {
  const response = await locals.api.v1.documents[':id'].$get({ param: { id: params.id } })
  // The client's types know only the route's own answers, not the problem+json ones.
  const status: number = response.status
  if (status === 404) error(404, 'There is no document with this id.')
  if (!response.ok) error(502, 'This document is not available right now.')
  const stored = await response.json()
  // Hono's JSON types give up on recursive nodes (a blockquote holds blocks).
  const document = stored.document as ArticleDocument
  return {
    id: stored.id,
    createdAt: stored.createdAt,
    meta: document.meta,
    body: document.children,
    related: document.related,
  }
}

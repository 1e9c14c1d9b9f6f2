/**
 * The document as a JSON tree to explore and copy: exactly what the API
 * stores and serves for it.
 */
import type { ArticleDocument } from '@copydesk/parser'
import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals, params }) => {
  const response = await locals.api.v1.documents[':id'].$get({ param: { id: params.id } })
  const status: number = response.status
  if (status === 404) error(404, 'There is no document with this id.')
  if (!response.ok) error(502, 'This document is not available right now.')
  const stored = await response.json()
  const document = stored.document as ArticleDocument
  return { id: stored.id, title: document.meta.title, document }
}

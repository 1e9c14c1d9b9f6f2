/**
 * One stored document, read through the API: the typed tree with its
 * annotation layers and the original text the source view checks them
 * against. The reader's selection lives in the URL and is read by the page,
 * not here, so choosing a quote never reloads the document. Deleting is a
 * form action.
 */
import { resolve } from '$app/paths'
import type { ArticleDocument } from '@copydesk/parser'
import { error, fail, redirect } from '@sveltejs/kit'
import { deleteDocument } from '#lib/server/library.ts'
import type { Actions, PageServerLoad } from './$types'

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
    text: stored.text,
    document: {
      meta: document.meta,
      children: document.children,
      related: document.related,
      boilerplate: document.boilerplate,
      quotes: document.quotes,
      entities: document.entities,
      times: document.times,
    },
  }
}

export const actions = {
  delete: async ({ locals, params, request }) => {
    const title = (await request.formData()).get('title')
    const result = await deleteDocument(locals.api, params.id)
    // Already gone is as good as deleted.
    if (!result.ok && result.status !== 404) return fail(result.status, { error: result.message })
    const deleted = typeof title === 'string' && title ? title : 'The document'
    redirect(303, resolve(`/documents?deleted=${encodeURIComponent(deleted)}`))
  },
} satisfies Actions

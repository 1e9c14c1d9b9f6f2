/**
 * Home: paste an article (or take the sample) and read it as a document; the
 * latest documents below. Both writes are form actions, so they work without
 * JavaScript.
 */
import { resolve } from '$app/paths'
import { error, fail, redirect } from '@sveltejs/kit'
import { storeArticle } from '#lib/server/documents.ts'
import { SAMPLE_ARTICLE } from '#lib/server/sample.ts'
import type { Actions, PageServerLoad } from './$types'

const RECENT_LIMIT = 10

export const load: PageServerLoad = async ({ locals }) => {
  const response = await locals.api.v1.documents.$get({ query: { limit: String(RECENT_LIMIT) } })
  if (!response.ok) error(502, 'The list of documents is not available right now.')
  const { items } = await response.json()
  return { recent: items }
}

export const actions = {
  read: async ({ request, locals }) => {
    const value = (await request.formData()).get('text')
    // A form sends every line break as CRLF; store the text with the breaks it was pasted with.
    const text = typeof value === 'string' ? value.replaceAll('\r\n', '\n') : ''
    if (text.trim() === '') {
      return fail(400, { text, error: 'Paste the text of an article first.' })
    }
    const result = await storeArticle(locals.api, { text })
    if (!result.ok) return fail(result.status, { text, error: result.message })
    redirect(303, resolve('/documents/[id]', { id: result.id }))
  },

  sample: async ({ locals }) => {
    const result = await storeArticle(locals.api, SAMPLE_ARTICLE)
    if (!result.ok) return fail(result.status, { sampleError: result.message })
    redirect(303, resolve('/documents/[id]', { id: result.id }))
  },
} satisfies Actions

/**
 * Home: paste an article, drop or choose a .txt file, or take the sample, and
 * read it as a document; the latest documents below. Both writes are form
 * actions, so they work without JavaScript (a chosen file is sent as
 * multipart form data).
 */
import { resolve } from '$app/paths'
import { fail, redirect } from '@sveltejs/kit'
import { storeArticle } from '#lib/server/documents.ts'
import { listDocuments } from '#lib/server/library.ts'
import { SAMPLE_ARTICLE } from '#lib/server/sample.ts'
import type { Actions, PageServerLoad } from './$types'

const RECENT_LIMIT = 10
/** Two megabytes, the API's own limit: a long article is about 50 KB. */
const MAX_FILE_BYTES = 2 * 1024 * 1024

export const load: PageServerLoad = async ({ locals }) => {
  const recent = await listDocuments(locals.api, {}, { limit: RECENT_LIMIT })
  return recent.ok
    ? { recent: recent.items, recentError: null }
    : { recent: [], recentError: 'The list of documents is not available right now.' }
}

export const actions = {
  read: async ({ request, locals }) => {
    const form = await request.formData()
    const file = form.get('file')
    const value = form.get('text')
    // A form sends every line break as CRLF; store the text with the breaks it was pasted with.
    const pasted = typeof value === 'string' ? value.replaceAll('\r\n', '\n') : ''
    let text = pasted
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_FILE_BYTES) {
        return fail(413, {
          text: pasted,
          error: 'That file is over 2 MB: is it really an article?',
        })
      }
      text = await file.text()
    }
    if (text.trim() === '') {
      return fail(400, {
        text,
        error: 'Paste the text of an article first, or choose a .txt file.',
      })
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

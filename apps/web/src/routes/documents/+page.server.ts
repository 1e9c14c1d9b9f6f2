/**
 * The library: every stored document, newest first, searched by words and
 * filtered by who is named, who is quoted and when it was published, a page
 * at a time. Deleting is a form action, so it works without JavaScript.
 */
import { fail } from '@sveltejs/kit'
import {
  deleteDocument,
  findEntities,
  listDocuments,
  readFilters,
  type ListResult,
} from '#lib/server/library.ts'
import type { Actions, PageServerLoad } from './$types'

/** How many known people the filters suggest. */
const SUGGESTED_NAMES = 100

export const load: PageServerLoad = async ({ locals, url }) => {
  const filters = readFilters(url.searchParams)
  const cursor = url.searchParams.get('cursor') || undefined
  const [documents, people] = await Promise.all([
    listDocuments(locals.api, filters, cursor ? { cursor } : {}),
    findEntities(locals.api, { kind: 'person', limit: SUGGESTED_NAMES }),
  ])
  return {
    filters,
    cursor: cursor ?? null,
    documents: documents.ok
      ? { items: documents.items, nextCursor: documents.nextCursor, error: null }
      : { items: [], nextCursor: null, error: documents.message },
    names: uniqueNames(people),
    deleted: url.searchParams.get('deleted'),
  }
}

/** The distinct names of a list of entities, sorted; none when the list failed. */
function uniqueNames(result: ListResult<{ name: string }>): string[] {
  if (!result.ok) return []
  return [...new Set(result.items.map((item) => item.name))].sort((a, b) => a.localeCompare(b))
}

export const actions = {
  delete: async ({ locals, request }) => {
    const form = await request.formData()
    const id = form.get('id')
    const title = form.get('title')
    if (typeof id !== 'string' || id === '') return fail(400, { error: 'Which document?' })
    const result = await deleteDocument(locals.api, id)
    if (!result.ok && result.status !== 404) return fail(result.status, { error: result.message })
    return { deleted: typeof title === 'string' && title ? title : 'The document' }
  },
} satisfies Actions

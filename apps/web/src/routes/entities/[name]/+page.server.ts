/**
 * A person or organisation across the library: what they said in every
 * document (GET /v1/quotes?speaker=) and the documents that name them
 * (GET /v1/entities?q=), read in parallel.
 */
import { error } from '@sveltejs/kit'
import type { EntityItem } from '@copydesk/api'
import { findEntities, findQuotes } from '#lib/server/library.ts'
import type { PageServerLoad } from './$types'

/** As many as one page shows; a name quoted more often than this is a good problem to have. */
const LIMIT = 100

export const load: PageServerLoad = async ({ locals, params }) => {
  const name = params.name.trim()
  const [quotes, entities] = await Promise.all([
    findQuotes(locals.api, { speaker: name, limit: LIMIT }),
    findEntities(locals.api, { q: name, limit: LIMIT }),
  ])
  if (!quotes.ok && !entities.ok) error(502, quotes.message)
  const named = entities.ok ? entities.items : []
  const said = quotes.ok ? quotes.items : []
  if (named.length === 0 && said.length === 0) {
    error(404, `Nobody called ${name} is in the library.`)
  }
  return {
    name,
    profile: profile(name, named),
    quotes: said,
    quotesError: quotes.ok ? null : quotes.message,
    mentions: named,
    mentionsError: entities.ok ? null : entities.message,
  }
}

/** What the documents agree on about `name`: its commonest kind, and every alias and title. */
function profile(name: string, items: EntityItem[]) {
  const kinds = new Map<string, number>()
  for (const item of items) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1)
  const kind = [...kinds].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  const folded = name.toLocaleLowerCase('en')
  const distinct = (values: string[]) =>
    [...new Set(values)].filter((value) => value.toLocaleLowerCase('en') !== folded)
  return {
    kind,
    aliases: distinct(items.flatMap((item) => [item.name, ...item.aliases])),
    titles: distinct(items.flatMap((item) => item.titles)),
    documents: new Set(items.map((item) => item.document.id)).size,
    mentions: items.reduce((sum, item) => sum + item.mentions, 0),
  }
}

/**
 * What the store last said about the documents being read: their head (id,
 * content hash, creation time), trusted for a moment. GET /v1/documents/:id
 * serves encoded answers from memory; it still has to know that the document
 * exists, since another instance over the same database (another Worker
 * isolate, another Node process on the SQLite file) may have deleted it. A
 * read of the store on every request cost the hot read about a fifth of its
 * time, so a head is asked again once it is `recheckMs` old: a delete through
 * another instance shows within that time, one through this instance at once
 * (it forgets the id).
 */
import type { DocumentHead, DocumentStore } from './storage/store.js'

/** How long a head read from the store is trusted, in ms. */
export const HEAD_RECHECK_MS = 1000
/** Most heads kept; the oldest go first. */
export const MAX_RECENT_HEADS = 10_000

/** Heads by id, each trusted for a while. */
export interface RecentHeads {
  /** The head of `id`, from memory while fresh, else from `store`; null when there is none. */
  get(id: string, store: DocumentStore): Promise<DocumentHead | null>
  /** Forgets `id` (deleted, or found missing). */
  forget(id: string): void
  /**
   * How many times an id was forgotten: a reader that awaited while it
   * changed may hold what a delete took back, and keeps none of it.
   */
  readonly forgotten: number
}

/**
 * Heads trusted for `recheckMs` (0 asks the store every time).
 *
 * @example
 * const heads = createRecentHeads()
 * const head = await heads.get(id, store) // asks the store at most once a second per id
 */
export function createRecentHeads(recheckMs: number = HEAD_RECHECK_MS): RecentHeads {
  const heads = new Map<string, { head: DocumentHead; checkedAt: number }>()
  let forgotten = 0
  return {
    async get(id, store) {
      const known = heads.get(id)
      const now = Date.now()
      if (known && now - known.checkedAt < recheckMs) return known.head
      const before = forgotten
      const head = await store.head(id)
      // A delete while the store answered: its answer may be from before it.
      if (forgotten !== before) return head
      heads.delete(id)
      if (head && recheckMs > 0) {
        heads.set(id, { head, checkedAt: now })
        if (heads.size > MAX_RECENT_HEADS) {
          const oldest = heads.keys().next()
          if (!oldest.done) heads.delete(oldest.value)
        }
      }
      return head
    },
    forget(id) {
      heads.delete(id)
      forgotten++
    },
    get forgotten() {
      return forgotten
    },
  }
}

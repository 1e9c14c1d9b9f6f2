import { parse } from '@copydesk/parser'
import { afterEach, describe, expect, it } from 'vitest'
import { contentHash, newDocumentId } from './ids.js'
import { createRecentHeads } from './recent-heads.js'
import { openSqliteStore, type SqliteStore } from './storage/sqlite.js'
import type { DocumentStore } from './storage/store.js'

const opened: SqliteStore[] = []
afterEach(() => opened.splice(0).forEach((store) => store.close()))

/** A real SQLite store in memory, whose `head` reads are counted. */
function countedStore() {
  const store = openSqliteStore(':memory:')
  opened.push(store)
  const calls: string[] = []
  const counted: DocumentStore = {
    ...store,
    head: (id) => {
      calls.push(id)
      return store.head(id)
    },
  }
  const save = async (title: string) => {
    const text = `${title}\n\nA paragraph.\n`
    const { document } = await store.save({
      ...newDocumentId(),
      contentHash: await contentHash(text, undefined),
      text,
      document: parse(text),
    })
    return document.id
  }
  return { store: counted, calls, save, remove: (id: string) => store.delete(id) }
}

describe('createRecentHeads', () => {
  it('asks the store once while a head is fresh, and again after', async () => {
    const { store, calls, save } = countedStore()
    const id = await save('Fresh')
    const heads = createRecentHeads(40)
    expect((await heads.get(id, store))?.id).toBe(id)
    expect((await heads.get(id, store))?.id).toBe(id)
    expect(calls).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 60))
    await heads.get(id, store)
    expect(calls).toHaveLength(2)
  })

  it('never trusts a miss, and asks again after forget', async () => {
    const { store, calls, save, remove } = countedStore()
    const heads = createRecentHeads(10_000)
    expect(await heads.get('0000000000000000000', store)).toBeNull()
    const id = await save('Forgotten')
    expect((await heads.get(id, store))?.id).toBe(id)
    await remove(id)
    heads.forget(id)
    expect(await heads.get(id, store)).toBeNull()
    expect(calls).toHaveLength(3)
  })

  it('asks every time when recheckMs is 0', async () => {
    const { store, calls, save } = countedStore()
    const id = await save('Strict')
    const heads = createRecentHeads(0)
    await heads.get(id, store)
    await heads.get(id, store)
    expect(calls).toHaveLength(2)
  })

  it('keeps no head the store read while the id was forgotten', async () => {
    const { store, calls, save } = countedStore()
    const id = await save('Racing')
    const heads = createRecentHeads(10_000)
    const before = heads.forgotten
    const pending = heads.get(id, store)
    heads.forget(id)
    expect(heads.forgotten).toBe(before + 1)
    expect((await pending)?.id).toBe(id)
    await heads.get(id, store)
    expect(calls).toHaveLength(2)
  })
})

/**
 * What the bundle's rewrites (defer-regexps.ts, defer-constants.ts) share to
 * read a chunk: the scope analysis's types, references by place, and a walk
 * for expressions that change or read changing state.
 */
import type { analyze } from 'eslint-scope'
import { isNode } from './ast-node.ts'

export type ScopeManager = ReturnType<typeof analyze>
export type Scope = ScopeManager['scopes'][number]
export type Reference = Scope['references'][number]

/** A reference, by where its identifier starts in the chunk. */
export interface Placed {
  start: number
  reference: Reference
}

/** Whether `node` holds an expression of one of `types` (a regular expression's pattern aside). */
export function holdsAnyOf(node: unknown, types: ReadonlySet<string>): boolean {
  if (Array.isArray(node)) return node.some((child) => holdsAnyOf(child, types))
  if (!isNode(node)) return false
  if (types.has(node.type)) return true
  return Object.entries(node).some(
    ([key, child]) =>
      key !== 'regex' && child !== null && typeof child === 'object' && holdsAnyOf(child, types),
  )
}

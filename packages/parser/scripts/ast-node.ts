/** A node of the ESTree that rolldown's `parseAst` gives, as the bundle's rewrites read it. */
export interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

/** Whether `value` is such a node: an object with a type. */
export function isNode(value: unknown): value is Node {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Record<string, unknown>)['type'] === 'string'
  )
}

/**
 * The plain text of a node: its literals' values in order, like
 * mdast-util-to-string. A paragraph's plain text is its reflowed text.
 */
import type { Node } from './types.js'

/**
 * Concatenates the `value`s of the literals under `node`.
 *
 * @example
 * toString(doc.children[0]) // "Ukrainian President Volodymyr Zelensky on Thursday pressed NATO ..."
 */
export function toString(node: Node | readonly Node[]): string {
  if (isNodeList(node)) return node.map((child) => toString(child)).join('')
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node && Array.isArray(node.children)) return toString(node.children as Node[])
  return ''
}

function isNodeList(node: Node | readonly Node[]): node is readonly Node[] {
  return Array.isArray(node)
}

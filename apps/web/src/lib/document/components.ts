/**
 * Which component renders which node of the document tree. The maps are typed
 * against the parser's content unions, so a node type added to the model
 * without a component here fails the type check instead of vanishing from the
 * page.
 */
import type { BlockContent, InlineContent } from '@copydesk/parser'
import type { Component } from 'svelte'
import Blockquote from './Blockquote.svelte'
import Caption from './Caption.svelte'
import Dateline from './Dateline.svelte'
import Heading from './Heading.svelte'
import List from './List.svelte'
import Mention from './Mention.svelte'
import Paragraph from './Paragraph.svelte'
import Quotation from './Quotation.svelte'
import Text from './Text.svelte'
import ThematicBreak from './ThematicBreak.svelte'
import Time from './Time.svelte'

/** A component that renders one node. */
export type NodeComponent<Node> = Component<{ node: Node }>

/**
 * A `Record<Node['type'], Component>` that also pairs each type with its own
 * node: `paragraph` must render a `Paragraph`.
 */
type NodeComponents<Node extends { type: string }> = {
  [Type in Node['type']]: NodeComponent<Extract<Node, { type: Type }>>
}

const blockComponents = {
  paragraph: Paragraph,
  heading: Heading,
  list: List,
  blockquote: Blockquote,
  thematicBreak: ThematicBreak,
  caption: Caption,
} satisfies NodeComponents<BlockContent>

const inlineComponents = {
  text: Text,
  dateline: Dateline,
  quotation: Quotation,
  mention: Mention,
  time: Time,
} satisfies NodeComponents<InlineContent>

/**
 * The component for a block node.
 *
 * @example
 * const Node = blockComponent(node) // then <Node {node} />
 */
export function blockComponent<Node extends BlockContent>(node: Node): NodeComponent<Node> {
  // TypeScript cannot correlate `node.type` with the map's value; the map's type does.
  return blockComponents[node.type as Node['type']] as unknown as NodeComponent<Node>
}

/**
 * The component for an inline node.
 *
 * @example
 * const Node = inlineComponent(node) // then <Node {node} />
 */
export function inlineComponent<Node extends InlineContent>(node: Node): NodeComponent<Node> {
  return inlineComponents[node.type as Node['type']] as unknown as NodeComponent<Node>
}

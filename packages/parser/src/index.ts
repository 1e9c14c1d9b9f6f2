/**
 * @copydesk/parser: a news article in plain text in, a typed document out.
 * Pure TypeScript with no Node-only imports: it runs in Node, browsers and
 * edge workers alike.
 */
export { parse } from './parse.js'
export { toString } from './to-string.js'
export type * from './types.js'
export { SCHEMA_VERSION } from './types.js'
export { toHtml } from './serialize/to-html.js'
export { toMarkdown } from './serialize/to-markdown.js'
export { toText } from './serialize/to-text.js'

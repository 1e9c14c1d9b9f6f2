/**
 * The minified bundle's template literals that are plain strings, written as
 * string literals: `` `said` `` becomes `"said"`.
 *
 * The minifier writes every string between backticks, and V8 scans a template
 * apart from a string (its raw text beside its value). On this package, the
 * 9,600 such templates cost about 15 million instructions of a cold import
 * (callgrind, of some 175 million; 8%). A tagged template (`` String.raw`…` ``)
 * and one with substitutions are left alone: their text is not a string's.
 * The strings are written in ASCII, a character beyond U+FFFF as its two
 * UTF-16 halves.
 */
import { RolldownMagicString, type ExistingRawSourceMap } from 'rolldown'
import { parseAst } from 'rolldown/parseAst'
import { isNode, type Node } from './ast-node.ts'

/** What {@link quoteStrings} did: the new code, its source map (to the code given), and a count. */
export interface QuotedStrings {
  code: string
  map: ExistingRawSourceMap
  templates: number
}

/** Rewrites `code`'s plain templates as string literals (see the module comment). */
export function quoteStrings(code: string): QuotedStrings {
  const program = parseAst(code) as unknown as Node
  const edits = new RolldownMagicString(code)
  let templates = 0
  const visit = (node: unknown, parent: Node | null): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent)
      return
    }
    if (!isNode(node)) return
    // A template standing as a statement is left too: as a string it could be read as a
    // directive ("use strict") at the top of a function.
    if (
      node.type === 'TemplateLiteral' &&
      parent?.type !== 'TaggedTemplateExpression' &&
      parent?.type !== 'ExpressionStatement'
    ) {
      const value = plainValue(node)
      if (value !== null) {
        edits.overwrite(node.start, node.end, quoted(value))
        templates++
        return
      }
    }
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === 'object') visit(child, node)
    }
  }
  visit(program, null)
  return {
    code: edits.toString(),
    map: JSON.parse(edits.generateMap({ hires: true }).toString()) as ExistingRawSourceMap,
    templates,
  }
}

/** The value of a template without substitutions, else null. */
function plainValue(template: Node): string | null {
  if ((template['expressions'] as unknown[]).length !== 0) return null
  const quasi = (template['quasis'] as { value: { cooked: string | null } }[])[0]
  return quasi?.value.cooked ?? null
}

/** A string literal for `value`, in double quotes and all ASCII (see bundle.js). */
function quoted(value: string): string {
  const json = JSON.stringify(value)
  let ascii = ''
  // By UTF-16 unit, so that a character beyond U+FFFF is escaped as its two halves.
  for (let i = 0; i < json.length; i++) {
    const unit = json.charCodeAt(i)
    ascii += unit < 0x7f ? json[i] : `\\u${unit.toString(16).padStart(4, '0')}`
  }
  return ascii
}

/**
 * The minified bundle with the parser's own classes under short names. The
 * minifier keeps classes' names (the time stage picks chrono-node's parsers
 * by their names, see times/stage.ts), so the bindings of our classes stay
 * as long as their source names: "WordSet$1", made some 340 times in the
 * lexicons, "LazySegment", "KnownPeople". A class the bundle makes as `var
 * Name = class {...}` at its top level, none of chrono-node's, and never
 * exported, gets a short name of its own everywhere it is read (0.3 KB
 * gzipped). Its `name` changes with it: no code reads the name of one of our
 * classes.
 */
import { RolldownMagicString, type ExistingRawSourceMap } from 'rolldown'
import { parseAst } from 'rolldown/parseAst'
import { isNode, type Node } from './ast-node.ts'
import { analyzeChunk } from './chunk-scope.ts'

/** What {@link shortClassNames} did: the new code, its source map (to the code given), and the names. */
export interface ShortClassNames {
  code: string
  map: ExistingRawSourceMap
  /** The classes renamed: their old names, by their new ones. */
  renamed: Map<string, string>
}

/** The first character of the new names, then a count in base 36, skipping any name in use. */
const PREFIX = '$'

/**
 * Renames, in `code` (an ES module), the classes its top level binds as `var Name = class`
 * (see the module comment); `keep` holds names never to rename (chrono-node's classes).
 */
export function shortClassNames(code: string, keep: ReadonlySet<string>): ShortClassNames {
  const program = parseAst(code) as unknown as Node
  // Where each shorthand property's value stands ("{ WordSet }"): renamed, it keeps its key.
  const shorthands = new Set<number>()
  // Every name the code writes, in any scope: a new name is none of them, so that no other
  // binding shadows it, nor it one.
  const used = new Set<string>()
  let count = 0
  const fresh = (): string => {
    let name = `${PREFIX}${(count++).toString(36)}`
    while (used.has(name)) name = `${PREFIX}${(count++).toString(36)}`
    return name
  }
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child)
      return
    }
    if (!isNode(node)) return
    if (node.type === 'Property' && node['shorthand'] === true)
      shorthands.add((node['value'] as Node).start)
    if (node.type === 'Identifier') used.add(node['name'] as string)
    // (eslint-scope reads positions from `range`.)
    node['range'] = [node.start, node.end]
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === 'object') visit(child)
    }
  }
  visit(program)
  const { moduleScope } = analyzeChunk(program)
  const edits = new RolldownMagicString(code)
  const renamed = new Map<string, string>()
  if (!moduleScope) return finished(edits, renamed)
  // The names the module exports by their local names: renaming those would rename the export.
  const exported = new Set<string>()
  for (const statement of program['body'] as Node[]) {
    if (statement.type !== 'ExportNamedDeclaration') continue
    for (const specifier of statement['specifiers'] as Node[])
      exported.add((specifier['local'] as Node)['name'] as string)
  }
  for (const statement of program['body'] as Node[]) {
    if (statement.type !== 'VariableDeclaration') continue
    for (const declarator of statement['declarations'] as Node[]) {
      const id = declarator['id'] as Node
      const init = declarator['init']
      if (id.type !== 'Identifier' || !isNode(init) || init.type !== 'ClassExpression') continue
      if (init['id'] !== null) continue
      const name = id['name'] as string
      if (keep.has(name) || exported.has(name)) continue
      const variable = moduleScope.set.get(name)
      if (!variable) continue
      const short = fresh()
      for (const identifier of variable.identifiers) {
        const node = identifier as unknown as Node
        edits.overwrite(node.start, node.end, short)
      }
      for (const reference of variable.references) {
        const node = reference.identifier as unknown as Node
        if (node.start === id.start) continue
        edits.overwrite(
          node.start,
          node.end,
          shorthands.has(node.start) ? `${name}:${short}` : short,
        )
      }
      renamed.set(short, name)
    }
  }
  return finished(edits, renamed)
}

function finished(edits: RolldownMagicString, renamed: Map<string, string>): ShortClassNames {
  return {
    code: edits.toString(),
    map: JSON.parse(edits.generateMap({ hires: true }).toString()) as ExistingRawSourceMap,
    renamed,
  }
}

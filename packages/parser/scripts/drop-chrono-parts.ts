/**
 * A rolldown plugin that leaves chrono's unneeded parts (src/times/unneeded-chrono.ts)
 * out of its configurations, so that their classes, unused, are not bundled.
 *
 * The time stage builds its parser from chrono's casual one without them, but
 * chrono's own configurations construct every part at import, which keeps each
 * class, and the code it alone uses, in the bundle. In chrono's modules, each
 * statement that adds an unneeded part (`option.parsers.push(new
 * ENCasualTimeParser())`) goes, and so does each element of an array that is
 * one (`new ENTimeExpressionParser(strictMode),`). The strict and British
 * parsers that chrono's English entry builds beside the casual one go too, and
 * its table of time zones' names (the package gives UTC by its offset), and
 * the calls that log what chrono does when its debug option is set (never).
 * The plugin fails the build when it finds none of some part, as when a new
 * chrono names them otherwise.
 */
import { RolldownMagicString, type ExistingRawSourceMap, type Plugin } from 'rolldown'
import { parseAst } from 'rolldown/parseAst'
import { isNode, type Node } from './ast-node.ts'
import { UNNEEDED_CHRONO_PARTS } from '../dist/times/unneeded-chrono.js'

/** The plugin; see the module comment. */
export function dropChronoPartsPlugin(): Plugin {
  const dropped = new Set<string>()
  return {
    name: 'copydesk-drop-chrono-parts',
    transform(code, id) {
      if (!id.includes('/chrono-node/')) return null
      const edits = new RolldownMagicString(code)
      let changed = false
      // chrono's English entry builds its strict and British parsers at import besides the
      // casual one, which alone the time stage uses: they go.
      if (id.endsWith('/locales/en/index.js')) {
        for (const name of UNUSED_PARSERS) {
          const found = new RegExp(`^export const ${name} = new Chrono\\(.*\\);$`, 'mu').exec(code)
          if (found === null) continue
          edits.remove(found.index, found.index + found[0].length)
          dropped.add(name)
          changed = true
        }
      }
      // chrono's table of time zones' names, which only the refiner of zones' names (left out)
      // and a zone given by name read: the package gives UTC by its offset, 0.
      if (id.endsWith('/timezone.js')) {
        const table = /^export const TIMEZONE_ABBR_MAP = \{$/mu.exec(code)
        const end = table === null ? -1 : code.indexOf('\n};', table.index)
        if (table !== null && end > 0) {
          edits.overwrite(table.index, end + 3, 'export const TIMEZONE_ABBR_MAP = {};')
          dropped.add(ZONE_NAMES)
          changed = true
        }
      }
      if (!UNNEEDED_CHRONO_PARTS.some((n) => code.includes(n)) && !code.includes('.debug('))
        return changed ? result(edits, id) : null
      const visit = (node: unknown, parent: Node | null): void => {
        if (Array.isArray(node)) {
          for (const child of node) visit(child, parent)
          return
        }
        if (!isNode(node)) return
        // `context.debug(() => console.log(...))`: what chrono logs when its debug option is set,
        // which the time stage never sets.
        if (isDebugCall(node)) {
          edits.overwrite(node.start, node.end, 'void 0')
          dropped.add(DEBUG_CALLS)
          changed = true
          return
        }
        const part = unneededPart(node)
        if (part !== null && parent !== null) {
          dropped.add(part)
          changed = true
          dropFrom(edits, code, node, parent)
          return
        }
        for (const child of Object.values(node)) {
          if (child !== null && typeof child === 'object') visit(child, node)
        }
      }
      visit(parseAst(code), null)
      return changed ? result(edits, id) : null
    },
    buildEnd(error) {
      if (error) return
      const missing = [...UNNEEDED_CHRONO_PARTS, ...UNUSED_PARSERS, ZONE_NAMES, DEBUG_CALLS].filter(
        (part) => !dropped.has(part),
      )
      if (missing.length > 0)
        throw new Error(`drop-chrono-parts: no construction of ${missing.join(', ')} in chrono`)
    },
  }
}

/** chrono's table of time zones' names (see the transform). */
const ZONE_NAMES = 'TIMEZONE_ABBR_MAP'

/** chrono's calls that log when its debug option is set (see the transform). */
const DEBUG_CALLS = 'context.debug'

/** Whether `node` is a call of a `debug` method with a function to run: `context.debug(() => ...)`. */
function isDebugCall(node: Node): boolean {
  if (node.type !== 'CallExpression') return false
  const callee = node['callee'] as Node
  const args = node['arguments'] as Node[]
  return (
    callee.type === 'MemberExpression' &&
    (callee['property'] as Node)['name'] === 'debug' &&
    args.length === 1 &&
    args[0]?.type === 'ArrowFunctionExpression'
  )
}

/** chrono's English parsers besides the casual one, which the package never uses. */
const UNUSED_PARSERS = ['strict', 'GB']

/** The transformed code and its source map. */
function result(
  edits: RolldownMagicString,
  id: string,
): { code: string; map: ExistingRawSourceMap } {
  return {
    code: edits.toString(),
    map: JSON.parse(
      edits.generateMap({ hires: true, source: id }).toString(),
    ) as ExistingRawSourceMap,
  }
}

/** The unneeded part a `new` expression constructs, or null. */
function unneededPart(node: Node): string | null {
  if (node.type !== 'NewExpression') return null
  const callee = node['callee'] as Node
  const name = callee.type === 'Identifier' ? (callee['name'] as string) : ''
  return UNNEEDED_CHRONO_PARTS.includes(name) ? name : null
}

/**
 * Drops the construction `node` from `parent`: the element of an array, with
 * its comma, or the argument of a call that makes a whole statement (the
 * statement then goes, found by its end).
 */
function dropFrom(edits: RolldownMagicString, code: string, node: Node, parent: Node): void {
  if (parent.type === 'ArrayExpression') {
    const comma = /^\s*,\s*/u.exec(code.slice(node.end))
    edits.remove(node.start, node.end + (comma ? comma[0].length : 0))
    return
  }
  if (parent.type === 'CallExpression') {
    // `option.parsers.push(new X());`: the statement from its line's start to its semicolon.
    const start = code.lastIndexOf('\n', parent.start) + 1
    const semicolon = /^\s*;/u.exec(code.slice(parent.end))
    if (!/^\s*$/u.test(code.slice(start, (parent['callee'] as Node).start)))
      throw new Error(`drop-chrono-parts: a construction inside a larger statement at ${start}`)
    edits.remove(start, parent.end + (semicolon ? semicolon[0].length : 0))
    return
  }
  throw new Error(`drop-chrono-parts: a construction in a ${parent.type}`)
}

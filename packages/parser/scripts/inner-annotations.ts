/**
 * The minified bundle without the pure annotations inside functions: a
 * `/* @__PURE__ *\/` before a call tells a bundler that the call may go when
 * its value is unused, which matters only where the module's own top level
 * runs it (a table built at import, which a user's bundler may drop). Inside a
 * function, whose body runs only when called, or a class's field, set as each
 * object is made, the minifier keeps them all the same: some 700 in this
 * package, 0.75 KB of the gzipped bundle. Those at the
 * top level stay, so that a user's bundler can still leave out what the
 * package builds and they do not use.
 */
import { RolldownMagicString, type ExistingRawSourceMap } from 'rolldown'
import { parseAst } from 'rolldown/parseAst'
import { isNode, type Node } from './ast-node.ts'

/** The annotation as the minifier writes it, with the space after it. */
export const PURE_ANNOTATION = '/* @__PURE__ */ '

/** What {@link dropInnerAnnotations} did: the new code, its source map (to the code given), and a count. */
export interface DroppedAnnotations {
  code: string
  map: ExistingRawSourceMap
  dropped: number
}

const FUNCTIONS: ReadonlySet<string> = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
])

/** Removes from `code` the pure annotations inside functions (see the module comment). */
export function dropInnerAnnotations(code: string): DroppedAnnotations {
  const bodies = functionBodies(parseAst(code) as unknown as Node)
  const edits = new RolldownMagicString(code)
  let dropped = 0
  // The bodies are outermost and in order: one pass over them and the annotations together.
  let body = 0
  for (
    let at = code.indexOf(PURE_ANNOTATION);
    at >= 0;
    at = code.indexOf(PURE_ANNOTATION, at + 1)
  ) {
    while (body < bodies.length && (bodies[body] as [number, number])[1] <= at) body++
    const around = bodies[body]
    if (around === undefined || around[0] > at) continue
    edits.remove(at, at + PURE_ANNOTATION.length)
    dropped++
  }
  return {
    code: edits.toString(),
    map: JSON.parse(edits.generateMap({ hires: true }).toString()) as ExistingRawSourceMap,
    dropped,
  }
}

/** Where the outermost functions and fields of objects stand in the program, in order. */
function functionBodies(program: Node): [number, number][] {
  const bodies: [number, number][] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child)
      return
    }
    if (!isNode(node)) return
    // (The whole function: an arrow's body may be an expression the annotation stands before.
    // A class's own field, set as each object is made, is as a function's body; not a static one,
    // set when the class is.)
    if (
      FUNCTIONS.has(node.type) ||
      (node.type === 'PropertyDefinition' && node['static'] !== true)
    ) {
      bodies.push([node.start, node.end])
      return
    }
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === 'object') visit(child)
    }
  }
  visit(program)
  return bodies
}

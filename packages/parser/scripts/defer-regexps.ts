/**
 * The bundle's regular-expression literals, built by the RegExp constructor
 * when first used instead, so that a cold import pays for none of them.
 *
 * V8 checks every regular-expression literal while it parses the script, inner
 * functions' included, and a pattern with a Unicode property escape (`\p{Lu}`)
 * builds the property's tables there and then: some 40 µs a property here, for
 * about 700 literals, most never run in a given parse. Built by the constructor at
 * import instead, they still cost 12 ms of it (454 patterns, measured alone); built
 * at first use, an import pays for none and a parse for the ones it runs.
 *
 * A literal without the g or y flag keeps no state between uses, so one object
 * serves every use:
 * - A top-level `const NAME = /…/u` becomes `var NAME`, and each use of NAME
 *   `(NAME ??= new RegExp("…", "u"))`: the object is built by whichever use runs
 *   first. The uses are found by scope analysis (eslint-scope), so a local of the
 *   same name is left alone.
 * - Any other literal becomes the same expression on a name of its own
 *   (`__copydeskRegExp0`), one per distinct pattern and flags, declared at the top.
 *
 * A literal with g or y keeps its `lastIndex`: at the top level it is built in
 * place, where it was; inside a function it stays a literal, whose object V8
 * clones at each call from the pattern it parsed once (a constructor there would
 * look the pattern up again at every call).
 */
import { analyze } from 'eslint-scope'
import { RolldownMagicString, type ExistingRawSourceMap, type Plugin } from 'rolldown'
import { parseAst } from 'rolldown/parseAst'

/** Names of the shared objects: a prefix the chunk must not use already. */
const PREFIX = '__copydeskRegExp'

interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

interface RegExpLiteral {
  node: Node
  pattern: string
  flags: string
  inFunction: boolean
}

/** What {@link deferRegExps} did: the new code and its source map, and counts. */
export interface DeferredRegExps {
  code: string
  map: ExistingRawSourceMap
  /** Top-level constants now built at their first use. */
  constants: number
  /** Other literals now built at first use, and the distinct names they share. */
  shared: number
  objects: number
  /** Top-level literals with g or y, built in place. */
  inPlace: number
  /** Literals with g or y inside functions, left alone. */
  kept: number
}

/** Rewrites `code`'s regular-expression literals (see the module comment). */
export function deferRegExps(code: string): DeferredRegExps {
  if (code.includes(PREFIX)) throw new Error(`the chunk already uses the name ${PREFIX}`)
  const program = parseAst(code) as unknown as Node
  const parents = new Map<Node, Node>()
  const literals = regExpLiterals(program, parents)
  const edits = new RolldownMagicString(code)
  const constants = lazyConstants(program, parents)
  const names = new Map<string, string>()
  let shared = 0
  let inPlace = 0
  let kept = 0
  for (const literal of literals) {
    const construction = `new RegExp(${JSON.stringify(literal.pattern)}, ${JSON.stringify(literal.flags)})`
    if (constants.has(literal.node)) continue
    if (!/[gy]/u.test(literal.flags)) {
      const key = `${literal.flags}/${literal.pattern}`
      let name = names.get(key)
      if (name === undefined) {
        name = `${PREFIX}${names.size}`
        names.set(key, name)
      }
      // Spaces keep it a separate token: `return/x/u` becomes `return (…)`.
      edits.overwrite(literal.node.start, literal.node.end, ` (${name} ??= ${construction}) `)
      shared++
    } else if (!literal.inFunction) {
      edits.overwrite(literal.node.start, literal.node.end, ` ${construction} `)
      inPlace++
    } else {
      kept++
    }
  }
  for (const constant of constants.values()) {
    const construction = `new RegExp(${JSON.stringify(constant.pattern)}, ${JSON.stringify(constant.flags)})`
    edits.overwrite(constant.declaration.start, constant.declaration.end, `var ${constant.name};`)
    for (const use of constant.uses) {
      const parent = parents.get(use)
      const lazy = `(${constant.name} ??= ${construction})`
      const shorthand = parent?.type === 'Property' && parent['shorthand'] === true
      edits.overwrite(use.start, use.end, shorthand ? `${constant.name}: ${lazy}` : ` ${lazy} `)
    }
  }
  const first = (program['body'] as Node[])[0]
  if (names.size > 0)
    edits.prependLeft(first?.start ?? 0, `var ${[...names.values()].join(', ')};\n`)
  return {
    code: edits.toString(),
    map: JSON.parse(edits.generateMap({ hires: true }).toString()) as ExistingRawSourceMap,
    constants: constants.size,
    shared,
    objects: names.size,
    inPlace,
    kept,
  }
}

/** A top-level `const NAME = /…/` that can be built at its first use. */
interface LazyConstant {
  name: string
  pattern: string
  flags: string
  declaration: Node
  /** The identifiers that read it. */
  uses: Node[]
}

/**
 * The top-level constants, by their literal, that are a declaration of one
 * name bound to a literal without g or y, and that the code only reads (an
 * exported one is left as it is).
 */
function lazyConstants(program: Node, parents: Map<Node, Node>): Map<Node, LazyConstant> {
  const found = new Map<Node, LazyConstant>()
  const scopes = analyze(program as never, {
    ecmaVersion: 2022,
    sourceType: 'module',
    fallback: 'iteration',
  })
  const moduleScope = scopes.globalScope?.childScopes.find((scope) => scope.type === 'module')
  if (!moduleScope) return found
  for (const statement of program['body'] as Node[]) {
    if (statement.type !== 'VariableDeclaration' || statement['kind'] !== 'const') continue
    const declarators = statement['declarations'] as Node[]
    const declarator = declarators[0]
    if (declarators.length !== 1 || declarator === undefined) continue
    const id = declarator['id'] as Node
    const init = declarator['init'] as Node | null
    if (id.type !== 'Identifier' || init === null || !isRegExpLiteral(init)) continue
    if (/[gy]/u.test(init.regex.flags)) continue
    const name = id['name'] as string
    const variable = moduleScope.set.get(name)
    if (!variable) continue
    const uses: Node[] = []
    let readOnly = true
    for (const reference of variable.references) {
      if (reference.init) continue
      const identifier = reference.identifier as unknown as Node
      const parent = parents.get(identifier)
      if (!reference.isReadOnly() || parent?.type === 'ExportSpecifier') readOnly = false
      uses.push(identifier)
    }
    if (!readOnly) continue
    found.set(init, {
      name,
      pattern: init.regex.pattern,
      flags: init.regex.flags,
      declaration: statement,
      uses,
    })
  }
  return found
}

/**
 * Every regular-expression literal in `program`, in source order; `parents` is
 * filled as it goes, and each node given the `range` that eslint-scope reads.
 */
function regExpLiterals(program: Node, parents: Map<Node, Node>): RegExpLiteral[] {
  const found: RegExpLiteral[] = []
  const visit = (node: unknown, parent: Node | null, inFunction: boolean): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent, inFunction)
      return
    }
    if (!isNode(node)) return
    if (parent) parents.set(node, parent)
    // eslint-scope reads positions from `range`.
    node['range'] = [node.start, node.end]
    if (isRegExpLiteral(node)) {
      found.push({ node, pattern: node.regex.pattern, flags: node.regex.flags, inFunction })
      return
    }
    const type = node.type
    // A class field's initialiser runs for each instance, as a function body does.
    const opensFunction =
      type === 'FunctionDeclaration' ||
      type === 'FunctionExpression' ||
      type === 'ArrowFunctionExpression' ||
      (type === 'PropertyDefinition' && node['static'] !== true)
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'regex' && child !== null && typeof child === 'object') {
        visit(child, node, inFunction || opensFunction)
      }
    }
  }
  visit(program, null, false)
  return found.sort((a, b) => a.node.start - b.node.start)
}

function isNode(value: unknown): value is Node {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Record<string, unknown>)['type'] === 'string'
  )
}

function isRegExpLiteral(node: Node): node is Node & { regex: { pattern: string; flags: string } } {
  const regex = node['regex']
  return (
    node.type === 'Literal' &&
    regex !== null &&
    typeof regex === 'object' &&
    typeof (regex as Record<string, unknown>)['pattern'] === 'string' &&
    typeof (regex as Record<string, unknown>)['flags'] === 'string'
  )
}

/** The rolldown plugin: {@link deferRegExps} on each chunk, before minification. */
export function deferRegExpsPlugin(): Plugin {
  return {
    name: 'copydesk:defer-regexps',
    renderChunk(code) {
      const { code: deferred, map } = deferRegExps(code)
      return { code: deferred, map }
    },
  }
}

/**
 * The bundle's regular expressions, built when first used instead of at
 * import, so that a cold import pays for none of them.
 *
 * V8 checks every regular-expression literal while it parses the script, inner
 * functions' included, and the constructor does the same work when it runs. A
 * pattern with a Unicode property escape (`\p{Lu}`) builds the property's
 * tables there and then, and a case-insensitive Unicode one its case folding:
 * measured alone by instruction count, the bundle's 125 patterns with a
 * property escape cost 99 million instructions to build, its 98 other `iu` ones
 * 14 million, its 231 others 6 million. A whole import of the package, before
 * this, was 276 million.
 *
 * - A top-level `const NAME = /…/u` becomes `var NAME`, and each use of NAME
 *   `(NAME ??= new RegExp("…", "u"))`: the object is built by whichever use runs
 *   first. The uses are found by scope analysis (eslint-scope), so a local of the
 *   same name is left alone. A long pattern read in several places is written
 *   once, in a function that builds it, as below.
 * - A top-level `const NAME = new RegExp(…)` becomes `var NAME` and a function
 *   that builds it, `function MAKE() { return NAME = new RegExp(…) }`, and each
 *   use `(NAME ?? MAKE())`, when its arguments give the same value whenever they
 *   run: they read only top-level constants, functions and classes, their own
 *   locals and a few standard globals, and change nothing.
 * - Any other literal without the g or y flag keeps no state between uses, so
 *   one object serves them all: `(__copydeskRegExp0 ??= new RegExp("…", "u"))`,
 *   one name per distinct pattern and flags, declared at the top.
 *
 * A constant with g or y is one object either way, its `lastIndex` 0 until its
 * first use. A literal with g or y elsewhere keeps its state: at the top level
 * it is built in place, where it was; inside a function it stays a literal,
 * whose object V8 clones at each call from the pattern it parsed once (a
 * constructor there would look the pattern up again at every call). An exported
 * constant is left as it is.
 */
import { RolldownMagicString, type ExistingRawSourceMap, type Plugin } from 'rolldown'
import { parseAst } from 'rolldown/parseAst'
import { isNode, type Node } from './ast-node.ts'
import {
  analyzeChunk,
  holdsAnyOf,
  isLocal,
  singleConstant,
  STATE_EXPRESSIONS,
  type Placed,
  type Scope,
} from './chunk-scope.ts'
import { firstAtOrAfter } from '../dist/bisect.js'

/** Names of the shared objects: a prefix the chunk must not use already. */
const PREFIX = '__copydeskRegExp'

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
    if (constants.has(literal.node)) continue
    const construction = constructionOf(literal.pattern, literal.flags)
    if (!/[gy]/u.test(literal.flags)) {
      const key = `${literal.flags}/${literal.pattern}`
      let name = names.get(key)
      if (name === undefined) {
        name = `${PREFIX}${names.size}`
        names.set(key, name)
      }
      // Spaces keep it a separate token: `return/x/u` becomes `return (…)`.
      const lazy = `(${name} ??= ${construction})`
      edits.overwrite(
        literal.node.start,
        literal.node.end,
        ` ${guarded(literal.node, parents)}${lazy} `,
      )
      shared++
    } else if (!literal.inFunction) {
      edits.overwrite(literal.node.start, literal.node.end, ` ${construction} `)
      inPlace++
    } else {
      kept++
    }
  }
  let made = 0
  for (const { name, declaration, init, uses } of constants.values()) {
    let lazy: string
    if (isRegExpLiteral(init)) {
      const construction = constructionOf(init.regex.pattern, init.regex.flags)
      if (uses.length > 1 && construction.length > MAX_REPEATED_CONSTRUCTION) {
        // Read in several places, a long pattern is written once, in a function that builds
        // it: `var NAME; function MAKE() { return NAME = new RegExp("…", "u") }`, each use
        // `(NAME ?? MAKE())`.
        const maker = `${PREFIX}Make${made++}`
        edits.overwrite(
          declaration.start,
          declaration.end,
          `var ${name}; function ${maker}() { return ${name} = ${construction} }`,
        )
        lazy = `(${name} ?? ${maker}())`
      } else {
        // `const NAME = /…/u;` becomes `var NAME;`, each use `(NAME ??= new RegExp("…", "u"))`.
        edits.overwrite(declaration.start, declaration.end, `var ${name};`)
        lazy = `(${name} ??= ${construction})`
      }
    } else {
      // `const NAME = new RegExp(…);` becomes `var NAME; function MAKE() { return NAME = new
      // RegExp(…) }`, each use `(NAME ?? MAKE())`: the arguments stay where they were.
      const maker = `${PREFIX}Make${made++}`
      edits.overwrite(
        declaration.start,
        init.start,
        `var ${name}; function ${maker}() { return ${name} = `,
      )
      // The closing brace replaces the semicolon, or follows the initialiser's last
      // character (a closing parenthesis, which no other edit touches).
      if (declaration.end > init.end) edits.overwrite(init.end, declaration.end, ' }')
      else edits.appendLeft(init.end, ' }')
      lazy = `(${name} ?? ${maker}())`
    }
    for (const use of uses) {
      const shorthand =
        parents.get(use)?.type === 'Property' && parents.get(use)?.['shorthand'] === true
      edits.overwrite(
        use.start,
        use.end,
        shorthand ? `${name}: ${lazy}` : ` ${guarded(use, parents)}${lazy} `,
      )
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

/**
 * A semicolon to write before a parenthesised expression that replaces `node`
 * when `node` opens a statement of a list: after a statement with no semicolon
 * of its own, `(` would call what ends it. (Elsewhere, as the body of an `if`,
 * an empty statement would change the code, and no call can be read.)
 */
function guarded(node: Node, parents: Map<Node, Node>): string {
  for (let parent = parents.get(node); parent?.start === node.start; parent = parents.get(parent)) {
    if (parent.type === 'ExpressionStatement') {
      const list = parents.get(parent)?.type
      return list === 'Program' ||
        list === 'BlockStatement' ||
        list === 'StaticBlock' ||
        list === 'SwitchCase'
        ? ';'
        : ''
    }
  }
  return ''
}

/**
 * The longest construction written again at each use of its constant: a
 * longer one costs less in a function of its own. Gzip finds a short pattern
 * written again nearby for a few bytes, so only long ones gain (measured on
 * the bundle: 40 characters +0.19 KB gzipped, 150 -0.03, 250 to 1000 -0.10).
 */
const MAX_REPEATED_CONSTRUCTION = 250

function constructionOf(pattern: string, flags: string): string {
  return `new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})`
}

/** A top-level `const NAME = INIT` (a regular expression) that can be built at its first use. */
interface LazyConstant {
  name: string
  declaration: Node
  init: Node
  /** The identifiers that read it. */
  uses: Node[]
}

/** Globals that an initialiser may read and still be run later to the same effect. */
const STABLE_GLOBALS = new Set(['String', 'RegExp', 'Array', 'Object', 'Math', 'Number', 'JSON'])
/**
 * Expressions an initialiser must not hold to be run later: they change or read changing
 * state, and a `new` makes a new object each time.
 */
const UNSTABLE: ReadonlySet<string> = new Set([...STATE_EXPRESSIONS, 'NewExpression'])

/**
 * The top-level constants, by their initialiser, that are a declaration of one
 * name bound to a regular expression, a literal or a `RegExp` built from
 * constants, and that the code only reads (an exported one is left as it is).
 * The initialiser must read only top-level constants, functions and classes,
 * its own locals and a few standard globals, and write nothing: run at first
 * use instead of at import, it gives the same pattern. What the check cannot
 * see is a constant whose contents change after it (an array pushed to), or a
 * function it calls that reads a variable: the bundle has neither (a review
 * followed all 57 such constants), and test/package.test.ts compares what the
 * bundle and the modules make of the corpus. A global or sticky
 * expression is one object either way, with `lastIndex` 0 until its first use.
 */
function lazyConstants(program: Node, parents: Map<Node, Node>): Map<Node, LazyConstant> {
  const found = new Map<Node, LazyConstant>()
  const { scopes, moduleScope } = analyzeChunk(program)
  // The rewritten code calls `new RegExp` where the pattern is used: a local of that name would
  // be called instead.
  if (scopes.scopes.some((scope) => scope.set.has('RegExp'))) {
    throw new Error('the chunk declares a variable named RegExp')
  }
  if (!moduleScope) return found
  // Every reference of the chunk, by where it stands: each initialiser reads those inside it.
  const references = scopes.scopes
    .flatMap((scope) => scope.references)
    .map((reference) => ({ start: (reference.identifier as unknown as Node).start, reference }))
    .sort((a, b) => a.start - b.start)
  for (const statement of program['body'] as Node[]) {
    const constant = singleConstant(statement)
    if (constant === null) continue
    const { name, init } = constant
    if (!isRegExpLiteral(init) && !isStableConstruction(init, references, moduleScope)) continue
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
    found.set(init, { name, declaration: statement, init, uses })
  }
  return found
}

/**
 * Whether `init` is `new RegExp(…)` or `RegExp(…)` of arguments that give the
 * same values whenever they run (see {@link lazyConstants}).
 */
function isStableConstruction(
  init: Node,
  references: readonly Placed[],
  moduleScope: Scope,
): boolean {
  if (init.type !== 'NewExpression' && init.type !== 'CallExpression') return false
  const callee = init['callee'] as Node
  if (callee.type !== 'Identifier' || callee['name'] !== 'RegExp') return false
  const args = init['arguments'] as Node[]
  if (args.some((arg) => holdsUnstable(arg))) return false
  for (let i = firstAtOrAfter(references, init.start); i < references.length; i++) {
    const { reference } = references[i] as Placed
    const identifier = reference.identifier as unknown as Node
    if (identifier.start >= init.end) break
    if (identifier.end > init.end) continue
    const variable = reference.resolved
    if (variable === null) {
      if (!STABLE_GLOBALS.has(identifier['name'] as string)) return false
      continue
    }
    // A local of a function inside the initialiser.
    if (isLocal(variable, init)) continue
    if (variable.scope !== moduleScope || !reference.isReadOnly()) return false
    const constant = variable.defs.every(
      (def) =>
        def.type === 'FunctionName' ||
        def.type === 'ClassName' ||
        (def.type === 'Variable' && (def.parent as unknown as Node)['kind'] === 'const'),
    )
    if (!constant) return false
  }
  return true
}

/** Whether `node` holds an expression that changes state or reads changing state. */
function holdsUnstable(node: unknown): boolean {
  return holdsAnyOf(node, UNSTABLE)
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

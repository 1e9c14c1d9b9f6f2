/**
 * The bundle's top-level tables, built by the package's first call instead of
 * at import, so that a cold import pays for none of them.
 *
 * An import runs every top-level statement of the bundle: before this, some
 * 900 constants (word sets, maps, lists made from other lists) took about 10
 * ms to build and 1.3 MB of young memory, which cost a scavenge of 4-6 ms of
 * its own, and V8 compiled their initialisers with the top level, eagerly.
 * Now each such constant is declared where it was, `var NAME`, and assigned
 * in one function, `__copydeskInit`, that each exported function calls first:
 * it runs once, the constants in their order in the source, and later calls
 * return at once. The uses are left as they are.
 *
 * A constant `const NAME = INIT` moves there when running INIT later gives the
 * same value:
 * - INIT changes nothing and reads no changing state: it holds no
 *   assignment, `this`, `await` or the like, and each name it reads is its own
 *   local, a standard global that never changes (STABLE_GLOBALS), or a
 *   top-level binding that is never assigned again and whose contents nothing
 *   changes after INIT's place (`X.push(…)`, `X.set(…)`, `X[i] = …`: in a
 *   function, at any time; at the top level, after INIT).
 * - A function or class that INIT reads is held to the same, through every
 *   function and class that it reads in turn (its methods included).
 * - Nothing that runs at import reads NAME: no top-level statement that
 *   stays, no exported binding other than a function, nor any function or
 *   class that these read (a function that such code only names counts as
 *   run). Otherwise the import would read NAME before its assignment.
 * - NAME is not exported, and its value is no regular expression, which
 *   defer-regexps.ts builds at its first use.
 *
 * What the checks cannot see is a function that changes an object it is given
 * (`add(list)` pushing to it): test/package.test.ts compares what the bundle
 * and the modules make of the whole corpus.
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
  type Reference,
  type Scope,
  type ScopeManager,
  type Variable,
} from './chunk-scope.ts'
import { firstAtOrAfter } from '../dist/bisect.js'

/** The names this adds: a prefix the chunk must not use already. */
const PREFIX = '__copydesk'
const INIT = `${PREFIX}Init`
const READY = `${PREFIX}Ready`

/** Standard globals that are the same whenever code runs (not `Date`, whose `now` is not). */
const STABLE_GLOBALS = new Set([
  'Array',
  'BigInt',
  'Boolean',
  'Error',
  'Float32Array',
  'Float64Array',
  'Infinity',
  'Int16Array',
  'Int32Array',
  'Int8Array',
  'JSON',
  'Map',
  'Math',
  'NaN',
  'Number',
  'Object',
  'RegExp',
  'Set',
  'String',
  'Symbol',
  'TypeError',
  'RangeError',
  'Uint16Array',
  'Uint32Array',
  'Uint8Array',
  'WeakMap',
  'WeakSet',
  'isNaN',
  'parseFloat',
  'parseInt',
  'undefined',
])

/** Expressions an initialiser must not hold: they change state or read state that changes. */
const UNSTABLE: ReadonlySet<string> = new Set([...STATE_EXPRESSIONS, 'Super'])

/** Methods that change the object they are called on. */
const MUTATORS = new Set([
  'add',
  'clear',
  'copyWithin',
  'delete',
  'fill',
  'pop',
  'push',
  'reverse',
  'set',
  'shift',
  'sort',
  'splice',
  'unshift',
])

/** What {@link deferConstants} did: the new code and its source map, and how many constants moved. */
export interface DeferredConstants {
  code: string
  map: ExistingRawSourceMap
  /** Constants now assigned by the first call. */
  deferred: number
  /** Constants that met every check but one: something that runs at import reads them. */
  readAtImport: number
}

/** A top-level `const NAME = INIT` that may move into the first call. */
interface Candidate {
  name: string
  variable: Variable
  statement: Node
  init: Node
}

/** A top-level function or class: what its code reads of the module, and whether it is pure. */
interface Definition {
  body: Node
  /** The module's variables its code reads or calls. */
  reads: Set<Variable>
  /** Whether its own code writes, changes or reads what a later run would see otherwise. */
  impure: boolean
  /** Where, at the latest, the top level changes what its code reads (−1: never). */
  changedBy: number
}

/** Rewrites `code`'s top-level constants (see the module comment). */
export function deferConstants(code: string): DeferredConstants {
  if (code.includes(INIT) || code.includes(READY)) {
    throw new Error(`the chunk already uses the name ${INIT} or ${READY}`)
  }
  const program = parseAst(code) as unknown as Node
  const parents = new Map<Node, Node>()
  annotate(program, parents)
  const { scopes, moduleScope } = analyzeChunk(program)
  const edits = new RolldownMagicString(code)
  const body = program['body'] as Node[]
  const none = (): DeferredConstants => ({
    code,
    map: JSON.parse(edits.generateMap({ hires: true }).toString()) as ExistingRawSourceMap,
    deferred: 0,
    readAtImport: 0,
  })
  if (!moduleScope) return none()
  const facts = moduleFacts(scopes, moduleScope, parents)
  const exports = exportedBindings(program, moduleScope)
  const candidates = candidatesOf(body, moduleScope, facts, exports)
  // Whatever runs at import must find its constants built: they stay, and so, in turn, does
  // whatever their initialisers read.
  const deferred = new Map(candidates.map((candidate) => [candidate.variable, candidate]))
  let readAtImport = 0
  for (;;) {
    const reads = readAtImportTime(body, moduleScope, facts, deferred, exports)
    const staying = [...deferred.keys()].filter((variable) => reads.has(variable))
    if (staying.length === 0) break
    for (const variable of staying) deferred.delete(variable)
    readAtImport += staying.length
  }
  if (deferred.size === 0) return none()
  const entries = exports.functions
  if (entries.length === 0)
    throw new Error('defer-constants: the chunk exports no function to build its constants')
  const end = code.length
  const names = [...deferred.values()].map(({ name }) => name)
  edits.prependLeft(body[0]?.start ?? 0, `var ${names.join(', ')}, ${READY} = false;\n`)
  edits.appendLeft(end, `\nfunction ${INIT}() {\n  if (${READY}) return;\n  ${READY} = true;\n`)
  for (const { name, statement, init } of [...deferred.values()].sort(
    (a, b) => a.statement.start - b.statement.start,
  )) {
    edits.overwrite(statement.start, init.start, `${name} = `)
    if (statement.end === init.end) edits.appendLeft(init.end, ';')
    edits.move(statement.start, statement.end, end)
  }
  edits.prependRight(end, '\n}\n')
  for (const entry of entries) {
    const block = entry['body'] as Node
    edits.appendLeft(block.start + 1, ` ${INIT}();`)
  }
  return {
    code: edits.toString(),
    map: JSON.parse(edits.generateMap({ hires: true }).toString()) as ExistingRawSourceMap,
    deferred: deferred.size,
    readAtImport,
  }
}

/** What the module's code does to its top-level variables. */
interface ModuleFacts {
  /** Variables assigned again after their declaration. */
  reassigned: Set<Variable>
  /** Where the top level last changes a variable's contents; Infinity when a function does. */
  changedAt: Map<Variable, number>
  definitions: Map<Variable, Definition>
  /** Every reference of the chunk, by where its identifier starts. */
  references: Placed[]
  parents: Map<Node, Node>
}

function moduleFacts(
  scopes: ScopeManager,
  moduleScope: Scope,
  parents: Map<Node, Node>,
): ModuleFacts {
  const reassigned = new Set<Variable>()
  const changedAt = new Map<Variable, number>()
  const references: Placed[] = []
  for (const scope of scopes.scopes) {
    for (const reference of scope.references) {
      const variable = reference.resolved
      references.push({ start: (reference.identifier as unknown as Node).start, reference })
      if (variable === null || variable.scope !== moduleScope) continue
      if (!reference.init && !reference.isReadOnly()) reassigned.add(variable)
      const identifier = reference.identifier as unknown as Node
      if (!changesObject(identifier, parents)) continue
      const at = reference.from.variableScope === moduleScope ? identifier.start : Infinity
      changedAt.set(variable, Math.max(changedAt.get(variable) ?? -1, at))
    }
  }
  const facts: ModuleFacts = {
    reassigned,
    changedAt,
    definitions: new Map(),
    references: references.sort((a, b) => a.start - b.start),
    parents,
  }
  for (const variable of moduleScope.variables) {
    const definition = definitionOf(variable, moduleScope, facts)
    if (definition) facts.definitions.set(variable, definition)
  }
  return facts
}

/** The function or class `variable` names, with what its code reads, when it names one alone. */
function definitionOf(
  variable: Variable,
  moduleScope: Scope,
  facts: ModuleFacts,
): Definition | null {
  const def = variable.defs[0]
  if (variable.defs.length !== 1 || def === undefined) return null
  let body: Node | null = null
  if (def.type === 'FunctionName' || def.type === 'ClassName') body = def.node as unknown as Node
  else if (def.type === 'Variable') {
    const init = (def.node as unknown as Node)['init'] as Node | null
    if (
      init?.type === 'ClassExpression' ||
      init?.type === 'FunctionExpression' ||
      init?.type === 'ArrowFunctionExpression'
    ) {
      body = init
    }
  }
  if (body === null) return null
  const reads = new Set<Variable>()
  let impure = false
  let changedBy = -1
  for (const reference of referencesIn(body, facts)) {
    const read = readOf(reference, body, moduleScope, facts)
    if (read === 'local') continue
    if (read === 'impure') {
      impure = true
      continue
    }
    reads.add(read)
    changedBy = Math.max(changedBy, facts.changedAt.get(read) ?? -1)
  }
  return { body, reads, impure, changedBy }
}

/**
 * What `reference`, made by code inside `within`, reads: `local` (a name of
 * that code's own, or a stable global), a module variable, or `impure` (a
 * write, a change, a global that may change, or an unknown name).
 */
function readOf(
  reference: Reference,
  within: Node,
  moduleScope: Scope,
  facts: ModuleFacts,
): Variable | 'local' | 'impure' {
  const identifier = reference.identifier as unknown as Node
  const variable = reference.resolved
  if (variable === null)
    return STABLE_GLOBALS.has(identifier['name'] as string) ? 'local' : 'impure'
  if (isLocal(variable, within)) return 'local'
  if (variable.scope !== moduleScope) return 'impure'
  if (!reference.isReadOnly() || facts.reassigned.has(variable)) return 'impure'
  if (changesObject(identifier, facts.parents)) return 'impure'
  return variable
}

/**
 * Whether code at `position` could read a variable, or run a definition, through every one it
 * reads, and get what it would get at `position`: none writes, changes or
 * reads changing state, and the top level changes nothing they read after
 * `position`.
 */
function pureAt(start: Variable, position: number, facts: ModuleFacts): boolean {
  const seen = new Set<Variable>([start])
  const queue = [start]
  for (let variable = queue.pop(); variable !== undefined; variable = queue.pop()) {
    if ((facts.changedAt.get(variable) ?? -1) >= position) return false
    const definition = facts.definitions.get(variable)
    if (!definition) {
      // A constant or variable, built once: it must be declared before `position`, where the
      // code before this read it, and so be built before whatever is built there.
      if (variable.defs.some((def) => (def.name as unknown as Node).start >= position)) return false
      continue
    }
    if (definition.impure || definition.changedBy >= position) return false
    for (const read of definition.reads) {
      if (!seen.has(read)) {
        seen.add(read)
        queue.push(read)
      }
    }
  }
  return true
}

/** The top-level constants whose initialisers may run later to the same effect. */
function candidatesOf(
  body: readonly Node[],
  moduleScope: Scope,
  facts: ModuleFacts,
  exports: ExportedBindings,
): Candidate[] {
  const found: Candidate[] = []
  for (const statement of body) {
    const constant = singleConstant(statement)
    if (constant === null || !isTable(constant.init)) continue
    const { name, init } = constant
    const variable = moduleScope.set.get(name)
    if (!variable || exports.all.has(variable) || facts.reassigned.has(variable)) continue
    if (holdsUnstable(init)) continue
    let stable = true
    for (const reference of referencesIn(init, facts)) {
      const read = readOf(reference, init, moduleScope, facts)
      if (read === 'local') continue
      if (read === 'impure' || !pureAt(read, statement.start, facts)) {
        stable = false
        break
      }
    }
    if (!stable) continue
    found.push({ name, variable, statement, init })
  }
  return found
}

/**
 * Whether `init` builds something worth building later: not a primitive, nor a
 * function or class (cheap to make), nor a regular expression (defer-regexps.ts).
 */
function isTable(init: Node): boolean {
  switch (init.type) {
    case 'Literal':
    case 'Identifier':
    case 'TemplateLiteral':
    case 'UnaryExpression':
    case 'BinaryExpression':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'ClassExpression':
      return false
    case 'NewExpression':
    case 'CallExpression': {
      const callee = init['callee'] as Node
      return !(callee.type === 'Identifier' && callee['name'] === 'RegExp')
    }
    default:
      return true
  }
}

/**
 * The module variables that code run at import reads: top-level statements
 * other than declarations of functions, classes' static parts, the constants
 * in `deferred` aside, and exported bindings that are not functions, with
 * every function and class these read, in turn.
 */
function readAtImportTime(
  body: readonly Node[],
  moduleScope: Scope,
  facts: ModuleFacts,
  deferred: Map<Variable, Candidate>,
  exports: ExportedBindings,
): Set<Variable> {
  const reads = new Set<Variable>()
  const queue: Variable[] = []
  const read = (variable: Variable): void => {
    if (reads.has(variable)) return
    reads.add(variable)
    queue.push(variable)
  }
  const readWithin = (node: Node): void => {
    for (const reference of referencesIn(node, facts)) {
      const variable = reference.resolved
      if (variable !== null && variable.scope === moduleScope) read(variable)
    }
  }
  const deferredStatements = new Set([...deferred.values()].map(({ statement }) => statement))
  for (const statement of body) {
    if (deferredStatements.has(statement) || statement.type === 'FunctionDeclaration') continue
    if (statement.type === 'ExportNamedDeclaration' && statement['declaration'] == null) continue
    const declared = classDeclared(statement)
    if (declared) {
      for (const part of staticParts(declared)) readWithin(part)
      continue
    }
    readWithin(statement)
  }
  for (const variable of exports.all) {
    if (!exports.functionVariables.has(variable)) read(variable)
  }
  // An exported function's parameters' defaults run before its first statement, the init call.
  for (const entry of exports.functions) {
    for (const param of entry['params'] as Node[]) readWithin(param)
  }
  for (let variable = queue.pop(); variable !== undefined; variable = queue.pop()) {
    const definition = facts.definitions.get(variable)
    if (definition) for (const inner of definition.reads) read(inner)
  }
  return reads
}

/** The class that `statement` declares alone (`class C {}`, `var C = class {}`), if it does. */
function classDeclared(statement: Node): Node | null {
  if (statement.type === 'ClassDeclaration') return statement
  if (statement.type !== 'VariableDeclaration') return null
  const declarators = statement['declarations'] as Node[]
  const init = declarators.length === 1 ? (declarators[0]?.['init'] as Node | null) : null
  return init?.type === 'ClassExpression' ? init : null
}

/** The parts of a class that run when it is declared: its superclass, computed keys, static members. */
function staticParts(declared: Node): Node[] {
  const parts: Node[] = []
  const superClass = declared['superClass'] as Node | null
  if (superClass) parts.push(superClass)
  for (const member of (declared['body'] as Node)['body'] as Node[]) {
    if (member['computed'] === true) parts.push(member['key'] as Node)
    if (member.type === 'StaticBlock' || member['static'] === true) parts.push(member)
  }
  return parts
}

/** The module's exported bindings, and the functions among them, by their declarations. */
interface ExportedBindings {
  all: Set<Variable>
  functionVariables: Set<Variable>
  functions: Node[]
}

function exportedBindings(program: Node, moduleScope: Scope): ExportedBindings {
  const all = new Set<Variable>()
  const functionVariables = new Set<Variable>()
  const functions: Node[] = []
  for (const statement of program['body'] as Node[]) {
    if (
      statement.type === 'ExportDefaultDeclaration' ||
      statement.type === 'ExportAllDeclaration'
    ) {
      throw new Error(
        `defer-constants: the chunk has an export it cannot follow (${statement.type})`,
      )
    }
    if (statement.type !== 'ExportNamedDeclaration') continue
    if (statement['declaration'] != null || statement['source'] != null) {
      throw new Error(
        'defer-constants: the chunk exports a declaration in place; expected one export list',
      )
    }
    for (const specifier of statement['specifiers'] as Node[]) {
      const variable = moduleScope.set.get((specifier['local'] as Node)['name'] as string)
      if (!variable) continue
      all.add(variable)
      const def = variable.defs[0]
      if (variable.defs.length === 1 && def?.type === 'FunctionName') {
        functionVariables.add(variable)
        functions.push(def.node as unknown as Node)
      }
    }
  }
  return { all, functionVariables, functions }
}

/** Whether the object `identifier` names is changed where it stands: `X.push(…)`, `X[i] = …`. */
function changesObject(identifier: Node, parents: Map<Node, Node>): boolean {
  const member = parents.get(identifier)
  if (member?.type !== 'MemberExpression' || member['object'] !== identifier) return false
  const above = parents.get(member)
  if (above?.type === 'AssignmentExpression' && above['left'] === member) return true
  if (above?.type === 'UpdateExpression') return true
  if (above?.type === 'UnaryExpression' && above['operator'] === 'delete') return true
  if (above?.type === 'CallExpression' && above['callee'] === member) {
    if (member['computed'] === true) return true
    return MUTATORS.has((member['property'] as Node)['name'] as string)
  }
  return false
}

/** The references made by code inside `node`: each whose identifier stands in it. */
function referencesIn(node: Node, facts: ModuleFacts): Reference[] {
  const found: Reference[] = []
  const all = facts.references
  for (let i = firstAtOrAfter(all, node.start); i < all.length; i++) {
    const placed = all[i] as Placed
    if (placed.start >= node.end) break
    found.push(placed.reference)
  }
  return found
}

/** Whether `node` holds an expression that changes state or reads state that changes. */
function holdsUnstable(node: unknown): boolean {
  return holdsAnyOf(node, UNSTABLE)
}

/** Fills `parents`, and gives each node the `range` that eslint-scope reads. */
function annotate(program: Node, parents: Map<Node, Node>): void {
  const visit = (node: unknown, parent: Node | null): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent)
      return
    }
    if (!isNode(node)) return
    if (parent) parents.set(node, parent)
    node['range'] = [node.start, node.end]
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'regex' && child !== null && typeof child === 'object') visit(child, node)
    }
  }
  visit(program, null)
}

/** The rolldown plugin: {@link deferConstants} on each chunk, before minification. */
export function deferConstantsPlugin(): Plugin {
  return {
    name: 'copydesk:defer-constants',
    renderChunk(code) {
      const { code: deferred, map } = deferConstants(code)
      return { code: deferred, map }
    },
  }
}

/**
 * What the bundle's rewrites (defer-regexps.ts, defer-constants.ts) share to
 * read a chunk: the scope analysis's types, references by place, and a walk
 * for expressions that change or read changing state.
 */
import { analyze } from 'eslint-scope'
import { isNode, type Node } from './ast-node.ts'

export type ScopeManager = ReturnType<typeof analyze>
export type Scope = ScopeManager['scopes'][number]
export type Reference = Scope['references'][number]
export type Variable = Scope['variables'][number]

/** A reference, by where its identifier starts in the chunk. */
export interface Placed {
  start: number
  reference: Reference
}

/**
 * Expressions that an initialiser run later than where it stands must not
 * hold: they change state, or read state that changes.
 */
export const STATE_EXPRESSIONS: readonly string[] = [
  ...['AssignmentExpression', 'UpdateExpression', 'ThisExpression', 'AwaitExpression'],
  ...['YieldExpression', 'ImportExpression', 'MetaProperty', 'SequenceExpression'],
]

/** Whether `node` holds an expression of one of `types` (a regular expression's pattern aside). */
export function holdsAnyOf(node: unknown, types: ReadonlySet<string>): boolean {
  if (Array.isArray(node)) return node.some((child) => holdsAnyOf(child, types))
  if (!isNode(node)) return false
  if (types.has(node.type)) return true
  return Object.entries(node).some(
    ([key, child]) =>
      key !== 'regex' && child !== null && typeof child === 'object' && holdsAnyOf(child, types),
  )
}

/** The name and initialiser of `statement` when it is `const NAME = INIT`, one name alone. */
export function singleConstant(statement: Node): { name: string; init: Node } | null {
  if (statement.type !== 'VariableDeclaration' || statement['kind'] !== 'const') return null
  const declarators = statement['declarations'] as Node[]
  const declarator = declarators[0]
  if (declarators.length !== 1 || declarator === undefined) return null
  const id = declarator['id'] as Node
  const init = declarator['init'] as Node | null
  if (id.type !== 'Identifier' || init === null) return null
  return { name: id['name'] as string, init }
}

/** Whether every declaration of `variable` stands inside `within`: a local of its code. */
export function isLocal(variable: Variable, within: Node): boolean {
  return variable.defs.every((def) => {
    const node = def.name as unknown as Node
    return node.start >= within.start && node.end <= within.end
  })
}

/**
 * The scope analysis of `program` (a chunk's ES module, each node with the `range` eslint-scope
 * reads), and its module scope (undefined for none).
 */
export function analyzeChunk(program: Node): {
  scopes: ScopeManager
  moduleScope: Scope | undefined
} {
  const scopes = analyze(program as never, {
    ecmaVersion: 2022,
    sourceType: 'module',
    fallback: 'iteration',
  })
  const moduleScope = scopes.globalScope?.childScopes.find((scope) => scope.type === 'module')
  return { scopes, moduleScope }
}

/**
 * The bundle's regular-expression literals, built by the RegExp constructor
 * instead, so that a cold import does not pay for V8's early check of them.
 *
 * V8 checks every regular-expression literal while it parses the script, inner
 * functions' included, and a pattern with a Unicode property escape (`\p{Lu}`)
 * builds the property's tables there and then: some 40 µs a property here, for
 * about 700 literals, most never run in a given parse. The constructor, run at
 * import, checks the same pattern without building the tables, and the pattern is
 * compiled on first use, as a literal's would be. Measured on this package (cold
 * import, median of alternating runs on a busy two-core machine): 92 -> 83 ms.
 *
 * A literal without the g or y flag keeps no state between uses, so one object
 * built at the top of the bundle serves every use, in any function (one per
 * distinct pattern and flags). A literal with g or y keeps its `lastIndex`: at the
 * top level it is built in place, where it was; inside a function it stays a
 * literal, whose object V8 clones at each call from the pattern it parsed once
 * (a constructor there would look the pattern up again at every call).
 *
 * The shared objects are declared first in the chunk: the bundle is one file, so
 * no import can run code of the chunk before them.
 */
import { RolldownMagicString, type ExistingRawSourceMap, type Plugin } from 'rolldown'
import { parseAst } from 'rolldown/parseAst'

/** Names of the shared objects: a prefix the chunk must not use already. */
const PREFIX = '__copydeskRegExp'

interface RegExpLiteral {
  start: number
  end: number
  pattern: string
  flags: string
  inFunction: boolean
}

/** What {@link deferRegExps} did: the new code and its source map, and counts. */
export interface DeferredRegExps {
  code: string
  map: ExistingRawSourceMap
  /** Literals now one of the shared objects built at the top. */
  shared: number
  /** Distinct shared objects. */
  objects: number
  /** Top-level literals with g or y, built in place. */
  inPlace: number
  /** Literals with g or y inside functions, left alone. */
  kept: number
}

/** Rewrites `code`'s regular-expression literals (see the module comment). */
export function deferRegExps(code: string): DeferredRegExps {
  if (code.includes(PREFIX)) throw new Error(`the chunk already uses the name ${PREFIX}`)
  const program = parseAst(code)
  const literals = regExpLiterals(program)
  const edits = new RolldownMagicString(code)
  const names = new Map<string, string>()
  const declarations: string[] = []
  let shared = 0
  let inPlace = 0
  let kept = 0
  for (const literal of literals) {
    const construction = `new RegExp(${JSON.stringify(literal.pattern)}, ${JSON.stringify(literal.flags)})`
    if (!/[gy]/u.test(literal.flags)) {
      const key = `${literal.flags}/${literal.pattern}`
      let name = names.get(key)
      if (name === undefined) {
        name = `${PREFIX}${names.size}`
        names.set(key, name)
        declarations.push(`const ${name} = ${construction};\n`)
      }
      // Spaces keep it a separate token: `return/x/u` becomes `return __copydeskRegExp0`.
      edits.overwrite(literal.start, literal.end, ` ${name} `)
      shared++
    } else if (!literal.inFunction) {
      edits.overwrite(literal.start, literal.end, ` ${construction} `)
      inPlace++
    } else {
      kept++
    }
  }
  const first = program.body[0]
  if (declarations.length > 0) edits.prependLeft(first?.start ?? 0, declarations.join(''))
  return {
    code: edits.toString(),
    map: JSON.parse(edits.generateMap({ hires: true }).toString()) as ExistingRawSourceMap,
    shared,
    objects: names.size,
    inPlace,
    kept,
  }
}

/** Every regular-expression literal in `program`, in source order. */
function regExpLiterals(program: object): RegExpLiteral[] {
  const found: RegExpLiteral[] = []
  const visit = (node: unknown, inFunction: boolean): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, inFunction)
      return
    }
    if (node === null || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    const type = record['type']
    if (type === 'Literal' && isRegExpInfo(record['regex'])) {
      found.push({
        start: record['start'] as number,
        end: record['end'] as number,
        pattern: record['regex'].pattern,
        flags: record['regex'].flags,
        inFunction,
      })
      return
    }
    // A class field's initialiser runs for each instance, as a function body does.
    const opensFunction =
      type === 'FunctionDeclaration' ||
      type === 'FunctionExpression' ||
      type === 'ArrowFunctionExpression' ||
      (type === 'PropertyDefinition' && record['static'] !== true)
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'regex' && child !== null && typeof child === 'object') {
        visit(child, inFunction || opensFunction)
      }
    }
  }
  visit(program, false)
  return found.sort((a, b) => a.start - b.start)
}

function isRegExpInfo(value: unknown): value is { pattern: string; flags: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Record<string, unknown>)['pattern'] === 'string' &&
    typeof (value as Record<string, unknown>)['flags'] === 'string'
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

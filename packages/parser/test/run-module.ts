/** Runs `code`, a module whose last statement exports its bindings, and gives them. */
export function runModule(code: string): Record<string, unknown> {
  return new Function(code.replace('export {', 'return {'))() as Record<string, unknown>
}

/**
 * Front-coded lists, as the generated gazetteers store them: sorted entries
 * separated by "|", each opening with the number of characters it shares
 * with the entry before it, in base 36 ("0abe|3l" is "abe", "abel"). A third
 * less text for the engine to read when the package is imported.
 */

const SEP = '|'
const BASE = 36

/**
 * The entries of a front-coded list.
 *
 * @example
 * frontDecoded('0abe|3l|0bo') // ['abe', 'abel', 'bo']
 */
export function frontDecoded(list: string): string[] {
  const entries: string[] = []
  let previous = ''
  for (const item of list.split(SEP)) {
    const shared = parseInt(item.charAt(0), BASE)
    previous = previous.slice(0, Number.isNaN(shared) ? 0 : shared) + item.slice(1)
    entries.push(previous)
  }
  return entries
}

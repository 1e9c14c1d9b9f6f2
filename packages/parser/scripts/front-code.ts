/**
 * Front coding for the generated lists (see src/entities/front-coding.ts,
 * which decodes them): each entry opens with how many characters it shares
 * with the entry before it, in base 36, then the rest. Sorted lists shrink
 * by a third, and by a third again once gzipped, for the same entries.
 */

/** The separator of the entries, which no entry holds. */
export const SEP = '|'
const BASE = 36
/** The most shared characters one digit of base BASE says. */
const MAX_SHARED = BASE - 1

/**
 * `entries`, in their order, front-coded and joined.
 *
 * @example
 * frontCoded(['abe', 'abel', 'bo']) // '0abe|3l|0bo'
 */
export function frontCoded(entries: readonly string[]): string {
  let previous = ''
  const coded = entries.map((entry) => {
    if (entry.includes(SEP)) throw new Error(`an entry holds the separator: ${entry}`)
    let shared = 0
    const most = Math.min(previous.length, entry.length, MAX_SHARED)
    while (shared < most && previous[shared] === entry[shared]) shared++
    previous = entry
    return shared.toString(BASE) + entry.slice(shared)
  })
  return coded.join(SEP)
}

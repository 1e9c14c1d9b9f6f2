/**
 * Front coding for the generated lists (see src/entities/front-coding.ts,
 * which decodes them): each entry without the characters it shares with the
 * entry before it, and apart, how many, range-coded. Sorted lists shrink by a
 * third, and by a third again once gzipped, for the same entries. A generated
 * module writes the counts of all its lists first, then the lists
 * (frontCodedExports).
 */
import { codeSharedCounts, MAX_SHARED } from '../dist/entities/front-coding.js'

// Node runs the sibling .ts file as it is; the type checker reads it as .js.
const { RangeEncoder } = (await import(
  new URL('./range-encoder.ts', import.meta.url).href
)) as typeof import('./range-encoder.js')

/** The separator of the entries, which no entry holds. */
export const SEP = '|'

/** A front-coded list: the entries' rests, and the digits of what each shares. */
export interface FrontCoded {
  /** How many characters each entry shares with the entry before it, range-coded. */
  shared: string
  /** The entries without those characters, joined by SEP. */
  rests: string
}

/**
 * `entries`, in their order, front-coded.
 *
 * @example
 * frontCoded(['abe', 'abel', 'bo']) // { shared: (the counts 0, 3, 0), rests: 'abe|l|bo' }
 */
export function frontCoded(entries: readonly string[]): FrontCoded {
  let previous = ''
  const counts = new Uint8Array(entries.length)
  const rests = entries.map((entry, i) => {
    if (entry.includes(SEP)) throw new Error(`an entry holds the separator: ${entry}`)
    let count = 0
    const most = Math.min(previous.length, entry.length, MAX_SHARED)
    while (count < most && previous[count] === entry[count]) count++
    previous = entry
    counts[i] = count
    return entry.slice(count)
  })
  const encoder = new RangeEncoder()
  codeSharedCounts(encoder, counts)
  return { shared: encoder.finish(), rests: rests.join(SEP) }
}

/** A list to write as exports of a generated module: its name, its doc comment, its entries. */
export interface ListExport {
  name: string
  doc: string
  entries: readonly string[]
}

/**
 * The source of the exports of `lists`, front-coded: first the digits of
 * every list (`NAME_SHARED`), then the lists (`NAME`), each under its doc
 * comment, in their order.
 */
export function frontCodedExports(lists: readonly ListExport[]): string {
  const coded = lists.map((list) => ({ ...list, ...frontCoded(list.entries) }))
  const digits = coded.map(
    ({ name, shared }) =>
      `/** How many characters each entry of ${name} shares with the one before it. */\n` +
      `export const ${name}_SHARED = ${JSON.stringify(shared)}\n`,
  )
  const rests = coded.map(
    ({ name, doc, rests }) => `/** ${doc} */\nexport const ${name} = ${JSON.stringify(rests)}\n`,
  )
  return [...digits, ...rests].join('')
}

/**
 * Turns the command line's inputs into a list of files to read: folders are
 * walked for text files, in a stable order; what cannot be listed is reported
 * as a failed input, not thrown.
 */
import { readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'

const TEXT_EXTENSIONS = new Set(['.txt', '.text'])

/** One input: a path, or `-` for standard input; or one that failed to list. */
export type Input = { path: string } | { path: string; error: string }

/** The files named by `inputs`, folders expanded; `sawFolder` when a folder was named. */
export async function expandInputs(
  inputs: readonly string[],
): Promise<{ inputs: Input[]; sawFolder: boolean }> {
  const out: Input[] = []
  let sawFolder = false
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-' })
      continue
    }
    try {
      const info = await stat(input)
      if (info.isDirectory()) {
        sawFolder = true
        out.push(...(await walk(input)))
      } else out.push({ path: input })
    } catch (error) {
      out.push({ path: input, error: describe(error) })
    }
  }
  return { inputs: out, sawFolder }
}

async function walk(dir: string): Promise<Input[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const out: Input[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await walk(path)))
    else if (entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase()))
      out.push({ path })
  }
  return out
}

/** A short reason for a file-system error. */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EACCES':
      return 'permission denied'
    case 'EISDIR':
      return 'is a folder'
    default:
      return code ?? (error as Error).message
  }
}

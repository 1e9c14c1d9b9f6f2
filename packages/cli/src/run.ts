/**
 * The command line, as a function of its arguments and streams, so tests can
 * run it without spawning a process.
 */
import { parse } from '@copydesk/parser'
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'

/** The streams a run reads and writes. */
export interface Streams {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

export const USAGE = `Usage: copydesk parse [FILE|-] [--reference-date YYYY-MM-DD]

Parses a news article given as plain text and prints the document as JSON.
FILE is a path, or - (or nothing) for standard input.

Options:
  --reference-date YYYY-MM-DD  anchor for relative dates ("on Thursday")
  -h, --help                   show this help

Exit codes: 0 success, 1 a file could not be read, 2 bad usage.`

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u

/** Runs the command line `args`; resolves to the exit code. */
export async function run(args: string[], streams: Streams): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>
  try {
    parsed = parseOptions(args)
  } catch (error) {
    return usage(streams, (error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) {
    streams.stdout.write(`${USAGE}\n`)
    return EXIT_OK
  }
  const [command, ...files] = positionals
  if (command !== 'parse')
    return usage(streams, command ? `unknown command "${command}"` : 'no command given')
  if (files.length > 1) return usage(streams, 'give one FILE (or - for standard input)')
  const referenceDate = values['reference-date']
  if (
    referenceDate !== undefined &&
    (!ISO_DATE.test(referenceDate) || Number.isNaN(Date.parse(referenceDate)))
  ) {
    return usage(streams, `--reference-date must be a date as YYYY-MM-DD, not "${referenceDate}"`)
  }
  const file = files[0] ?? '-'
  let text: string
  try {
    text = file === '-' ? await readStream(streams.stdin) : await readFile(file, 'utf8')
  } catch (error) {
    streams.stderr.write(
      `copydesk: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    )
    return EXIT_FAILED
  }
  const document = parse(text, referenceDate ? { referenceDate } : {})
  streams.stdout.write(`${JSON.stringify(document, null, 2)}\n`)
  return EXIT_OK
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      'reference-date': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

function usage(streams: Streams, message: string): number {
  streams.stderr.write(`copydesk: ${message}\n\n${USAGE}\n`)
  return EXIT_USAGE
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

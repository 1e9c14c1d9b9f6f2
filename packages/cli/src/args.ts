/**
 * The command line's words, checked: every mistake is a `UsageError` with a
 * message that says what to write instead.
 */
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'

export const FORMATS = ['json', 'jsonl', 'markdown', 'html', 'text'] as const
export type Format = (typeof FORMATS)[number]

/** What a `copydesk parse` run was asked to do. */
export interface ParseCommand {
  command: 'parse'
  inputs: string[]
  format: Format | null
  referenceDate: string | undefined
  jobs: number
  out: string | null
}

export type Command = ParseCommand | { command: 'help' } | { command: 'version' }

/** A mistake in the command line (exit code 2). */
export class UsageError extends Error {}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u

/** Whether `text` is a day of the calendar written YYYY-MM-DD ("2023-02-30" is none). */
function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  const date = new Date(Date.UTC(year, month, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day
}
const MAX_JOBS = 64

/** Reads `args` (without the node and script paths). */
export function readArgs(args: string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'reference-date': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (values.version) return { command: 'version' }
  const [command, ...inputs] = positionals
  if (command === undefined) throw new UsageError('no command given')
  if (command !== 'parse') throw new UsageError(`unknown command "${command}"`)
  const format = values.format ?? null
  if (format !== null && !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`)
  }
  const referenceDate = values['reference-date']
  if (referenceDate !== undefined && !isCalendarDate(referenceDate)) {
    throw new UsageError(`--reference-date must be a date as YYYY-MM-DD, not "${referenceDate}"`)
  }
  let jobs = availableParallelism()
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
      throw new UsageError(
        `--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${values.jobs}"`,
      )
    }
  }
  if (inputs.filter((input) => input === '-').length > 1)
    throw new UsageError('standard input (-) can be read once')
  return {
    command: 'parse',
    inputs: inputs.length > 0 ? inputs : ['-'],
    format: format as Format | null,
    referenceDate,
    jobs,
    out: values.out ?? null,
  }
}

export const USAGE = `Usage: copydesk parse [FILE|DIR|-]... [options]

Parses news articles given as plain text into typed documents.

Inputs are files, folders (every .txt and .text file inside, recursively)
or - for standard input (the default). One input prints one document; several
print JSON Lines, one {"file", "document"} object a line, parsed in parallel.

Options:
  -f, --format FORMAT          json (one input), jsonl (several), markdown, html
                               or text
      --reference-date DATE    anchor for relative dates ("on Thursday"), as
                               YYYY-MM-DD; else the article's own date is used
  -j, --jobs N                 parse on N worker threads (default: one a core)
  -o, --out DIR                write one file per input into DIR instead of
                               standard output (name.json, .md, .html or .txt)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 all parsed, 1 some input could not be read (the others are
still parsed), 2 bad usage.

Examples:
  copydesk parse article.txt
  copydesk parse article.txt --format markdown
  cat article.txt | copydesk parse - --reference-date 2023-04-20
  copydesk parse articles/ --jobs 4 > documents.jsonl
  copydesk parse articles/ --format html --out site/`

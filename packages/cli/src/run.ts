/**
 * The command line, as a function of its arguments and streams, so tests can
 * run it without spawning a process.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { readArgs, USAGE, UsageError, type Format, type ParseCommand } from './args.js'
import { expandInputs } from './inputs.js'
import { runJob, type JobRequest, type JobResult } from './job.js'
import { runPool } from './pool.js'
import { Progress } from './progress.js'

/** The streams a run reads and writes. */
export interface Streams {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

const EXTENSIONS: Record<Format, string> = {
  json: '.json',
  jsonl: '.jsonl',
  markdown: '.md',
  html: '.html',
  text: '.txt',
}

/** Runs the command line `args`; resolves to the exit code. */
export async function run(args: string[], streams: Streams, version = '0.0.0'): Promise<number> {
  let command
  try {
    command = readArgs(args)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    streams.stderr.write(`copydesk: ${error.message}\n\n${USAGE}\n`)
    return EXIT_USAGE
  }
  if (command.command === 'help') {
    streams.stdout.write(`${USAGE}\n`)
    return EXIT_OK
  }
  if (command.command === 'version') {
    streams.stdout.write(`${version}\n`)
    return EXIT_OK
  }
  return parseFiles(command, streams)
}

async function parseFiles(command: ParseCommand, streams: Streams): Promise<number> {
  const { inputs, sawFolder } = await expandInputs(command.inputs)
  const many = inputs.length !== 1 || sawFolder
  const format: Format = command.format ?? (many && !command.out ? 'jsonl' : 'json')
  if (many && !command.out && format !== 'jsonl' && format !== 'json') {
    streams.stderr.write(
      `copydesk: several inputs with --format ${format} need --out DIR (one file each)\n`,
    )
    return EXIT_USAGE
  }
  const lineFormat: Format = many && !command.out ? 'jsonl' : format
  let failed = 0
  let parsed = 0
  let bytes = 0
  const started = Date.now()
  const progress = new Progress(streams.stderr, inputs.length)
  if (command.out) await mkdir(command.out, { recursive: true })

  const report = async (result: JobResult): Promise<void> => {
    progress.tick()
    if (!result.ok) {
      failed++
      streams.stderr.write(
        `${progress.clearLine()}copydesk: skipped ${result.path}: ${result.error}\n`,
      )
      return
    }
    parsed++
    bytes += result.bytes
    if (command.out) {
      const name = result.path === '-' ? 'stdin' : basename(result.path, extname(result.path))
      await writeFile(join(command.out, `${name}${EXTENSIONS[lineFormat]}`), result.output)
    } else streams.stdout.write(result.output)
  }

  const requests: JobRequest[] = []
  const writes: Promise<void>[] = []
  for (const input of inputs) {
    if ('error' in input) {
      writes.push(report({ ok: false, path: input.path, error: input.error }))
      continue
    }
    const text = input.path === '-' ? await readStream(streams.stdin) : undefined
    requests.push({
      path: input.path,
      format: lineFormat,
      referenceDate: command.referenceDate,
      ...(text === undefined ? {} : { text }),
    })
  }
  if (requests.length > 1 && command.jobs > 1 && !requests.some((r) => r.text !== undefined)) {
    await runPool(requests, command.jobs, (result) => writes.push(report(result)))
  } else {
    for (const request of requests) await report(await runJob(request))
  }
  await Promise.all(writes)
  progress.finish()
  if (many) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const size = (bytes / 1024 / 1024).toFixed(1)
    streams.stderr.write(
      `copydesk: parsed ${parsed} of ${inputs.length} files (${size} MB) in ${seconds} s${failed ? `, ${failed} failed` : ''}\n`,
    )
  }
  return failed > 0 ? EXIT_FAILED : EXIT_OK
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * One unit of work, the same on a worker thread and on the main thread: read
 * a file, check it is text, parse it, render it in the chosen format.
 */
import { parse, toHtml, toMarkdown, toText, type ArticleDocument } from '@copydesk/parser'
import { readFile } from 'node:fs/promises'
import type { Format } from './args.js'
import { describe } from './inputs.js'

/** What a job is asked. */
export interface JobRequest {
  path: string
  /** The text itself, for standard input. */
  text?: string
  format: Format
  referenceDate: string | undefined
}

/** What a job answers. */
export type JobResult =
  | { ok: true; path: string; output: string; bytes: number }
  | { ok: false; path: string; error: string }

/** Largest input read: far above any article, well below a memory problem. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

const decoder = new TextDecoder('utf-8', { fatal: true })

/** Runs one job; never throws. */
export async function runJob(request: JobRequest): Promise<JobResult> {
  const { path } = request
  let text = request.text
  if (text === undefined) {
    let bytes: Uint8Array
    try {
      bytes = await readFile(path)
    } catch (error) {
      return { ok: false, path, error: describe(error) }
    }
    if (bytes.byteLength > MAX_INPUT_BYTES) {
      return { ok: false, path, error: `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB` }
    }
    if (bytes.includes(0))
      return { ok: false, path, error: 'is not a text file (it holds NUL bytes)' }
    try {
      text = decoder.decode(bytes)
    } catch {
      return { ok: false, path, error: 'is not UTF-8 text' }
    }
  }
  const document = parse(
    text,
    request.referenceDate ? { referenceDate: request.referenceDate } : {},
  )
  return { ok: true, path, output: render(document, request.format, path), bytes: text.length }
}

/** `document` in `format`; jsonl is one line with the file name. */
export function render(document: ArticleDocument, format: Format, path: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(document, null, 2)}\n`
    case 'jsonl':
      return `${JSON.stringify({ file: path, document })}\n`
    case 'markdown':
      return toMarkdown(document)
    case 'html':
      return toHtml(document)
    case 'text':
      return toText(document)
  }
}

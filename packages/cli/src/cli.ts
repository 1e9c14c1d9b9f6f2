#!/usr/bin/env node
/**
 * The `copydesk` command. Parses articles from files, folders or standard
 * input. Exit codes: 0 success, 1 some input failed, 2 bad usage.
 */
import { readFileSync } from 'node:fs'
import { run } from './run.js'

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

process.exitCode = await run(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  manifest.version,
)

#!/usr/bin/env node
/**
 * The `copydesk` command. Parses articles from files or standard input and
 * prints documents. Exit codes: 0 success, 1 a file failed, 2 bad usage.
 */
import { run } from './run.js'

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
})

#!/usr/bin/env node
// `npm test`: the suite on Node (vitest.config.ts), then the same behaviour
// suite inside workerd (vitest.workers.config.ts). Both always run, so both
// report their counts; the exit code is the first failure's, else 0.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const manifest = createRequire(import.meta.url).resolve('vitest/package.json')
const vitest = join(dirname(manifest), 'vitest.mjs')
const projects = [[], ['--config', 'vitest.workers.config.ts']]
let status = 0
for (const args of projects) {
  const run = spawnSync(process.execPath, [vitest, 'run', ...args, ...process.argv.slice(2)], {
    stdio: 'inherit',
  })
  if (status === 0) status = run.status ?? 1
}
process.exit(status)

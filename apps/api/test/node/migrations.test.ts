import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

describe('embedded migrations', () => {
  it('match the SQL files', () => {
    const script = fileURLToPath(new URL('../scripts/embed-migrations.js', import.meta.url))
    expect(() =>
      execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' }),
    ).not.toThrow()
  })
})

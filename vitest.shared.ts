/**
 * Test settings every package shares. When COPYDESK_TEST_RESULTS names a
 * folder (CI does), each package also writes a JSON report there, which
 * `.ci/count-tests.mjs` adds up into one "N passed, N failed" line.
 */
import type { ViteUserConfig } from 'vitest/config'

type TestConfig = NonNullable<ViteUserConfig['test']>

export function sharedTestConfig(name: string, overrides: TestConfig = {}): TestConfig {
  const results = process.env.COPYDESK_TEST_RESULTS
  return {
    reporters: results ? ['default', 'json'] : ['default'],
    ...(results ? { outputFile: { json: `${results}/${name}.json` } } : {}),
    ...overrides,
  }
}

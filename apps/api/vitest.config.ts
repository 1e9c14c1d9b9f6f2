// The Node project: unit tests next to the code, and the behaviour suite over
// a SQLite file plus the Node-only tests (durability, migrations) in test/node.
// The same behaviour suite runs inside workerd from vitest.workers.config.ts.
import { defineConfig } from 'vitest/config'
import { sharedTestConfig } from '../../vitest.shared.ts'

export default defineConfig({
  test: sharedTestConfig('api', {
    include: ['src/**/*.test.ts', 'test/node/**/*.test.ts'],
  }),
})

import { defineConfig } from 'vitest/config'
import { sharedTestConfig } from '../vitest.shared.ts'

export default defineConfig({
  test: sharedTestConfig('tests', {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // End-to-end tests start a server and a browser; give them room on a slow machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  }),
})

import { defineConfig } from 'vitest/config'
import { sharedTestConfig } from '../vitest.shared.ts'

export default defineConfig({
  test: sharedTestConfig('tests', {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // End-to-end tests start a server and a browser; give them room on a slow machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A poll waits on a page: a navigation without JavaScript, or the live preview's lazy
    // parser, can take seconds on a busy machine; a second is the default.
    expect: { poll: { timeout: 10_000 } },
  }),
})

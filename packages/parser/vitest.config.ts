import { defineConfig } from 'vitest/config'
import { sharedTestConfig } from '../../vitest.shared.ts'

export default defineConfig({
  // Hostile 1 MB inputs and the packaging test take seconds on a busy machine.
  test: sharedTestConfig('parser', { testTimeout: 60_000 }),
})

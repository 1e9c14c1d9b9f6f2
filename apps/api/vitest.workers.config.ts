// The workerd project: the behaviour suite and the Worker entry inside workerd,
// through @cloudflare/vitest-plugin, over a local D1 database made from
// wrangler.jsonc with migrations/ applied before the tests (apply-migrations.ts).
// EMPTY_DB is a D1 database with no tables, for the 5xx case.
import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { sharedTestConfig } from '../../vitest.shared.ts'

export default defineConfig(async () => {
  const migrations = await readD1Migrations(fileURLToPath(new URL('./migrations', import.meta.url)))
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.jsonc' },
        miniflare: {
          d1Databases: { DB: 'copydesk-test', EMPTY_DB: 'copydesk-empty' },
          bindings: { TEST_MIGRATIONS: migrations },
        },
      }),
    ],
    test: sharedTestConfig('api-workers', {
      include: ['test/workers/**/*.test.ts'],
      setupFiles: ['./test/workers/apply-migrations.ts'],
    }),
  }
})

// The bindings the workerd tests see: wrangler.jsonc's, plus the test-only
// ones that vitest.workers.config.ts adds; and the Worker's own module, so
// `exports.default` is typed.
import type { D1Migration } from '@cloudflare/vitest-plugin'

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database
      EMPTY_DB: D1Database
      TEST_MIGRATIONS: D1Migration[]
    }
    interface GlobalProps {
      mainModule: typeof import('../../src/worker.js')
    }
  }
}

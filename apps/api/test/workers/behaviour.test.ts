/**
 * The behaviour suite inside workerd: the app over the local D1 database of
 * wrangler.jsonc (migrations applied by apply-migrations.ts), client
 * addresses from CF-Connecting-IP as Cloudflare sets it, and, for the 5xx
 * case, a D1 database that has no tables.
 */
import { env } from 'cloudflare:workers'
import { cloudflareAddress } from '../../src/middleware/client-address.js'
import { d1Store } from '../../src/storage/d1.js'
import { defineBehaviour } from '../behaviour/suite.js'

defineBehaviour({
  runtime: 'workerd',
  store: () => d1Store(env.DB),
  brokenStore: () => d1Store(env.EMPTY_DB),
  clientAddress: cloudflareAddress(),
  from: (address) => ({ 'cf-connecting-ip': address }),
})

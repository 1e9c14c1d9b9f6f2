/**
 * Serves the built site (and the API under /api) with node:http. Run from the
 * repository root after `npm run build`: `node apps/web/server.js`.
 *
 * Environment: HOST (127.0.0.1), PORT (3000; 0 picks a free port),
 * COPYDESK_DB (./data/copydesk.sqlite, relative to the working directory),
 * COPYDESK_SITE_API_KEY (the key the site's own writes carry when the API
 * requires keys, COPYDESK_API_KEY_HASHES), the API's other COPYDESK_*
 * variables, and adapter-node's own (ORIGIN, BODY_SIZE_LIMIT, ...).
 * Stops cleanly on SIGINT and SIGTERM.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import process from 'node:process'

const HANDLER = new URL('./build/handler.js', import.meta.url)
/** Addresses only this machine can reach. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])
/** How long open connections may take to finish once asked to stop. */
const SHUTDOWN_GRACE_MS = 5000

const host = process.env.HOST || '127.0.0.1'
const port = Number(process.env.PORT ?? 3000)
process.env.COPYDESK_DB ||= './data/copydesk.sqlite'

// adapter-node takes the protocol from a header and assumes https without one;
// this server speaks plain http. Unless a proxy's header is configured, say so
// in a header of our own, set on every request so no client can forge it.
const OWN_PROTOCOL_HEADER = 'x-copydesk-protocol'
const ownsProtocolHeader = !process.env.PROTOCOL_HEADER
if (ownsProtocolHeader) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER

if (!existsSync(HANDLER)) {
  console.error('The site is not built: run `npm run build` from the repository root first.')
  process.exit(1)
}

const { handler } = await import(HANDLER.href)
const server = createServer((request, response) => {
  if (ownsProtocolHeader) request.headers[OWN_PROTOCOL_HEADER] = 'http'
  handler(request, response)
})

server.listen(port, host, () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const shownHost = host.includes(':') ? `[${host}]` : host
  console.log(`Copydesk is running at http://${shownHost}:${actualPort}/`)
  // Say who can write: without API keys, anyone who can reach this address can.
  const keyed = Boolean(process.env.COPYDESK_API_KEY_HASHES)
  const local = LOOPBACK.has(host)
  console.log(
    `API at http://${shownHost}:${actualPort}/api (${local ? 'this machine only' : `listening on ${host}`}; ` +
      `${keyed ? 'writes need an API key' : 'open: no API keys configured'})`,
  )
})

let stopping = false

function stop() {
  if (stopping) return
  stopping = true
  // The store is closed by the app's own `exit` handler.
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => {
    server.closeAllConnections()
    process.exit(0)
  }, SHUTDOWN_GRACE_MS).unref()
}

process.once('SIGINT', stop)
process.once('SIGTERM', stop)

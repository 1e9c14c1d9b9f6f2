#!/usr/bin/env node
// `npm run key`: makes a new API key and prints it with its SHA-256 hash. Give
// the key to the client; put only the hash in COPYDESK_API_KEY_HASHES (or
// `wrangler secret put COPYDESK_API_KEY_HASHES`). The server never sees keys
// in clear except in requests.
import { createHash, randomBytes } from 'node:crypto'

const KEY_BYTES = 32
const key = `cdk_${randomBytes(KEY_BYTES).toString('base64url')}`
const hash = createHash('sha256').update(key).digest('hex')
console.log(`key:  ${key}\nhash: ${hash}`)

#!/usr/bin/env node
// Generates dist/schema.json, the JSON Schema of ArticleDocument, from the
// TypeScript interfaces in src/types.ts: the interfaces are the one source.
import { mkdirSync, writeFileSync } from 'node:fs'
import { createGenerator } from 'ts-json-schema-generator'

const root = new URL('../', import.meta.url)
const generator = createGenerator({
  path: new URL('src/types.ts', root).pathname,
  tsconfig: new URL('tsconfig.build.json', root).pathname,
  type: 'ArticleDocument',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  additionalProperties: false,
  skipTypeCheck: true,
})
const schema = generator.createSchema('ArticleDocument')
schema.$id = 'https://copydesk.dev/schema/article-document.json'
schema.title = 'ArticleDocument'
mkdirSync(new URL('dist/', root), { recursive: true })
writeFileSync(new URL('dist/schema.json', root), `${JSON.stringify(schema, null, 2)}\n`)

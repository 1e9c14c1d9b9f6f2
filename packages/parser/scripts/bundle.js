#!/usr/bin/env node
// Bundles the built modules (dist/index.js and what it imports, chrono-node
// included) into one ES module, dist/copydesk-parser.js, which the package
// exports: one file loads faster than a hundred (cold import 57-97 -> 32-39 ms
// on a busy machine with chrono-node inlined; ~52 -> ~35 ms for our own sixty
// modules before), which counts at the edge, where the worker bundles it anyway.
// Minified, with its source map: a cold import reads and compiles 0.68 MB instead
// of 1 MB (median of 15 alternating runs on a busy machine 61 -> 54 ms).
// chrono-node is MIT licensed; its notice travels beside the bundle, in
// copydesk-parser.js.LICENSE.txt, which the package ships and the banner names (as
// webpack's and terser's extracted comments do: 0.8 KB gzipped the bundle need not carry).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import remapping from '@jridgewell/remapping'
import { rolldown } from 'rolldown'
import { deferConstantsPlugin } from './defer-constants.ts'
import { deferRegExpsPlugin } from './defer-regexps.ts'
import { dropChronoPartsPlugin } from './drop-chrono-parts.ts'
import { INTERNAL_PROPERTIES, unsafeInternalProperties } from './internal-properties.ts'
import { quoteStrings } from './quote-strings.ts'
import { dropInnerAnnotations } from './inner-annotations.ts'
import { shortClassNames } from './short-class-names.ts'

// chrono-node's exports hide its package.json: its folder is found from its entry.
const chronoEntry = createRequire(import.meta.url).resolve('chrono-node')
const chronoRoot = chronoEntry.slice(
  0,
  chronoEntry.lastIndexOf('/chrono-node/') + '/chrono-node/'.length,
)
const chronoVersion = JSON.parse(readFileSync(`${chronoRoot}package.json`, 'utf8')).version
const chronoLicense = readFileSync(`${chronoRoot}LICENSE.txt`, 'utf8').trim()
const LICENSE_FILE = 'copydesk-parser.js.LICENSE.txt'
const banner = `/*! @copydesk/parser: includes chrono-node ${chronoVersion} (MIT); for its license see ${LICENSE_FILE} */`
const notice = `@copydesk/parser includes chrono-node ${chronoVersion}, under this license:\n\n${chronoLicense}\n`

const root = new URL('../', import.meta.url)

// The working objects' property names are shortened (see internal-properties.ts), once each is
// checked: no field of the document, no property of chrono's, no key read by its name.
/** The text of the files under `dir` whose names end in `extension`. */
const textOf = (dir, extension) =>
  readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith(extension))
    .map((name) => readFileSync(`${dir}/${name}`, 'utf8'))
    .join('\n')
const unsafe = unsafeInternalProperties(
  INTERNAL_PROPERTIES,
  ['dist/types.d.ts', 'dist/index.d.ts', 'dist/schema.json']
    .map((file) => readFileSync(new URL(file, root), 'utf8'))
    .join('\n'),
  textOf(`${chronoRoot}dist/esm`, '.js'),
  textOf(new URL('src', root).pathname, '.ts'),
)
if (unsafe.length > 0) {
  console.error(
    `bundle.js: these names of scripts/internal-properties.ts are not safe to shorten (a field of the document, a property of chrono-node's, or a string of the sources): ${unsafe.join(', ')}`,
  )
  process.exit(1)
}
const build = await rolldown({
  input: new URL('dist/index.js', root).pathname,
  logLevel: 'warn',
  // Top-level tables are built by the first call, not at import (see defer-constants.ts);
  // then regular-expression literals become constructor calls run at first use: V8 checks
  // literals as it parses, which a cold import pays for (see defer-regexps.ts).
  // chrono's parts that the time stage leaves out are left out of the bundle too (see
  // drop-chrono-parts.ts).
  plugins: [dropChronoPartsPlugin(), deferConstantsPlugin(), deferRegExpsPlugin()],
})
const { output } = await build.generate({
  format: 'esm',
  sourcemap: true,
  // Class names kept: the time stage picks chrono's parsers by them (times/stage.ts).
  minify: {
    compress: { keepNames: { function: false, class: true } },
    mangle: { keepNames: { function: false, class: true } },
    mangleProps: { include: new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`, 'u') },
  },
  charset: 'ascii',
  banner,
})
await build.close()
const chunks = output.filter((file) => file.type === 'chunk')
const [chunk] = chunks
if (chunks.length !== 1 || !chunk?.map) {
  throw new Error(
    `bundle.js: expected one chunk with its source map, got ${output.map((file) => file.fileName).join(', ')}`,
  )
}
// Plain templates become string literals (see quote-strings.ts); the source map is
// carried through to the original sources.
const quotedStrings = quoteStrings(chunk.code)
// Then the pure annotations inside functions go (see inner-annotations.ts), and our own classes
// take short names (see short-class-names.ts): not chrono-node's, whose names the time stage reads.
const annotated = dropInnerAnnotations(quotedStrings.code)
const chronoClasses = new Set(
  [...textOf(`${chronoRoot}dist/esm`, '.js').matchAll(/\bclass\s+([\w$]+)/gu)].map((m) => m[1]),
)
const shortened = shortClassNames(annotated.code, chronoClasses)
const map = remapping(
  [shortened.map, annotated.map, quotedStrings.map, JSON.parse(chunk.map.toString())],
  () => null,
)
map.file = 'copydesk-parser.js'
const bundled = `${shortened.code.replace(/\n\/\/# sourceMappingURL=.*\s*$/u, '')}\n//# sourceMappingURL=copydesk-parser.js.map\n`
writeFileSync(new URL('dist/copydesk-parser.js', root), bundled)
writeFileSync(new URL('dist/copydesk-parser.js.map', root), JSON.stringify(map))
writeFileSync(new URL(`dist/${LICENSE_FILE}`, root), notice)

// An all-ASCII file is read into a one-byte string: V8 keeps the source while the
// package is loaded (it compiles functions from it at their first call), and one
// character beyond ASCII doubles it, 0.73 -> 1.46 MB. The minifier escapes such
// characters everywhere but in String.raw templates, whose text it must keep:
// write them as \u escapes in the source (a pattern reads "\u2019" as the character).
const beyond = /[^\0-\x7f]/u.exec(bundled)
if (beyond) {
  const at = beyond.index
  console.error(
    `bundle.js: the bundle must be ASCII, but has U+${beyond[0].codePointAt(0).toString(16).padStart(4, '0')} in: ${bundled.slice(Math.max(0, at - 60), at + 20)}\n` +
      'Write it as a \\u escape (in a String.raw template, the minifier cannot escape it).',
  )
  process.exit(1)
}

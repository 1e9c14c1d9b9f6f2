/**
 * This build against a baseline build, in one process, stage by stage: passes
 * over the corpus alternate between the two, so that the load of a shared
 * machine falls on both alike, and the best and median MB/s of each are
 * compared. `bench/run.ts` varies by half between runs on a busy machine;
 * the ratios here hold to a few per cent.
 *
 *   node bench/ab.ts BASELINE_DIST [seconds per stage]
 *
 * BASELINE_DIST is the `dist` directory of the other build (copied aside
 * after `npm run build` on the baseline commit, with `chrono-node` resolvable
 * from it).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ArticleDocument, ParseOptions } from '../src/types.js'
import type { Segment, Source } from '../src/annotate/segments.js'
import type { EntityResult } from '../src/entities/stage.js'
import type { readQuotes } from '../src/quotes/stage.js'

/** What a build offers to the stages measured here. */
interface Build {
  readStructure: (
    text: string,
    options: ParseOptions,
  ) => { document: ArticleDocument; source: Source }
  collectSegments: (document: ArticleDocument, source: Source) => Segment[]
  readTimes: (segments: readonly Segment[], source: Source, reference: Date | null) => unknown
  readEntities: (segments: readonly Segment[], source: Source) => EntityResult
  readQuotes: typeof readQuotes
  parse: (text: string) => ArticleDocument
}

async function load(dist: string): Promise<Build> {
  const url = (path: string): string => pathToFileURL(resolve(dist, path)).href
  const structure = (await import(url('structure.js'))) as Pick<Build, 'readStructure'>
  const segments = (await import(url('annotate/segments.js'))) as Pick<Build, 'collectSegments'>
  const times = (await import(url('times/stage.js'))) as Pick<Build, 'readTimes'>
  const entities = (await import(url('entities/stage.js'))) as Pick<Build, 'readEntities'>
  const quotes = (await import(url('quotes/stage.js'))) as Pick<Build, 'readQuotes'>
  const index = (await import(url('index.js'))) as Pick<Build, 'parse'>
  return { ...structure, ...segments, ...times, ...entities, ...quotes, ...index }
}

const baselineDist = process.argv[2]
if (!baselineDist || !existsSync(resolve(baselineDist, 'index.js'))) {
  console.error('usage: node bench/ab.ts BASELINE_DIST [seconds per stage]')
  process.exit(1)
}
const SECONDS = Number(process.argv[3] ?? 20)
const builds: Record<'baseline' | 'this', Build> = {
  baseline: await load(baselineDist),
  this: await load(new URL('../dist/', import.meta.url).pathname),
}

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url)
const texts: string[] = []
for (const part of ['seed/', 'web-dev/', 'web-dev-wrapped/', 'polnear/dev/text/']) {
  const dir = new URL(part, CORPUS)
  if (!existsSync(dir)) continue
  for (const name of readdirSync(dir).sort())
    if (name.endsWith('.txt')) texts.push(readFileSync(new URL(name, dir), 'utf8'))
}
const bytes = texts.reduce((sum, text) => sum + text.length, 0)
const reference = new Date(Date.UTC(2023, 3, 20, 12))
const prepared = Object.fromEntries(
  Object.entries(builds).map(([name, build]) => [
    name,
    texts.map((text) => {
      const { document, source } = build.readStructure(text, {})
      const segments = build.collectSegments(document, source)
      return { source, segments, entities: build.readEntities(segments, source) }
    }),
  ]),
)

/** One pass over the corpus of each stage. */
const stages: Record<string, (build: Build, name: string) => void> = {
  structure: (build) => {
    for (const text of texts) build.readStructure(text, {})
  },
  'time stage': (build, name) => {
    for (const { segments, source } of prepared[name] ?? []) {
      build.readTimes(segments, source, reference)
    }
  },
  'entity stage': (build, name) => {
    for (const { segments, source } of prepared[name] ?? []) build.readEntities(segments, source)
  },
  'quote stage': (build, name) => {
    for (const { segments, source, entities } of prepared[name] ?? []) {
      // (A baseline from before creditedAgencies takes four arguments and leaves the fifth.)
      build.readQuotes(
        segments,
        source,
        entities.mentions,
        [...entities.entities],
        entities.creditedAgencies ?? new Set(),
      )
    }
  },
  'whole parse': (build) => {
    for (const text of texts) build.parse(text)
  },
}

const summary = (rates: number[]): { best: number; median: number } => {
  const sorted = [...rates].sort((a, b) => b - a)
  return { best: sorted[0] ?? 0, median: sorted[sorted.length >> 1] ?? 0 }
}
console.log(`corpus: ${texts.length} articles, ${(bytes / 1024).toFixed(0)} KB`)
console.log(
  ['stage', 'baseline MB/s', 'this MB/s', 'x median', 'x best']
    .map((cell, i) => (i === 0 ? cell.padEnd(14) : cell.padStart(16)))
    .join(''),
)
for (const [stage, pass] of Object.entries(stages)) {
  const rates: Record<string, number[]> = { baseline: [], this: [] }
  const start = performance.now()
  while (performance.now() - start < SECONDS * 1000) {
    for (const [name, build] of Object.entries(builds)) {
      const before = performance.now()
      pass(build, name)
      rates[name]?.push(bytes / ((performance.now() - before) / 1000) / 1e6)
    }
  }
  const baseline = summary(rates.baseline ?? [])
  const current = summary(rates.this ?? [])
  console.log(
    [
      stage.padEnd(14),
      `${baseline.median.toFixed(2)} (${baseline.best.toFixed(2)})`.padStart(16),
      `${current.median.toFixed(2)} (${current.best.toFixed(2)})`.padStart(16),
      (current.median / baseline.median).toFixed(2).padStart(16),
      (current.best / baseline.best).toFixed(2).padStart(16),
    ].join(''),
  )
}

/**
 * The structure stage: lines -> layout -> raw blocks -> header (title, byline,
 * timestamps) -> body (paragraphs, lists, inserts, boilerplate) -> meta. Each
 * step is a module of its own; this one wires them.
 */
import { buildBody } from './blocks.js'
import { referenceInstant } from './calendar.js'
import { isTimestampLine, publishedDate } from './published.js'
import { readByline, type Byline } from './byline.js'
import { collectWordUse, type WordUse } from './hyphen.js'
import { splitDateline } from './dateline-node.js'
import { detectLanguage } from './language.js'
import { splitLines, type Line } from './lines.js'
import { LineIndex } from './position.js'
import { countMojibake } from './mojibake.js'
import { reflow, type ReflowContext } from './reflow.js'
import { findPageFurniture } from './page-furniture.js'
import { learnLayout, segment, type RawBlock } from './segment.js'
import { isTitle } from './title.js'
import { toString } from './to-string.js'
import { countWords } from './words.js'
import {
  SCHEMA_VERSION,
  type ArticleDocument,
  type Boilerplate,
  type Diagnostic,
  type Meta,
  type MetaPositions,
  type ParseOptions,
  type Position,
} from './types.js'

const WORDS_PER_MINUTE = 230
/** How many blocks after the headline may hold the byline. */
const HEADER_BLOCKS = 3

/** The document's structure: meta and blocks, with empty annotation lists. */
export function readStructure(text: string, options: ParseOptions): ArticleDocument {
  const reference = referenceInstant(options.referenceDate)
  const index = new LineIndex(text)
  const lines = splitLines(text)
  const layout = learnLayout(text, lines)
  const furniture = findPageFurniture(text, lines)
  const blocks = segment(text, lines, layout, furniture)
  let wordUse: WordUse | undefined
  const mojibake = countMojibake(text)
  const context: ReflowContext = {
    use: (): WordUse => (wordUse ??= collectWordUse(text)),
    repair: mojibake > 0,
  }
  const valueOf = (block: RawBlock): string => reflow(text, { lines: block.lines }, context)
  const span = (block: RawBlock): Position => {
    const first = block.lines[0]
    const last = block.lines[block.lines.length - 1]
    return index.position(first?.contentStart ?? 0, last?.contentEnd ?? 0)
  }

  const positions: MetaPositions = {}
  let title: string | null = null
  let byline: Byline | null = null
  let bodyStart = 0
  const first = blocks[0]
  if (first) {
    const value = valueOf(first)
    if (isTitle(first, value, blocks.length)) {
      title = value
      positions.title = span(first)
      bodyStart = 1
    }
  }
  const timestamps: Boilerplate[] = []
  for (let i = bodyStart; i < Math.min(blocks.length, bodyStart + HEADER_BLOCKS); i++) {
    const block = blocks[i] as RawBlock
    const value = valueOf(block)
    if (isTimestampLine(value)) {
      timestamps.push({ type: 'boilerplate', kind: 'timestamp', value, position: span(block) })
      blocks.splice(i--, 1)
      continue
    }
    const found: Byline | null = byline ? null : readByline(value)
    if (found) {
      byline = found
      positions.byline = span(block)
      blocks.splice(i--, 1)
    }
  }

  const body = buildBody(text, blocks.slice(bodyStart), index, context)
  const dateline = splitDateline(text, body.children, index, context.repair)
  if (dateline) positions.dateline = dateline.position
  const bodyText = body.children.map((child) => toString(child)).join('\n')
  const wordCount = countWords(bodyText)
  const diagnostics: Diagnostic[] = []
  if (mojibake > 0) {
    diagnostics.push({
      severity: 'info',
      ruleId: 'mojibake',
      message: `Repaired ${mojibake} character${mojibake === 1 ? '' : 's'} garbled by a wrong text encoding (such as "â€™" for "’").`,
    })
  }
  const language = detectLanguage(bodyText || text)
  if (language !== 'en' && language !== 'und') {
    diagnostics.push({
      severity: 'warning',
      ruleId: 'language',
      message:
        'The text does not look like English: structure is given, but quotes, entities and dates are read with English rules.',
    })
  }
  const meta: Meta = {
    title,
    standfirst: null,
    byline: byline?.byline ?? null,
    authors: byline?.authors ?? [],
    dateline: dateline?.text ?? null,
    publishedAt: publishedDate(
      [
        ...timestamps.map((t) => t.value),
        byline?.dateText ?? null,
        reference ? (dateline?.date ?? null) : null,
      ],
      reference,
    ),
    publisher: byline?.publisher ?? dateline?.agency ?? null,
    language,
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    positions,
  }
  return {
    type: 'article',
    schemaVersion: SCHEMA_VERSION,
    meta,
    children: body.children,
    related: body.related,
    boilerplate: [
      ...furnitureNodes(text, lines, furniture, index),
      ...timestamps,
      ...body.boilerplate,
    ].sort((a, b) => a.position.start.offset - b.position.start.offset),
    quotes: [],
    entities: [],
    times: [],
    diagnostics,
    position: index.position(0, text.length),
  }
}

function furnitureNodes(
  text: string,
  lines: Line[],
  furniture: Set<number>,
  index: LineIndex,
): Boilerplate[] {
  return [...furniture].map((i) => {
    const line = lines[i] as Line
    return {
      type: 'boilerplate' as const,
      kind: 'pageFurniture' as const,
      value: text.slice(line.contentStart, line.contentEnd),
      position: index.position(line.contentStart, line.contentEnd),
    }
  })
}

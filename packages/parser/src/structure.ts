/**
 * The structure stage: lines -> layout -> raw blocks -> header (title, byline,
 * timestamps) -> body (paragraphs, lists, inserts, boilerplate) -> meta. Each
 * step is a module of its own; this one wires them.
 */
import { buildBody } from './blocks.js'
import { isDate, referenceInstant } from './calendar.js'
import { publishedDate, stampedPublisher } from './published.js'
import { collectWordUse, type WordUse } from './hyphen.js'
import { splitDateline } from './dateline-node.js'
import { hasYear } from './dateline.js'
import { detectLanguage } from './language.js'
import { splitLines, type Line } from './lines.js'
import type { Source } from './annotate/segments.js'
import { LineIndex } from './position.js'
import { countMojibake } from './mojibake.js'
import { reflow, type PlainLines, type ReflowContext } from './reflow.js'
import { findPageFurniture } from './page-furniture.js'
import { learnLayout, segment, type RawBlock } from './segment.js'
import { readHeader } from './header.js'
import { toString } from './to-string.js'
import { countWords } from './words.js'
import {
  SCHEMA_VERSION,
  type ArticleDocument,
  type Boilerplate,
  type Diagnostic,
  type Meta,
  type ParseOptions,
  type Position,
} from './types.js'

const WORDS_PER_MINUTE = 230

/** The document's structure (meta and blocks, empty annotation lists) and its source. */
export function readStructure(
  text: string,
  options: ParseOptions,
): { document: ArticleDocument; source: Source } {
  const reference = referenceInstant(options.referenceDate)
  const lines = splitLines(text)
  const index = new LineIndex(
    text,
    lines.map((line) => line.start),
  )
  const layout = learnLayout(text, lines)
  const furniture = findPageFurniture(text, lines)
  const blocks = segment(text, lines, layout, furniture)
  let wordUse: WordUse | undefined
  const mojibake = countMojibake(text)
  const plain: PlainLines = new Map()
  const context: ReflowContext = {
    use: (): WordUse => (wordUse ??= collectWordUse(text)),
    repair: mojibake > 0,
    plain,
  }
  const valueOf = (block: RawBlock): string => reflow(text, { lines: block.lines }, context)
  const span = (block: RawBlock): Position => {
    const first = block.lines[0]
    const last = block.lines[block.lines.length - 1]
    return index.position(first?.contentStart ?? 0, last?.contentEnd ?? 0)
  }

  const pageFurniture = furnitureNodes(text, lines, furniture, index)
  const header = readHeader(blocks, valueOf, span)
  const { positions, title, byline, lines: headerLines } = header
  const timestamps = headerLines.filter((line) => line.kind === 'timestamp')
  const body = buildBody(text, header.body, index, context)
  const dateline = splitDateline(text, body.children, index, context.repair)
  if (dateline) positions.dateline = dateline.position
  // The body's text is its blocks' texts, one per line; words never span two blocks.
  const bodyTexts = body.children.map((child) => toString(child))
  const wordCount = bodyTexts.reduce((sum, value) => sum + countWords(value), 0)
  const diagnostics: Diagnostic[] = []
  if (mojibake > 0) {
    diagnostics.push({
      severity: 'info',
      ruleId: 'mojibake',
      message: `Repaired ${mojibake} character${mojibake === 1 ? '' : 's'} garbled by a wrong text encoding (such as "â€™" for "’").`,
    })
  }
  // No reference at all (undefined, null, an empty form field) is no mistake.
  const given = options.referenceDate
  if (given !== undefined && given !== null && given !== '' && !reference) {
    diagnostics.push({
      severity: 'warning',
      ruleId: 'reference-date',
      message: `The reference date ${describe(given)} is not a date (YYYY-MM-DD or a Date): relative dates are resolved against the article's own date, if it gives one.`,
    })
  }
  const language = detectLanguage(hasText(bodyTexts) ? bodyTexts : [text])
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
    standfirst: header.standfirst,
    byline: byline?.byline ?? null,
    authors: byline?.authors ?? [],
    dateline: dateline?.text ?? null,
    publishedAt: publishedDate(
      [
        ...timestamps.map((t) => t.value),
        byline?.dateText ?? null,
        // (A day alone is of the reference's year; one with its year written needs none.)
        reference || hasYear(dateline?.date ?? '') ? (dateline?.date ?? null) : null,
        // A PDF copy's running head over its headline: "THE DAILY REVIEW    6 March 2023".
        ...pageFurniture
          .filter((line) => line.position.start.offset < (positions.title?.start.offset ?? 0))
          .map((line) => line.value),
      ],
      reference,
    ),
    publisher:
      byline?.publisher ??
      header.masthead ??
      dateline?.agency ??
      timestamps.map((t) => stampedPublisher(t.value)).find((name) => name !== null) ??
      null,
    credits: [...headerLines, ...body.boilerplate]
      .filter((b) => b.kind === 'credits')
      .map((b) => b.value),
    language,
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    positions,
  }
  const document: ArticleDocument = {
    type: 'article',
    schemaVersion: SCHEMA_VERSION,
    meta,
    children: body.children,
    related: body.related,
    boilerplate: [...pageFurniture, ...headerLines, ...body.boilerplate].sort(
      (a, b) => a.position.start.offset - b.position.start.offset,
    ),
    quotes: [],
    entities: [],
    times: [],
    diagnostics,
    position: index.position(0, text.length),
  }
  return { document, source: { text, index, repair: context.repair, plain } }
}

/** Whether the body's text (its blocks' texts joined by line breaks) is not empty. */
function hasText(texts: readonly string[]): boolean {
  return !(texts.length === 0 || (texts.length === 1 && texts[0] === ''))
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

/** A caller's option as a message can show it, whatever it is (never throws). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (isDate(value)) return 'an invalid Date'
  return `of type ${value === null ? 'null' : typeof value}`
}

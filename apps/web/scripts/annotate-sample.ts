/**
 * Writes the annotated sample the site's unit tests render: the parser's
 * structure of the sample article, with a few quotes, entities and times added
 * by hand from the gold annotations, their positions found in the real text.
 * It lets the components be built and tested before the parser emits these
 * layers, and keeps those tests independent of the parser's accuracy.
 *
 *   npm run build -w @copydesk/parser && node apps/web/scripts/annotate-sample.ts
 *   npx prettier --write apps/web/src/lib/document/fixtures
 *
 * Writes src/lib/document/fixtures/annotated-sample.json; review its diff like code.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import {
  parse,
  type ArticleDocument,
  type Entity,
  type InlineContent,
  type Point,
  type Position,
  type Quote,
  type TimeExpression,
} from '@copydesk/parser'

const SAMPLE = new URL('../src/lib/sample/nato-stoltenberg-kyiv.txt', import.meta.url)
const OUTPUT = new URL('../src/lib/document/fixtures/annotated-sample.json', import.meta.url)
const REFERENCE_DATE = '2023-04-20'

/** A span of the text: `text` as it occurs inside the first occurrence of `within`. */
interface Locator {
  text: string
  within: string
}

interface QuoteSpec extends Omit<Quote, 'position' | 'cue' | 'source'> {
  at: Locator
  cue: Locator
  source: Locator
}

interface MentionSpec {
  kind: 'name' | 'nominal' | 'pronoun'
  at: Locator
}

interface EntitySpec extends Omit<Entity, 'mentions'> {
  mentions: MentionSpec[]
}

interface TimeSpec extends Omit<TimeExpression, 'position'> {
  at: Locator
}

const at = (text: string, within = text): Locator => ({ text, within })

const ENTITIES: EntitySpec[] = [
  {
    id: 'e1',
    kind: 'person',
    name: 'Jens Stoltenberg',
    aliases: ['Stoltenberg', 'NATO chief'],
    titles: ['NATO Secretary General'],
    mentions: [
      { kind: 'name', at: at('Jens Stoltenberg', 'by NATO Secretary General Jens Stoltenberg') },
      { kind: 'name', at: at('Stoltenberg', 'with Stoltenberg Thursday') },
      { kind: 'name', at: at('Stoltenberg', 'Stoltenberg said the alliance') },
      { kind: 'pronoun', at: at('he', 'prevails," he said') },
      { kind: 'pronoun', at: at('He', 'He also said the issue') },
      { kind: 'pronoun', at: at('he', 'as it takes," he said') },
      { kind: 'name', at: at('Stoltenberg', "Stoltenberg's Thursday trip") },
      { kind: 'nominal', at: at('the NATO chief', 'the NATO chief’s visit') },
    ],
  },
  {
    id: 'e2',
    kind: 'person',
    name: 'Volodymyr Zelensky',
    aliases: ['Zelensky'],
    titles: ['Ukrainian President'],
    mentions: [
      { kind: 'name', at: at('Volodymyr Zelensky', 'Ukrainian President Volodymyr Zelensky') },
      { kind: 'name', at: at('Zelensky', 'Zelensky was speaking') },
      { kind: 'name', at: at('Zelensky', '" Zelensky said') },
      { kind: 'pronoun', at: at('He', 'He also asked') },
    ],
  },
  {
    id: 'e3',
    kind: 'organization',
    name: 'NATO',
    aliases: ['the alliance'],
    titles: [],
    mentions: [
      { kind: 'name', at: at('NATO', 'pressed NATO') },
      { kind: 'name', at: at('NATO', "asked for NATO's help") },
      { kind: 'nominal', at: at('the alliance', 'Stoltenberg said the alliance') },
      { kind: 'name', at: at('NATO', 'at the NATO summit') },
    ],
  },
  {
    id: 'e4',
    kind: 'organization',
    name: 'Kremlin',
    aliases: ['the Kremlin'],
    titles: [],
    mentions: [
      { kind: 'name', at: at('The Kremlin', 'The Kremlin said on Thursday') },
      { kind: 'name', at: at('the Kremlin', 'security," the Kremlin said') },
    ],
  },
  {
    id: 'e5',
    kind: 'place',
    name: 'Kyiv',
    aliases: [],
    titles: [],
    mentions: [
      { kind: 'name', at: at('Kyiv', 'a visit to Kyiv') },
      { kind: 'name', at: at('Kyiv', 'surprise trip to Kyiv') },
    ],
  },
  {
    id: 'e6',
    kind: 'place',
    name: 'Vilnius',
    aliases: [],
    titles: [],
    mentions: [{ kind: 'name', at: at('Vilnius', 'in July in Vilnius') }],
  },
]

const QUOTES: QuoteSpec[] = [
  {
    id: 'q1',
    kind: 'direct',
    text: 'It is time to make the appropriate decision,',
    at: at('It is time to make the appropriate decision,'),
    cue: at('said', '" Zelensky said'),
    source: at('Zelensky', '" Zelensky said'),
    speaker: 'e2',
  },
  {
    id: 'q2',
    kind: 'partial',
    text: 'overcome the reluctance',
    at: at('overcome the reluctance'),
    cue: at('asked', 'He also asked'),
    source: at('He', 'He also asked'),
    speaker: 'e2',
  },
  {
    id: 'q3',
    kind: 'partial',
    text: 'ensure that Ukraine prevails',
    at: at('ensure that Ukraine prevails', '"ensure that Ukraine prevails"'),
    cue: at('said', 'Stoltenberg said the alliance'),
    source: at('Stoltenberg', 'Stoltenberg said the alliance'),
    speaker: 'e1',
  },
  {
    id: 'q4',
    kind: 'direct',
    text: 'NATO stands with you today, tomorrow, and for as long as it takes,',
    at: at('NATO stands with you today, tomorrow, and for as long as it takes,'),
    cue: at('said', 'as it takes," he said'),
    source: at('he', 'as it takes," he said'),
    speaker: 'e1',
  },
  {
    id: 'q5',
    kind: 'direct',
    text: 'Otherwise, it will pose a serious danger to our country, to its security,',
    at: at('Otherwise, it will pose a serious danger to our country, to its security,'),
    cue: at('said', 'security," the Kremlin said'),
    source: at('the Kremlin', 'security," the Kremlin said'),
    speaker: 'e4',
  },
]

const TIMES: TimeSpec[] = [
  {
    id: 't1',
    text: 'on Thursday',
    value: '2023-04-20',
    at: at('on Thursday', 'Zelensky on Thursday'),
  },
  { id: 't2', text: 'last year', value: '2022', at: at('last year', 'invasion last year') },
  { id: 't3', text: 'in July', value: '2023-07', at: at('in July', 'place in July') },
  {
    id: 't4',
    text: 'over the past year',
    value: null,
    at: at('over the past year', 'Ukraine over the past year'),
  },
  { id: 't5', text: 'in February', value: '2023-02', at: at('in February', 'Kyiv in February') },
  {
    id: 't6',
    text: 'on Thursday',
    value: '2023-04-20',
    at: at('on Thursday', 'Kremlin said on Thursday'),
  },
]

const text = readFileSync(SAMPLE, 'utf8')
const lineStarts = [0, ...[...text.matchAll(/\n/gu)].map((match) => match.index + 1)]

function point(offset: number): Point {
  let line = 0
  while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++
  return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1, offset }
}

function position(start: number, end: number): Position {
  return { start: point(start), end: point(end) }
}

function locate({ text: needle, within }: Locator): Position {
  const context = text.indexOf(within)
  const inside = within.indexOf(needle)
  if (context < 0 || inside < 0) throw new Error(`Cannot find "${needle}" in "${within}"`)
  return position(context + inside, context + inside + needle.length)
}

/** An inline annotation to weave into the text nodes. */
interface Span {
  start: number
  end: number
  node: (children: InlineContent[], value: string) => InlineContent
}

const spans: Span[] = []
const entities: Entity[] = ENTITIES.map(({ mentions, ...entity }) => ({
  ...entity,
  mentions: mentions.map(({ kind, at: locator }) => {
    const where = locate(locator)
    spans.push({
      start: where.start.offset,
      end: where.end.offset,
      node: (_children, value) => ({
        type: 'mention',
        entityId: entity.id,
        kind,
        entityKind: entity.kind,
        value,
        position: where,
      }),
    })
    return { kind, text: text.slice(where.start.offset, where.end.offset), position: where }
  }),
}))

const quotes: Quote[] = QUOTES.map(({ at: locator, cue, source, ...quote }) => {
  const where = locate(locator)
  spans.push({
    start: where.start.offset,
    end: where.end.offset,
    node: (children) => ({
      type: 'quotation',
      role: quote.kind === 'partial' ? 'partial' : 'direct',
      quoteId: quote.id,
      children,
      position: where,
    }),
  })
  const cueAt = locate(cue)
  const sourceAt = locate(source)
  return {
    ...quote,
    position: where,
    cue: { text: cue.text, position: cueAt },
    source: { text: source.text, position: sourceAt },
  }
})

const times: TimeExpression[] = TIMES.map(({ at: locator, ...time }) => {
  const where = locate(locator)
  spans.push({
    start: where.start.offset,
    end: where.end.offset,
    node: (_children, value) => ({
      type: 'time',
      timeId: time.id,
      resolved: time.value,
      value,
      position: where,
    }),
  })
  return { ...time, position: where }
})

/**
 * Maps each character of a reflowed text node's value to its offset in the
 * original text: white space runs collapse to one space, a line break after a
 * hyphen disappears.
 */
function alignment(value: string, start: number): number[] {
  const offsets: number[] = []
  let cursor = start
  for (const char of value) {
    if (/\s/u.test(char)) {
      offsets.push(cursor)
      while (/\s/u.test(text[cursor] ?? '')) cursor++
      continue
    }
    while (text[cursor] !== char && /\s/u.test(text[cursor] ?? '')) cursor++
    if (text[cursor] !== char) throw new Error(`Cannot align "${char}" at offset ${cursor}`)
    offsets.push(cursor)
    cursor += char.length
  }
  offsets.push(cursor)
  return offsets
}

/** Splits one text node at the spans inside it, nesting spans that nest. */
function weave(value: string, nodeStart: number): InlineContent[] {
  const offsets = alignment(value, nodeStart)
  const end = offsets.at(-1) ?? nodeStart
  const inside = spans
    .filter((span) => span.start >= nodeStart && span.end <= end)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const index = (offset: number) => {
    const found = offsets.indexOf(offset)
    if (found < 0) throw new Error(`Offset ${offset} falls inside collapsed white space`)
    return found
  }

  function build(from: number, to: number, candidates: Span[]): InlineContent[] {
    const nodes: InlineContent[] = []
    let cursor = from
    const pushText = (until: number) => {
      if (until <= cursor) return
      const startOffset = offsets[cursor] ?? nodeStart
      const endOffset = until === value.length ? end : (offsets[until] ?? end)
      nodes.push({
        type: 'text',
        value: value.slice(cursor, until),
        position: position(startOffset, endOffset),
      })
    }
    for (let i = 0; i < candidates.length; i++) {
      const span = candidates[i]
      if (!span) continue
      const first = index(span.start)
      const last = index(span.end)
      if (first < cursor) continue
      pushText(first)
      const nested = candidates.slice(i + 1).filter((inner) => inner.end <= span.end)
      nodes.push(span.node(build(first, last, nested), value.slice(first, last)))
      i += nested.length
      cursor = last
    }
    pushText(to)
    return nodes
  }

  return build(0, value.length, inside)
}

/** The inline children as plain text nodes again, whatever the parser annotated. */
function flatten(children: InlineContent[]): InlineContent[] {
  const flat: InlineContent[] = []
  for (const child of children) {
    if (child.type === 'quotation') {
      flat.push(...flatten(child.children))
      continue
    }
    const previous = flat.at(-1)
    if ((child.type === 'mention' || child.type === 'time' || child.type === 'text') && previous) {
      if (previous.type === 'text' && previous.position && child.position) {
        previous.value += child.value
        previous.position = { start: previous.position.start, end: child.position.end }
        continue
      }
    }
    flat.push(
      child.type === 'mention' || child.type === 'time'
        ? {
            type: 'text',
            value: child.value,
            ...(child.position ? { position: child.position } : {}),
          }
        : { ...child },
    )
  }
  return flat
}

function annotate(children: InlineContent[]): InlineContent[] {
  return flatten(children).flatMap((child) =>
    child.type === 'text' && child.position
      ? weave(child.value, child.position.start.offset)
      : [child],
  )
}

const document: ArticleDocument = parse(text, { referenceDate: REFERENCE_DATE })
for (const block of document.children) {
  if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'caption') {
    block.children = annotate(block.children)
  }
}
document.quotes = quotes
document.entities = entities
document.times = times
document.meta.publishedAt ??= REFERENCE_DATE

writeFileSync(OUTPUT, `${JSON.stringify({ text, document }, null, 2)}\n`)
console.log(`Wrote ${OUTPUT.pathname}`)

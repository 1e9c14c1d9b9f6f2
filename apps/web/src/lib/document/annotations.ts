/**
 * The document's annotation layers as its panels show them: quotes grouped by
 * who said them, entities by kind with their mention counts, times in
 * calendar order, and the original text cut into runs for the source view.
 * Pure functions over the parser's model, shared by the server and the browser.
 */
import type { ArticleDocument, Entity, Quote, TimeExpression } from '@copydesk/parser'
import type { Highlight, HighlightRole } from './selection.ts'

/** The quotes of one speaker, or of nobody the parser could name. */
export interface SpeakerQuotes {
  speaker: Entity | null
  quotes: Quote[]
}

/**
 * Quotes grouped by speaker, speakers in the order they are first quoted,
 * quotes in reading order; unattributed quotes last.
 *
 * @example
 * quotesBySpeaker(document)[0] // { speaker: { name: 'Volodymyr Zelensky', ... }, quotes: [q1, q2] }
 */
export function quotesBySpeaker(
  document: Pick<ArticleDocument, 'quotes' | 'entities'>,
): SpeakerQuotes[] {
  const entities = new Map(document.entities.map((entity) => [entity.id, entity]))
  const groups = new Map<string | null, SpeakerQuotes>()
  const inOrder = [...document.quotes].sort(
    (a, b) => a.position.start.offset - b.position.start.offset,
  )
  for (const quote of inOrder) {
    const speaker = (quote.speaker && entities.get(quote.speaker)) || null
    const key = speaker?.id ?? null
    const group = groups.get(key) ?? { speaker, quotes: [] }
    group.quotes.push(quote)
    groups.set(key, group)
  }
  const unattributed = groups.get(null)
  groups.delete(null)
  return [...groups.values(), ...(unattributed ? [unattributed] : [])]
}

/** The entity kinds a panel lists, in the order it lists them. */
export const ENTITY_KINDS = [
  { kind: 'person', heading: 'People' },
  { kind: 'organization', heading: 'Organisations' },
  { kind: 'place', heading: 'Places' },
  { kind: 'other', heading: 'Other names' },
] as const satisfies readonly { kind: Entity['kind']; heading: string }[]

/** Entities of one kind, most mentioned first. */
export interface EntityGroup {
  kind: Entity['kind']
  heading: string
  entities: Entity[]
}

/**
 * The document's entities by kind, most mentioned first (ties by name); kinds
 * without entities are left out.
 *
 * @example
 * entityGroups(document).map((group) => group.heading) // ['People', 'Organisations', 'Places']
 */
export function entityGroups(document: Pick<ArticleDocument, 'entities'>): EntityGroup[] {
  return ENTITY_KINDS.map(({ kind, heading }) => ({
    kind,
    heading,
    entities: document.entities
      .filter((entity) => entity.kind === kind)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
  })).filter((group) => group.entities.length > 0)
}

/** One point of the timeline: a resolved value and every expression that resolves to it. */
export interface TimelineEntry {
  /**
   * ISO date, month or year, or the interval of a range ("2024-10-21/2024-10-27");
   * null for the expressions the parser could not resolve.
   */
  value: string | null
  times: TimeExpression[]
}

/**
 * The document's times grouped by resolved value in calendar order (a year
 * before its months, a month before its days), the unresolved ones last.
 *
 * @example
 * timeline(document).map((entry) => entry.value) // ['2022', '2023-02', '2023-04-20', '2023-07', null]
 */
export function timeline(document: Pick<ArticleDocument, 'times'>): TimelineEntry[] {
  const entries = new Map<string | null, TimelineEntry>()
  const inOrder = [...document.times].sort(
    (a, b) => a.position.start.offset - b.position.start.offset,
  )
  for (const time of inOrder) {
    const value = resolvedOf(time)
    const entry = entries.get(value) ?? { value, times: [] }
    entry.times.push(time)
    entries.set(value, entry)
  }
  // ISO values of growing precision sort correctly as strings: "2023" < "2023-02" < "2023-02-10".
  return [...entries.values()].sort((a, b) => {
    if (a.value === null) return b.value === null ? 0 : 1
    if (b.value === null) return -1
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0
  })
}

const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u
const ISO_MONTH = /^\d{4}-\d{2}$/u
const ISO_YEAR = /^\d{4}$/u
const ISO_INTERVAL = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/u
const ISO_MONTH_INTERVAL = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/u

/**
 * What a time resolves to: its value, else the ISO 8601 interval of the days
 * or months its `data` gives a range ("last week", "last summer"), else null.
 *
 * @example
 * resolvedOf({ value: null, data: { granularity: 'week', start: '2024-10-21', end: '2024-10-27' } })
 * // '2024-10-21/2024-10-27'
 */
export function resolvedOf(time: Pick<TimeExpression, 'value' | 'data'>): string | null {
  if (time.value !== null) return time.value
  const start = time.data?.['start']
  const end = time.data?.['end']
  if (typeof start !== 'string' || typeof end !== 'string') return null
  const days = ISO_DAY.test(start) && ISO_DAY.test(end)
  const months = ISO_MONTH.test(start) && ISO_MONTH.test(end)
  return days || months ? `${start}/${end}` : null
}

/** A value for a `datetime` attribute: a date, month or year, or the first day of an interval. */
export function datetimeOf(value: string): string {
  return value.split('/')[0] as string
}

/**
 * A resolved time value in words, as precise as it is: "20 April 2023",
 * "July 2023", "2022", "21–27 October 2024" (an interval of days), "June –
 * August 2023" (of months); other ISO forms as they are.
 *
 * @example
 * formatResolved('2023-07') // 'July 2023'
 */
export function formatResolved(value: string): string {
  const days = ISO_INTERVAL.exec(value)
  const dayRange = days && rangeOf(days[1] as string, days[2] as string, DAY)
  if (dayRange) return dayRange
  const months = ISO_MONTH_INTERVAL.exec(value)
  const monthRange =
    months && rangeOf(`${months[1] as string}-01`, `${months[2] as string}-01`, MONTH)
  if (monthRange) return monthRange
  if (ISO_YEAR.test(value)) return value
  const format = ISO_DAY.test(value) ? DAY : ISO_MONTH.test(value) ? MONTH : null
  if (!format) return value
  const date = new Date(ISO_MONTH.test(value) ? `${value}-01` : value)
  return Number.isNaN(date.getTime()) ? value : format.format(date)
}

/** The days `from` to `to` (ISO) in words as a range, or null when they are no interval. */
function rangeOf(from: string, to: string, format: Intl.DateTimeFormat): string | null {
  const start = new Date(from)
  const end = new Date(to)
  const valid = !Number.isNaN(start.getTime()) && !Number.isNaN(end.getTime()) && start <= end
  return valid ? format.formatRange(start, end) : null
}

/**
 * How a chip names an entity in running text: a person by surname, anything
 * else by its name.
 *
 * @example
 * shortName({ kind: 'person', name: 'Jens Stoltenberg', ... }) // 'Stoltenberg'
 */
export function shortName(entity: Pick<Entity, 'kind' | 'name'>): string {
  if (entity.kind !== 'person') return entity.name
  return entity.name.trim().split(/\s+/u).at(-1) ?? entity.name
}

/** A run of the original text and the highlights over it (none for plain text). */
export interface SourceRun {
  start: number
  text: string
  roles: HighlightRole[]
}

/**
 * Cuts `text` at every highlight boundary, so the source view renders text
 * nodes and marks, never markup built from the article. Highlights outside the
 * text are clipped; overlapping ones give runs with several roles.
 *
 * @example
 * sourceRuns('He said so.', [{ start: 3, end: 7, role: 'cue' }])
 * // [{ start: 0, text: 'He ', roles: [] }, { start: 3, text: 'said', roles: ['cue'] }, ...]
 */
export function sourceRuns(text: string, highlights: readonly Highlight[]): SourceRun[] {
  const clipped = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.start < h.end)
  const cuts = new Set([0, text.length])
  for (const h of clipped) cuts.add(h.start).add(h.end)
  const bounds = [...cuts].sort((a, b) => a - b)
  const runs: SourceRun[] = []
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0
    const end = bounds[i + 1] ?? start
    const roles = clipped.filter((h) => h.start <= start && h.end >= end).map((h) => h.role)
    runs.push({ start, text: text.slice(start, end), roles: [...new Set(roles)] })
  }
  return runs
}

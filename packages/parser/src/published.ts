/**
 * "Published ..." / "Updated ..." lines under the headline, and the date that
 * says when the article came out: from such a line, else a date glued to the
 * byline, else the dateline's date in the reference date's year.
 */
import { readDate } from './calendar.js'

const MAX_TIMESTAMP_LENGTH = 120
const TIMESTAMP = /^(?:published|updated|last updated|posted|first published|date)\b\s*:?/iu

/** Whether `value`, a header block, is a published/updated line. */
export function isTimestampLine(value: string): boolean {
  return value.length <= MAX_TIMESTAMP_LENGTH && TIMESTAMP.test(value)
}

/** ISO date of the first of `candidates` that holds a date certain enough, or null. */
export function publishedDate(
  candidates: readonly (string | null)[],
  reference: Date | null,
): string | null {
  for (const candidate of candidates) {
    if (!candidate) continue
    const date = readDate(candidate, reference)
    if (date && date.granularity === 'day') return date.value
  }
  return null
}

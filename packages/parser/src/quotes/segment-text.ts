/**
 * One text of the article as the quote stage reads it: what its quotations'
 * attributions and its reported speech share, worked out once.
 */
import type { QuotedRanges } from './ranges.js'
import type { Word } from './words.js'

export interface SegmentText {
  value: string
  /** The segment's index. */
  index: number
  /** Its sentences' start offsets. */
  starts: readonly number[]
  /** Its quoted ranges. */
  quoted: QuotedRanges
  /** Its words, cut once on first use. */
  words: () => readonly Word[]
  /** Where its own text opens: past the dateline that opens the article's first paragraph, else 0. */
  opening: number
}

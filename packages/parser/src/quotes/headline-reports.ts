/**
 * Reports a whole text makes by its shape: a headline that gives a speaker's
 * words after their name ("Trump: We will win"), and a transcript's turn
 * ("PENCE: Well, look, ...").
 */
import type { QuotedRanges } from './ranges.js'
import { type Reported, trimmedEnd } from './report-words.js'
import { areCapitalised, type Word, wordsIn } from './words.js'

/** A speaker's name in capitals and a colon opening a paragraph, after an optional quotation mark. */
const TURN = /^["“]?(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}):\s+(?=\S)/u

/** "PENCE: Well, look, ...": a transcript's turn, the name its source and the colon its cue. */
export function readTurn(value: string): Omit<Reported, 'segment'> | null {
  const match = TURN.exec(value)
  if (!match || match[1] === undefined) return null
  const nameStart = value.indexOf(match[1])
  const colon = nameStart + match[1].length
  const start = match[0].length
  const end = trimmedEnd(value, start, value.length)
  if (end - start < MIN_HEADLINE_LENGTH) return null
  return {
    content: { start, end },
    cue: { start: colon, end: colon + 1 },
    source: { start: nameStart, end: colon },
  }
}

/** Labels that open headlines with a colon but name no speaker. */
const HEADLINE_LABELS = new Set([
  'breaking',
  'analysis',
  'opinion',
  'exclusive',
  'update',
  'updated',
  'watch',
  'live',
  'video',
  'photos',
  'editorial',
  'review',
  'explainer',
  'factbox',
  'timeline',
  'poll',
  'report',
  'commentary',
  'interview',
  'podcast',
  'latest',
  'fact check',
  'breaking news',
  'live updates',
  'in pictures',
  'in photos',
])

/** Most words of a speaker's name before a headline's colon. */
const MAX_HEADLINE_NAME_WORDS = 4

/** "Ann Coulter: And Then There Was the One": a headline that gives a speaker's words after their name. */
export function readHeadline(
  value: string,
  quoted: QuotedRanges,
): Omit<Reported, 'segment'> | null {
  const colon = value.indexOf(':')
  if (colon <= 0 || quoted.overlaps(0, colon)) return null
  const words = wordsIn(value, 0, colon)
  if (words.length === 0 || words.length > MAX_HEADLINE_NAME_WORDS) return null
  if (!areCapitalised(words)) return null
  const label = words.map((word) => word.lower).join(' ')
  if (HEADLINE_LABELS.has(label) || HEADLINE_LABELS.has(label.replace(/^the /u, ''))) return null
  let start = colon + 1
  while (start < value.length && value[start] === ' ') start++
  const end = trimmedEnd(value, start, value.length)
  if (end - start < MIN_HEADLINE_LENGTH) return null
  return {
    content: { start, end },
    cue: { start: colon, end: colon + 1 },
    source: { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end },
  }
}

const MIN_HEADLINE_LENGTH = 8

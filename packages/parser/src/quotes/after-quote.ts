/**
 * Attributions after a quote: '"Q," X said' / '"Q," said X' / '"Q," X, the
 * title, said' / '"Q," according to X' / '"Q." ― X', and one set off by commas
 * later in the sentence ('a "good" job, he said').
 */
import type { Attribution } from './attribution.js'
import { ACCORDING, cueSpan, quotedAsSaying } from './cue-source.js'
import { isCue } from './cues.js'
import {
  BETWEEN_SOURCE_AND_CUE,
  DETERMINERS,
  MAX_APPOSITIVE_WORDS,
  MAX_SOURCE_WORDS,
  SOURCE_STOPS,
  spanOf,
  SUBJECT_PRONOUNS,
} from './source-words.js'
import { backwardSource, forwardSource, pastTimePhrase } from './sources.js'
import { areCapitalised, type Word } from './words.js'
import { PERSON_ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles.js'

/** How far (in words) a cue may stand from the quotation it attributes. */
const MAX_CUE_DISTANCE = 12

/** Most words an attribution set off by commas holds: "he said in a statement on Monday". */
const MAX_ASIDE_WORDS = 10

/**
 * An attribution set off by commas later in the sentence than a quote that
 * does not end its clause: 'a "good" job, he said.' / 'Any "cleareyed"
 * reading, said Michael Kofman, an expert, would ...'.
 */
export function asideAttribution(after: readonly Word[]): Attribution | null {
  for (let c = 0; c < after.length; c++) {
    if ((after[c] as Word).text !== ',') continue
    const found = leadingAttribution(after, c + 1)
    if (found) return found
  }
  return null
}

/** "he said" / "said X" / "X, the title, said" as the words from `from` up to a comma or the end. */
export function leadingAttribution(words: readonly Word[], from: number): Attribution | null {
  let end = from
  while (end < words.length && (words[end] as Word).text !== ',') end++
  if (end - from === 0 || end - from > MAX_ASIDE_WORDS) return null
  for (let k = from; k < end; k++) {
    const word = words[k] as Word
    if (word.punct) return null
    if (!isCue(words, k) || word.lower.endsWith('ing')) continue
    const cue = cueSpan(words, k)
    const head = words.slice(from, k).filter((w) => !BETWEEN_SOURCE_AND_CUE.has(w.lower))
    if (head.length === 0) {
      // "'Q1' and 'Q2,' Howard Dean, the former governor, proclaimed": the name before the aside.
      const source =
        forwardSource(words, k + 1) ?? (from > 1 ? backwardSource(words.slice(0, k), k - 1) : null)
      return source ? { cue, source } : null
    }
    if (head.length > MAX_SOURCE_WORDS || head.some((w) => SOURCE_STOPS.has(w.lower))) return null
    return { cue, source: spanOf(head) }
  }
  return null
}

/** Whether the words from `from` open a clause with a subject pronoun: "he would not vote". */
function opensClauseAfter(words: readonly Word[], from: number): boolean {
  const next = words[from + 1]
  return SUBJECT_PRONOUNS.has(words[from]?.lower ?? '') && next !== undefined && !next.punct
}

/** Marks that set a name off after a quote: '"Q." ― Azucena Gonzàlez'. */
export const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '-'])

/** Most words of a name signed after a dash. */
const MAX_SIGNATURE_WORDS = 5

/** "Q," X said / "Q," said X / "Q," according to X / "Q." ― X. */
export function afterQuote(
  words: readonly Word[],
  opensQuoteAt: (at: number) => boolean = () => false,
): Attribution | null {
  const dash = words[0]
  if (dash && DASHES.has(dash.text)) return signature(words, dash)
  let i = 0
  while (i < words.length && (words[i] as Word).punct) i++
  const limit = Math.min(words.length, i + MAX_APPOSITIVE_WORDS)
  for (let k = i; k < limit; k++) {
    const word = words[k] as Word
    if (word.punct && word.text !== ',' && word.text !== '(' && word.text !== ')') break
    // Without a comma in between, the cue must come soon: "'Q,' Zelensky said".
    if (k - i >= MAX_CUE_DISTANCE && !words.slice(i, k).some((w) => w.text === ',')) break
    if (word.lower === ACCORDING && words[k + 1]?.lower === 'to') {
      return {
        cue: { start: word.start, end: (words[k + 1] as Word).end },
        source: forwardSource(words, k + 2),
      }
    }
    if (!isCue(words, k)) continue
    const cue = cueSpan(words, k)
    // '"Q," the statement quoted UNICEF's regional director, Marguerite Duval, as saying': the one
    // quoted speaks, "as saying" the cue; the text that quotes them carries the words.
    const quoted = word.lower === 'quoted' ? quotedAsSaying(words, k) : null
    if (quoted) return quoted
    // Words between the quote and the cue are the source ("Zelensky said"), or none ("said X").
    const between = words.slice(i, k).filter((w) => !BETWEEN_SOURCE_AND_CUE.has(w.lower) || w.punct)
    if (between.length === 0) {
      // "'Q,' telling reporters that ...": a participle goes on from the sentence's subject.
      if (word.lower.endsWith('ing')) return null
      // '"sociopath," said he would not vote': the subject of the clause said, no inverted source.
      if (opensClauseAfter(words, k + 1)) return null
      return { cue, source: forwardSource(words, k + 1) }
    }
    const firstChunk: Word[] = []
    for (const [at, w] of between.entries()) {
      // '"Q," the Cupertino, California-based company said': a place's comma, no chunk's end.
      if (w.text === ',' && isBasedOnPlace(between[at + 1])) continue
      if (w.punct) break
      firstChunk.push(w)
    }
    // '"Q," pushing back against U.S. Justice Department claims': a participle going on from the
    // sentence's subject, and its object, no source.
    if (
      PARTICIPLE.test(firstChunk[0]?.text ?? '') &&
      PARTICIPLE_LINKS.has(firstChunk[1]?.lower ?? '')
    )
      return null
    // ('"Q", as students around her chanted « Q2 »': a verb with its own quotation after it tells
    // of other words.)
    if (firstChunk[0]?.lower === 'as' && opensQuoteAt(word.end)) return null
    // '"Q," as a Homeland Security memo put it': the source after "as".
    if (
      firstChunk[0]?.lower === 'as' &&
      firstChunk.length > 1 &&
      firstChunk.length <= MAX_SOURCE_WORDS
    ) {
      return { cue, source: spanOf(firstChunk.slice(1)) }
    }
    // '"Q" for criminal behavior, she said': the words after the last comma, when the first
    // words go on with the quote rather than name anyone.
    const opener = firstChunk[0]?.lower ?? ''
    // '"Q," From said': a capitalised stop word alone before the cue is a name (Al From).
    const loneName = between.length === 1 && /^\p{Lu}/u.test(firstChunk[0]?.text ?? '')
    if ((SOURCE_STOPS.has(opener) || opener === 'of') && !loneName) {
      const comma = between.map((w) => w.text).lastIndexOf(',')
      const lastChunk = between.slice(comma + 1)
      if (comma < 0 || lastChunk.length === 0 || lastChunk.length > MAX_SOURCE_WORDS) return null
      if (lastChunk.some((w) => w.punct || SOURCE_STOPS.has(w.lower))) return null
      return { cue, source: spanOf(lastChunk) }
    }
    // '"Q," Capital One founder and Chief Executive Richard Fairbank said': a longer title
    // before a name that ends the words.
    const most = endsInName(firstChunk) ? MAX_TITLED_SOURCE_WORDS : MAX_SOURCE_WORDS
    if (firstChunk.length === 0 || firstChunk.length > most) return null
    // '"Q," the dawn of the movement, Bozell says': a phrase going on from the quote, then the name.
    const comma = between.map((w) => w.text).lastIndexOf(',')
    const lastChunk = between.slice(comma + 1)
    if (
      DETERMINERS.has(opener) &&
      comma >= 0 &&
      lastChunk.length > 0 &&
      lastChunk.length <= MAX_SOURCE_WORDS &&
      areCapitalised(lastChunk)
    ) {
      return { cue, source: spanOf(lastChunk) }
    }
    // '"Q," Trump at the time said': the name before a time phrase; '"Q," the senator would
    // only say': the name before the words that qualify the verb.
    const named = pastTimePhrase(firstChunk, firstChunk.length - 1)
    const chunk = named >= 0 ? firstChunk.slice(0, named + 1) : firstChunk
    // ("would", "later" and the other words of BETWEEN_SOURCE_AND_CUE are already left out.)
    const end = chunk.length > 1 && chunk[chunk.length - 1]?.lower === 'only' ? -1 : chunk.length
    return { cue, source: spanOf(chunk.slice(0, end)) }
  }
  return null
}

/** A participle in lower case: "pushing". */
const PARTICIPLE = /^\p{Ll}{2,}ing$/u
/** Particles and prepositions right after a participle that has an object: "back", "against". */
const PARTICIPLE_LINKS: ReadonlySet<string> = new Set([
  ...['back', 'up', 'down', 'out', 'off', 'against', 'at', 'on', 'to', 'into', 'with', 'about'],
])

/** Most words of a source whose last words are a name: titles, "and" a title, the name. */
const MAX_TITLED_SOURCE_WORDS = 10

/**
 * Whether the last two of `words` are capitalised, a name's ("... Richard
 * Fairbank"), and the words before are titles: capitalised, or roles and "and"
 * in lower case ("Capital One founder and Chief Executive"; not "one of the
 * former prosecutors for David Petraeus").
 */
function endsInName(words: readonly Word[]): boolean {
  if (words.length < 2) return false
  if (!/^\p{Lu}\p{Ll}/u.test((words[words.length - 1] as Word).text)) return false
  if (!/^\p{Lu}\p{Ll}/u.test((words[words.length - 2] as Word).text)) return false
  return words.every(
    (word) =>
      (/^\p{Lu}/u.test(word.text) && word.lower !== 'and') ||
      word.text === 'and' ||
      TITLE_WORDS.has(word.lower) ||
      PERSON_ROLE_NOUNS.has(word.lower),
  )
}

/** Whether `word` says where a body is based, by a place's name: "California-based". */
export function isBasedOnPlace(word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}[\p{L}.-]*-based$/u.test(word.text)
}

/** The capitalised name after a dash that signs a quote, the dash its cue. */
function signature(words: readonly Word[], dash: Word): Attribution | null {
  let end = 1
  while (end < words.length && end <= MAX_SIGNATURE_WORDS) {
    const word = words[end] as Word
    if (word.punct || !/^\p{Lu}/u.test(word.text)) break
    end++
  }
  const next = words[end]
  if (end === 1 || (next && !next.punct)) return null
  return { cue: { start: dash.start, end: dash.end }, source: spanOf(words.slice(1, end)) }
}

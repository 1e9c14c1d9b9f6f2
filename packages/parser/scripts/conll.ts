/**
 * Reads a CoNLL-2003 file (one `word POS chunk NER` line per token, IOB1
 * tags, `-DOCSTART-` between documents) into documents of texts and gold
 * name spans. Each sentence becomes a text, its tokens joined with the same
 * light detokenisation as ../shared/eval/score.mjs, so the tagger trains on
 * text shaped like what it is scored on. Also makes title-case copies of the
 * headlines in capitals (the training data has none in title case).
 */
import { readFileSync } from 'node:fs'
import { tokenize, TokenFlag } from '../dist/entities/tokenize.js'

/** Share of small words that title-cased headlines leave in lower case. */
const SMALL_WORD_SHARE = 0.5

/** A gold name: a character range of one text. */
export interface GoldSpan {
  text: number
  start: number
  end: number
  type: 'PER' | 'ORG' | 'LOC' | 'MISC'
}

export interface ConllDocument {
  texts: string[]
  spans: GoldSpan[]
}

const NO_SPACE_BEFORE = new Set([
  '.',
  ',',
  ';',
  ':',
  '?',
  '!',
  ')',
  ']',
  '}',
  "'s",
  "'",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  '%',
])
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$'])

export function readConll(path: string): ConllDocument[] {
  const documents: ConllDocument[] = []
  let sentence: { word: string; tag: string }[] = []
  let current: ConllDocument | null = null
  const flush = (): void => {
    if (sentence.length && current) addSentence(current, sentence)
    sentence = []
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush()
      current = { texts: [], spans: [] }
      documents.push(current)
      continue
    }
    if (!line.trim()) {
      flush()
      continue
    }
    const columns = line.split(' ')
    sentence.push({ word: columns[0] as string, tag: columns[columns.length - 1] as string })
  }
  flush()
  return documents
}

function addSentence(
  document: ConllDocument,
  sentence: readonly { word: string; tag: string }[],
): void {
  const index = document.texts.length
  let text = ''
  let open: GoldSpan | null = null
  sentence.forEach(({ word, tag }, i) => {
    if (
      i > 0 &&
      !NO_SPACE_BEFORE.has(word) &&
      !NO_SPACE_AFTER.has((sentence[i - 1] as { word: string }).word)
    )
      text += ' '
    const start = text.length
    text += word
    const [bio, type] = tag === 'O' ? ['O', null] : (tag.split('-') as [string, GoldSpan['type']])
    if (open && (type !== open.type || bio === 'B')) {
      document.spans.push(open)
      open = null
    }
    if (type) {
      if (open) open.end = text.length
      else open = { text: index, start, end: text.length, type }
    }
  })
  if (open) document.spans.push(open)
  document.texts.push(text)
}

/** Short words that title case leaves in lower case (AP style: words of three letters or fewer). */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'as',
  'up',
  'off',
  'via',
  'vs',
])

/**
 * The document with its headline in capitals also given in title case, as
 * web headlines are written ("Leicestershire Take Over at Top"), so that the
 * tagger learns that capitals say little there too. Words written in capitals
 * in the body ("NATO") stay so; small words stay lower case half the time.
 */
export function withTitleCase(
  document: ConllDocument,
  next: () => number,
): { document: ConllDocument; headlines: number } {
  const headline = document.texts[0]
  if (!headline || /\p{Ll}/u.test(headline) || !/\p{Lu}{2}/u.test(headline))
    return { document, headlines: 1 }
  const capitals = new Set<string>()
  for (const text of document.texts.slice(1)) {
    if (!/\p{Ll}/u.test(text)) continue
    for (const token of tokenize(text))
      if (token.flags & TokenFlag.allCaps && token.text.length > 1) capitals.add(token.text)
  }
  const titled = headline.replace(/[^\s]+/gu, (word, at: number) => {
    if (capitals.has(word.replace(/[^\p{L}.&]/gu, ''))) return word
    const lower = word.toLowerCase()
    if (at > 0 && SMALL_WORDS.has(lower) && next() < SMALL_WORD_SHARE) return lower
    return lower.replace(/\p{L}/u, (letter) => letter.toUpperCase())
  })
  const extra = document.texts.length
  return {
    document: {
      texts: [...document.texts, titled],
      spans: [
        ...document.spans,
        ...document.spans
          .filter((span) => span.text === 0)
          .map((span) => ({ ...span, text: extra })),
      ],
    },
    headlines: 2,
  }
}

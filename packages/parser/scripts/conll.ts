/**
 * Reads a CoNLL-2003 file (one `word POS chunk NER` line per token, IOB1
 * tags, `-DOCSTART-` between documents) into documents of texts and gold
 * name spans. Each sentence becomes a text, its tokens joined with the same
 * light detokenisation as ../shared/eval/score.mjs, so the tagger trains on
 * text shaped like what it is scored on.
 */
import { readFileSync } from 'node:fs'

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

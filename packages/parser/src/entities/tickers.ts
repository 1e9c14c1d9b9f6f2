/**
 * Stock tickers in brackets after a company's name, as wire copy writes them:
 * "Halvorsen Foods (HLVF.N)", "Toyota (7203.T)", "Tesla (NASDAQ: TSLA)",
 * "Shell (SHEL.L), opens new tab". The name before is a company's, whatever
 * the tagger read it as, and the ticker is no name of its own (no place
 * "HLVF.N").
 */
import type { NameSpan } from './names.js'

/** Exchanges written before a ticker and a colon. */
const EXCHANGES = String.raw`NYSE(?: American)?|NASDAQ|Nasdaq|AMEX|OTC|LSE|AIM|TSX(?:V)?|ASX|NZX|HKEX|SGX|JSE|NSE|BSE|Euronext|Xetra|SIX`
/** One ticker: an exchange's and a symbol, or a Reuters code with its exchange's suffix. */
const ONE = String.raw`(?:(?:${EXCHANGES})\s?:\s?[A-Z0-9][A-Z0-9.-]{0,9}|(?:[A-Z0-9]{1,6}|[A-Z0-9]{2,5}[a-z])\.[A-Z]{1,2})`
/** The brackets right after a name, with one ticker or a few. */
const TICKERS = new RegExp(String.raw`^ ?\(${ONE}(?:[,;] ?${ONE}){0,3}\)`, 'u')

/** `spans` (names of `value`, in order) with companies' tickers read so. */
export function withTickers(value: string, spans: readonly NameSpan[]): NameSpan[] {
  if (!value.includes('(')) return spans.slice()
  const out: NameSpan[] = []
  let bracketsEnd = -1
  for (const span of spans) {
    // A name inside the brackets of the name before: the ticker.
    if (span.start < bracketsEnd) continue
    const brackets = TICKERS.exec(value.slice(span.end, span.end + MAX_BRACKETS_LENGTH))
    if (brackets === null) {
      out.push(span)
      continue
    }
    bracketsEnd = span.end + brackets[0].length
    out.push(span.kind === 'organization' ? span : { ...span, kind: 'organization', confidence: 1 })
  }
  return out
}

/** Characters read after a name for its tickers: four of them, with their exchanges. */
const MAX_BRACKETS_LENGTH = 100

/**
 * Quotes of the library grouped by the document they are in, for the page of
 * a person or organisation across the library.
 */

/** A group: one document and its quotes, in the order the API gave them. */
export interface DocumentQuotes<Quote> {
  document: Quote extends { document: infer Document } ? Document : never
  quotes: Quote[]
}

/**
 * Groups `quotes` by document id, documents in the order they first appear.
 *
 * @example
 * groupByDocument(quotes)[0] // { document: { id, title, ... }, quotes: [...] }
 */
export function groupByDocument<Quote extends { document: { id: string } }>(
  quotes: readonly Quote[],
): DocumentQuotes<Quote>[] {
  const groups = new Map<string, DocumentQuotes<Quote>>()
  for (const quote of quotes) {
    const group = groups.get(quote.document.id) ?? {
      document: quote.document as DocumentQuotes<Quote>['document'],
      quotes: [],
    }
    group.quotes.push(quote)
    groups.set(quote.document.id, group)
  }
  return [...groups.values()]
}

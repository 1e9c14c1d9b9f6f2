/**
 * The formats a document can be exported in: the API serializes each one
 * (`?format=` or `Accept`), the document page links to each.
 */

/** Every export format, in the order the page lists them. */
export const EXPORT_FORMATS = [
  { name: 'json', mediaType: 'application/json', extension: 'json', label: 'JSON' },
  { name: 'markdown', mediaType: 'text/markdown', extension: 'md', label: 'Markdown' },
  { name: 'html', mediaType: 'text/html', extension: 'html', label: 'HTML' },
  { name: 'text', mediaType: 'text/plain', extension: 'txt', label: 'Plain text' },
] as const

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/**
 * The export format called `name`, or undefined.
 *
 * @example
 * exportFormat('markdown')?.mediaType // 'text/markdown'
 */
export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.name === name)
}

/**
 * The sample article: a real Reuters story as copied from a PDF, the one
 * Copydesk is first measured on. Bundled into the server at build time, so the
 * site never reads the corpus at run time.
 */
import text from '#lib/sample/nato-stoltenberg-kyiv.txt?raw'

/** The sample, with the day it was published to anchor "on Thursday". */
export const SAMPLE_ARTICLE = { text, referenceDate: '2023-04-20' } as const

/**
 * The request bodies that carry an article, shared by POST /v1/parse and
 * POST /v1/documents. They are listed by reference: `body.ts` reads and
 * validates them (streaming under the size limit) with the zod schemas
 * registered as `ParseRequest` and `ParseForm`.
 */
const REF = '#/components/schemas/'

/** The article: plain text, JSON or a multipart form. */
export const ARTICLE_BODY = {
  required: true,
  description: 'The article as text/plain, JSON or a multipart form with a file.',
  content: {
    'text/plain': { schema: { type: 'string' as const } },
    'application/json': { schema: { $ref: `${REF}ParseRequest` } },
    'multipart/form-data': { schema: { $ref: `${REF}ParseForm` } },
  },
}

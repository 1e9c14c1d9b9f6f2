/**
 * A document exported as JSON, Markdown, HTML or plain text: the API's own
 * serialization, served as a download. HTML is never shown on the site's
 * origin: it is an attachment, with a policy that runs nothing should a
 * browser open it anyway.
 */
import { error } from '@sveltejs/kit'
import { exportFormat } from '#lib/export-formats.ts'
import { exportDocument } from '#lib/server/library.ts'
import type { RequestHandler } from './$types'

export const GET: RequestHandler = async ({ locals, params }) => {
  const format = exportFormat(params.format)
  if (!format) error(404, `There is no export format called ${params.format}.`)
  const result = await exportDocument(locals.api, params.id, format)
  if (!result.ok) error(result.status === 404 ? 404 : 502, result.message)
  return new Response(result.body, {
    headers: {
      'content-type': `${format.mediaType}; charset=utf-8`,
      'content-disposition': `attachment; filename="${fileName(params.id)}.${format.extension}"`,
      'content-security-policy': "default-src 'none'; sandbox",
      'x-content-type-options': 'nosniff',
    },
  })
}

/** The id as a file name: only the characters every file system and header take. */
function fileName(id: string): string {
  return id.replaceAll(/[^\w-]/gu, '_') || 'document'
}

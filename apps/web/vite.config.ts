/**
 * Vite and SvelteKit configuration (SvelteKit 3 takes its options here, not in
 * svelte.config.js), and Vitest's for the unit tests in src. The site builds to
 * `build/` for adapter-node; `server.js` serves it.
 */
import adapter from '@sveltejs/adapter-node'
import { sveltekit } from '@sveltejs/kit/vite'
import { defineConfig } from 'vitest/config'
import { sharedTestConfig } from '../../vitest.shared.ts'

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter(),
      // Kit's origin check also blocks `curl --data-binary @article.txt` to /api,
      // which has no cookies to protect; hooks.server.ts runs the same check on
      // every path outside /api instead.
      csrf: { trustedOrigins: ['*'] },
      // Root-relative links and redirects ("/documents/…"), the same on every page.
      paths: { relative: false },
      // No inline script runs unless Kit wrote it (a nonce per response); article text is
      // never markup, and this is the second line of defence should that ever fail.
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self'],
          // Kit's route announcer and Svelte's templates carry style attributes; they run no code.
          'style-src-attr': ['unsafe-inline'],
          'img-src': ['self', 'data:'],
          'connect-src': ['self'],
          'object-src': ['none'],
          'base-uri': ['none'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
        },
      },
    }),
  ],
  ssr: {
    // Loaded by Node at run time, not bundled: the API opens its database with
    // `node:sqlite`, and the site must mount the very Hono the API is built on.
    external: ['@copydesk/api', '@copydesk/parser', 'hono', 'node:sqlite'],
  },
  test: sharedTestConfig('web', { include: ['src/**/*.test.ts'] }),
})

-- Documents: the text as given, the parsed document as JSON, and the columns
-- that lists and filters read. The same file is applied by node:sqlite and by
-- Cloudflare D1 (wrangler d1 migrations apply).
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  published_at TEXT,
  word_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  source_text TEXT NOT NULL,
  document TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS documents_created ON documents (created_at DESC, id DESC);

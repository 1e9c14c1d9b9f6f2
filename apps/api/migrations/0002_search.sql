-- Search: full text over title and text (FTS5), and the quotes and entities of
-- every document, one row each, so that the library can be asked "what has
-- Stoltenberg said" or "which articles mention the Kremlin" without reading
-- every document. The rows are written by the store from the parsed document
-- (src/storage/index-rows.ts) in the same transaction as the document.

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Documents stored before this migration become searchable too.
INSERT INTO documents_fts (rowid, title, body)
  SELECT rowid, coalesce(title, ''), source_text FROM documents;

-- `*_match` columns hold lower-cased text that filters compare with instr():
-- the same on node:sqlite and D1, and for any script, unlike LIKE.
CREATE TABLE IF NOT EXISTS quotes (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  quote_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  text_match TEXT NOT NULL,
  speaker_id TEXT,
  speaker_name TEXT,
  speaker_match TEXT NOT NULL,
  source_text TEXT,
  cue_text TEXT,
  position TEXT,
  doc_created_at TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE INDEX IF NOT EXISTS quotes_order ON quotes (doc_created_at DESC, document_id DESC, seq);

CREATE TABLE IF NOT EXISTS entities (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  titles TEXT NOT NULL,
  name_match TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  position TEXT,
  doc_created_at TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE INDEX IF NOT EXISTS entities_order ON entities (doc_created_at DESC, document_id DESC, seq);

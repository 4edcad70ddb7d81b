/**
 * The journal's SQLite schema (the source of truth of the catalog, DESIGN §2/§7). Applied at open; each
 * statement is idempotent. Times are ISO 8601 UTC strings.
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per material ever recorded. Never deleted: withdrawn records stay as tombstones.
CREATE TABLE IF NOT EXISTS materials (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn', 'merged')),
  provider TEXT NOT NULL,
  name TEXT NOT NULL,
  record_json TEXT NOT NULL,        -- CatalogRecord as JSON (merged view + provenance)
  nquads TEXT NOT NULL,             -- the record's named graph, N-Quads
  jsonld TEXT NOT NULL,             -- the record's compacted JSON-LD document
  hash TEXT NOT NULL,               -- hash of the merged material and provider: a change makes a version
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  withdrawn_at TEXT,
  withdrawn_reason TEXT,
  merged_into TEXT,
  seq INTEGER NOT NULL              -- position in the change log of its last change
);
CREATE INDEX IF NOT EXISTS materials_status_id ON materials(status, id);
CREATE INDEX IF NOT EXISTS materials_modified ON materials(modified, id);
CREATE INDEX IF NOT EXISTS materials_provider ON materials(provider, id);

-- Every identity key (doi:…, url:…, repo:…) ever seen, pointing to the record it identifies.
CREATE TABLE IF NOT EXISTS identity_keys (
  key TEXT PRIMARY KEY,
  material_id TEXT NOT NULL REFERENCES materials(id)
);
CREATE INDEX IF NOT EXISTS identity_keys_material ON identity_keys(material_id);

-- What each source last said about each material: merged into the record by source precedence.
CREATE TABLE IF NOT EXISTS contributions (
  material_id TEXT NOT NULL REFERENCES materials(id),
  source_id TEXT NOT NULL,
  material_json TEXT NOT NULL,
  hash TEXT NOT NULL,
  provenance_json TEXT NOT NULL,
  missing_runs INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (material_id, source_id)
);
CREATE INDEX IF NOT EXISTS contributions_source ON contributions(source_id);

-- Every state of every record: version n is the record after its n-th change.
CREATE TABLE IF NOT EXISTS versions (
  material_id TEXT NOT NULL REFERENCES materials(id),
  version INTEGER NOT NULL,
  record_json TEXT NOT NULL,
  run_id TEXT,
  created TEXT NOT NULL,
  PRIMARY KEY (material_id, version)
);

-- The change log behind /changes and incremental feeds.
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  material_id TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('Create', 'Update', 'Delete')),
  version INTEGER NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS harvest_runs (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  status TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  report_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS harvest_runs_source ON harvest_runs(source_id, started_at);

-- Full-text search over active records (name, description, keywords).
CREATE VIRTUAL TABLE IF NOT EXISTS materials_fts USING fts5(
  id UNINDEXED, name, description, keywords, tokenize = 'porter unicode61'
);
`;

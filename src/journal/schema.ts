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

-- One harvest of a source at a time, across processes and restarts (issue 7): the holder's pid and host and a
-- lease it renews; a lease that expired, or whose process is gone, is taken over and its run marked interrupted.
CREATE TABLE IF NOT EXISTS source_locks (
  source_id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL,
  pid INTEGER NOT NULL,
  hostname TEXT NOT NULL,
  acquired_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

-- HTTP validators and bodies of harvested URLs, for conditional requests (RFC 9110 §13: If-None-Match,
-- If-Modified-Since; a 304 answer reuses the stored body).
CREATE TABLE IF NOT EXISTS http_cache (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  body BLOB NOT NULL,
  stored_at TEXT NOT NULL
);

-- Feed filter index (issue 6): one row per (facet, normalised value) of each active record, written wherever a
-- record is written (indexFacets); facets: provider, keyword, teaches, level, language, license. Keyed by the
-- record's rowid in materials, which grows with every new record: a harvest's new postings go to the end of each
-- value's range instead of all over the B-tree (docs/decisions/0037). Replaces material_facets (keyed by the
-- random record id), which ensureFacetIndex drops.
CREATE TABLE IF NOT EXISTS facet_postings (
  facet TEXT NOT NULL,
  value TEXT NOT NULL,
  material_rowid INTEGER NOT NULL,
  PRIMARY KEY (facet, value, material_rowid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS facet_postings_material ON facet_postings(material_rowid);

-- Where an incremental source (e.g. another FAIRCat's /changes) stopped: saved in the transaction that applies
-- the run, so a crash never loses or skips a change (issue 6).
CREATE TABLE IF NOT EXISTS source_cursors (
  source_id TEXT PRIMARY KEY,
  position TEXT NOT NULL,
  updated TEXT NOT NULL
);

-- Merged-away records (DESIGN §3): the loser answers 301 to its survivor forever; why and when it was merged.
CREATE TABLE IF NOT EXISTS merges (
  loser_id TEXT PRIMARY KEY REFERENCES materials(id),
  survivor_id TEXT NOT NULL REFERENCES materials(id),
  reason TEXT NOT NULL,
  merged_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS merges_survivor ON merges(survivor_id);
`;

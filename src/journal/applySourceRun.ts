import type { CatalogRecord, Provenance } from '../model/CatalogRecord.js';
import type { Material } from '../model/Material.js';
import { emptyCounts, type RunCounts } from '../model/HarvestRunReport.js';
import { mergeMaterials } from '../model/mergeMaterials.js';
import { stableHash } from '../model/stableHash.js';
import { identityKeys } from '../identity/identityKeys.js';
import { mintId } from '../identity/mintId.js';
import type { Journal } from './Journal.js';

/** One valid material read by a source run, with where it was read from. */
export interface RunMaterial {
  material: Material;
  location: string;
}

/** Everything `applySourceRun` needs to know about the run and the rules it applies (DESIGN §6). */
export interface SourceRunInput {
  runId: string;
  sourceId: string;
  sourceKind: string;
  /** Provider id of the source. */
  provider: string;
  startedAt: string;
  materials: readonly RunMaterial[];
  /**
   * Locations of items that could not be read or mapped in this run. A record whose last location is one of
   * them (or contains one: a lesson directory and its broken `config.yaml`) was not absent, only unreadable: it
   * keeps its last good state and does not count as missing.
   */
  failedLocations: readonly string[];
  /** Merge precedence of a source (lower wins); sources unknown to the config rank last. */
  precedence: (sourceId: string) => number;
  /** Provider of a source, for records merged from several. */
  providerOf: (sourceId: string) => string;
  withdrawAfterMissingRuns: number;
  maxDropShare: number;
  /** Apply even a run that the guards call suspicious. */
  force: boolean;
  /** Compute everything, write nothing. */
  dryRun: boolean;
}

export interface SourceRunResult {
  applied: boolean;
  /** Why the run was not applied (suspicious), when it was not. */
  reason?: string;
  counts: RunCounts;
  /** Records whose graph changed: re-serialised N-Quads, or '' for records that left the catalog. */
  changedGraphs: { id: string; nquads: string }[];
  /** Duplicate materials within the run (same identity), reported as warnings. */
  duplicates: { location: string; id: string }[];
}

interface ContributionRow {
  source_id: string;
  material_json: string;
  hash: string;
  provenance_json: string;
  missing_runs: number;
}

class NotApplied extends Error {}

/**
 * Applies one source run to the journal atomically (one SQLite transaction, DESIGN §6): resolves or mints
 * each material's id, stores the source's contribution, recomputes merged records, versions every change,
 * counts absences and withdraws records absent from too many consecutive runs. A run that yields nothing, or
 * would leave too large a share of the source's records missing, is not applied unless forced.
 */
export function applySourceRun(journal: Journal, input: SourceRunInput): SourceRunResult {
  const counts = emptyCounts();
  counts.read = input.materials.length;
  const result: SourceRunResult = { applied: false, counts, changedGraphs: [], duplicates: [] };
  if (input.materials.length === 0) {
    return { ...result, reason: 'the source yielded no material: not applied, the catalog keeps its last good state' };
  }
  const db = journal.db;
  const now = new Date().toISOString();
  try {
    journal.transaction(() => {
      const seen = new Map<string, RunMaterial>();
      for (const item of input.materials) {
        const keys = identityKeys(item.material);
        const id = journal.idForKeys(keys) ?? mintUnique(journal, keys[0] ?? `name:${item.material.name}`);
        if (seen.has(id)) {
          result.duplicates.push({ location: item.location, id });
          continue;
        }
        seen.set(id, item);
        ensureMaterialRow(journal, id, input.provider, item.material.name, now);
        const insertKey = db.prepare('INSERT OR IGNORE INTO identity_keys (key, material_id) VALUES (?, ?)');
        for (const key of keys) insertKey.run(key, id);
      }

      const previous = db
        .prepare("SELECT c.material_id AS id, c.missing_runs AS missing, c.provenance_json AS provenance FROM contributions c JOIN materials m ON m.id = c.material_id WHERE c.source_id = ? AND m.status = 'active'")
        .all(input.sourceId) as { id: string; missing: number; provenance: string }[];
      const unreadable = (row: { provenance: string }): boolean => {
        const location = (JSON.parse(row.provenance) as Provenance).location;
        return input.failedLocations.some((failed) => failed === location || failed.startsWith(`${location}/`) || failed.startsWith(`${location}#`));
      };
      const absent = previous.filter((row) => !seen.has(row.id) && !unreadable(row));
      if (!input.force && previous.length > 0 && absent.length / previous.length > input.maxDropShare) {
        throw new NotApplied(
          `${absent.length} of the source's ${previous.length} records are missing from this run (more than ${Math.round(input.maxDropShare * 100)} %): not applied, the catalog keeps its last good state`,
        );
      }

      const touched = new Set<string>();
      for (const [id, item] of seen) {
        const hash = stableHash(item.material);
        const existing = db.prepare('SELECT hash FROM contributions WHERE material_id = ? AND source_id = ?').get(id, input.sourceId) as { hash: string } | undefined;
        if (existing?.hash === hash) {
          db.prepare('UPDATE contributions SET missing_runs = 0 WHERE material_id = ? AND source_id = ?').run(id, input.sourceId);
        } else {
          const provenance: Provenance = { sourceId: input.sourceId, sourceKind: input.sourceKind, location: item.location, runId: input.runId, harvestedAt: input.startedAt };
          db.prepare(
            `INSERT INTO contributions (material_id, source_id, material_json, hash, provenance_json, missing_runs) VALUES (?, ?, ?, ?, ?, 0)
             ON CONFLICT (material_id, source_id) DO UPDATE SET material_json = excluded.material_json, hash = excluded.hash, provenance_json = excluded.provenance_json, missing_runs = 0`,
          ).run(id, input.sourceId, JSON.stringify(item.material), hash, JSON.stringify(provenance));
        }
        touched.add(id);
      }
      for (const row of absent) {
        const missing = row.missing + 1;
        if (missing >= input.withdrawAfterMissingRuns) {
          db.prepare('DELETE FROM contributions WHERE material_id = ? AND source_id = ?').run(row.id, input.sourceId);
        } else {
          db.prepare('UPDATE contributions SET missing_runs = ? WHERE material_id = ? AND source_id = ?').run(missing, row.id, input.sourceId);
          counts.missing++;
        }
        touched.add(row.id);
      }

      for (const id of touched) rebuildRecord(journal, id, input, now, result);
      if (result.changedGraphs.length > 0) journal.bumpCatalogVersion();
      if (input.dryRun) throw new NotApplied('dry run: nothing written');
    });
    result.applied = true;
  } catch (error) {
    if (!(error instanceof NotApplied)) throw error;
    result.reason = error.message;
    result.changedGraphs = [];
    if (input.dryRun) result.reason = undefined;
  }
  return result;
}

/** Recomputes one record from its remaining contributions and writes a new version if it changed. */
function rebuildRecord(journal: Journal, id: string, input: SourceRunInput, now: string, result: SourceRunResult): void {
  const db = journal.db;
  const current = journal.get(id);
  const rows = (db.prepare('SELECT source_id, material_json, hash, provenance_json, missing_runs FROM contributions WHERE material_id = ?').all(id) as ContributionRow[]).sort(
    (a, b) => input.precedence(a.source_id) - input.precedence(b.source_id) || a.source_id.localeCompare(b.source_id),
  );
  const wasActive = current?.status === 'active';
  if (rows.length === 0) {
    if (!wasActive) return;
    const seq = logChange(journal, id, 'Delete', current.record.version, now);
    db.prepare("UPDATE materials SET status = 'withdrawn', withdrawn_at = ?, withdrawn_reason = ?, modified = ?, seq = ? WHERE id = ?").run(
      now,
      `absent from ${input.withdrawAfterMissingRuns} consecutive runs of source ${input.sourceId}`,
      now,
      seq,
      id,
    );
    db.prepare('DELETE FROM materials_fts WHERE id = ?').run(id);
    result.counts.withdrawn++;
    result.changedGraphs.push({ id, nquads: '' });
    return;
  }
  const material = mergeMaterials(rows.map((row) => JSON.parse(row.material_json) as Material));
  const provider = input.providerOf(rows[0]!.source_id);
  const hash = stableHash({ material, provider });
  if (wasActive && current.hash === hash) {
    if (rows.some((row) => row.source_id === input.sourceId && row.missing_runs === 0)) result.counts.unchanged++;
    return;
  }
  const isNew = current === undefined || current.hash === '';
  const version = isNew ? 1 : current.record.version + 1;
  const created = isNew ? now : current.record.created;
  const record: CatalogRecord = {
    id,
    material,
    provider,
    provenance: rows.map((row) => JSON.parse(row.provenance_json) as Provenance),
    version,
    created,
    modified: now,
  };
  const { nquads, jsonld } = journal.serialise(record);
  const type = wasActive ? 'Update' : 'Create';
  const seq = logChange(journal, id, type, version, now);
  const recordJson = JSON.stringify(record);
  db.prepare(
    `UPDATE materials SET status = 'active', provider = ?, name = ?, record_json = ?, nquads = ?, jsonld = ?, hash = ?, version = ?, created = ?, modified = ?,
       withdrawn_at = NULL, withdrawn_reason = NULL, seq = ? WHERE id = ?`,
  ).run(provider, material.name, recordJson, nquads, jsonld, hash, version, created, now, seq, id);
  db.prepare('INSERT INTO versions (material_id, version, record_json, run_id, created) VALUES (?, ?, ?, ?, ?)').run(id, version, recordJson, input.runId, now);
  db.prepare('DELETE FROM materials_fts WHERE id = ?').run(id);
  db.prepare('INSERT INTO materials_fts (id, name, description, keywords) VALUES (?, ?, ?, ?)').run(id, material.name, material.description, material.keywords.join(' '));
  if (isNew) result.counts.new++;
  else result.counts.updated++;
  result.changedGraphs.push({ id, nquads });
}

/** Inserts a placeholder row for a new id so that identity keys can point at it (hash '' = never written). */
function ensureMaterialRow(journal: Journal, id: string, provider: string, name: string, now: string): void {
  journal.db
    .prepare(
      `INSERT OR IGNORE INTO materials (id, status, provider, name, record_json, nquads, jsonld, hash, version, created, modified, seq)
       VALUES (?, 'withdrawn', ?, ?, '{"version":0}', '', '{}', '', 0, ?, ?, 0)`,
    )
    .run(id, provider, name, now, now);
}

function mintUnique(journal: Journal, key: string): string {
  for (let length = 10; length <= 52; length += 2) {
    const id = mintId(key, length);
    const taken = journal.db.prepare('SELECT 1 FROM identity_keys WHERE material_id = ? AND key != ?').get(id, key);
    if (!taken) return id;
  }
  throw new Error(`cannot mint a unique id for ${key}`);
}

function logChange(journal: Journal, id: string, type: 'Create' | 'Update' | 'Delete', version: number, at: string): number {
  const info = journal.db.prepare('INSERT INTO changes (material_id, type, version, at) VALUES (?, ?, ?, ?)').run(id, type, version, at);
  return Number(info.lastInsertRowid);
}

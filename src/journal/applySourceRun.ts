import { createHash } from 'node:crypto';
import type { CatalogRecord, Provenance } from '../model/CatalogRecord.js';
import type { Material } from '../model/Material.js';
import { emptyCounts, type RunCounts } from '../model/HarvestRunReport.js';
import { attributeFields } from '../model/attributeFields.js';
import { mergeMaterials } from '../model/mergeMaterials.js';
import { stableStringify } from '../model/stableHash.js';
import { identityKeys } from '../identity/identityKeys.js';
import { mintId } from '../identity/mintId.js';
import type { Journal } from './Journal.js';
import { dropWithdrawnContributions } from './dropWithdrawnContributions.js';
import { ensureFtsRowids } from './ensureFtsRowids.js';
import { finishIncrementalRun } from './finishIncrementalRun.js';
import { ensureFacetIndex, indexFacets } from './indexFacets.js';
import { recordHash } from './recordHash.js';
import type { IncrementalRun } from './IncrementalRun.js';
import { mergeRecords } from './mergeRecords.js';
import { resolveMergedId } from './resolveMergedId.js';
import { sourceRunStatements, type SourceRunStatements } from './sourceRunStatements.js';

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
  /**
   * Completes a record's merged material before it is stored (the runner derives keywords for a material that has
   * none, docs/decisions/0003): applied after the cross-source merge, so that it never hides what another source
   * says. Default: the merged material as it is.
   */
  complete?: (material: Material, provider: string) => Material;
  withdrawAfterMissingRuns: number;
  maxDropShare: number;
  /** Apply even a run that the guards call suspicious. */
  force: boolean;
  /** Compute everything, write nothing. */
  dryRun: boolean;
  /** Set for incremental sources (issue 6): their position, partial runs and explicit withdrawals. */
  incremental?: IncrementalRun;
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
  /** Records that this run found to be one material and merged (`mergeRecords`), with why. */
  merges: { loserId: string; survivorId: string; reason: string }[];
}

interface ContributionRow {
  source_id: string;
  material_json: string;
  provenance_json: string;
  missing_runs: number;
}

interface KeyOwner {
  id: string;
  status: string;
  hash: string;
  created: string;
}

class NotApplied extends Error {}

/**
 * Applies one source run to the journal atomically (one SQLite transaction, DESIGN §6): resolves or mints
 * each material's id, stores the source's contribution, recomputes merged records, versions every change,
 * counts absences and withdraws records absent from too many consecutive runs. A run that yields nothing, or
 * would leave too large a share of the source's records missing, is not applied unless forced.
 *
 * Incremental by construction: a material whose contribution is unchanged writes nothing at all (not even a
 * counter), so a re-harvest of an unchanged source only reads. When one material's identity keys point to two
 * existing records (the same DOI, canonical URL or repository, DESIGN §3), the records are merged into the
 * older one (`mergeRecords`) and it is rebuilt from every source's statement.
 */
export function applySourceRun(journal: Journal, input: SourceRunInput): SourceRunResult {
  const counts = emptyCounts();
  counts.read = input.materials.length;
  const result: SourceRunResult = { applied: false, counts, changedGraphs: [], duplicates: [], merges: [] };
  if (input.materials.length === 0 && !input.incremental?.partial) {
    return { ...result, reason: 'the source yielded no material: not applied, the catalog keeps its last good state' };
  }
  const now = new Date().toISOString();
  ensureFtsRowids(journal);
  // The facet index is kept in step below; bring it up to date first (instant on an empty journal), so that the server
  // never has to rebuild it at start-up (minutes at 100k records).
  ensureFacetIndex(journal);
  const s = sourceRunStatements(journal.db);
  try {
    journal.transaction(() => {
      const run: RunIdentities = { seen: new Map(), rebuild: new Set(), minted: new Map(), mintedKeys: new Map() };
      const { seen, rebuild } = run;
      for (const item of input.materials) resolveItem(journal, s, item, input, now, run, result);

      const previous = s.sourceRecords.all(input.sourceId) as { id: string; missing: number; provenance: string }[];
      const unreadable = (row: { provenance: string }): boolean => {
        if (input.failedLocations.length === 0) return false;
        const location = (JSON.parse(row.provenance) as Provenance).location;
        return input.failedLocations.some((failed) => failed === location || failed.startsWith(`${location}/`) || failed.startsWith(`${location}#`));
      };
      const absent = input.incremental?.partial ? [] : previous.filter((row) => !seen.has(row.id) && !unreadable(row));
      // The guard is about sudden drops: records already missing from an applied (or forced) run were accepted
      // as going away and do not count again.
      const newlyAbsent = absent.filter((row) => row.missing === 0).length;
      if (!input.force && previous.length > 0 && newlyAbsent / previous.length > input.maxDropShare) {
        throw new NotApplied(
          `${newlyAbsent} of the source's ${previous.length} records are missing from this run (more than ${Math.round(input.maxDropShare * 100)} %): not applied, the catalog keeps its last good state`,
        );
      }

      const fresh: { id: string; item: RunMaterial; json: string; hash: string }[] = [];
      for (const [id, item] of seen) {
        const json = stableStringify(item.material);
        const hash = createHash('sha256').update(json).digest('hex'); // = stableHash(item.material)
        if (run.minted.has(id)) {
          fresh.push({ id, item, json, hash });
          continue;
        }
        const existing = s.contribution.get(id, input.sourceId) as { hash: string; missing_runs: number } | undefined;
        if (existing?.hash === hash) {
          // Unchanged: nothing is written, unless the record had been counted missing before.
          if (existing.missing_runs !== 0) s.resetMissing.run(id, input.sourceId);
          if (!rebuild.has(id)) counts.unchanged++;
          continue;
        }
        const provenance: Provenance = { sourceId: input.sourceId, sourceKind: input.sourceKind, location: item.location, runId: input.runId, harvestedAt: input.startedAt };
        s.upsertContribution.run(id, input.sourceId, json, hash, JSON.stringify(provenance));
        rebuild.add(id);
      }
      const withdrawnBySource = dropWithdrawnContributions(journal, input.sourceId, input.incremental?.withdrawn.map((w) => w.location) ?? []);
      for (const id of withdrawnBySource.keys()) rebuild.add(id);
      for (const row of absent) {
        const missing = row.missing + 1;
        if (missing >= input.withdrawAfterMissingRuns) {
          s.deleteContribution.run(row.id, input.sourceId);
          rebuild.add(row.id);
        } else {
          s.setMissing.run(missing, row.id, input.sourceId);
          counts.missing++;
        }
      }

      const written = new Map<string, CatalogRecord>();
      for (const id of rebuild) {
        const record = rebuildRecord(journal, s, id, input, now, result);
        if (record) written.set(id, record);
      }
      for (const { id, item, json, hash } of fresh) written.set(id, writeNewRecord(s, journal, id, item, json, hash, run.minted.get(id)!, input, now, result));
      if (input.incremental) finishIncrementalRun(journal, input.sourceId, input.incremental, withdrawnBySource);
      for (const { id } of result.changedGraphs) indexFacets(journal, id, written.get(id), { fresh: run.minted.has(id) });
      if (result.changedGraphs.length > 0) journal.bumpCatalogVersion();
      if (input.dryRun) throw new NotApplied('dry run: nothing written');
    });
    result.applied = true;
  } catch (error) {
    if (!(error instanceof NotApplied)) throw error;
    result.reason = error.message;
    result.changedGraphs = [];
    result.merges = [];
    if (input.dryRun) result.reason = undefined;
  }
  return result;
}

/** What the identity pass of a run has found so far. */
interface RunIdentities {
  /** Items by the record they describe. */
  seen: Map<string, RunMaterial>;
  /** Records to rebuild from their contributions. */
  rebuild: Set<string>;
  /** Ids minted in this run (no row yet: written in one insert at the end), with their identity keys. */
  minted: Map<string, Set<string>>;
  /** Identity keys of the ids minted in this run. */
  mintedKeys: Map<string, string>;
}

/**
 * Finds the record an item describes (DESIGN §3 identity: DOI, else canonical URL, else repository; any shared
 * key means the same material). Keys that point to two written records merge them into the older one; keys of
 * records minted earlier in this run are folded into the record found. A second item of the run for the same
 * record is a duplicate. A material new to the catalog gets an id minted from its strongest key, written later.
 */
function resolveItem(journal: Journal, s: SourceRunStatements, item: RunMaterial, input: SourceRunInput, now: string, run: RunIdentities, result: SourceRunResult): void {
  const keys = identityKeys(item.material);
  const owners: KeyOwner[] = [];
  const mintedOwners: string[] = [];
  for (const key of keys) {
    const mintedOwner = run.mintedKeys.get(key);
    if (mintedOwner !== undefined) {
      if (!mintedOwners.includes(mintedOwner)) mintedOwners.push(mintedOwner);
      continue;
    }
    let owner = s.keyOwner.get(key) as KeyOwner | undefined;
    if (owner?.status === 'merged') {
      const survivor = resolveMergedId(journal, owner.id);
      owner = survivor === undefined ? undefined : (s.recordState.get(survivor) as KeyOwner | undefined);
    }
    if (owner && !owners.some((o) => o.id === owner.id)) owners.push(owner);
  }
  const reassign = (from: string, to: string): void => {
    const earlier = run.seen.get(from);
    if (!earlier) return;
    run.seen.delete(from);
    if (run.seen.has(to)) result.duplicates.push({ location: earlier.location, id: to });
    else run.seen.set(to, earlier);
  };
  let id: string;
  if (owners.length > 0) {
    const survivor = [...owners].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))[0]!;
    for (const loser of owners.filter((o) => o.id !== survivor.id)) {
      const reason = `same material: ${item.location} (source ${input.sourceId}) has identity keys of both ${loser.id} and ${survivor.id} (${keys.join(', ')})`;
      const merged = mergeRecords(journal, loser.id, survivor.id, reason, { at: now });
      result.changedGraphs.push(...merged.changedGraphs);
      result.merges.push({ loserId: loser.id, survivorId: survivor.id, reason });
      reassign(loser.id, survivor.id);
      run.rebuild.add(survivor.id);
    }
    id = survivor.id;
  } else {
    id = mintedOwners[0] ?? mintUnique(s, run, keys[0] ?? `name:${item.material.name}`);
    if (!run.minted.has(id)) run.minted.set(id, new Set());
  }
  // Ids minted earlier in this run for the same material fold into this one.
  for (const other of mintedOwners.filter((o) => o !== id)) {
    for (const key of run.minted.get(other) ?? []) run.mintedKeys.delete(key);
    for (const key of run.minted.get(other) ?? []) addKey(s, run, id, key);
    run.minted.delete(other);
    reassign(other, id);
  }
  if (run.seen.has(id)) {
    result.duplicates.push({ location: item.location, id });
    return;
  }
  run.seen.set(id, item);
  for (const key of keys) addKey(s, run, id, key);
}

/**
 * Points an identity key at a record: in the journal for a written record, in memory for one minted now. Keys
 * reach here only after `resolveItem` found no other owner for them, so the journal is not asked again.
 */
function addKey(s: SourceRunStatements, run: RunIdentities, id: string, key: string): void {
  const keys = run.minted.get(id);
  if (keys === undefined) {
    s.insertKey.run(key, id);
  } else if (!run.mintedKeys.has(key)) {
    keys.add(key);
    run.mintedKeys.set(key, id);
  }
}

/**
 * Writes a material new to the catalog: its record (version 1, this source its only contribution), the
 * contribution, its identity keys, its first version and change, its full-text row; in that order, each row
 * once (no placeholder row rewritten later: storing a new material is the hot path of a first harvest).
 */
function writeNewRecord(s: SourceRunStatements, journal: Journal, id: string, item: RunMaterial, json: string, hash: string, keys: Iterable<string>, input: SourceRunInput, now: string, result: SourceRunResult): CatalogRecord {
  const provider = input.providerOf(input.sourceId);
  const material = input.complete?.(item.material, provider) ?? item.material;
  const stated: Provenance = { sourceId: input.sourceId, sourceKind: input.sourceKind, location: item.location, runId: input.runId, harvestedAt: input.startedAt };
  const provenance = [{ ...stated, supplied: attributeFields([item.material], material)[0]! as string[] }];
  const record: CatalogRecord = { id, material, provider, provenance, version: 1, created: now, modified: now };
  const { nquads, jsonld } = journal.serialise(record);
  const seq = logChange(s, id, 'Create', 1, now);
  const recordJson = JSON.stringify(record);
  // The material's stable JSON is already written (the contribution's): the record hash reuses it.
  const materialJson = material === item.material ? json : stableStringify(material);
  const rowid = s.insertRecord.run(id, provider, material.name, recordJson, nquads, jsonld, recordHash(materialJson, provider, provenance), now, now, seq).lastInsertRowid;
  s.upsertContribution.run(id, input.sourceId, json, hash, JSON.stringify(stated));
  for (const key of keys) s.insertKey.run(key, id);
  s.insertVersion.run(id, 1, recordJson, input.runId, now);
  s.insertFtsAt.run(rowid, id, material.name, material.description, material.keywords.join(' '));
  result.counts.new++;
  result.changedGraphs.push({ id, nquads });
  return record;
}

/**
 * Recomputes one record from its remaining contributions and writes a new version if it changed; returns the
 * record when it wrote an active one.
 */
function rebuildRecord(journal: Journal, s: SourceRunStatements, id: string, input: SourceRunInput, now: string, result: SourceRunResult): CatalogRecord | undefined {
  const current = s.recordVersion.get(id) as { status: string; hash: string; version: number; created: string } | undefined;
  const rows = (s.contributionsOf.all(id) as ContributionRow[]).sort(
    (a, b) => input.precedence(a.source_id) - input.precedence(b.source_id) || a.source_id.localeCompare(b.source_id),
  );
  const wasActive = current?.status === 'active';
  if (rows.length === 0) {
    if (!wasActive) return undefined;
    const seq = logChange(s, id, 'Delete', current.version, now);
    s.withdraw.run(now, `absent from ${input.withdrawAfterMissingRuns} consecutive runs of source ${input.sourceId}`, now, seq, id);
    deleteFts(s, id);
    result.counts.withdrawn++;
    result.changedGraphs.push({ id, nquads: '' });
    return undefined;
  }
  const materials = rows.map((row) => JSON.parse(row.material_json) as Material);
  const provider = input.providerOf(rows[0]!.source_id);
  const merged = mergeMaterials(materials);
  const material = input.complete?.(merged, provider) ?? merged;
  const supplied = attributeFields(materials, material);
  const provenance = rows.map((row, i) => ({ ...(JSON.parse(row.provenance_json) as Provenance), supplied: supplied[i]! as string[] }));
  // The hash covers what the record says and where each statement came from, not when this run happened:
  // an unchanged re-harvest gives the same hash and writes no version.
  const hash = recordHash(stableStringify(material), provider, provenance);
  if (wasActive && current.hash === hash) {
    if (rows.some((row) => row.source_id === input.sourceId && row.missing_runs === 0)) result.counts.unchanged++;
    return undefined;
  }
  const isNew = current === undefined || current.hash === '';
  const version = isNew ? 1 : current.version + 1;
  const created = isNew ? now : current.created;
  const record: CatalogRecord = { id, material, provider, provenance, version, created, modified: now };
  const { nquads, jsonld } = journal.serialise(record);
  const seq = logChange(s, id, wasActive ? 'Update' : 'Create', version, now);
  const recordJson = JSON.stringify(record);
  s.writeRecord.run(provider, material.name, recordJson, nquads, jsonld, hash, version, created, now, seq, id);
  s.insertVersion.run(id, version, recordJson, input.runId, now);
  if (wasActive) deleteFts(s, id); // only active records have a full-text row
  s.insertFts.run({ id, name: material.name, description: material.description, keywords: material.keywords.join(' ') });
  if (isNew) result.counts.new++;
  else result.counts.updated++;
  result.changedGraphs.push({ id, nquads });
  return record;
}

function deleteFts(s: SourceRunStatements, id: string): void {
  if (s.deleteFtsByRowid.run({ id }).changes === 0) s.deleteFtsById.run(id);
}

function mintUnique(s: SourceRunStatements, run: RunIdentities, key: string): string {
  for (let length = 10; length <= 52; length += 2) {
    const id = mintId(key, length);
    if (!run.minted.has(id) && !s.idTaken.get(id, key, id)) return id;
  }
  throw new Error(`cannot mint a unique id for ${key}`);
}

function logChange(s: SourceRunStatements, id: string, type: 'Create' | 'Update' | 'Delete', version: number, at: string): number {
  return Number(s.logChange.run(id, type, version, at).lastInsertRowid);
}

import { indexFacets } from './indexFacets.js';
import type { Journal } from './Journal.js';
import { MergeError } from './MergeError.js';

/** What `mergeRecords` changed. */
export interface MergeResult {
  loserId: string;
  survivorId: string;
  /** Identity keys (doi:, url:, repo:) that now point to the survivor. */
  movedKeys: number;
  /** Source contributions moved to the survivor (a source that described both keeps its survivor contribution). */
  movedContributions: number;
  /**
   * Graphs to bring the graph index in step with (`GraphIndex.replaceGraphs`): the loser's graph leaves the
   * index. The survivor's merged view is not recomputed here (see below).
   */
  changedGraphs: { id: string; nquads: string }[];
}

/**
 * Merges two records that turned out to be the same material (DESIGN §3): in one transaction, the loser's
 * identity keys and contributions move to the survivor, the loser becomes `status = 'merged'` with
 * `merged_into = survivor` (so `GET /materials/{loser}` answers `301` to the survivor forever), earlier merges
 * into the loser are re-pointed at the survivor, the merge and its reason are recorded in `merges`, a
 * `Delete` of the loser is logged in `changes`, and the catalog version is bumped. The loser's versions stay.
 *
 * The survivor's merged record is rebuilt from its (now larger) set of contributions the next time it is
 * rebuilt: a caller inside `applySourceRun` adds `survivorId` to the records it rebuilds; any later applied
 * run of one of the survivor's sources does it too.
 *
 * @throws MergeError when either id is unknown or was never written, when they are equal, or when the survivor
 *   is itself merged away (merge into its final survivor instead) or the loser already is.
 */
export function mergeRecords(journal: Journal, loserId: string, survivorId: string, reason: string, options: { at?: string } = {}): MergeResult {
  if (loserId === survivorId) throw new MergeError(`cannot merge record ${loserId} into itself`);
  const at = options.at ?? new Date().toISOString();
  return journal.transaction(() => {
    const db = journal.db;
    const loser = journal.get(loserId);
    const survivor = journal.get(survivorId);
    if (!loser || loser.hash === '') throw new MergeError(`there is no record ${loserId} to merge`);
    if (!survivor || survivor.hash === '') throw new MergeError(`there is no record ${survivorId} to merge into`);
    if (loser.status === 'merged') throw new MergeError(`record ${loserId} is already merged into ${loser.mergedInto ?? 'another record'}`);
    if (survivor.status === 'merged') throw new MergeError(`record ${survivorId} is merged into ${survivor.mergedInto ?? 'another record'}: merge into that record instead`);

    const movedKeys = db.prepare('UPDATE identity_keys SET material_id = ? WHERE material_id = ?').run(survivorId, loserId).changes;
    const duplicated = db.prepare('DELETE FROM contributions WHERE material_id = ? AND source_id IN (SELECT source_id FROM contributions WHERE material_id = ?)');
    duplicated.run(loserId, survivorId);
    const movedContributions = db.prepare('UPDATE contributions SET material_id = ? WHERE material_id = ?').run(survivorId, loserId).changes;

    const seq = Number(db.prepare("INSERT INTO changes (material_id, type, version, at) VALUES (?, 'Delete', ?, ?)").run(loserId, loser.record.version, at).lastInsertRowid);
    db.prepare("UPDATE materials SET status = 'merged', merged_into = ?, modified = ?, seq = ? WHERE id = ?").run(survivorId, at, seq, loserId);
    db.prepare("UPDATE materials SET merged_into = ? WHERE merged_into = ? AND status = 'merged'").run(survivorId, loserId);
    db.prepare('UPDATE merges SET survivor_id = ? WHERE survivor_id = ?').run(survivorId, loserId);
    db.prepare('INSERT INTO merges (loser_id, survivor_id, reason, merged_at) VALUES (?, ?, ?, ?)').run(loserId, survivorId, reason, at);
    db.prepare('DELETE FROM materials_fts WHERE id = ?').run(loserId);
    indexFacets(journal, loserId);
    journal.bumpCatalogVersion();
    return { loserId, survivorId, movedKeys, movedContributions, changedGraphs: loser.status === 'active' ? [{ id: loserId, nquads: '' }] : [] };
  });
}

import { mergeRecords } from '../../src/journal/mergeRecords.js';
import { COMMUNITY_FEED, snapshotCopy, type SnapshotCopy } from './snapshotCopy.js';
import { startCatalog, type RunningCatalog } from './startCatalog.js';

/** A served catalog with a record in each state a published identifier can be in. */
export interface CatalogWithStates {
  running: RunningCatalog;
  snapshot: SnapshotCopy;
  /** An active record with authors, ORCID iDs and a licence (The Unix Shell). */
  current: string;
  /** A record withdrawn from its source (removed from the community feed, then two runs). */
  withdrawn: string;
  /** A record merged into `survivor`. */
  loser: string;
  survivor: string;
  /** Stops `running` (which a test may have replaced by a restarted catalog) and removes the snapshot copy. */
  stop(): Promise<void>;
}

/**
 * Starts the demo catalog from a copy of the snapshot, then withdraws one community-feed lesson the way the
 * harvest rules do (absent from `withdrawAfterMissingRuns` = 2 consecutive runs) and merges two others with
 * `mergeRecords`, keeping the graph index in step. `beforeChanges` sees the catalog before any of that.
 */
export async function catalogWithStates(options: { beforeChanges?: (running: RunningCatalog) => Promise<void> } = {}): Promise<CatalogWithStates> {
  const snapshot = snapshotCopy();
  const running = await startCatalog({ configPath: snapshot.configPath });
  await options.beforeChanges?.(running);
  const journal = running.catalog.journal;
  const active = journal.listActive({ limit: 1000 });
  const current = active.find((r) => r.record.material.name === 'The Unix Shell')?.id;
  if (!current) throw new Error('the demo has no Unix Shell record');

  let removed: { repo?: string } | undefined;
  snapshot.editJson<{ repo?: string }[]>(COMMUNITY_FEED, (entries) => {
    removed = entries[0];
    return entries.slice(1);
  });
  await running.catalog.runner.runAll(['carpentries-community-feed']);
  await running.catalog.runner.runAll(['carpentries-community-feed']);
  const withdrawn = active.find((r) => journal.get(r.id)?.status === 'withdrawn')?.id;
  if (!withdrawn) throw new Error(`removing ${removed?.repo ?? 'the first entry'} from the feed withdrew nothing`);

  const feedRecords = journal.listActive({ limit: 1000 }).filter((r) => r.id !== current && r.record.provenance.some((p) => p.sourceId === 'carpentries-community-feed'));
  const [loser, survivor] = feedRecords.map((r) => r.id);
  if (!loser || !survivor) throw new Error('not enough feed records to merge');
  const merge = mergeRecords(journal, loser, survivor, 'test: the same lesson under two ids');
  await running.catalog.graph!.replaceGraphs(merge.changedGraphs.map(({ id, nquads }) => ({ graph: running.catalog.iris.material(id), nquads })));
  return {
    running, snapshot, current, withdrawn, loser, survivor,
    async stop(this: CatalogWithStates) {
      await this.running.stop({ removeData: true });
      snapshot.remove();
    },
  };
}

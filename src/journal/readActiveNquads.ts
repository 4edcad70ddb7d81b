import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Journal } from './Journal.js';

/**
 * The N-Quads of every active record, read in keyset batches with a turn of the event loop between them, so
 * that rebuilding a graph worker (after a query timeout) never blocks the server for the whole read
 * (better-sqlite3 is synchronous: one read of 100k records holds the thread for about a second). The batches
 * are not one snapshot: a harvest applied meanwhile may show in some of them, which the graph index tolerates
 * because it replays the writes made since the rebuild began (`WriteLog`).
 */
export async function readActiveNquads(journal: Journal, batchSize = 2000): Promise<string[]> {
  const statement = journal.db.prepare("SELECT id, nquads FROM materials WHERE status = 'active' AND id > ? ORDER BY id LIMIT ?").raw();
  const documents: string[] = [];
  let after = '';
  for (;;) {
    const rows = statement.all(after, batchSize) as [string, string][];
    for (const [, nquads] of rows) documents.push(nquads);
    if (rows.length < batchSize) return documents;
    after = rows.at(-1)![0];
    await nextTurn();
  }
}

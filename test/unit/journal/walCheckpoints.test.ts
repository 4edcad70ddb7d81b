import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { holdCheckpoints } from '../../../src/journal/walCheckpoints.js';

function walDatabase(): { db: Database.Database; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'faircat-wal-'));
  const db = new Database(join(dir, 'journal.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (x TEXT)');
  return { db, done: () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

const autocheckpoint = (db: Database.Database): number => db.pragma('wal_autocheckpoint', { simple: true }) as number;
/** Frames in the WAL and frames of it already copied into the database file (a passive checkpoint that does nothing new). */
const walState = (db: Database.Database): { log: number; checkpointed: number } => {
  const [row] = db.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
  return row!;
};

describe('holdCheckpoints', () => {
  it('defers checkpoints while held, across nested holders, and checkpoints once the last one releases', () => {
    const { db, done } = walDatabase();
    try {
      assert.equal(autocheckpoint(db), 1000);
      const outer = holdCheckpoints(db);
      const inner = holdCheckpoints(db);
      assert.equal(autocheckpoint(db), 262_144);
      const insert = db.prepare('INSERT INTO t VALUES (?)');
      db.transaction(() => { for (let i = 0; i < 3000; i++) insert.run('x'.repeat(2000)); })();
      inner();
      inner();
      assert.equal(autocheckpoint(db), 262_144, 'still held by the outer holder; a second release of the inner one counts once');
      const before = walState(db);
      assert.ok(before.log > 1000 && before.checkpointed < before.log, `${JSON.stringify(before)}: more than 1,000 pages waiting`);
      outer();
      assert.equal(autocheckpoint(db), 1000);
      const after = walState(db);
      assert.equal(after.checkpointed, after.log, 'everything in the WAL is in the database file');
    } finally {
      done();
    }
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordReader } from '../../../src/journal/recordReader.js';
import { harvest, idOf, lesson, memoryJournal } from '../../helpers/journalRecords.js';

describe('recordReader', () => {
  it('reads a record as Journal.get does, without its N-Quads, which it reads on their own', () => {
    const journal = memoryJournal();
    harvest(journal, 'feed', [lesson('a'), lesson('b')]);
    const id = idOf(journal, 'Lesson a');
    const { nquads, ...expected } = journal.get(id)!;
    const reader = recordReader(journal);
    assert.deepEqual(reader.head(id), expected);
    assert.equal(reader.nquads(id), nquads);
    assert.ok(nquads.length > 0);
  });

  it('reads withdrawn records with when and why', () => {
    const journal = memoryJournal();
    harvest(journal, 'feed', [lesson('a'), lesson('b'), lesson('c'), lesson('d')]);
    const id = idOf(journal, 'Lesson d');
    harvest(journal, 'feed', [lesson('a'), lesson('b'), lesson('c')]);
    harvest(journal, 'feed', [lesson('a'), lesson('b'), lesson('c')]);
    const head = recordReader(journal).head(id);
    assert.equal(head?.status, 'withdrawn');
    const { nquads: _nquads, ...expected } = journal.get(id)!;
    assert.deepEqual(head, expected);
    assert.ok(head.withdrawnAt !== undefined && head.withdrawnReason !== undefined);
  });

  it('finds nothing for an id that was never written', () => {
    const reader = recordReader(memoryJournal());
    assert.equal(reader.head('nope'), undefined);
    assert.equal(reader.nquads('nope'), '');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Journal } from '../../../src/journal/Journal.js';
import { readActiveNquads } from '../../../src/journal/readActiveNquads.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';

function journalWith(active: number, withdrawn: number): Journal {
  const journal = Journal.open(':memory:', recordSerialiser(catalogIris('https://w3id.org/x/', 'http://localhost/')));
  const insert = journal.db.prepare(`INSERT INTO materials (id, status, provider, name, record_json, nquads, jsonld, hash, version, created, modified, seq)
    VALUES (?, ?, 'p', 'n', '{}', ?, '{}', 'h', 1, '2025-01-01', '2025-01-01', 1)`);
  for (let i = 0; i < active + withdrawn; i++) insert.run(`id${String(i).padStart(4, '0')}`, i < active ? 'active' : 'withdrawn', `<urn:x:${i}> <urn:p> "${i}" .\n`);
  return journal;
}

describe('readActiveNquads', () => {
  it('reads every active record\'s N-Quads in id order, over several batches', async () => {
    const journal = journalWith(25, 3);
    try {
      const documents = await readActiveNquads(journal, 10);
      assert.equal(documents.length, 25);
      assert.equal(documents[0], '<urn:x:0> <urn:p> "0" .\n');
      assert.equal(documents[24], '<urn:x:24> <urn:p> "24" .\n');
    } finally {
      journal.close();
    }
  });

  it('lets other work run between batches', async () => {
    const journal = journalWith(30, 0);
    try {
      let turns = 0;
      let running = true;
      const spin = (): void => {
        turns++;
        if (running) setImmediate(spin);
      };
      setImmediate(spin);
      const documents = await readActiveNquads(journal, 3);
      const turnsWhileReading = turns;
      running = false;
      assert.equal(documents.length, 30);
      assert.ok(turnsWhileReading >= 5, `only ${turnsWhileReading} turns of the event loop while reading 10 batches`);
    } finally {
      journal.close();
    }
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { followJournal } from '../../../src/cli/followJournal.js';
import type { Catalog } from '../../../src/cli/openCatalog.js';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function fakeCatalog(): { catalog: Catalog; setVersion(v: number): void; reloads(): number } {
  let version = 1;
  let reloads = 0;
  const catalog = { journal: { catalogVersion: () => version }, reloadGraph: async () => void reloads++ } as unknown as Catalog;
  return { catalog, setVersion: (v) => (version = v), reloads: () => reloads };
}

describe('followJournal', () => {
  it('reloads the graph index when another process changed the journal, once per change', async () => {
    const fake = fakeCatalog();
    const stop = followJournal(fake.catalog, pino({ level: 'silent' }), { intervalMs: 5, isHarvesting: () => false });
    await wait(30);
    assert.equal(fake.reloads(), 0);
    fake.setVersion(2);
    await wait(40);
    stop();
    assert.equal(fake.reloads(), 1);
  });

  it('does not reload for a change made by this server\'s own harvest', async () => {
    const fake = fakeCatalog();
    const stop = followJournal(fake.catalog, pino({ level: 'silent' }), { intervalMs: 5, isHarvesting: () => true });
    fake.setVersion(2);
    await wait(40);
    stop();
    assert.equal(fake.reloads(), 0);
  });
});

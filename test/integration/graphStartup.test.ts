import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SCHEMA } from '../../src/vocab/index.js';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

const COUNT = `SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <${SCHEMA.LearningResource}> ; <${SCHEMA.provider}> ?p }`;

describe('starting the graph index from a journal with an unreadable record', () => {
  let running: RunningCatalog;
  let active: number;

  before(async () => {
    const first = await startCatalog();
    active = first.catalog.journal.countActive();
    await first.stop();
    const db = new Database(join(first.dataDir, 'journal.sqlite'));
    db.prepare("UPDATE materials SET nquads = '<urn:broken> <urn:p> \"no end .' WHERE id = (SELECT min(id) FROM materials WHERE status = 'active')").run();
    db.close();
    running = await startCatalog({ dataDir: first.dataDir, harvest: false });
  });
  after(() => running?.stop({ removeData: true }));

  test('serves every other record instead of refusing to start', async () => {
    const response = await fetch(`${running.url}sparql?query=${encodeURIComponent(COUNT)}`, { headers: { accept: 'text/csv' } });
    assert.equal(response.status, 200);
    assert.equal(Number((await response.text()).split('\r\n')[1]), active - 1);
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Journal } from '../../src/journal/Journal.js';
import jsonld from 'jsonld';
import { bundledDocumentLoader } from '../../src/model/documentLoader.js';
import { PROV } from '../../src/vocab/index.js';
import { parseRdf } from '../helpers/rdf.js';
import { snapshotCopy } from '../helpers/snapshotCopy.js';
import { startCatalog, TEST_BASE_URL, TEST_PID_BASE } from '../helpers/startCatalog.js';

/** Every (record, version) pair in the journal. */
function versionRows(journal: Journal): string[] {
  return (journal.db.prepare('SELECT material_id, version FROM versions ORDER BY material_id, version').all() as { material_id: string; version: number }[])
    .map((row) => `${row.material_id}@${row.version}`);
}

interface VersionsDocument {
  numberOfItems: number;
  itemListElement: { position: number; item: { '@id': string; name: string; generatedAtTime: string; sourceId?: string; wasGeneratedBy?: string[] } }[];
}

describe('versions of records across harvests', () => {
  test('re-harvesting the demo snapshot twice creates no new versions', async () => {
    const running = await startCatalog();
    try {
      const before = versionRows(running.catalog.journal);
      assert.ok(before.length >= 5);
      for (let run = 0; run < 2; run++) {
        const reports = await running.catalog.runner.runAll(undefined);
        assert.ok(reports.every((r) => r.status === 'applied'), JSON.stringify(reports.map((r) => [r.sourceId, r.status, r.reason])));
      }
      assert.deepEqual(versionRows(running.catalog.journal), before);
    } finally {
      await running.stop({ removeData: true });
    }
  });

  test('editing one lesson title and re-harvesting creates exactly one new version of exactly that record', async () => {
    const snapshot = snapshotCopy();
    const running = await startCatalog({ configPath: snapshot.configPath });
    try {
      const journal = running.catalog.journal;
      const shell = journal.listActive({ limit: 1000 }).find((r) => r.record.material.name === 'The Unix Shell');
      assert.ok(shell);
      const before = versionRows(journal);
      const config = snapshot.path('swcarpentry/shell-novice/config.yaml');
      writeFileSync(config, readFileSync(config, 'utf8').replace(/^title: .*$/m, "title: 'The Unix Shell, revised'"));
      await running.catalog.runner.runAll(undefined);
      const added = versionRows(journal).filter((row) => !before.includes(row));
      assert.deepEqual(added, [`${shell.id}@${shell.record.version + 1}`]);

      const response = await fetch(`${running.url}materials/${shell.id}/versions`, { headers: { accept: 'application/ld+json' } });
      assert.equal(response.status, 200);
      const history = (await response.json()) as VersionsDocument;
      const nquads = (await jsonld.toRDF(history as unknown as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: bundledDocumentLoader(`${TEST_BASE_URL}context.jsonld`) })) as unknown as string;
      const dated = parseRdf(nquads, { format: 'application/n-quads' }).filter((q) => q.predicate.value === PROV.generatedAtTime);
      assert.equal(dated.length, shell.record.version + 1, 'the history is JSON-LD whose versions carry prov:generatedAtTime');
      assert.equal(history.numberOfItems, shell.record.version + 1);
      const [first, last] = [history.itemListElement[0]!, history.itemListElement.at(-1)!];
      assert.equal(first.item.name, 'The Unix Shell');
      assert.equal(last.item.name, 'The Unix Shell, revised');
      assert.equal(last.item['@id'], `${TEST_PID_BASE}materials/${shell.id}/versions/${shell.record.version + 1}`);
      for (const { item } of history.itemListElement) {
        assert.ok(!Number.isNaN(Date.parse(item.generatedAtTime)), 'each version has a date');
        assert.equal(item.sourceId, 'swc-lessons', 'each version names its source');
        assert.equal(item.wasGeneratedBy?.length, 1, 'and the run that made it');
      }

      const old = await fetch(`${running.url}materials/${shell.id}/versions/1?format=bibtex`);
      assert.equal(old.status, 200);
      const bibtex = await old.text();
      assert.match(bibtex, /title = \{The \{Unix\} \{Shell\}\}/);
      assert.ok(bibtex.includes(`${TEST_PID_BASE}materials/${shell.id}/versions/1`));
      const timemap = await (await fetch(`${running.url}materials/${shell.id}/versions`, { headers: { accept: 'application/link-format' } })).text();
      assert.equal(timemap.match(/rel="[^"]*memento"/g)?.length, shell.record.version + 1);
      assert.equal((await fetch(`${running.url}materials/${shell.id}/versions/${shell.record.version + 2}`)).status, 404);
    } finally {
      await running.stop({ removeData: true });
      snapshot.remove();
    }
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogWithStates, type CatalogWithStates } from '../helpers/recordStates.js';
import { TEST_PID_BASE, type RunningCatalog } from '../helpers/startCatalog.js';

const ALL_RECORDS = `PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?m WHERE { ?m a schema:LearningResource ; schema:provider ?p }`;

interface FeedPage {
  'hydra:view': { 'hydra:next'?: { '@id': string } | string };
  dataFeedElement: { item: { '@id': string } }[];
}

/** Record IRIs printed in every page of the JSON-LD feed. */
async function feedIris(running: RunningCatalog): Promise<string[]> {
  const iris: string[] = [];
  let next: string | undefined = `${running.url}materials?limit=20`;
  while (next) {
    const page = (await (await fetch(next, { headers: { accept: 'application/ld+json' } })).json()) as FeedPage;
    iris.push(...page.dataFeedElement.map((element) => element.item['@id']));
    const view = page['hydra:view']['hydra:next'];
    const link = typeof view === 'string' ? view : view?.['@id'];
    next = link ? link.replace(/^https?:\/\/[^/]+\//, running.url) : undefined;
  }
  return iris;
}

/** Record IRIs printed in a SPARQL SELECT result. */
async function sparqlIris(running: RunningCatalog): Promise<string[]> {
  const response = await fetch(`${running.url}sparql?query=${encodeURIComponent(ALL_RECORDS)}`, { headers: { accept: 'application/sparql-results+json' } });
  const results = (await response.json()) as { results: { bindings: { m: { value: string } }[] } };
  return results.results.bindings.map((binding) => binding.m.value);
}

/** Identifiers printed in citations (CSL-JSON `URL`, BibTeX `url`, RIS `UR`) of every record. */
async function citationIris(running: RunningCatalog, iris: readonly string[]): Promise<string[]> {
  const printed: string[] = [];
  for (const iri of iris) {
    const url = iri.replace(TEST_PID_BASE, running.url);
    const csl = (await (await fetch(`${url}?format=csl`)).json()) as { URL: string }[];
    printed.push(csl[0]!.URL);
    printed.push(/url = \{([^}]+)\}/.exec(await (await fetch(`${url}?format=bibtex`)).text())![1]!);
    printed.push(/^UR {2}- (.+)$/m.exec(await (await fetch(`${url}?format=ris`)).text())![1]!);
  }
  return printed;
}

describe('an identifier printed once', () => {
  let catalog: CatalogWithStates;
  const printed = new Map<string, string>();
  before(async () => {
    catalog = await catalogWithStates({
      beforeChanges: async (running) => {
        const fromFeed = await feedIris(running);
        for (const iri of fromFeed) printed.set(iri, 'the feed');
        for (const iri of await sparqlIris(running)) printed.set(iri, printed.has(iri) ? printed.get(iri)! : 'a SPARQL result');
        for (const iri of await citationIris(running, fromFeed)) if (!printed.has(iri)) printed.set(iri, 'a citation');
      },
    });
  });
  after(async () => {
    await catalog.stop();
  });

  test('was collected from the feed, a SPARQL result and the citations of every record, and they agree', () => {
    assert.ok(printed.size >= 40, `${printed.size} identifiers`);
    assert.ok([...printed.keys()].every((iri) => iri.startsWith(`${TEST_PID_BASE}materials/`)));
    assert.equal(new Set(printed.values()).size, 1, 'SPARQL and the citations print no identifier the feed lacks');
  });

  test('resolves forever after a withdrawal and a merge: current, 301 or 410, never 404', async () => {
    const statuses = new Map<number, number>();
    for (const [iri, where] of printed) {
      const response = await fetch(iri.replace(TEST_PID_BASE, catalog.running.url), { redirect: 'manual', headers: { accept: 'application/ld+json' } });
      assert.ok([200, 301, 410].includes(response.status), `${iri} from ${where} answered ${response.status}`);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    assert.equal(statuses.get(410), 1, 'the withdrawn record answers 410');
    assert.equal(statuses.get(301), 1, 'the merged-away record answers 301');
    const withdrawn = await fetch(`${catalog.running.url}materials/${catalog.withdrawn}`);
    assert.equal(withdrawn.status, 410);
    const merged = await fetch(`${catalog.running.url}materials/${catalog.loser}`, { redirect: 'manual' });
    assert.equal(merged.headers.get('location'), `/materials/${catalog.survivor}`);
  });

  test('keeps resolving after a restart of the catalog', async () => {
    const { running } = catalog;
    const { startCatalog } = await import('../helpers/startCatalog.js');
    await running.stop();
    const again = await startCatalog({ configPath: catalog.snapshot.configPath, dataDir: running.dataDir, harvest: false });
    catalog.running = again;
    for (const iri of printed.keys()) {
      const response = await fetch(iri.replace(TEST_PID_BASE, again.url), { redirect: 'manual' });
      assert.ok([200, 301, 410].includes(response.status), `${iri} answered ${response.status}`);
    }
  });
});

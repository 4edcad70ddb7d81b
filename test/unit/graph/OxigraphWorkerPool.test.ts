import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataFactory } from 'n3';
import { pino } from 'pino';
import type { GraphQueryOptions, GraphQueryResult } from '../../../src/graph/GraphIndex.js';
import { GraphIndexLoadingError } from '../../../src/graph/GraphIndexLoadingError.js';
import { GraphLoadError } from '../../../src/graph/GraphLoadError.js';
import { GraphWorkerError } from '../../../src/graph/GraphWorkerError.js';
import { OxigraphWorkerPool } from '../../../src/graph/OxigraphWorkerPool.js';
import { QueryEvaluationError } from '../../../src/graph/QueryEvaluationError.js';
import { QueryTimeoutError } from '../../../src/graph/QueryTimeoutError.js';
import { UnsupportedResultFormatError } from '../../../src/graph/UnsupportedResultFormatError.js';
import { RDF, SCHEMA } from '../../../src/vocab/index.js';
import { parseRdf, sameGraph } from '../../helpers/rdf.js';

const { namedNode, literal, quad } = DataFactory;
const silent = pino({ level: 'silent' });
const BASE = 'https://example.org/';
const PROVIDER = `${BASE}providers/carpentries`;

function graphIri(n: number): string {
  return `${BASE}materials/${n}`;
}

/** A record graph: the material, its name, and the provider's name repeated in every record graph. */
function record(n: number, name = `Lesson ${n}`): string {
  const g = graphIri(n);
  return [
    `<${g}> <${RDF.type}> <${SCHEMA.LearningResource}> <${g}> .`,
    `<${g}> <${SCHEMA.name}> "${name}" <${g}> .`,
    `<${g}> <${SCHEMA.provider}> <${PROVIDER}> <${g}> .`,
    `<${PROVIDER}> <${SCHEMA.name}> "The Carpentries" <${g}> .`,
    '',
  ].join('\n');
}

/** The journal of a test: graph → N-Quads, written before the index, as the real callers do. */
class Journal {
  readonly graphs = new Map<string, string>();
  add(n: number, nquads = record(n)): { graph: string; nquads: string } {
    const graph = graphIri(n);
    if (nquads === '') this.graphs.delete(graph);
    else this.graphs.set(graph, nquads);
    return { graph, nquads };
  }
  documents(): string[] {
    return [...this.graphs.values()];
  }
}

function options(format: string, more: Partial<GraphQueryOptions> = {}): GraphQueryOptions {
  return { format, timeoutMs: 10_000, ...more };
}

/** The results of a query as text. */
function text(result: GraphQueryResult): string {
  return Buffer.from(result.body).toString('utf8');
}

/** The values of a one-column CSV result, sorted. */
function column(csv: string): string[] {
  return csv.trim().split('\r\n').slice(1).sort();
}

const NAMES = `SELECT ?name WHERE { ?m <${SCHEMA.name}> ?name ; a <${SCHEMA.LearningResource}> }`;
const CROSS_PRODUCT = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

describe('OxigraphWorkerPool', () => {
  describe('reading', () => {
    const journal = new Journal();
    let pool: OxigraphWorkerPool;
    before(async () => {
      for (const n of [1, 2, 3]) journal.add(n);
      pool = new OxigraphWorkerPool({ reload: () => journal.documents(), logger: silent });
      await pool.loadAll(journal.documents());
    });
    after(() => pool.close());

    it('finds triples of several named graphs with a query without GRAPH', async () => {
      const body = text(await pool.query(NAMES, options('text/csv')));
      assert.deepEqual(column(body), ['Lesson 1', 'Lesson 2', 'Lesson 3']);
    });

    it('counts a triple repeated in three graphs three times, and once with DISTINCT', async () => {
      const query = `SELECT (COUNT(*) AS ?all) (COUNT(DISTINCT ?p) AS ?distinct) WHERE { ?p <${SCHEMA.name}> "The Carpentries" }`;
      const body = text(await pool.query(query, options('text/csv')));
      assert.equal(body.trim().split('\r\n')[1], '3,1');
    });

    it('counts quads', async () => {
      assert.equal(await pool.size(), 12);
    });

    const select = `SELECT ?name WHERE { <${graphIri(1)}> <${SCHEMA.name}> ?name }`;
    const selectCases: [string, (body: string) => void][] = [
      ['application/sparql-results+json', (body) => {
        const json = JSON.parse(body) as { results: { bindings: { name: { value: string } }[] } };
        assert.deepEqual(json.results.bindings.map((b) => b.name.value), ['Lesson 1']);
      }],
      ['application/sparql-results+xml', (body) => assert.match(body, /<binding name="name"><literal>Lesson 1<\/literal><\/binding>/)],
      ['text/csv', (body) => assert.equal(body, 'name\r\nLesson 1\r\n')],
      ['text/tab-separated-values', (body) => assert.equal(body, '?name\n"Lesson 1"\n')],
    ];
    for (const [format, check] of selectCases) {
      it(`answers SELECT in ${format}`, async () => {
        const result = await pool.query(select, options(format));
        assert.equal(result.mediaType, format);
        check(text(result));
      });
    }

    it('answers ASK in SPARQL JSON', async () => {
      const body = text(await pool.query(`ASK { <${graphIri(2)}> a <${SCHEMA.LearningResource}> }`, options('application/sparql-results+json')));
      assert.equal((JSON.parse(body) as { boolean: boolean }).boolean, true);
    });

    const construct = `CONSTRUCT { ?m <${SCHEMA.name}> ?name } WHERE { ?m <${SCHEMA.name}> ?name ; a <${SCHEMA.LearningResource}> }`;
    const expected = [1, 2, 3].map((n) => quad(namedNode(graphIri(n)), namedNode(SCHEMA.name), literal(`Lesson ${n}`)));
    for (const format of ['text/turtle', 'application/n-triples', 'application/n-quads']) {
      it(`answers CONSTRUCT in ${format} that n3 reads back as the expected graph`, async () => {
        const result = await pool.query(construct, options(format));
        assert.equal(result.mediaType, format);
        assert.ok(sameGraph(parseRdf(text(result), { format }), expected), text(result));
      });
    }

    it('answers CONSTRUCT in expanded JSON-LD, for the caller to compact', async () => {
      const expanded = JSON.parse(text(await pool.query(construct, options('application/ld+json')))) as { '@id': string; [key: string]: unknown }[];
      assert.deepEqual(expanded.map((node) => node['@id']).sort(), [1, 2, 3].map(graphIri).sort());
      assert.deepEqual(expanded.find((node) => node['@id'] === graphIri(1))?.[SCHEMA.name], [{ '@value': 'Lesson 1' }]);
    });

    it('answers CONSTRUCT in RDF/XML', async () => {
      const body = text(await pool.query(construct, options('application/rdf+xml')));
      assert.match(body, /<rdf:RDF /);
      for (const n of [1, 2, 3]) assert.ok(body.includes(`rdf:about="${graphIri(n)}"`) && body.includes(`>Lesson ${n}</name>`), body);
    });

    it('ignores media type parameters and case', async () => {
      const result = await pool.query(select, options('Text/CSV; charset=utf-8'));
      assert.equal(result.mediaType, 'text/csv');
    });

    it('refuses a result format that the query form cannot have, before running it', async () => {
      await assert.rejects(pool.query(select, options('text/turtle')), (error: unknown) => {
        assert.ok(error instanceof UnsupportedResultFormatError);
        assert.equal(error.form, 'SELECT');
        assert.ok(error.supported.includes('text/csv'));
        return true;
      });
    });

    const datasetCases: [string, string, Partial<GraphQueryOptions>, string[]][] = [
      ['FROM in the query, without protocol graphs, chooses the default graph', `SELECT ?name FROM <${graphIri(1)}> WHERE { ?m <${SCHEMA.name}> ?name ; a ?t }`, {}, ['Lesson 1']],
      ['defaultGraphs make the default graph their merge', NAMES, { defaultGraphs: [graphIri(1), graphIri(3)] }, ['Lesson 1', 'Lesson 3']],
      ['defaultGraphs override FROM in the query', `SELECT ?name FROM <${graphIri(1)}> WHERE { ?m <${SCHEMA.name}> ?name ; a ?t }`, { defaultGraphs: [graphIri(2)] }, ['Lesson 2']],
      ['namedGraphs restrict GRAPH', `SELECT ?name WHERE { GRAPH ?g { ?m <${SCHEMA.name}> ?name ; a ?t } }`, { namedGraphs: [graphIri(2), graphIri(3)] }, ['Lesson 2', 'Lesson 3']],
      ['namedGraphs override FROM NAMED in the query', `SELECT ?name FROM NAMED <${graphIri(1)}> WHERE { GRAPH ?g { ?m <${SCHEMA.name}> ?name ; a ?t } }`, { namedGraphs: [graphIri(3)] }, ['Lesson 3']],
      ['namedGraphs alone leave the default graph empty', NAMES, { namedGraphs: [graphIri(1)] }, []],
      ['defaultGraphs alone leave GRAPH nothing to see', `SELECT ?name WHERE { GRAPH ?g { ?m <${SCHEMA.name}> ?name ; a ?t } }`, { defaultGraphs: [graphIri(1)] }, []],
    ];
    for (const [name, query, given, names] of datasetCases) {
      it(`${name}`, async () => {
        const body = text(await pool.query(query, options('text/csv', given)));
        assert.deepEqual(column(body), names);
      });
    }

    const badQueries: [string, string][] = [
      ['a malformed query', 'SELECT ?x WHERE { ?x ?y '],
      ['an update sent as a query', `INSERT DATA { <${graphIri(9)}> <${SCHEMA.name}> "x" }`],
      ['a query calling a remote SERVICE', 'SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }'],
    ];
    for (const [name, query] of badQueries) {
      it(`rejects ${name} with QueryEvaluationError carrying Oxigraph's message`, async () => {
        await assert.rejects(pool.query(query, options('application/sparql-results+json')), (error: unknown) => {
          assert.ok(error instanceof QueryEvaluationError);
          assert.ok(error.message.length > 0);
          return true;
        });
      });
    }

    it('still answers after rejecting a query', async () => {
      const body = text(await pool.query(NAMES, options('text/csv')));
      assert.equal(column(body).length, 3);
    });
  });

  describe('writing', () => {
    it('replaces one graph, drops a graph given an empty document, and leaves the others', async () => {
      const journal = new Journal();
      for (const n of [1, 2, 3]) journal.add(n);
      const pool = new OxigraphWorkerPool({ reload: () => journal.documents(), logger: silent });
      try {
        await pool.loadAll(journal.documents());
        await pool.replaceGraphs([journal.add(1, record(1, 'Lesson 1, revised')), journal.add(2, '')]);
        // Both workers must have the change: ask twice at once, so that each worker answers once.
        const answers = await Promise.all([1, 2].map(() => pool.query(NAMES, options('text/csv'))));
        for (const answer of answers) assert.deepEqual(column(text(answer)), ['"Lesson 1, revised"', 'Lesson 3']);
        assert.equal(await pool.size(), 8);
      } finally {
        await pool.close();
      }
    });

    it('applies the good documents of a write and reports the bad one with GraphLoadError', async () => {
      const journal = new Journal();
      for (const n of [1, 2]) journal.add(n);
      const pool = new OxigraphWorkerPool({ workers: 1, reload: () => journal.documents(), logger: silent });
      try {
        await pool.loadAll(journal.documents());
        const broken = `<${graphIri(2)}> <${SCHEMA.name}> "no end <${graphIri(2)}> .\n`;
        await assert.rejects(pool.replaceGraphs([journal.add(1, record(1, 'New')), journal.add(2, broken)]), (error: unknown) => {
          assert.ok(error instanceof GraphLoadError);
          assert.deepEqual(error.failures.map((f) => f.document), [graphIri(2)]);
          return true;
        });
        assert.deepEqual(column(text(await pool.query(NAMES, options('text/csv')))), ['New']);
      } finally {
        await pool.close();
      }
    });

    it('never lets a query see half of a whole-dataset load sent in many runs', async () => {
      const pool = new OxigraphWorkerPool({ workers: 1, reload: () => [], logger: silent, chunkChars: 1 });
      try {
        await pool.loadAll([1, 2, 3].map((n) => record(n)));
        const bigger = Array.from({ length: 60 }, (_, n) => record(n + 1));
        const count = `SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <${SCHEMA.LearningResource}> }`;
        const answers: Promise<string>[] = [];
        const loading = pool.loadAll(bigger);
        let loaded = false;
        void loading.then(() => (loaded = true));
        while (!loaded) {
          // A busy main thread: the worker gets through each run before the next is sent.
          const until = Date.now() + 3;
          while (Date.now() < until);
          answers.push(pool.query(count, options('text/csv')).then((result) => column(text(result))[0] ?? ''));
          await new Promise((resolve) => setImmediate(resolve));
        }
        await loading;
        const seen = await Promise.all(answers);
        assert.ok(seen.length > 10);
        assert.deepEqual(seen.filter((n) => n !== '3' && n !== '60'), [], `answers seen: ${seen.join(' ')}`);
        assert.equal(column(text(await pool.query(count, options('text/csv'))))[0], '60');
      } finally {
        await pool.close();
      }
    });

    it('refuses queries at once until its first whole-dataset load is done, then answers them', async () => {
      const journal = new Journal();
      for (const n of [1, 2]) journal.add(n);
      const pool = new OxigraphWorkerPool({ workers: 1, reload: () => journal.documents(), logger: silent });
      try {
        assert.equal(pool.isLoaded(), false);
        await assert.rejects(pool.query(NAMES, options('text/csv')), GraphIndexLoadingError);
        const loading = pool.loadAll(journal.documents());
        await assert.rejects(pool.query(NAMES, options('text/csv')), GraphIndexLoadingError);
        await loading;
        assert.equal(pool.isLoaded(), true);
        assert.deepEqual(column(text(await pool.query(NAMES, options('text/csv')))), ['Lesson 1', 'Lesson 2']);
      } finally {
        await pool.close();
      }
    });

    it('rejects requests once closed', async () => {
      const pool = new OxigraphWorkerPool({ workers: 1, reload: () => [], logger: silent });
      await pool.close();
      await assert.rejects(pool.query(NAMES, options('text/csv')), GraphWorkerError);
      await assert.rejects(pool.replaceGraphs([{ graph: graphIri(1), nquads: '' }]), GraphWorkerError);
    });
  });

  describe('time limit', () => {
    it('stops a runaway query at 300 ms while the other worker answers, and rebuilds workers with every write', async () => {
      const journal = new Journal();
      for (let n = 1; n <= 500; n++) journal.add(n); // 2,000 quads: the cross product would take hours
      let gate: Promise<void> = Promise.resolve();
      const reloads: number[] = [];
      const pool = new OxigraphWorkerPool({
        workers: 2,
        // Reads the journal at once but answers only when the gate opens, as a slow journal read would.
        reload: async () => {
          const documents = journal.documents();
          reloads.push(documents.length);
          await gate;
          return documents;
        },
        logger: silent,
      });
      try {
        await pool.loadAll(journal.documents());
        await pool.replaceGraphs([journal.add(1, record(1, 'After load'))]);
        await Promise.all([1, 2].map(() => pool.size())); // warm up both workers

        // One worker runs away; the other answers meanwhile.
        const started = Date.now();
        let runawayStopped = false;
        const runaway = pool.query(CROSS_PRODUCT, options('text/csv', { timeoutMs: 300 })).finally(() => (runawayStopped = true));
        const answered = await pool.query(`ASK { <${graphIri(1)}> <${SCHEMA.name}> "After load" }`, options('text/csv'));
        assert.equal(text(answered).trim(), 'true');
        assert.equal(runawayStopped, false, 'the second query was answered while the first one ran');
        await assert.rejects(runaway, (error: unknown) => {
          assert.ok(error instanceof QueryTimeoutError);
          assert.equal(error.timeoutMs, 300);
          return true;
        });
        assert.ok(Date.now() - started < 3000, 'stopped near its limit');

        // Both workers run away and are rebuilt; a write and a read arrive while reload() is still pending.
        let open = (): void => undefined;
        gate = new Promise((resolve) => (open = resolve));
        const runaways = [1, 2].map(() => pool.query(CROSS_PRODUCT, options('text/csv', { timeoutMs: 300 })));
        await Promise.all(runaways.map((query) => assert.rejects(query, QueryTimeoutError)));
        await pool.replaceGraphs([journal.add(2, record(2, 'During rebuild')), journal.add(3, '')]);
        const waiting = pool.query(NAMES, options('text/csv'));
        open();
        const names = column(text(await waiting));
        assert.ok(reloads.length >= 3, 'workers were rebuilt with reload()');
        assert.deepEqual(names.slice(0, 2), ['After load', 'During rebuild']);
        assert.equal(names.length, 499);
        assert.ok(!names.includes('Lesson 3'));
        assert.equal(await pool.size(), 499 * 4);
      } finally {
        await pool.close();
      }
    });
  });
});

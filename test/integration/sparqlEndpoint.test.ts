import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quad } from '@rdfjs/types';
import { EXAMPLE_QUERIES } from '../../src/sparql/exampleQueries.js';
import { FAIRCAT, SCHEMA, SD, VOID } from '../../src/vocab/index.js';
import { sameGraph } from '../helpers/rdf.js';
import { parseGraph, parseSolutions, type ParsedSolutions } from '../helpers/sparqlResults.js';
import { startCatalog, TEST_BASE_URL, TEST_PID_BASE, type RunningCatalog } from '../helpers/startCatalog.js';

const MAX_ROWS = 40;
const PREFIX = `PREFIX schema: <${SCHEMA.$base}>\n`;
const SELECT = `${PREFIX}SELECT DISTINCT ?m ?name WHERE { ?m a schema:LearningResource ; schema:name ?name ; schema:provider ?p } ORDER BY ?m LIMIT 3`;
const ASK = `${PREFIX}ASK { ?m a schema:LearningResource }`;
const SOLUTION_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'];
const GRAPH_TYPES = ['text/turtle', 'application/n-triples', 'application/n-quads', 'application/ld+json', 'application/rdf+xml'];

type Form = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/** One row of the negotiation table: a query form, the request's Accept and format parameters, and the answer. */
interface NegotiationCase {
  form: Form;
  accept?: string;
  /** Query-string parameters besides `query` (SPARQLWrapper sends `format`, `output` and `results`). */
  params?: [string, string][];
  expected: string | 406;
}

function negotiationCases(): NegotiationCase[] {
  const cases: NegotiationCase[] = [];
  for (const form of ['SELECT', 'ASK'] as const) {
    cases.push({ form, expected: 'application/sparql-results+json' });
    cases.push({ form, accept: '*/*', expected: 'application/sparql-results+json' });
    for (const type of SOLUTION_TYPES) cases.push({ form, accept: type, expected: type });
    cases.push(
      { form, accept: 'text/csv;q=0.5, application/sparql-results+xml', expected: 'application/sparql-results+xml' },
      { form, accept: 'application/sparql-results+json;q=0.2, text/tab-separated-values;q=0.9, */*;q=0.1', expected: 'text/tab-separated-values' },
      { form, accept: 'application/json', expected: 'application/sparql-results+json' },
      { form, accept: 'text/*', expected: 'text/csv' },
      { form, accept: 'text/turtle', expected: 406 },
      { form, accept: 'image/png, text/html', expected: 406 },
      { form, accept: 'application/sparql-results+json', params: [['format', 'csv']], expected: 'text/csv' },
      { form, accept: 'text/csv', params: [['format', 'application/sparql-results+xml']], expected: 'application/sparql-results+xml' },
      { form, params: [['format', 'json'], ['output', 'json'], ['results', 'json']], expected: 'application/sparql-results+json' },
      { form, params: [['format', 'xml'], ['output', 'xml'], ['results', 'xml']], expected: 'application/sparql-results+xml' },
      { form, params: [['format', 'tsv'], ['format', 'text/tab-separated-values'], ['output', 'tsv']], expected: 'text/tab-separated-values' },
      { form, accept: 'text/csv', params: [['format', 'turtle']], expected: 406 },
    );
  }
  for (const form of ['CONSTRUCT', 'DESCRIBE'] as const) {
    cases.push({ form, expected: 'text/turtle' });
    cases.push({ form, accept: '*/*', expected: 'text/turtle' });
    for (const type of GRAPH_TYPES) cases.push({ form, accept: type, expected: type });
    cases.push(
      { form, accept: 'application/n-triples;q=0.4, application/ld+json;q=0.8', expected: 'application/ld+json' },
      { form, accept: 'application/json', expected: 'application/ld+json' },
      { form, accept: 'text/n3', expected: 'text/turtle' },
      { form, accept: 'application/sparql-results+json', expected: 406 },
      { form, accept: 'text/turtle', params: [['format', 'json']], expected: 'application/ld+json' },
      { form, params: [['format', 'xml'], ['output', 'xml'], ['results', 'xml']], expected: 'application/rdf+xml' },
      { form, params: [['format', 'nt']], expected: 'application/n-triples' },
      { form, params: [['format', 'application/n-quads']], expected: 'application/n-quads' },
      { form, params: [['format', 'csv']], expected: 406 },
    );
  }
  return cases;
}

function describeCase({ form, accept, params, expected }: NegotiationCase): string {
  const given = [accept === undefined ? 'no Accept' : `Accept "${accept}"`, ...(params ?? []).map(([k, v]) => `${k}=${v}`)].join(' and ');
  return `answers ${form} with ${given} ${expected === 406 ? 'with 406 listing the offered types' : `in ${expected}`}`;
}

describe('the SPARQL endpoint', () => {
  let running: RunningCatalog;
  let endpoint: string;
  let record: string;
  let queries: Record<Form, string>;
  const expectedGraphs = new Map<Form, Quad[]>();

  async function get(query: string, accept?: string, params: [string, string][] = []): Promise<Response> {
    const search = new URLSearchParams([['query', query], ...params]);
    return fetch(`${endpoint}?${search}`, { headers: accept === undefined ? {} : { accept } });
  }

  before(async () => {
    running = await startCatalog({ configure: (raw) => {
      raw.sparql = { ...(raw.sparql as object), maxRows: MAX_ROWS };
    } });
    endpoint = `${running.url}sparql`;
    const stored = running.catalog.journal.listActive({ limit: 1 })[0]!;
    record = running.catalog.iris.material(stored.id);
    queries = {
      SELECT,
      ASK,
      CONSTRUCT: `${PREFIX}CONSTRUCT { <${record}> schema:name ?name ; schema:keywords ?k } WHERE { <${record}> schema:name ?name ; schema:keywords ?k }`,
      DESCRIBE: `DESCRIBE <${record}>`,
    };
    for (const form of ['CONSTRUCT', 'DESCRIBE'] as const) {
      const response = await get(queries[form], 'application/n-triples');
      expectedGraphs.set(form, await parseGraph('application/n-triples', await response.text()));
    }
  });
  after(() => running?.stop({ removeData: true }));

  describe('content negotiation (SPARQL 1.1 Protocol §2.1.6)', () => {
    let expectedSelect: ParsedSolutions;
    before(async () => {
      expectedSelect = parseSolutions('application/sparql-results+json', await (await get(SELECT, 'application/sparql-results+json')).text());
    });

    for (const row of negotiationCases()) {
      test(describeCase(row), async () => {
        const response = await get(queries[row.form], row.accept, row.params);
        const body = await response.text();
        assert.match(response.headers.get('vary') ?? '', /Accept/);
        if (row.expected === 406) {
          assert.equal(response.status, 406, body);
          const offered = row.form === 'SELECT' || row.form === 'ASK' ? SOLUTION_TYPES : GRAPH_TYPES;
          for (const type of offered) assert.ok(body.includes(type), `406 body lists ${type}: ${body}`);
          return;
        }
        assert.equal(response.status, 200, body);
        assert.equal(response.headers.get('content-type')?.split(';')[0], row.expected);
        if (row.form === 'SELECT') assert.deepEqual(normalise(parseSolutions(row.expected, body)), normalise(expectedSelect));
        else if (row.form === 'ASK') assert.deepEqual(parseSolutions(row.expected, body), { boolean: true });
        else assert.ok(sameGraph(await parseGraph(row.expected, body, endpoint), expectedGraphs.get(row.form)!), body);
      });
    }

    test('compacts JSON-LD results with the bundled context, referred to by a URL of this server', async () => {
      const document = await (await get(queries.CONSTRUCT, 'application/ld+json')).json() as Record<string, unknown>;
      assert.equal(document['@context'], `${TEST_BASE_URL}context.jsonld`);
      assert.ok(JSON.stringify(document).includes('"name"'), 'schema:name is compacted to name');
      const context = await fetch(`${running.url}context.jsonld`);
      assert.equal(context.status, 200);
    });
  });

  describe('the protocol operations (§2.1.1–2.1.3)', () => {
    const count = `${PREFIX}SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a schema:LearningResource ; schema:provider ?p }`;
    const operations: [string, () => Promise<Response>][] = [
      ['GET with query in the URL', () => fetch(`${endpoint}?query=${encodeURIComponent(count)}`, { headers: { accept: 'text/csv' } })],
      ['a form-encoded POST', () => fetch(endpoint, { method: 'POST', headers: { accept: 'text/csv', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: count }).toString() })],
      ['a direct application/sparql-query POST', () => fetch(endpoint, { method: 'POST', headers: { accept: 'text/csv', 'content-type': 'application/sparql-query; charset=utf-8' }, body: count })],
    ];
    for (const [name, send] of operations) {
      test(`answers a query sent as ${name}`, async () => {
        const response = await send();
        assert.equal(response.status, 200);
        assert.equal(Number((await response.text()).split('\r\n')[1]), running.catalog.journal.countActive());
      });
    }

    test('answers HEAD with the headers of GET and no body', async () => {
      const response = await fetch(`${endpoint}?query=${encodeURIComponent(ASK)}`, { method: 'HEAD', headers: { accept: 'application/sparql-results+xml' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type')?.split(';')[0], 'application/sparql-results+xml');
      assert.ok(Number(response.headers.get('content-length')) > 0);
      assert.equal(await response.text(), '');
    });

    const refusals: [string, () => Promise<Response>, number, RegExp][] = [
      ['a syntax error with 400 and the parser\'s message and position', () => get('SELECT * WHERE { ?s ?p }'), 400, /line 1, column \d+/],
      ['an update sent as a query with 403', () => get('DROP ALL'), 403, /read-only/],
      ['an update parameter with 403', () => fetch(`${endpoint}?update=${encodeURIComponent('DROP ALL')}`), 403, /read-only/],
      ['an application/sparql-update POST with 403', () => fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'DROP ALL' }), 403, /read-only/],
      ['a form POST with an update with 403', () => fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'update=CLEAR%20ALL' }), 403, /read-only/],
      ['SERVICE to an endpoint outside the allow-list with 403', () => get('SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }'), 403, /allow-list/],
      ['SERVICE to a variable endpoint with 403', () => get('SELECT * WHERE { SERVICE ?e { ?s ?p ?o } }'), 403, /allow-list/],
      ['two query parameters with 400', () => fetch(`${endpoint}?query=ASK%7B%7D&query=ASK%7B%7D`), 400, /only once/],
      ['a POST in another media type with 415', () => fetch(endpoint, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ASK }), 415, /POST a query/],
      ['a query in another charset with 415', () => fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-query; charset=iso-8859-1' }, body: ASK }), 415, /UTF-8/],
      ['a form POST with the query also in the URL with 400', () => fetch(`${endpoint}?query=${encodeURIComponent(ASK)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: ASK }).toString() }), 400, /body/],
    ];
    for (const [name, send, status, message] of refusals) {
      test(`refuses ${name}`, async () => {
        const response = await send();
        const body = await response.text();
        assert.equal(response.status, status, body);
        assert.match(body, message);
      });
    }

    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      test(`answers ${method} with 405 and Allow`, async () => {
        const response = await fetch(endpoint, { method, body: ASK });
        assert.equal(response.status, 405);
        assert.equal(response.headers.get('allow'), 'GET, POST, OPTIONS, HEAD');
      });
    }

    test('answers a syntax error in SPARQL JSON terms when the client asks for problem details, and in plain text otherwise', async () => {
      const json = await get('SELECT', 'application/json');
      assert.equal(json.headers.get('content-type')?.split(';')[0], 'application/problem+json');
      assert.equal(((await json.json()) as { status: number }).status, 400);
      const plain = await get('SELECT', 'application/sparql-results+json');
      assert.equal(plain.headers.get('content-type')?.split(';')[0], 'text/plain');
    });
  });

  describe('the dataset of a query (§2.1.4) and its base IRI', () => {
    const graphs = `SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }`;
    const names = `${PREFIX}SELECT DISTINCT ?name WHERE { ?m a schema:LearningResource ; schema:name ?name ; schema:provider ?p }`;

    test('takes the default graph from default-graph-uri instead of the union of all graphs', async () => {
      const response = await get(names, 'application/sparql-results+json', [['default-graph-uri', record]]);
      const solutions = parseSolutions('application/sparql-results+json', await response.text());
      assert.ok('rows' in solutions);
      assert.equal(solutions.rows.length, 1);
    });

    test('shows GRAPH only the named-graph-uri graphs, and nothing in the default graph', async () => {
      const response = await get(`${graphs}`, 'application/sparql-results+json', [['named-graph-uri', record]]);
      const solutions = parseSolutions('application/sparql-results+json', await response.text());
      assert.deepEqual('rows' in solutions && solutions.rows, [{ g: record }]);
      const defaults = parseSolutions('application/sparql-results+json', await (await get(names, undefined, [['named-graph-uri', record]])).text());
      assert.deepEqual('rows' in defaults && defaults.rows, []);
    });

    test('lets the protocol dataset override FROM and FROM NAMED in the query', async () => {
      const other = running.catalog.iris.material(running.catalog.journal.listActive({ limit: 2 })[1]!.id);
      const query = `SELECT DISTINCT ?g FROM NAMED <${other}> WHERE { GRAPH ?g { ?s ?p ?o } }`;
      const solutions = parseSolutions('application/sparql-results+json', await (await get(query, undefined, [['named-graph-uri', record]])).text());
      assert.deepEqual('rows' in solutions && solutions.rows, [{ g: record }]);
    });

    test('resolves relative IRIs in the query against the endpoint URL', async () => {
      const response = await get('SELECT ?x WHERE { BIND(<relative> AS ?x) }', 'text/csv');
      assert.equal((await response.text()).split('\r\n')[1], `${TEST_BASE_URL}relative`);
    });
  });

  describe('limits', () => {
    test('cuts a SELECT without LIMIT at the maximum number of rows and says so in a header', async () => {
      const response = await get(`${PREFIX}SELECT ?s ?p ?o WHERE { ?s ?p ?o }`, 'text/csv');
      const lines = (await response.text()).trim().split('\r\n');
      assert.equal(lines.length - 1, MAX_ROWS);
      assert.equal(response.headers.get('faircat-result-limit'), String(MAX_ROWS));
    });

    test('keeps a smaller LIMIT and lowers a larger one', async () => {
      const small = await get(`SELECT ?s WHERE { ?s ?p ?o } LIMIT 5`, 'text/csv');
      assert.equal((await small.text()).trim().split('\r\n').length - 1, 5);
      assert.equal(small.headers.get('faircat-result-limit'), null);
      const large = await get(`SELECT ?s WHERE { ?s ?p ?o } LIMIT 100000`, 'text/csv');
      assert.equal((await large.text()).trim().split('\r\n').length - 1, MAX_ROWS);
    });
  });

  describe('CORS', () => {
    test('answers a preflight for a POST from another origin', async () => {
      const response = await fetch(endpoint, { method: 'OPTIONS', headers: { origin: 'https://tess.elixir-europe.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /content-type/i);
    });

    test('allows any origin to read results and errors', async () => {
      for (const query of [ASK, 'SELECT']) {
        const response = await get(query, undefined);
        assert.equal(response.headers.get('access-control-allow-origin'), '*');
      }
    });
  });

  describe('the service description (SPARQL 1.1 Service Description §3)', () => {
    test('answers GET without a query in Turtle with sd:endpoint and the advertised limits', async () => {
      const response = await fetch(endpoint, { headers: { accept: 'text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8' } });
      assert.equal(response.headers.get('content-type')?.split(';')[0], 'text/turtle');
      const quads = await parseGraph('text/turtle', await response.text());
      const object = (predicate: string): string | undefined => quads.find((q) => q.predicate.value === predicate)?.object.value;
      assert.equal(object(SD.endpoint), `${TEST_BASE_URL}sparql`);
      assert.equal(object(SD.supportedLanguage), SD.SPARQL11Query);
      assert.equal(object(FAIRCAT.maxResultRows), String(MAX_ROWS));
      assert.equal(object(FAIRCAT.queryTimeoutMs), String(running.config.sparql.timeoutMs));
      assert.equal(object(FAIRCAT.maxQueryBytes), String(running.config.sparql.maxQueryBytes));
      assert.equal(object(FAIRCAT.maxConcurrentQueries), String(running.config.sparql.maxConcurrent));
    });

    test('answers the same description in JSON-LD', async () => {
      const turtle = await parseGraph('text/turtle', await (await fetch(endpoint, { headers: { accept: 'text/turtle' } })).text());
      const response = await fetch(endpoint, { headers: { accept: 'application/ld+json' } });
      assert.ok(sameGraph(await parseGraph('application/ld+json', await response.text()), turtle));
    });

    test('shows a browser the query page with the bundled editor and the example queries', async () => {
      const response = await fetch(endpoint, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
      const page = await response.text();
      assert.equal(response.headers.get('content-type')?.split(';')[0], 'text/html');
      assert.match(page, /<script src="\/sparql-editor\/yasgui\.min\.js">/);
      for (const example of EXAMPLE_QUERIES) assert.ok(page.includes(example.title), example.title);
      const script = await fetch(`${running.url}sparql-editor/yasgui.min.js`);
      assert.equal(script.status, 200);
      assert.ok((await script.arrayBuffer()).byteLength > 100_000);
    });
  });

  describe('the VoID description', () => {
    const turtleOf = async (path: string): Promise<Quad[]> => parseGraph('text/turtle', await (await fetch(`${running.url}${path}`, { headers: { accept: 'text/turtle' } })).text());

    test('describes the dataset at /void with its endpoint, URI space, vocabularies, counts and example records', async () => {
      const quads = await turtleOf('void');
      const dataset = `${TEST_BASE_URL}void#dataset`;
      const of = (predicate: string): string[] => quads.filter((q) => q.subject.value === dataset && q.predicate.value === predicate).map((q) => q.object.value);
      const count = async (query: string): Promise<string> => (await (await get(query, 'text/csv')).text()).split('\r\n')[1]!;
      assert.deepEqual(of(VOID.sparqlEndpoint), [`${TEST_BASE_URL}sparql`]);
      assert.deepEqual(of(VOID.uriSpace), [TEST_PID_BASE]);
      assert.ok(of(VOID.vocabulary).includes(SCHEMA.$base));
      assert.deepEqual(of(VOID.triples), [await count('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')]);
      assert.deepEqual(of(VOID.classes), [await count('SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }')]);
      assert.deepEqual(of(VOID.properties), [await count('SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }')]);
      assert.equal(of(VOID.classPartition).length, Number(of(VOID.classes)[0]));
      assert.equal(of(VOID.propertyPartition).length, Number(of(VOID.properties)[0]));
      const examples = of(VOID.exampleResource);
      assert.equal(examples.length, 3);
      for (const example of examples) assert.ok(running.catalog.journal.get(example.slice(`${TEST_PID_BASE}materials/`.length))?.status === 'active', example);
    });

    test('answers the same description at /.well-known/void and in JSON-LD', async () => {
      const turtle = await turtleOf('void');
      assert.ok(sameGraph(await turtleOf('.well-known/void'), turtle));
      const jsonld = await fetch(`${running.url}void`, { headers: { accept: 'application/ld+json' } });
      assert.ok(sameGraph(await parseGraph('application/ld+json', await jsonld.text()), turtle));
    });

    test('answers 304 to a client that holds the current version', async () => {
      const first = await fetch(`${running.url}void`);
      await first.text();
      // undici adds `Cache-Control: no-cache` to a conditional request unless the request sets its own.
      const again = await fetch(`${running.url}void`, { headers: { 'if-none-match': first.headers.get('etag')!, 'cache-control': 'max-age=0' } });
      assert.equal(again.status, 304);
    });
  });

  describe('example queries (docs/api.md)', () => {
    for (const example of EXAMPLE_QUERIES) {
      test(`answers "${example.title}" with results`, async () => {
        const isGraph = /^\s*CONSTRUCT/m.test(example.query);
        const response = await get(example.query, isGraph ? 'text/turtle' : 'application/sparql-results+json');
        const body = await response.text();
        assert.equal(response.status, 200, body);
        if (isGraph) assert.ok((await parseGraph('text/turtle', body)).length > 0);
        else {
          const solutions = parseSolutions('application/sparql-results+json', body);
          assert.ok('rows' in solutions && solutions.rows.length > 0, body);
        }
      });
    }
  });

  test('has no test dataset hook unless the configuration enables it', async () => {
    const response = await fetch(`${running.url}__test/dataset`, { method: 'PUT', headers: { 'content-type': 'application/n-quads' }, body: '' });
    assert.equal(response.status, 404);
  });
});

/** Rows as sorted JSON strings: the formats agree on values, not on the order of keys. */
function normalise(solutions: ParsedSolutions): unknown {
  if ('boolean' in solutions) return solutions;
  return { variables: solutions.variables, rows: solutions.rows.map((row) => JSON.stringify(Object.entries(row).sort())).sort() };
}

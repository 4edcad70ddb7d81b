import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataFactory } from 'n3';
import { pino } from 'pino';
import type { GraphIndex, GraphQueryOptions, GraphQueryResult } from '../../../src/graph/GraphIndex.js';
import { ComunicaFederation } from '../../../src/sparql/federation/ComunicaFederation.js';
import type { ComunicaEngine, ComunicaQuery } from '../../../src/sparql/federation/ComunicaTypes.js';
import { QuerySyntaxError } from '../../../src/sparql/QuerySyntaxError.js';
import { QueryTooLargeError } from '../../../src/sparql/QueryTooLargeError.js';
import { ServiceNotAllowedError } from '../../../src/sparql/ServiceNotAllowedError.js';
import { SparqlEngine, type SparqlEngineLimits } from '../../../src/sparql/SparqlEngine.js';
import { UpdateNotAllowedError } from '../../../src/sparql/UpdateNotAllowedError.js';
import { SCHEMA } from '../../../src/vocab/index.js';

const { namedNode, literal, variable, quad } = DataFactory;
const silent = pino({ level: 'silent' });
const ENDPOINT = 'https://a.example/sparql';
const PEER = 'https://b.example/sparql';
const CONTEXT = 'https://a.example/context.jsonld';
const LIMITS: SparqlEngineLimits = { timeoutMs: 1000, maxRows: 50, maxQueryBytes: 200, serviceAllowList: [PEER] };

/** A graph index that records the queries it gets and answers with fixed bytes. */
class FakeGraph implements GraphIndex {
  readonly queries: { query: string; options: GraphQueryOptions }[] = [];
  constructor(private readonly answer: string) {}
  async query(query: string, options: GraphQueryOptions): Promise<GraphQueryResult> {
    this.queries.push({ query, options });
    return { body: new TextEncoder().encode(this.answer), mediaType: options.format };
  }
  async loadAll(): Promise<void> {}
  async replaceGraphs(): Promise<void> {}
  async size(): Promise<number> { return 0; }
  async close(): Promise<void> {}
}

function engineWith(graph: GraphIndex, comunica?: ComunicaQuery): SparqlEngine {
  const federation = new ComunicaFederation({
    endpoint: ENDPOINT, allowList: LIMITS.serviceAllowList, logger: silent,
    loadEngine: async (): Promise<ComunicaEngine> => ({ query: async () => comunica ?? { resultType: 'boolean', execute: async () => true } }),
  });
  return new SparqlEngine({ graph, endpoint: ENDPOINT, contextUrl: CONTEXT, limits: LIMITS, logger: silent, federation });
}

const text = (body: Uint8Array): string => new TextDecoder().decode(body);

describe('SparqlEngine', () => {
  describe('prepare', () => {
    const refusals: [string, string, new (...args: never[]) => Error][] = [
      ['a query over maxQueryBytes', `ASK {} # ${'x'.repeat(200)}`, QueryTooLargeError],
      ['a syntax error', 'SELECT * {', QuerySyntaxError],
      ['an update', 'CLEAR ALL', UpdateNotAllowedError],
      ['SERVICE outside the allow-list', 'ASK { SERVICE <https://c.example/sparql> { ?s ?p ?o } }', ServiceNotAllowedError],
    ];
    for (const [what, query, error] of refusals) {
      it(`refuses ${what} before anything runs`, () => {
        const graph = new FakeGraph('');
        assert.throws(() => engineWith(graph).prepare(query), error);
        assert.equal(graph.queries.length, 0);
      });
    }

    it('counts the size limit in UTF-8 bytes, not characters', () => {
      assert.throws(() => engineWith(new FakeGraph('')).prepare(`ASK {} # ${'é'.repeat(100)}`), QueryTooLargeError);
    });

    it('applies the row limit and keeps the allow-listed SERVICE endpoints', () => {
      const prepared = engineWith(new FakeGraph('')).prepare(`SELECT * { SERVICE <${PEER}> { ?s ?p ?o } }`);
      assert.equal(prepared.form, 'SELECT');
      assert.deepEqual(prepared.services, [PEER]);
      assert.equal(prepared.capped, true);
      assert.match(prepared.text, /LIMIT 50\n$/);
    });

    it('keeps the client\'s text of a query that no rewrite of decision 0033 touches', () => {
      const query = 'SELECT ?o {\n  ?s <http://e/p> ?o # as written\n}';
      assert.equal(engineWith(new FakeGraph('')).prepare(query).text, `${query}\nLIMIT 50\n`);
    });

    it('runs the rewritten text of a query with an engine deviation, with the row limit', () => {
      const prepared = engineWith(new FakeGraph('')).prepare('SELECT (GROUP_CONCAT(?o) AS ?g) { ?s <http://e/p> ?o }');
      assert.match(prepared.text, /CONCAT\("", GROUP_CONCAT\(\?o; SEPARATOR = " "\)\)/);
      assert.match(prepared.text, /LIMIT 50\n$/);
    });
  });

  describe('execute', () => {
    it('runs a local query on the graph index with the endpoint as base IRI, the protocol dataset and the time limit', async () => {
      const graph = new FakeGraph('{"head":{},"boolean":true}');
      const engine = engineWith(graph);
      const result = await engine.execute(engine.prepare('ASK { ?s ?p ?o }'), 'application/sparql-results+json', { defaultGraphs: ['https://a.example/g'], namedGraphs: [] });
      assert.equal(text(result.body), '{"head":{},"boolean":true}');
      assert.deepEqual(graph.queries[0]?.options, { format: 'application/sparql-results+json', baseIri: ENDPOINT, timeoutMs: 1000, defaultGraphs: ['https://a.example/g'], namedGraphs: [] });
    });

    it('compacts Oxigraph\'s expanded JSON-LD with the bundled context, referred to by URL', async () => {
      const expanded = JSON.stringify([{ '@id': 'https://w3id.org/x/materials/a', [SCHEMA.name]: [{ '@value': 'The Unix Shell' }] }]);
      const engine = engineWith(new FakeGraph(expanded));
      const result = await engine.execute(engine.prepare('CONSTRUCT WHERE { ?s ?p ?o }'), 'application/ld+json', { defaultGraphs: [], namedGraphs: [] });
      assert.deepEqual(JSON.parse(text(result.body)), { '@context': CONTEXT, '@id': 'https://w3id.org/x/materials/a', name: 'The Unix Shell' });
    });

    it('runs a query with an allow-listed SERVICE through Comunica and writes the bindings itself', async () => {
      const graph = new FakeGraph('');
      const rows = [[[variable('name'), literal('Shell')]], [[variable('name'), literal('Git', 'en')]]];
      const comunica: ComunicaQuery = {
        resultType: 'bindings',
        metadata: async () => ({ variables: [{ variable: variable('name') }] }),
        execute: async () => ({ async *[Symbol.asyncIterator]() { yield* rows.map((row) => row as Iterable<[ReturnType<typeof variable>, ReturnType<typeof literal>]>); } }),
      };
      const engine = engineWith(graph, comunica);
      const result = await engine.execute(engine.prepare(`SELECT ?name { SERVICE <${PEER}> { ?s ?p ?name } }`), 'text/csv', { defaultGraphs: [], namedGraphs: [] });
      assert.equal(text(result.body), 'name\r\nShell\r\nGit\r\n');
      assert.equal(graph.queries.length, 0, 'nothing ran on the graph index directly');
    });

    it('writes a federated ASK in SPARQL XML (which Comunica 5.4.1 cannot)', async () => {
      const engine = engineWith(new FakeGraph(''), { resultType: 'boolean', execute: async () => false });
      const result = await engine.execute(engine.prepare(`ASK { SERVICE <${PEER}> { ?s ?p ?o } }`), 'application/sparql-results+xml', { defaultGraphs: [], namedGraphs: [] });
      assert.match(text(result.body), /<boolean>false<\/boolean>/);
    });

    it('writes federated CONSTRUCT results in N-Triples', async () => {
      const triple = quad(namedNode('https://w3id.org/x/materials/a'), namedNode(SCHEMA.name), literal('Shell'));
      const engine = engineWith(new FakeGraph(''), { resultType: 'quads', execute: async () => ({ async *[Symbol.asyncIterator]() { yield triple; } }) });
      const result = await engine.execute(engine.prepare(`CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <${PEER}> { ?s ?p ?o } }`), 'application/n-triples', { defaultGraphs: [], namedGraphs: [] });
      assert.equal(text(result.body), `<https://w3id.org/x/materials/a> <${SCHEMA.name}> "Shell" .\n`);
    });
  });
});

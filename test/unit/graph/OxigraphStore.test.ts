import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OxigraphStore } from '../../../src/graph/OxigraphStore.js';
import type { WorkerQueryOptions } from '../../../src/graph/workerProtocol.js';
import { SCHEMA } from '../../../src/vocab/index.js';

const G1 = 'https://example.org/graphs/1';
const G2 = 'https://example.org/graphs/2';
const CSV: WorkerQueryOptions = { format: 'text/csv', unionDefaultGraph: true };

/** A record graph whose author is a blank node labelled `_:author` in every document. */
function recordWithAuthor(graph: string, author: string): string {
  return `<${graph}> <${SCHEMA.author}> _:author <${graph}> .\n_:author <${SCHEMA.name}> "${author}" <${graph}> .\n`;
}

function rows(csv: string): string[] {
  return csv.trim().split('\r\n').slice(1).sort();
}

describe('OxigraphStore', () => {
  it('keeps blank nodes of different documents apart even when their labels are the same', () => {
    const store = new OxigraphStore();
    store.loadAll([recordWithAuthor(G1, 'Ada'), recordWithAuthor(G2, 'Grace')]);
    const authors = store.query(`SELECT ?record ?name WHERE { ?record <${SCHEMA.author}> ?a . ?a <${SCHEMA.name}> ?name }`, CSV);
    assert.deepEqual(rows(authors), [`${G1},Ada`, `${G2},Grace`]);
  });

  it('loads every valid document and reports the one with a syntax error by its number in the whole load', () => {
    const store = new OxigraphStore();
    const failures = store.loadMore([recordWithAuthor(G1, 'Ada'), `<${G2}> <${SCHEMA.name}> "unterminated <${G2}> .\n`], 40);
    assert.equal(store.size(), 2);
    assert.equal(failures.length, 1);
    assert.equal(failures[0]?.document, '#41');
    assert.match(failures[0]?.message ?? '', /line 1/);
  });

  it('starts from an empty store on loadAll', () => {
    const store = new OxigraphStore();
    store.loadAll([recordWithAuthor(G1, 'Ada')]);
    store.loadAll([recordWithAuthor(G2, 'Grace')]);
    assert.equal(store.size(), 2);
  });

  it('leaves a graph empty when its new document cannot be parsed', () => {
    const store = new OxigraphStore();
    store.loadAll([recordWithAuthor(G1, 'Ada')]);
    const failures = store.replaceGraphs([{ graph: G1, nquads: `${recordWithAuthor(G1, 'Ada')}<${G1}> <${SCHEMA.name}> "no end <${G1}> .\n` }]);
    assert.deepEqual(failures.map((failure) => failure.document), [G1]);
    assert.equal(store.size(), 0);
  });

  it('puts lines without a graph into the graph being replaced', () => {
    const store = new OxigraphStore();
    store.replaceGraphs([{ graph: G1, nquads: `<${G1}> <${SCHEMA.name}> "triple" .\n` }]);
    const graphs = store.query(`SELECT ?g WHERE { GRAPH ?g { ?s <${SCHEMA.name}> "triple" } }`, CSV);
    assert.deepEqual(rows(graphs), [G1]);
  });

  it('refuses a graph name that is not an absolute IRI, without running an update', () => {
    const store = new OxigraphStore();
    store.loadAll([recordWithAuthor(G1, 'Ada')]);
    const failures = store.replaceGraphs([{ graph: `${G1}> } ; DROP ALL ; #`, nquads: '' }]);
    assert.equal(failures.length, 1);
    assert.equal(store.size(), 2);
  });
});

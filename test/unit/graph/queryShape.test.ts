import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { queryShape, type QueryShape } from '../../../src/graph/queryShape.js';

const cases: [string, string, QueryShape][] = [
  ['finds a SELECT without a dataset', 'SELECT * WHERE { ?s ?p ?o }', { form: 'SELECT', hasDatasetClause: false }],
  ['reads keywords in any case', 'select * from <http://g/1> where { ?s ?p ?o }', { form: 'SELECT', hasDatasetClause: true }],
  ['skips BASE and PREFIX declarations', 'BASE <http://b/> PREFIX ex: <http://e/> PREFIX : <http://x/> ASK { ?s ex:p :o }', { form: 'ASK', hasDatasetClause: false }],
  ['does not take a prefix named select: for the form', 'PREFIX select: <http://e/> DESCRIBE select:x', { form: 'DESCRIBE', hasDatasetClause: false }],
  ['finds FROM NAMED after a CONSTRUCT template', 'CONSTRUCT { ?s ?p ?o } FROM NAMED <http://g/1> WHERE { GRAPH ?g { ?s ?p ?o } }', { form: 'CONSTRUCT', hasDatasetClause: true }],
  ['ignores FROM in a comment', 'SELECT * # FROM <http://g/1>\nWHERE { ?s ?p ?o }', { form: 'SELECT', hasDatasetClause: false }],
  ['ignores FROM in strings', `SELECT * WHERE { ?s ?p "FROM" , 'from' , """a "FROM" b""" , '''FROM''' }`, { form: 'SELECT', hasDatasetClause: false }],
  ['ignores FROM in IRIs, variables, prefixed and blank-node names', 'SELECT ?from WHERE { <http://x/FROM> ex:from :from . _:from ?p $from }', { form: 'SELECT', hasDatasetClause: false }],
  ['ignores a language tag that reads from', 'SELECT * WHERE { ?s ?p "x"@from }', { form: 'SELECT', hasDatasetClause: false }],
  ['keeps the outer form when a subquery has SELECT', 'CONSTRUCT { ?s ?p ?o } WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }', { form: 'CONSTRUCT', hasDatasetClause: false }],
  ['finds no form in an update', 'INSERT { ?s ?p ?o } WHERE { SELECT * WHERE { ?s ?p ?o } }', { form: undefined, hasDatasetClause: false }],
  ['finds no form in an empty text', '', { form: undefined, hasDatasetClause: false }],
  ['survives an unterminated string', 'SELECT * FROM <http://g/1> WHERE { ?s ?p "open }', { form: 'SELECT', hasDatasetClause: true }],
];

describe('queryShape', () => {
  for (const [name, query, expected] of cases) {
    it(name, () => assert.deepEqual(queryShape(query), expected));
  }
});

describe('queryShape on hostile text', () => {
  it('reads 400 kB of unterminated strings and IRIs in linear time (it runs on the main thread)', () => {
    const hostile = `SELECT * WHERE { ${`"""'''"a\\"<a b>'x\n`.repeat(25_000)} }`;
    const started = performance.now();
    assert.equal(queryShape(hostile).form, 'SELECT');
    assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
  });
});

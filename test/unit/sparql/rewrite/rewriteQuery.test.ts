import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type sparqljs from 'sparqljs';
import { rewriteQuery } from '../../../../src/sparql/rewrite/rewriteQuery.js';
import { parse, PREFIX, runOnOxigraph } from './runOnOxigraph.js';

/** Queries with none of the constructs of decision 0033: their text must reach Oxigraph as the client wrote it. */
const untouched: [string, string][] = [
  ['a SELECT with OPTIONAL, FILTER and ORDER BY', 'SELECT ?s ?n { ?s a :Lesson OPTIONAL { ?s :name ?n } FILTER(LANG(?n) = "en") } ORDER BY ?n LIMIT 10'],
  ['a CONSTRUCT', 'CONSTRUCT { ?s :p ?o } WHERE { ?s :q ?o }'],
  ['a DESCRIBE', 'DESCRIBE :a'],
  ['an ASK with a one-or-more path', 'ASK { :a :p+ :b }'],
  ['aggregates other than GROUP_CONCAT', 'SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { ?s :keyword ?k } GROUP BY ?k HAVING (COUNT(?s) > 1)'],
  ['a MINUS outside GRAPH', 'SELECT ?a { ?a :p :o MINUS { ?b :p :o } }'],
];

describe('rewriteQuery', () => {
  for (const [what, query] of untouched) {
    it(`leaves ${what} alone`, () => {
      assert.equal(rewriteQuery(parse(PREFIX + query)), undefined);
    });
  }

  it('applies every rewrite and regenerates a query that parses again', () => {
    const query = `${PREFIX}SELECT (GROUP_CONCAT(?o) AS ?g) { GRAPH ?h { "s"@en :p* ?o MINUS { ?x :q ?y } } }`;
    const text = rewriteQuery(parse(query));
    assert.ok(text !== undefined);
    assert.match(text, /CONCAT\("", GROUP_CONCAT/);
    assert.match(text, /BIND\("s"@en AS \?o\)/);
    assert.doesNotMatch(text, /MINUS/);
    assert.equal((parse(text) as sparqljs.Query).queryType, 'SELECT');
    // SPARQL 1.1: "s"@en matches itself in the one named graph, MINUS removes nothing, GROUP_CONCAT is simple.
    assert.deepEqual(runOnOxigraph(':h1 { :x :q :y }', text), ['?g="s"']);
    assert.deepEqual(runOnOxigraph(':h1 { :x :q :y }', query), ['?g=""'], 'Oxigraph 0.5.11 deviates on the query as written');
  });

  const unwritable: [string, string][] = [
    ['several HAVING conditions, which sparqljs writes without brackets', 'SELECT ?s (GROUP_CONCAT(?o) AS ?g) { ?s :p ?o } GROUP BY ?s HAVING (COUNT(*) > 1) (COUNT(*) < 3)'],
    ['a prefixed name with an escape, whose backslash sparqljs keeps in the IRI', 'SELECT ?o { :c\\? :p* ?o }'],
  ];
  for (const [what, query] of unwritable) {
    it(`runs a query as written when its regenerated text would not parse: ${what}`, () => {
      assert.equal(rewriteQuery(parse(PREFIX + query)), undefined);
    });
  }

  it('applies the given rewrites in order, each to the result of the one before', () => {
    const seen: string[] = [];
    const record = (name: string) => (tree: sparqljs.SparqlQuery): sparqljs.SparqlQuery | undefined => {
      seen.push(`${name}:${(tree as sparqljs.SelectQuery).limit ?? 'none'}`);
      return name === 'first' ? ({ ...tree, limit: 3 } as sparqljs.SparqlQuery) : undefined;
    };
    const text = rewriteQuery(parse('SELECT * { ?s ?p ?o }'), [record('first'), record('second')]);
    assert.deepEqual(seen, ['first:none', 'second:3']);
    assert.match(text ?? '', /LIMIT 3/);
  });
});

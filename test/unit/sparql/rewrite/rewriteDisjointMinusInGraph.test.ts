import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteDisjointMinusInGraph } from '../../../../src/sparql/rewrite/rewriteDisjointMinusInGraph.js';
import { normalise, parse, PREFIX, runOnOxigraph, textOf } from './runOnOxigraph.js';

/** [what, query, the rewritten query (undefined: left alone)], all with `PREFIX :` prepended. */
const rewrites: [string, string, string | undefined][] = [
  ['drops a MINUS sharing no variable with its left side inside GRAPH ?g (graph-minus)',
    'SELECT ?a { GRAPH ?g { ?a :p :o MINUS { ?b :p :o } } }',
    'SELECT ?a { GRAPH ?g { ?a :p :o } }'],
  ['drops it in a group nested in GRAPH ?g',
    'SELECT ?a { GRAPH ?g { OPTIONAL { ?a :p :o MINUS { ?b :q ?c FILTER(?c != 1) } } } }',
    'SELECT ?a { GRAPH ?g { OPTIONAL { ?a :p :o } } }'],
  ['keeps a MINUS sharing a variable with its left side', 'SELECT ?a { GRAPH ?g { ?a :p :o MINUS { ?a :q ?b } } }', undefined],
  ['keeps a MINUS that mentions the graph variable its left side mentions', 'SELECT ?a { GRAPH ?g { ?a :p ?g MINUS { ?b :p ?g } } }', undefined],
  ['counts variables of a filter inside the MINUS as shared', 'SELECT ?a { GRAPH ?g { ?a :p :o MINUS { ?b :p :o FILTER(?b != ?a) } } }', undefined],
  ['counts a VALUES variable as shared', 'SELECT ?a { GRAPH ?g { VALUES ?a { :x } MINUS { ?a :p :o } } }', undefined],
  ['counts the trailing VALUES of a subquery as shared', 'SELECT ?a { GRAPH ?g { ?a :p :o MINUS { SELECT ?b { ?b :p :o } VALUES ?a { :x } } } }', undefined],
  ['keeps a MINUS holding a SERVICE', 'SELECT ?a { GRAPH ?g { ?a :p :o MINUS { SERVICE <http://other.example/sparql> { ?b :p :o } } } }', undefined],
  ['leaves a disjoint MINUS outside GRAPH alone (Oxigraph is right there)', 'SELECT ?a { ?a :p :o MINUS { ?b :p :o } }', undefined],
  ['leaves a disjoint MINUS inside GRAPH with an IRI alone', 'SELECT ?a { GRAPH :g { ?a :p :o MINUS { ?b :p :o } } }', undefined],
];

const DATA = ':g1 { :a1 :p :o . :b1 :p :o } :g2 { :a2 :p :o . :x :q :y }';

/** [what, query, rows SPARQL 1.1 §18.5 gives]: the rewritten query on a real Oxigraph store. */
const evaluations: [string, string, string[]][] = [
  ['keeps every solution when the sides are disjoint', 'SELECT ?a ?g { GRAPH ?g { ?a :p :o MINUS { ?b :p :o } } }',
    ['?a=<http://example/a1> ?g=<http://example/g1>', '?a=<http://example/a2> ?g=<http://example/g2>', '?a=<http://example/b1> ?g=<http://example/g1>']],
];

describe('rewriteDisjointMinusInGraph', () => {
  for (const [what, query, expected] of rewrites) {
    it(what, () => {
      assert.equal(textOf(rewriteDisjointMinusInGraph(parse(PREFIX + query))), expected === undefined ? undefined : normalise(PREFIX + expected));
    });
  }

  describe('gives the results of SPARQL 1.1 §18.5 on Oxigraph 0.5.11', () => {
    for (const [what, query, expected] of evaluations) {
      it(what, () => {
        const rewritten = textOf(rewriteDisjointMinusInGraph(parse(PREFIX + query)));
        assert.ok(rewritten !== undefined, 'the query was not rewritten');
        assert.deepEqual(runOnOxigraph(DATA, rewritten), expected);
      });
    }
  });
});

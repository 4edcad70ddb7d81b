import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteZeroLengthPaths } from '../../../../src/sparql/rewrite/rewriteZeroLengthPaths.js';
import { normalise, parse, PREFIX, runOnOxigraph, textOf } from './runOnOxigraph.js';

/** [what, query, the rewritten query (undefined: left alone)], all with `PREFIX :` prepended. */
const rewrites: [string, string, string | undefined][] = [
  ['adds the constant start of a * path as a solution of its own',
    'SELECT ?o { :s :p* ?o }',
    'SELECT ?o { { BIND(:s AS ?o) } UNION { :s :p* ?o FILTER(!sameTerm(?o, :s)) } }'],
  ['adds the constant end of a * path as a solution of its own',
    'SELECT ?s { ?s :p* :o }',
    'SELECT ?s { { BIND(:o AS ?s) } UNION { ?s :p* :o FILTER(!sameTerm(?s, :o)) } }'],
  ['rewrites a ? path the same way, keeping the path as written',
    'SELECT ?o { :s (:p/:q)? ?o }',
    'SELECT ?o { { BIND(:s AS ?o) } UNION { :s (:p/:q)? ?o FILTER(!sameTerm(?o, :s)) } }'],
  ['takes the path out of its basic graph pattern and puts the union right after it',
    'SELECT * { ?o :label ?l . :s :p* ?o . ?o :note ?n FILTER(?l != "") }',
    'SELECT * { ?o :label ?l . ?o :note ?n { BIND(:s AS ?o) } UNION { :s :p* ?o FILTER(!sameTerm(?o, :s)) } FILTER(?l != "") }'],
  ['removes a * path from a constant to itself, which always matches',
    'ASK { :s :p* :s }',
    'ASK { }'],
  ['rewrites inside OPTIONAL, subqueries and GRAPH',
    'SELECT * { GRAPH ?g { OPTIONAL { :s :p? ?o } } { SELECT ?y { :s :p* ?y } } }',
    'SELECT * { GRAPH ?g { OPTIONAL { { BIND(:s AS ?o) } UNION { :s :p? ?o FILTER(!sameTerm(?o, :s)) } } } '
      + '{ SELECT ?y { { BIND(:s AS ?y) } UNION { :s :p* ?y FILTER(!sameTerm(?y, :s)) } } } }'],
  ['writes the zero-length solution as VALUES inside EXISTS and NOT EXISTS',
    'SELECT * { ?x :q ?y FILTER EXISTS { ?x :p* :o } FILTER NOT EXISTS { :s :p? ?y } }',
    'SELECT * { ?x :q ?y FILTER EXISTS { { VALUES ?x { :o } } UNION { ?x :p* :o FILTER(!sameTerm(?x, :o)) } } '
      + 'FILTER NOT EXISTS { { VALUES ?y { :s } } UNION { :s :p? ?y FILTER(!sameTerm(?y, :s)) } } }'],
  ['leaves a path in EXISTS inside GRAPH alone (neither form is right there on Oxigraph)',
    'SELECT * { GRAPH ?g { ?x :q ?y FILTER EXISTS { ?x :p* :o } } }', undefined],
  ['leaves a path in GRAPH inside EXISTS alone', 'ASK { FILTER EXISTS { GRAPH ?g { :s :p* ?o } } }', undefined],
  ['leaves a one-or-more path alone (no zero-length match)', 'SELECT ?s { ?s :p+ :o }', undefined],
  ['leaves a path between two variables alone (Oxigraph matches every node of the graph)', 'SELECT * { ?s :p* ?o }', undefined],
  ['leaves a path between two different constants alone', 'ASK { :s :p* :o }', undefined],
  ['leaves a path with a blank node end alone', 'SELECT * { [] :p* :o }', undefined],
  ['leaves a zero-length path nested in a sequence alone', 'SELECT ?o { :s :p*/:q ?o }', undefined],
  ['leaves a query without paths alone', 'SELECT ?o { :s :p ?o OPTIONAL { ?o :q ?x } }', undefined],
  ['leaves the inside of SERVICE alone', 'SELECT ?o { SERVICE <http://other.example/sparql> { :s :p* ?o } }', undefined],
];

/** [what, TriG data, query, rows SPARQL 1.1 §18.4 gives]: the rewritten query on a real Oxigraph store. */
const evaluations: [string, string, string, string[] | boolean][] = [
  ['matches the start of :s :p* ?o on an empty dataset', '', 'SELECT ?o { :s :p* ?o }', ['?o=<http://example/s>']],
  ['matches the end of ?s :p* :o on an empty dataset', '', 'SELECT ?s { ?s :p* :o }', ['?s=<http://example/o>']],
  ['matches the start of :s :p? ?o on an empty dataset', '', 'SELECT ?o { :s :p? ?o }', ['?o=<http://example/s>']],
  ['matches the end of ?s :p? :o on an empty dataset', '', 'SELECT ?s { ?s :p? :o }', ['?s=<http://example/o>']],
  ['gives every node of a cycle once', ':a :p :b . :b :p :c . :c :p :a .', 'SELECT ?o { :a :p* ?o }',
    ['?o=<http://example/a>', '?o=<http://example/b>', '?o=<http://example/c>']],
  ['gives the start once when it has a loop to itself', ':a :p :a, :b .', 'SELECT ?o { :a :p? ?o }', ['?o=<http://example/a>', '?o=<http://example/b>']],
  ['gives the start once when it occurs only as an object', ':x :p :d .', 'SELECT ?o { :d :p* ?o }', ['?o=<http://example/d>']],
  ['keeps the set semantics of ? over a sequence reached twice', ':a :q :x, :y . :x :r :z . :y :r :z .', 'SELECT ?o { :a (:q/:r)? ?o }',
    ['?o=<http://example/a>', '?o=<http://example/z>']],
  ['matches a literal start', '', 'SELECT ?o { "lit" :p* ?o }', ['?o="lit"']],
  ['matches a literal end and what leads to it', ':x :p "lit" .', 'SELECT ?s { ?s :p* "lit" }', ['?s="lit"', '?s=<http://example/x>']],
  ['answers true for a constant reaching itself on an empty dataset', '', 'ASK { :zz :p* :zz }', true],
  ['joins the zero-length solution with the rest of the pattern', ':s :p :t ; :label "S" . :t :label "T" .', 'SELECT ?o ?l { ?o :label ?l . :s :p* ?o }',
    ['?l="S" ?o=<http://example/s>', '?l="T" ?o=<http://example/t>']],
  ['keeps blank-node labels working around the path', ':n :q 1 ; :r 1 .', 'SELECT ?y ?o { _:b :q ?y . :s :p* ?o . _:b :r ?y }',
    ['?o=<http://example/s> ?y="1"^^<http://www.w3.org/2001/XMLSchema#integer>']],
  ['matches once per named graph inside GRAPH ?g', ':g1 { :a :p :b } :g2 { :c :p :d }', 'SELECT ?g ?o { GRAPH ?g { :zz :p* ?o } }',
    ['?g=<http://example/g1> ?o=<http://example/zz>', '?g=<http://example/g2> ?o=<http://example/zz>']],
  ['matches inside GRAPH with a named graph of the dataset', ':g1 { :a :p :b }', 'SELECT ?o { GRAPH :g1 { :zz :p* ?o } }', ['?o=<http://example/zz>']],
  ['matches nothing inside GRAPH with a graph not in the dataset', ':g1 { :a :p :b }', 'SELECT ?o { GRAPH :absent { :zz :p* ?o } }', []],
  ['matches inside OPTIONAL', '', 'SELECT ?x ?o { VALUES ?x { :x1 } OPTIONAL { :zz :p* ?o } }', ['?o=<http://example/zz> ?x=<http://example/x1>']],
  ['matches inside FILTER EXISTS', '', 'SELECT ?x { VALUES ?x { :x1 :zz } FILTER EXISTS { :zz :p* ?x } }', ['?x=<http://example/zz>']],
  ['matches inside FILTER NOT EXISTS', '', 'SELECT ?x { VALUES ?x { :x1 :zz } FILTER NOT EXISTS { ?x :p? :zz } }', ['?x=<http://example/x1>']],
  ['keeps an OPTIONAL zero-length match apart from an incompatible outer value', '', 'SELECT ?o ?k { VALUES ?o { :x1 :zz } OPTIONAL { :zz :p* ?o BIND(1 AS ?k) } }',
    ['?k="1"^^<http://www.w3.org/2001/XMLSchema#integer> ?o=<http://example/zz>', '?o=<http://example/x1>']],
  ['removes the zero-length match with MINUS', '', 'SELECT ?o { VALUES ?o { :x1 :zz } MINUS { :zz :p* ?o } }', ['?o=<http://example/x1>']],
  ['matches once per named graph inside OPTIONAL inside GRAPH ?g', ':g1 { :a :p :b } :g2 { :c :p :d }', 'SELECT ?g ?o { GRAPH ?g { ?x :p ?y OPTIONAL { :zz :p* ?o } } }',
    ['?g=<http://example/g1> ?o=<http://example/zz>', '?g=<http://example/g2> ?o=<http://example/zz>']],
];

describe('rewriteZeroLengthPaths', () => {
  for (const [what, query, expected] of rewrites) {
    it(what, () => {
      assert.equal(textOf(rewriteZeroLengthPaths(parse(PREFIX + query))), expected === undefined ? undefined : normalise(PREFIX + expected));
    });
  }

  it('does not change the syntax tree it is given', () => {
    const tree = parse(`${PREFIX}SELECT ?o { :s :p* ?o }`);
    const before = JSON.stringify(tree);
    rewriteZeroLengthPaths(tree);
    assert.equal(JSON.stringify(tree), before);
  });

  describe('gives the results of SPARQL 1.1 §18.4 on Oxigraph 0.5.11', () => {
    for (const [what, data, query, expected] of evaluations) {
      it(what, () => {
        const rewritten = textOf(rewriteZeroLengthPaths(parse(PREFIX + query)));
        assert.ok(rewritten !== undefined, 'the query was not rewritten');
        assert.deepEqual(runOnOxigraph(data, rewritten), expected);
      });
    }
  });
});

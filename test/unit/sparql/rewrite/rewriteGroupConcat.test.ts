import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteGroupConcat } from '../../../../src/sparql/rewrite/rewriteGroupConcat.js';
import { normalise, parse, PREFIX, runOnOxigraph, textOf } from './runOnOxigraph.js';

/** [what, query, the rewritten query (undefined: left alone)], all with `PREFIX :` prepended. */
const rewrites: [string, string, string | undefined][] = [
  ['wraps a projected GROUP_CONCAT in CONCAT("", …)',
    'SELECT (GROUP_CONCAT(?o) AS ?g) { ?s :p ?o }',
    'SELECT (CONCAT("", GROUP_CONCAT(?o)) AS ?g) { ?s :p ?o }'],
  ['keeps DISTINCT and the separator',
    'SELECT ?s (GROUP_CONCAT(DISTINCT ?o; SEPARATOR=", ") AS ?g) { ?s :p ?o } GROUP BY ?s',
    'SELECT ?s (CONCAT("", GROUP_CONCAT(DISTINCT ?o; SEPARATOR=", ")) AS ?g) { ?s :p ?o } GROUP BY ?s'],
  ['wraps GROUP_CONCAT inside a larger expression, in HAVING and in ORDER BY',
    'SELECT ?s (UCASE(GROUP_CONCAT(?o)) AS ?g) { ?s :p ?o } GROUP BY ?s HAVING (STRLEN(GROUP_CONCAT(?o)) > 1) ORDER BY GROUP_CONCAT(?o)',
    'SELECT ?s (UCASE(CONCAT("", GROUP_CONCAT(?o))) AS ?g) { ?s :p ?o } GROUP BY ?s HAVING (STRLEN(CONCAT("", GROUP_CONCAT(?o))) > 1) ORDER BY CONCAT("", GROUP_CONCAT(?o))'],
  ['wraps GROUP_CONCAT in a subquery',
    'ASK { { SELECT (GROUP_CONCAT(?o) AS ?g) { VALUES ?o { "1"@en } } } FILTER(?g = "1") }',
    'ASK { { SELECT (CONCAT("", GROUP_CONCAT(?o)) AS ?g) { VALUES ?o { "1"@en } } } FILTER(?g = "1") }'],
  ['leaves other aggregates alone', 'SELECT (COUNT(*) AS ?n) (SAMPLE(?o) AS ?x) (MAX(?o) AS ?m) { ?s :p ?o }', undefined],
  ['leaves a query without aggregates alone', 'SELECT ?o { ?s :p ?o FILTER(CONCAT(?o, "x") != "") }', undefined],
  ['leaves the inside of SERVICE alone', 'SELECT * { SERVICE <http://other.example/sparql> { SELECT (GROUP_CONCAT(?o) AS ?g) { ?s :p ?o } } }', undefined],
];

/** [what, a group graph pattern binding ?o, the ?g SPARQL 1.1 §18.5.1.7 gives (undefined: an error, so unbound)] */
const evaluations: [string, string, string | undefined][] = [
  ['drops a language tag common to all values (agg-groupconcat-04)', 'VALUES ?o { "1"@en "2"@en }', '"1 2"'],
  ['drops the language tag of a single value (agg-groupconcat-06)', 'VALUES ?o { "1"@en }', '"1"'],
  ['gives a simple literal for different language tags', 'VALUES ?o { "1"@en "2"@fr }', '"1 2"'],
  ['keeps simple and xsd:string literals simple', 'VALUES ?o { "a" "b"^^<http://www.w3.org/2001/XMLSchema#string> }', '"a b"'],
  ['gives the empty string for no values', '?s :nothing ?o', '""'],
  ['is an error for IRIs, as CONCAT is', 'VALUES ?o { :a :b }', undefined],
  ['is an error for numbers, as CONCAT is', 'VALUES ?o { 1 2 }', undefined],
  ['is an error when one of the values is unbound', 'VALUES ?o { "a"@en UNDEF }', undefined],
];

describe('rewriteGroupConcat', () => {
  for (const [what, query, expected] of rewrites) {
    it(what, () => {
      assert.equal(textOf(rewriteGroupConcat(parse(PREFIX + query))), expected === undefined ? undefined : normalise(PREFIX + expected));
    });
  }

  describe('gives the results of SPARQL 1.1 §18.5.1.7 on Oxigraph 0.5.11', () => {
    for (const [what, pattern, expected] of evaluations) {
      it(what, () => {
        const rewritten = textOf(rewriteGroupConcat(parse(`${PREFIX}SELECT (GROUP_CONCAT(?o) AS ?g) { ${pattern} }`)));
        assert.ok(rewritten !== undefined, 'the query was not rewritten');
        assert.deepEqual(runOnOxigraph('', rewritten), [expected === undefined ? '' : `?g=${expected}`]);
      });
    }
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type sparqljs from 'sparqljs';
import { transformQuery, type TransformContext } from '../../../../src/sparql/rewrite/transformQuery.js';
import { parse, PREFIX } from './runOnOxigraph.js';

/** Where each basic graph pattern of a query sits, as `transformQuery` reports it: `graph name|exists`. */
function contextsOfBgps(query: string): string[] {
  const seen: string[] = [];
  transformQuery(parse(PREFIX + query), {
    sequence(patterns: readonly sparqljs.Pattern[], context: TransformContext) {
      for (const pattern of patterns) {
        if (pattern.type !== 'bgp') continue;
        const first = pattern.triples[0]?.object.value ?? '';
        seen.push(`${first.replace('http://example/', ':')} in ${context.graph?.value.replace('http://example/', ':') ?? '-'}${context.inExists ? ' exists' : ''}`);
      }
      return undefined;
    },
  });
  return seen.sort();
}

/** [what, query, `object of the BGP's first triple in graph[ exists]` for each BGP] */
const visits: [string, string, string[]][] = [
  ['visits the WHERE clause, OPTIONAL, MINUS and UNION branches', 'SELECT * { ?s :p :a OPTIONAL { ?s :p :b } MINUS { ?s :p :c } { ?s :p :d } UNION { ?s :p :e } }',
    [':a in -', ':b in -', ':c in -', ':d in -', ':e in -']],
  ['tells the innermost GRAPH', 'SELECT * { GRAPH ?g { ?s :p :a GRAPH :h { ?s :p :b } } }', [':a in g', ':b in :h']],
  ['visits EXISTS and NOT EXISTS in filters, BIND and projections, and says so', 'SELECT (EXISTS { ?s :p :a } AS ?e) { BIND(NOT EXISTS { ?s :p :b } AS ?f) FILTER EXISTS { ?s :p :c } }',
    [':a in - exists', ':b in - exists', ':c in - exists']],
  ['visits subqueries, keeping the enclosing GRAPH', 'SELECT * { GRAPH ?g { SELECT ?s { ?s :p :a } } }', [':a in g']],
  ['does not enter SERVICE', 'SELECT * { ?s :p :a SERVICE <http://other.example/sparql> { ?s :p :b } }', [':a in -']],
];

describe('transformQuery', () => {
  for (const [what, query, expected] of visits) {
    it(what, () => {
      assert.deepEqual(contextsOfBgps(query), expected);
    });
  }

  it('answers undefined and leaves the tree alone when nothing is rewritten', () => {
    const tree = parse(`${PREFIX}SELECT (COUNT(*) AS ?n) { ?s :p ?o FILTER EXISTS { ?o :q ?x } } ORDER BY ?n`);
    assert.equal(transformQuery(tree, { sequence: () => undefined, expression: () => undefined }), undefined);
  });

  it('copies only what it rewrites and never changes its input', () => {
    const tree = parse(`${PREFIX}SELECT * { ?s :p ?o OPTIONAL { ?o :q ?x } { ?o :r ?y } }`) as sparqljs.SelectQuery;
    const before = JSON.stringify(tree);
    const rewritten = transformQuery(tree, {
      sequence: (patterns) => (patterns.some((pattern) => pattern.type === 'optional') ? patterns.filter((pattern) => pattern.type !== 'optional') : undefined),
    }) as sparqljs.SelectQuery | undefined;
    assert.equal(JSON.stringify(tree), before);
    assert.ok(rewritten !== undefined);
    assert.deepEqual(rewritten.where?.map((pattern) => pattern.type), ['bgp', 'group']);
    assert.equal(rewritten.where?.[1], tree.where?.[2], 'an untouched pattern is shared, not copied');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import sparqljs from 'sparqljs';
import { capResultRows } from '../../../src/sparql/capResultRows.js';
import type { QueryForm } from '../../../src/graph/queryShape.js';

const MAX = 100;

/** [what, form, query, expected query (undefined: unchanged)] */
const cases: [string, QueryForm, string, string | undefined][] = [
  ['adds a LIMIT to a SELECT without one', 'SELECT', 'SELECT * WHERE { ?s ?p ?o }', 'SELECT * WHERE { ?s ?p ?o }\nLIMIT 100\n'],
  ['lowers a larger top-level LIMIT', 'SELECT', 'SELECT * WHERE { ?s ?p ?o } LIMIT 5000 OFFSET 10', 'SELECT * WHERE { ?s ?p ?o } LIMIT 100 OFFSET 10'],
  ['keeps a smaller top-level LIMIT', 'SELECT', 'SELECT * WHERE { ?s ?p ?o } limit 7', undefined],
  ['keeps a LIMIT equal to the maximum', 'SELECT', 'SELECT * { ?s ?p ?o } LIMIT 100', undefined],
  ['adds a LIMIT after OFFSET', 'SELECT', 'SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 20', 'SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 20\nLIMIT 100\n'],
  ['ignores the LIMIT of a subquery', 'SELECT', 'SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 5 } }', 'SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 5 } }\nLIMIT 100\n'],
  ['puts the LIMIT before a trailing VALUES block', 'SELECT', 'SELECT * { ?s ?p ?o } VALUES ?s { <a> }', 'SELECT * { ?s ?p ?o } LIMIT 100\nVALUES ?s { <a> }'],
  ['ignores VALUES inside the pattern', 'SELECT', 'SELECT * { VALUES ?s { <a> } ?s ?p ?o }', 'SELECT * { VALUES ?s { <a> } ?s ?p ?o }\nLIMIT 100\n'],
  ['adds the LIMIT on its own line after a final comment', 'SELECT', 'SELECT * { ?s ?p ?o } # LIMIT 5', 'SELECT * { ?s ?p ?o } # LIMIT 5\nLIMIT 100\n'],
  ['is not fooled by LIMIT in strings, IRIs or prefixed names', 'SELECT', 'PREFIX ex: <http://ex/LIMIT> SELECT * { ?s ex:LIMIT "} LIMIT 5" }', 'PREFIX ex: <http://ex/LIMIT> SELECT * { ?s ex:LIMIT "} LIMIT 5" }\nLIMIT 100\n'],
  ['limits the solutions of a CONSTRUCT', 'CONSTRUCT', 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }\nLIMIT 100\n'],
  ['limits a DESCRIBE without WHERE', 'DESCRIBE', 'DESCRIBE <http://ex/a>', 'DESCRIBE <http://ex/a>\nLIMIT 100\n'],
  ['leaves ASK alone', 'ASK', 'ASK { ?s ?p ?o }', undefined],
];

describe('capResultRows', () => {
  for (const [what, form, query, expected] of cases) {
    it(what, () => {
      const capped = capResultRows(query, form, MAX);
      assert.equal(capped.query, expected ?? query);
      assert.equal(capped.capped, expected !== undefined);
      // The result is still a query of the same form.
      assert.equal((new sparqljs.Parser({ baseIRI: 'http://ex/' }).parse(capped.query) as sparqljs.Query).queryType, form);
    });
  }
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseQuery } from '../../../src/sparql/analyseQuery.js';
import { QuerySyntaxError } from '../../../src/sparql/QuerySyntaxError.js';
import { UpdateNotAllowedError } from '../../../src/sparql/UpdateNotAllowedError.js';

describe('analyseQuery', () => {
  const forms: [string, string][] = [
    ['SELECT * { ?s ?p ?o }', 'SELECT'],
    ['PREFIX ex: <http://ex/> ASK { ?s ex:p ?o }', 'ASK'],
    ['CONSTRUCT WHERE { ?s ?p ?o }', 'CONSTRUCT'],
    ['DESCRIBE <http://ex/a>', 'DESCRIBE'],
  ];
  for (const [query, form] of forms) {
    it(`finds the form ${form}`, () => {
      assert.equal(analyseQuery(query).form, form);
    });
  }

  it('lists SERVICE endpoints, relative ones resolved against the base IRI, variables as ?', () => {
    const query = 'SELECT * { SERVICE <http://b.example/sparql> { ?s ?p ?o } OPTIONAL { SERVICE SILENT <peer> { ?s ?q ?r } } SERVICE ?e { ?a ?b ?c } }';
    assert.deepEqual(analyseQuery(query, 'http://a.example/sparql').services, ['http://b.example/sparql', 'http://a.example/peer', '?']);
  });

  it('reports a syntax error with the parser\'s message, line and column', () => {
    assert.throws(() => analyseQuery('SELECT *\nWHERE { ?s ?p }'), (error: unknown) => {
      assert.ok(error instanceof QuerySyntaxError);
      assert.equal(error.line, 2);
      assert.equal(typeof error.column, 'number');
      assert.match(error.message, /Parse error on line 2[^]*\(line 2, column \d+\)$/);
      return true;
    });
  });

  it('reports a grammar rule of §18.2 (projecting an ungrouped variable) as a syntax error', () => {
    assert.throws(() => analyseQuery('SELECT ?o { ?s ?p ?o } GROUP BY ?s'), QuerySyntaxError);
  });

  for (const update of ['DROP ALL', 'INSERT DATA { <a> <b> <c> }', 'PREFIX ex: <http://ex/> DELETE WHERE { ?s ex:p ?o }']) {
    it(`refuses the update ${update}`, () => {
      assert.throws(() => analyseQuery(update, 'http://ex/'), UpdateNotAllowedError);
    });
  }
});

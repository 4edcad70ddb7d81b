import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sparqlTokens } from '../../../src/graph/sparqlTokens.js';

describe('sparqlTokens', () => {
  const query = 'PREFIX ex: <http://ex/a>\n# LIMIT { 3\nSELECT ?limit { ?s ex:p "LIMIT }" } LIMIT 10';

  it('cuts a query into tokens whose texts join back to the query', () => {
    assert.equal([...sparqlTokens(query)].map((token) => token.text).join(''), query);
  });

  it('sees keywords and numbers as words, and braces only outside strings, IRIs and comments', () => {
    const tokens = [...sparqlTokens(query)];
    assert.deepEqual(tokens.filter((t) => t.word !== undefined).map((t) => t.word), ['PREFIX', 'EX:', 'SELECT', 'EX:P', 'LIMIT', '10']);
    assert.deepEqual(tokens.filter((t) => t.text === '{' || t.text === '}').map((t) => t.text), ['{', '}']);
  });

  it('gives each token its offset in the query', () => {
    const limit = [...sparqlTokens(query)].find((t) => t.word === '10')!;
    assert.equal(query.slice(limit.index), '10');
  });
});

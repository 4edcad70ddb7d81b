import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeedQuery } from '../../../../src/http/feed/parseFeedQuery.js';
import { BadRequest } from '../../../../src/http/errors/BadRequest.js';

describe('parseFeedQuery', () => {
  it('defaults to the first page of 50 with no filter', () => {
    assert.deepEqual(parseFeedQuery({}), { filter: { facets: {} }, cursor: undefined, limit: 50, filterParams: [] });
  });

  it('reads every filter, normalising facet values and keeping the parameters as given for links', () => {
    const query = parseFeedQuery({
      q: 'unix shell', keyword: ['Shell', 'GIT'], provider: 'hpc-carpentry', teaches: 'Use SSH', level: 'Beginner',
      language: 'EN', license: 'CC-BY-4.0', modifiedSince: '2024-05-01T12:00:00+02:00', limit: '37', after: 'abc',
    });
    assert.deepEqual(query.filter, {
      text: 'unix shell',
      facets: { keyword: ['shell', 'git'], provider: ['hpc-carpentry'], teaches: ['use ssh'], level: ['beginner'], language: ['en'], license: ['https://spdx.org/licenses/CC-BY-4.0'] },
      modifiedSince: '2024-05-01T10:00:00.000Z',
    });
    assert.deepEqual(query.cursor, { after: 'abc' });
    assert.equal(query.limit, 37);
    assert.deepEqual(query.filterParams.slice(0, 3), [['q', 'unix shell'], ['provider', 'hpc-carpentry'], ['keyword', 'Shell']]);
  });

  it('reads a date as midnight UTC', () => {
    assert.equal(parseFeedQuery({ modifiedSince: '2024-05-01' }).filter.modifiedSince, '2024-05-01T00:00:00.000Z');
  });

  const refused: [string, Record<string, unknown>][] = [
    ['a limit of 0', { limit: '0' }],
    ['a limit over 200', { limit: '201' }],
    ['a limit that is no number', { limit: '1e2' }],
    ['after and before together', { after: 'a', before: 'b' }],
    ['a date-time without a zone', { modifiedSince: '2024-05-01T12:00:00' }],
    ['a date that does not exist', { modifiedSince: '2024-02-31' }],
    ['an unknown parameter', { keywords: 'shell' }],
    ['a repeated limit', { limit: ['1', '2'] }],
    ['a nested parameter', { keyword: { a: 'b' } }],
  ];
  for (const [label, query] of refused) {
    it(`refuses ${label} with 400`, () => {
      assert.throws(() => parseFeedQuery(query), BadRequest);
    });
  }
});

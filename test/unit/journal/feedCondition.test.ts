import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { feedCondition } from '../../../src/journal/feedCondition.js';

describe('feedCondition', () => {
  it('selects active records only when nothing is filtered', () => {
    assert.deepEqual(feedCondition({ facets: {} }), { sql: "m.status = 'active'", params: [] });
  });

  it('gives one SQL text per filter shape, the values only in the parameters', () => {
    const a = feedCondition({ text: 'unix shell', facets: { keyword: ['git', 'shell'], provider: ['swc'] }, modifiedSince: '2024-01-01T00:00:00.000Z' });
    const b = feedCondition({ text: 'python', facets: { keyword: ['r', 'sql'], provider: ['dc'] }, modifiedSince: '2025-01-01T00:00:00.000Z' });
    assert.equal(a.sql, b.sql);
    assert.deepEqual(a.params, ['provider', 'swc', 'keyword', 'git', 'shell', '2024-01-01T00:00:00.000Z', '"unix"* "shell"*']);
    assert.notEqual(feedCondition({ facets: { keyword: ['git'] } }).sql, a.sql);
  });

  it('leaves out text without a word', () => {
    assert.deepEqual(feedCondition({ text: ' !? ', facets: {} }), feedCondition({ facets: {} }));
  });
});

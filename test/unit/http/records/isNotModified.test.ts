import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isNotModified } from '../../../../src/http/records/isNotModified.js';

const ETAG = '"abc"';
const MODIFIED = new Date('2026-01-02T03:04:05.678Z');

describe('isNotModified', () => {
  const cases: [string, { ifNoneMatch?: string; ifModifiedSince?: string }, boolean][] = [
    ['no precondition', {}, false],
    ['the same tag', { ifNoneMatch: '"abc"' }, true],
    ['the same tag, weak', { ifNoneMatch: 'W/"abc"' }, true],
    ['one of several tags', { ifNoneMatch: '"x", "abc"' }, true],
    ['any tag (*)', { ifNoneMatch: '*' }, true],
    ['another tag', { ifNoneMatch: '"abd"' }, false],
    ['another tag, even with a later date', { ifNoneMatch: '"abd"', ifModifiedSince: 'Fri, 01 Jan 2027 00:00:00 GMT' }, false],
    ['the modification second', { ifModifiedSince: 'Fri, 02 Jan 2026 03:04:05 GMT' }, true],
    ['a later date', { ifModifiedSince: 'Sat, 03 Jan 2026 00:00:00 GMT' }, true],
    ['an earlier date', { ifModifiedSince: 'Fri, 02 Jan 2026 03:04:04 GMT' }, false],
    ['a date that is no date', { ifModifiedSince: 'yesterday-ish' }, false],
  ];
  for (const [what, headers, expected] of cases) {
    it(`${expected ? 'is' : 'is not'} not-modified for ${what}`, () => {
      assert.equal(isNotModified(headers, ETAG, MODIFIED), expected);
    });
  }
});

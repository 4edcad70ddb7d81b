import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cacheKey } from '../../../../src/http/cache/cacheKey.js';

describe('cacheKey', () => {
  for (const [a, b, same] of [
    [['/materials/x', 'text/turtle'], ['/materials/x', 'text/turtle'], true],
    [['/materials/x', 'text/html, application/xhtml+xml'], ['/materials/x', 'TEXT/HTML,application/xhtml+xml'], true],
    [['/materials/x', 'text/turtle'], ['/materials/x', 'application/ld+json'], false],
    [['/materials/x?format=ttl', undefined], ['/materials/x', undefined], false],
    [['/materials?limit=5', ''], ['/materials?limit=5', undefined], true],
  ] as const) {
    it(`${same ? 'shares' : 'separates'} ${JSON.stringify(a)} and ${JSON.stringify(b)}`, () => {
      assert.equal(cacheKey(a[0], a[1]) === cacheKey(b[0], b[1]), same);
    });
  }
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCache } from '../../../../src/http/cache/ResponseCache.js';

const entry = (bytes: number) => ({ headers: {}, body: Buffer.alloc(bytes), bytes });

describe('ResponseCache', () => {
  it('drops the least recently used entries to stay within its byte bound', () => {
    const cache = new ResponseCache({ maxBytes: 100, maxEntryBytes: 100 });
    cache.set('a', entry(40));
    cache.set('b', entry(40));
    cache.get('a'); // a is now the most recently used
    cache.set('c', entry(40));
    assert.deepEqual(['a', 'b', 'c'].map((key) => cache.get(key) !== undefined), [true, false, true]);
    assert.equal(cache.bytes, 80);
  });

  it('does not keep an entry larger than maxEntryBytes', () => {
    const cache = new ResponseCache({ maxBytes: 1000, maxEntryBytes: 10 });
    cache.set('big', entry(11));
    assert.equal(cache.get('big'), undefined);
    assert.equal(cache.bytes, 0);
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const cache = new ResponseCache({ maxBytes: 100, maxEntryBytes: 100 });
    cache.set('a', entry(30));
    cache.set('a', entry(50));
    assert.deepEqual([cache.size, cache.bytes], [1, 50]);
  });

  it('empties itself for a new catalog version and remembers when it saw it', () => {
    const cache = new ResponseCache({ maxBytes: 100, maxEntryBytes: 100 });
    cache.set('a', entry(10));
    cache.reset(7, 1234);
    assert.deepEqual([cache.size, cache.bytes, cache.version, cache.versionSince], [0, 0, 7, 1234]);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeedFormatError } from '../../../../harvesters/carpentries-feed/FeedFormatError.js';
import { parseFeed } from '../../../../harvesters/carpentries-feed/parseFeed.js';

const FEED = join(process.cwd(), 'test/fixtures/carpentries-feed/carpentries.community_lessons.snapshot-2020-10-02.json');

describe('parseFeed', () => {
  it('reads the entries of a real feed and the line each starts on', () => {
    const { entries, lines } = parseFeed(readFileSync(FEED), 'feed.json');
    assert.equal(entries.length, 42);
    assert.equal(lines.length, 42);
    assert.deepEqual(lines.slice(0, 3), [2, 24, 45]);
  });

  it('throws a FeedFormatError naming the location for a truncated feed', () => {
    const truncated = readFileSync(FEED).subarray(0, 5_000);
    assert.throws(() => parseFeed(truncated, 'https://feeds.example/lessons.json'), (error: unknown) => {
      assert.ok(error instanceof FeedFormatError);
      assert.equal(error.location, 'https://feeds.example/lessons.json');
      assert.match(error.message, /^https:\/\/feeds\.example\/lessons\.json: not a JSON lesson feed/);
      return true;
    });
  });

  for (const [what, text, reason] of [
    ['an HTML error page', '<!DOCTYPE html><title>502 Bad Gateway</title>', /not a JSON lesson feed/],
    ['an empty file', '', /not a JSON lesson feed/],
    ['an object', '{"lessons": []}', /expected a JSON array of lesson entries, found an object/],
    ['null', 'null', /found null/],
  ] as const) {
    it(`throws a FeedFormatError for ${what}`, () => {
      assert.throws(() => parseFeed(text, 'feed.json'), (error: unknown) => error instanceof FeedFormatError && reason.test(error.message));
    });
  }

  it('skips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('[{"repo": "a"}]')]);
    assert.deepEqual(parseFeed(bytes, 'feed.json').entries, [{ repo: 'a' }]);
    assert.deepEqual(parseFeed('\uFEFF[1]', 'feed.json').entries, [1]);
  });

  it('turns bytes that are not UTF-8 into U+FFFD instead of failing', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('[{"description": "Caf'), 0xe9, ...new TextEncoder().encode('"}]')]);
    assert.deepEqual(parseFeed(latin1, 'feed.json').entries, [{ description: 'Caf\uFFFD' }]);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { strongEtag } from '../../../../src/http/records/strongEtag.js';

describe('strongEtag', () => {
  it('is a quoted strong tag that depends on the exact bytes and the media type', () => {
    const tag = strongEtag('text/turtle', 'a');
    assert.match(tag, /^"[A-Za-z0-9_-]{32}"$/);
    assert.equal(strongEtag('text/turtle', 'a'), tag);
    assert.notEqual(strongEtag('text/turtle', 'a '), tag);
    assert.notEqual(strongEtag('application/n-triples', 'a'), tag);
  });
});

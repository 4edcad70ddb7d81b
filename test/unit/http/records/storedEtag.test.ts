import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { storedEtag } from '../../../../src/http/records/storedEtag.js';

describe('storedEtag', () => {
  const iris = { pidBase: 'https://w3id.org/t/', baseUrl: 'http://t.test/' };
  const tag = storedEtag('application/ld+json', 'abc.1', iris);

  it('is a quoted strong tag, the same for the same type, revision and IRIs', () => {
    assert.match(tag, /^"[A-Za-z0-9_-]{32}"$/);
    assert.equal(storedEtag('application/ld+json', 'abc.1', { ...iris }), tag);
  });

  const changes: [string, string][] = [
    ['the media type', storedEtag('application/n-quads', 'abc.1', iris)],
    ['the record hash', storedEtag('application/ld+json', 'abd.1', iris)],
    ['the version', storedEtag('application/ld+json', 'abc.2', iris)],
    ['the PID base', storedEtag('application/ld+json', 'abc.1', { ...iris, pidBase: 'https://w3id.org/u/' })],
    ['the base URL', storedEtag('application/ld+json', 'abc.1', { ...iris, baseUrl: 'http://u.test/' })],
  ];
  for (const [what, other] of changes) {
    it(`changes with ${what}`, () => {
      assert.notEqual(other, tag);
    });
  }
});

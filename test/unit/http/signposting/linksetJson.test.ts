import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linksetJson } from '../../../../src/http/signposting/linksetJson.js';
import { recordLinkset } from '../../../../src/http/signposting/recordLinkset.js';
import { fixtureView } from '../../../helpers/recordView.js';

describe('linksetJson', () => {
  it('groups links by anchor and relation type, with type as a string and profile as an array (RFC 9264 §4.2)', () => {
    assert.deepEqual(
      linksetJson([
        { href: 'https://w3id.org/x', rel: 'cite-as' },
        { href: 'http://h/x?format=ttl', rel: 'describedby', type: 'text/turtle', profile: 'http://p/' },
        { href: 'http://h/x', rel: 'describes', anchor: 'http://h/x?format=ttl' },
        { href: 'http://h/x', rel: 'original timegate' },
      ], 'http://h/x'),
      {
        linkset: [
          { anchor: 'http://h/x', 'cite-as': [{ href: 'https://w3id.org/x' }], describedby: [{ href: 'http://h/x?format=ttl', type: 'text/turtle', profile: ['http://p/'] }], original: [{ href: 'http://h/x' }], timegate: [{ href: 'http://h/x' }] },
          { anchor: 'http://h/x?format=ttl', describes: [{ href: 'http://h/x' }] },
        ],
      },
    );
  });
});

describe('recordLinkset', () => {
  it('anchors the record links at the landing page and links each metadata resource back with describes and cite-as', () => {
    const view = fixtureView('full');
    const { linkset } = linksetJson(recordLinkset(view), view.url);
    assert.equal(linkset[0]?.anchor, view.url);
    const metadata = linkset.slice(1);
    assert.equal(metadata.length, (linkset[0]!.describedby as unknown[]).length);
    for (const context of metadata) {
      assert.deepEqual(context.describes, [{ href: view.url, type: 'text/html' }]);
      assert.deepEqual(context['cite-as'], [{ href: view.citeAs }]);
    }
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatLinks, uriReference } from '../../../../src/http/signposting/formatLinks.js';

describe('formatLinks', () => {
  it('writes RFC 8288 link-values with quoted rel, anchor, type and profile, comma-separated', () => {
    assert.equal(
      formatLinks([{ href: 'https://w3id.org/x/1', rel: 'cite-as' }, { href: 'http://h/1?format=ttl', rel: 'describedby', type: 'text/turtle', profile: 'http://p/' }]),
      '<https://w3id.org/x/1>; rel="cite-as", <http://h/1?format=ttl>; rel="describedby"; type="text/turtle"; profile="http://p/"',
    );
  });

  it('separates the links of an application/linkset document by comma and newline, each with its anchor', () => {
    assert.equal(formatLinks([{ href: 'a:1', rel: 'item', anchor: 'http://h/' }, { href: 'a:2', rel: 'item', anchor: 'http://h/' }], ',\n'), '<a:1>; rel="item"; anchor="http://h/",\n<a:2>; rel="item"; anchor="http://h/"');
  });
});

describe('uriReference', () => {
  const cases: [string, string][] = [
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['https://example.org/<x>"', 'https://example.org/%3Cx%3E%22'],
    ['https://example.org/café', 'https://example.org/caf%C3%A9'],
    ['https://example.org/ok?x=1&y=2#f', 'https://example.org/ok?x=1&y=2#f'],
  ];
  for (const [iri, expected] of cases) {
    it(`writes ${iri} as ${expected}`, () => {
      assert.equal(uriReference(iri), expected);
    });
  }
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { negotiate } from '../../../../src/http/negotiate.js';
import { RECORD_FORMAT_ALIASES, RECORD_MEDIA_TYPES, recordFormatOf } from '../../../../src/http/records/recordFormats.js';

describe('record format negotiation', () => {
  const cases: [string | undefined, string | undefined, string | undefined][] = [
    [undefined, undefined, 'text/html'],
    ['*/*', undefined, 'text/html'],
    ['application/json', undefined, 'application/json'],
    ['application/x-bibtex', undefined, 'application/x-bibtex'],
    ['text/turtle;q=0.5, application/rdf+xml', undefined, 'application/rdf+xml'],
    ['application/vnd.citationstyles.csl+json', undefined, 'application/vnd.citationstyles.csl+json'],
    ['application/vnd.datacite.datacite+xml', undefined, 'application/vnd.datacite.datacite+xml'],
    ['image/png', undefined, undefined],
    ['text/html', 'ris', 'application/x-research-info-systems'],
    ['text/html', 'cff', 'application/yaml'],
    ['text/html', 'datacite', 'application/vnd.datacite.datacite+json'],
    ['text/html', 'RDFXML', 'application/rdf+xml'],
    ['text/html', 'docx', undefined],
  ];
  for (const [accept, format, expected] of cases) {
    it(`answers Accept ${String(accept)} with ?format=${String(format)} as ${String(expected)}`, () => {
      assert.equal(negotiate(accept, RECORD_MEDIA_TYPES, format, RECORD_FORMAT_ALIASES), expected);
    });
  }

  it('serves application/json as JSON-LD', () => {
    assert.equal(recordFormatOf('application/json').type, 'application/ld+json');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateCff } from '../../../../harvesters/citation-files/validateCff.js';

const VALID = {
  'cff-version': '1.2.0',
  message: 'If you use this lesson, please cite it.',
  title: 'A lesson',
  authors: [{ 'family-names': 'Bast', 'given-names': 'Radovan', orcid: 'https://orcid.org/0000-0002-1825-0097' }],
  type: 'dataset',
  doi: '10.5281/zenodo.1234',
  'date-released': '2025-03-19',
  url: 'https://example.org/lesson/',
  'repository-code': 'https://github.com/o/r',
  keywords: ['git'],
  identifiers: [{ type: 'doi', value: '10.5281/zenodo.1234' }],
};

describe('validateCff', () => {
  it('accepts a valid CFF 1.2.0 document without warnings', () => {
    assert.deepEqual(validateCff(VALID, 'CITATION.cff'), []);
  });

  const violations: [string, Record<string, unknown>, RegExp][] = [
    ['a missing message', { message: undefined }, /message: required key is missing/],
    ['an unknown key', { 'date-published': '2025-01-01' }, /date-published: is not a CFF key/],
    ['another cff-version', { 'cff-version': '1.1.0' }, /cff-version: "1.1.0" is not 1.2.0/],
    ['type "data"', { type: 'data' }, /type: "data" is not a valid CFF type/],
    ['a DOI URL in doi', { doi: 'https://doi.org/10.5281/zenodo.1234' }, /doi: .* is not a DOI/],
    ['a date with slashes', { 'date-released': '2025/03/19' }, /date-released: "2025\/03\/19" is not a date/],
    ['a URL without scheme', { url: 'example.org' }, /url: "example.org" is not an http/],
    ['an empty author list', { authors: [] }, /authors: must list at least one/],
    ['a bare ORCID', { authors: [{ name: 'X', orcid: '0000-0002-1825-0097' }] }, /authors\[0\]\.orcid/],
    ['keywords as a string', { keywords: 'git, shell' }, /keywords: expected a list of strings/],
    ['an identifier of unknown type', { identifiers: [{ type: 'isbn', value: '1' }] }, /identifiers\[0\]\.type/],
    ['a mapping as title', { title: { A: null } }, /title: expected a string, found a mapping/],
  ];
  for (const [what, change, expected] of violations) {
    it(`warns about ${what}`, () => {
      const warnings = validateCff({ ...VALID, ...change }, 'CITATION.cff');
      assert.ok(warnings.some((warning) => expected.test(warning)), warnings.join('\n'));
      assert.ok(warnings.every((warning) => warning.startsWith('CITATION.cff: ')));
    });
  }
});

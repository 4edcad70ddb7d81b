import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseBioschemasYml } from '../../../../harvesters/sphinx-lesson/parseBioschemasYml.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { fixturePath } from './fixtures.js';

describe('parseBioschemasYml', () => {
  describe('on the git-intro bioschemas.yml (JSON despite the name)', () => {
    const surface = parseBioschemasYml(readFileSync(fixturePath('git-intro/bioschemas.yml'), 'utf8'), 'bioschemas.yml');

    const table: [string, unknown, unknown][] = [
      ['the name without " - CodeRefinery lesson"', surface.title, 'Introduction to version control'],
      ['the identifier URL as the DOI', surface.doi, 'https://doi.org/10.5281/zenodo.16925023'],
      ['the CC licence URL as an SPDX IRI', surface.license, 'https://spdx.org/licenses/CC-BY-4.0'],
      ['en-UK as en-GB', surface.inLanguage, 'en-GB'],
      ['the comma keywords as a list', surface.keywords, ['version control', 'git']],
      ['the version', surface.version, '2026-08-10'],
      ['the url', surface.url, 'https://coderefinery.github.io/git-intro'],
      ['isPartOf', surface.isPartOf, 'https://coderefinery.org/'],
      ['educationalLevel', surface.educationalLevel, 'Beginner'],
      ['learningResourceType', surface.learningResourceType, ['lesson']],
      ['empty teaches as absent', surface.teaches, undefined],
      ['empty audience as absent', surface.audience, undefined],
      ['empty competencyRequired as absent', surface.competencyRequired, undefined],
      ['no warnings', surface.warnings, []],
    ];
    for (const [what, actual, expected] of table) {
      it(`reads ${what}`, () => assert.deepEqual(actual, expected));
    }

    it('reads 13 authors, the first an organisation', () => {
      assert.equal(surface.authors?.length, 13);
      assert.deepEqual(surface.authors?.[0], { type: 'Organization', name: 'CodeRefinery' });
      assert.deepEqual(surface.authors?.[11], { type: 'Person', name: 'Aurélie Vancraeyenest' });
    });
  });

  it('reads author ORCIDs from @id, audience nodes and a license node', () => {
    const surface = parseBioschemasYml(JSON.stringify({
      name: 'L',
      author: [{ '@type': 'Person', '@id': 'https://orcid.org/0000-0002-1825-0097', name: 'Jo Doe' }, 'Ann Other'],
      audience: { '@type': 'EducationalAudience', audienceType: 'Researchers' },
      license: { '@id': 'https://spdx.org/licenses/MIT.html' },
    }), 'bioschemas.yml');
    assert.deepEqual(surface.authors, [{ type: 'Person', name: 'Jo Doe', orcid: 'https://orcid.org/0000-0002-1825-0097' }, { type: 'Person', name: 'Ann Other' }]);
    assert.deepEqual(surface.audience, ['Researchers']);
    assert.equal(surface.license, 'https://spdx.org/licenses/MIT');
  });

  it('throws an ItemError for truncated JSON', () => {
    assert.throws(() => parseBioschemasYml('{"name": "L", "author": [', 'bioschemas.yml'), ItemError);
  });
});

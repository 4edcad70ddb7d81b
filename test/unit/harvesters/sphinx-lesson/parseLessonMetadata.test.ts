import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseLessonMetadata } from '../../../../harvesters/sphinx-lesson/parseLessonMetadata.js';
import { fixturePath } from './fixtures.js';

describe('parseLessonMetadata', () => {
  describe('on the documentation metadata.yml', () => {
    const surface = parseLessonMetadata(readFileSync(fixturePath('documentation/metadata.yml'), 'utf8'), 'metadata.yml');

    const table: [string, unknown, unknown][] = [
      ['the base title', surface.title, 'How to document your research software'],
      ['the bare concept DOI as a DOI IRI', surface.doi, 'https://doi.org/10.5281/zenodo.8280234'],
      ['the version', surface.version, '2026-08-07'],
      ['the version as the publication date, as the file documents', surface.datePublished, '2026-08-07'],
      ['the SPDX licence', surface.license, 'https://spdx.org/licenses/CC-BY-4.0'],
      ['repository-code', surface.repository, 'https://github.com/coderefinery/documentation'],
      ['keywords', surface.keywords, ['documentation', 'sphinx', 'static website']],
      ['en-UK as en-GB', surface.inLanguage, 'en-GB'],
      ['empty teaches as absent', surface.teaches, undefined],
      ['no warnings', surface.warnings, []],
    ];
    for (const [what, actual, expected] of table) {
      it(`reads ${what}`, () => assert.deepEqual(actual, expected));
    }

    it('reads the 15 CFF-style authors; the commented-out maintainers are not read', () => {
      assert.equal(surface.authors?.length, 15);
      assert.deepEqual(surface.authors?.[9], { type: 'Person', name: 'Sven van der Burg' });
    });
  });

  it('strips a suffix that was not meant to be in the base title', () => {
    assert.equal(parseLessonMetadata('title: "Git - CodeRefinery lesson"\n', 'metadata.yml').title, 'Git');
  });

  it('reads a version that is not a date without a publication date', () => {
    const surface = parseLessonMetadata('title: "T"\nversion: 1.10\n', 'metadata.yml');
    assert.equal(surface.version, '1.10');
    assert.equal(surface.datePublished, undefined);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordToCff } from '../../../src/citation/recordToCff.js';
import { cffProblems } from '../../helpers/citationChecks.js';
import { RECORD_FIXTURES, subjectOf } from '../../helpers/recordFixtures.js';

describe('recordToCff', () => {
  for (const name of RECORD_FIXTURES) {
    for (const version of [undefined, 2]) {
      it(`writes a ${name} record${version ? ' version' : ''} that the CFF 1.2.0 schema accepts`, () => {
        assert.deepEqual(cffProblems(recordToCff(subjectOf(name, version))), []);
      });
    }
  }

  it('finds a document without authors, or with an unknown key, invalid (the schema check can fail)', () => {
    const { authors: _authors, ...withoutAuthors } = recordToCff(subjectOf('full'));
    assert.notDeepEqual(cffProblems(withoutAuthors), []);
    assert.notDeepEqual(cffProblems({ ...recordToCff(subjectOf('full')), lesson: true }), []);
  });

  it('cites the PID first among identifiers and keeps DOI, landing page, repository, licence and persons', () => {
    const doc = recordToCff(subjectOf('full'));
    assert.deepEqual(doc.identifiers[0], { type: 'url', value: 'https://w3id.org/faircat-test/materials/m3x7k2q9', description: 'FAIRCat record m3x7k2q9' });
    assert.equal(doc.doi, '10.5281/zenodo.7886938');
    assert.equal(doc.url, 'https://swcarpentry.github.io/shell-novice/');
    assert.equal(doc['repository-code'], 'https://github.com/swcarpentry/shell-novice');
    assert.equal(doc.license, 'CC-BY-4.0');
    assert.equal(doc['date-released'], '2023-05-02');
    assert.deepEqual(doc.authors.slice(0, 3), [
      { 'given-names': 'Josiah', 'family-names': 'Carberry', orcid: 'https://orcid.org/0000-0002-1825-0097', website: 'https://github.com/jcarberry' },
      { 'given-names': 'Ada', 'family-names': 'Example' },
      { name: 'The Carpentries', website: 'https://carpentries.org/' },
    ]);
  });

  it('credits the provider as an entity when the material names no author', () => {
    assert.deepEqual(recordToCff(subjectOf('minimal')).authors, [{ name: 'Software Carpentry' }]);
  });
});

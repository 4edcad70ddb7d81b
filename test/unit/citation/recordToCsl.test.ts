import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordToCsl } from '../../../src/citation/recordToCsl.js';
import { RECORD_FIXTURES, subjectOf } from '../../helpers/recordFixtures.js';

describe('recordToCsl', () => {
  for (const name of RECORD_FIXTURES) {
    it(`cites the ${name} record by its PID with a title, a creator, a publisher and a BibTeX-safe key`, () => {
      const item = recordToCsl(subjectOf(name));
      assert.equal(item.URL, subjectOf(name).citeAs);
      assert.equal(item.title, subjectOf(name).record.material.name);
      assert.ok(item.author.length > 0);
      assert.equal(item.publisher, 'Software Carpentry');
      assert.match(item['citation-key'], /^faircat_[0-9a-z]+$/);
      assert.equal(item.type, 'document');
    });
  }

  it('splits personal names, keeps organisations whole and keeps the bare DOI', () => {
    const item = recordToCsl(subjectOf('full'));
    assert.deepEqual(item.author, [{ family: 'Carberry', given: 'Josiah' }, { family: 'Example', given: 'Ada' }, { literal: 'The Carpentries' }]);
    assert.equal(item.DOI, '10.5281/zenodo.7886938');
    assert.equal(item.version, '2023.05');
    assert.deepEqual(item.issued, { 'date-parts': [[2023, 5, 2]] });
  });

  it('credits the provider when a material names no author', () => {
    assert.deepEqual(recordToCsl(subjectOf('minimal')).author, [{ literal: 'Software Carpentry' }]);
  });

  it('names the cited version in the key, the note and the URL', () => {
    const item = recordToCsl(subjectOf('full', 3));
    assert.match(item['citation-key'], /_v3$/);
    assert.match(item.note, /version 3 of 2025-03-04/);
    assert.match(item.URL, /\/versions\/3$/);
  });
});

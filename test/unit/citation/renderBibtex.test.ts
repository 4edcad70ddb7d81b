import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Cite } from '@citation-js/core';
import { renderBibtex } from '../../../src/citation/renderBibtex.js';
import { RECORD_FIXTURES, subjectOf } from '../../helpers/recordFixtures.js';

describe('renderBibtex', () => {
  for (const name of RECORD_FIXTURES) {
    it(`writes one BibTeX entry for the ${name} record that Citation.js reads back with its title, authors and PID`, async () => {
      const subject = subjectOf(name);
      const [entry] = (await Cite.async(renderBibtex(subject), { forceType: '@bibtex/text' })).data;
      assert.ok(entry);
      assert.equal(entry.title, subject.record.material.name);
      assert.equal(entry.URL, subject.citeAs);
      assert.equal((entry.author as unknown[]).length, Math.max(1, subject.record.material.authors.length));
      assert.equal(entry.id, `faircat_${subject.record.id}`);
    });
  }

  it('keeps the DOI and escapes TeX specials in titles', async () => {
    const subject = subjectOf('full');
    subject.record.material.name = 'Shell & Git: 100% {fun}_#1';
    const text = renderBibtex(subject);
    assert.match(text, /doi = \{10\.5281\/zenodo\.7886938\}/);
    const [entry] = (await Cite.async(text, { forceType: '@bibtex/text' })).data;
    assert.equal(entry?.title, 'Shell & Git: 100% {fun}_#1');
  });
});

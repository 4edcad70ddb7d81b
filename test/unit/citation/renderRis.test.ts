import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Cite } from '@citation-js/core';
import { renderRis } from '../../../src/citation/renderRis.js';
import { RECORD_FIXTURES, subjectOf } from '../../helpers/recordFixtures.js';

describe('renderRis', () => {
  for (const name of RECORD_FIXTURES) {
    it(`writes one RIS reference for the ${name} record that Citation.js reads back with its title and PID`, async () => {
      const subject = subjectOf(name);
      const text = renderRis(subject);
      assert.match(text, /^TY {2}- GEN$/m);
      assert.match(text, /^ER {2}- ?$/m);
      const [entry] = (await Cite.async(text, { forceType: '@ris/file' })).data;
      assert.equal(entry?.title, subject.record.material.name);
      assert.equal(entry?.URL, subject.citeAs);
    });
  }

  it('cites a version by its version IRI', () => {
    assert.match(renderRis(subjectOf('full', 2)), /^UR {2}- https:\/\/w3id\.org\/faircat-test\/materials\/m3x7k2q9\/versions\/2$/m);
  });
});

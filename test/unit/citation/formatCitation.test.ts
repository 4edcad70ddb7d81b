import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatCitation } from '../../../src/citation/formatCitation.js';
import { RECORD_FIXTURES, subjectOf } from '../../helpers/recordFixtures.js';

describe('formatCitation', () => {
  for (const name of RECORD_FIXTURES) {
    it(`formats a citation of the ${name} record that names its title, year and PID`, () => {
      const subject = subjectOf(name);
      const text = formatCitation(subject);
      assert.ok(text.includes(subject.record.material.name), text);
      assert.ok(text.includes(subject.citeAs), text);
      assert.match(text, /\(\d{4}\)/);
    });
  }

  it('cites the version IRI when a version is cited', () => {
    assert.match(formatCitation(subjectOf('full', 2)), /materials\/m3x7k2q9\/versions\/2/);
  });
});

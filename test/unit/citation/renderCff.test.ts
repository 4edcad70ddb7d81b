import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { recordToCff } from '../../../src/citation/recordToCff.js';
import { renderCff } from '../../../src/citation/renderCff.js';
import { subjectOf } from '../../helpers/recordFixtures.js';

describe('renderCff', () => {
  it('writes YAML that reads back as the CFF document, with a comment naming the record', () => {
    const text = renderCff(subjectOf('full'));
    assert.match(text, /^# .*https:\/\/w3id\.org\/faircat-test\/materials\/m3x7k2q9\n/);
    assert.deepEqual(parse(text), recordToCff(subjectOf('full')));
  });

  it('keeps version strings that look like numbers as strings', () => {
    const subject = subjectOf('full');
    subject.record.material.version = '2023.10';
    assert.equal((parse(renderCff(subject)) as { version: unknown }).version, '2023.10');
  });
});

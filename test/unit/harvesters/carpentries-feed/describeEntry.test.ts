import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEntry } from '../../../../harvesters/carpentries-feed/describeEntry.js';

describe('describeEntry', () => {
  for (const [facts, expected] of [
    [{ title: 'SQL for Business', organisation: 'The Carpentries Incubator', lifeCycle: 'alpha', language: 'English' },
      'SQL for Business. A lesson of The Carpentries Incubator (life cycle: alpha), taught in English.'],
    [{ title: 'One-day Snakemake workshop.', organisation: 'The Carpentries Incubator', lifeCycle: 'alpha' },
      'One-day Snakemake workshop. A lesson of The Carpentries Incubator (life cycle: alpha).'],
    [{ title: 'Why?', language: 'Spanish' }, 'Why? A lesson, taught in Spanish.'],
    [{ title: 'Metagenomica' }, 'Metagenomica. A lesson.'],
  ] as const) {
    it(`describes ${JSON.stringify(facts)} as ${JSON.stringify(expected)}`, () => assert.equal(describeEntry(facts), expected));
  }
});

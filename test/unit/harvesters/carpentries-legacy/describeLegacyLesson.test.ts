import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeLegacyLesson } from '../../../../harvesters/carpentries-legacy/describeLegacyLesson.js';
import { carpentryOf } from '../../../../harvesters/lesson-text/carpentryOf.js';

describe('describeLegacyLesson', () => {
  it('names the programme and lists the questions, adding a question mark where one is missing', () => {
    assert.equal(
      describeLegacyLesson('HPC Intro', carpentryOf('incubator'), ['Why use a cluster?', 'What is a scheduler']),
      'HPC Intro: a lesson from The Carpentries Incubator. Questions it covers: Why use a cluster? What is a scheduler?',
    );
  });

  it('says only what it knows when there is no known programme and no question', () => {
    assert.equal(describeLegacyLesson('HPC Intro', undefined, []), 'HPC Intro: a lesson built with The Carpentries lesson template.');
    assert.equal(describeLegacyLesson('HPC Intro', carpentryOf('hpc'), []), 'HPC Intro: a lesson built with The Carpentries lesson template.');
  });

  it('stays within 2,000 characters', () => {
    assert.ok(describeLegacyLesson('T', carpentryOf('swc'), Array.from({ length: 500 }, (_, i) => `Question number ${i}?`)).length <= 2_000);
  });
});

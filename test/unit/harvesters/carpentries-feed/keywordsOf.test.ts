import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSubjectTag, keywordsOf } from '../../../../harvesters/carpentries-feed/keywordsOf.js';

describe('isSubjectTag', () => {
  for (const tag of ['lesson', 'Lessons', 'education', 'english', 'Español', 'pre-alpha', 'alpha', 'STABLE', 'carpentries',
    'carpentries-incubator', 'carpentrieslab', 'hpc-carpentry', 'hpc-carpentry-incubator', 'data-carpentry', 'carpentryconnect', '']) {
    it(`does not take ${JSON.stringify(tag)} for a subject`, () => assert.equal(isSubjectTag(tag), false));
  }
  for (const tag of ['python', 'HPC', 'tei', 'gap', 'r', 'digital-humanities', 'data-science', 'instructor-training']) {
    it(`takes ${JSON.stringify(tag)} for a subject`, () => assert.equal(isSubjectTag(tag), true));
  }
  it('does not take the entry’s own organisation key for a subject', () => {
    assert.equal(isSubjectTag('epcced', 'epcced'), false);
    assert.equal(isSubjectTag('epcced'), true);
  });
});

describe('keywordsOf', () => {
  it('keeps subjects in order, spelled as first given, without case-insensitive duplicates', () => {
    assert.deepEqual(keywordsOf(['Python', 'english', 'git', ' python ', 'GIT', 'lesson', 'shell']), ['Python', 'git', 'shell']);
  });
});

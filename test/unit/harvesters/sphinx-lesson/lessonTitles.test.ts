import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonTitles } from '../../../../harvesters/sphinx-lesson/lessonTitles.js';
import type { LessonSources } from '../../../../harvesters/sphinx-lesson/LessonSources.js';

const none: LessonSources = { episodes: new Map(), warnings: [] };

describe('lessonTitles', () => {
  it('names the lesson by the CFF title and keeps the Sphinx project and index heading as alternates', () => {
    const sources: LessonSources = {
      ...none,
      cff: { title: 'Introduction to version control', warnings: [] },
      bioschemas: { title: 'Introduction to version control', warnings: [] },
      facts: { project: 'Introduction to version control with Git', htmlTitle: 'Introduction to version control with Git' },
      index: { title: 'Intro', teaches: [], prerequisites: [], audience: [], toctrees: [] },
    };
    assert.deepEqual(lessonTitles(sources), { name: 'Introduction to version control', alternateNames: ['Introduction to version control with Git', 'Intro'] });
  });

  it('falls back to bioschemas, then to the Sphinx project', () => {
    assert.equal(lessonTitles({ ...none, bioschemas: { title: 'B', warnings: [] }, facts: { project: 'P' } }).name, 'B');
    assert.equal(lessonTitles({ ...none, facts: { project: 'P' } }).name, 'P');
  });

  it('treats titles that differ only in case as one', () => {
    assert.deepEqual(lessonTitles({ ...none, facts: { project: 'GPU programming', htmlTitle: 'GPU Programming' } }).alternateNames, []);
  });

  it('skips placeholder titles and gives no name when nothing is left', () => {
    assert.deepEqual(lessonTitles({ ...none, cff: { title: 'Lesson Title', warnings: [] } }), { alternateNames: [] });
  });
});

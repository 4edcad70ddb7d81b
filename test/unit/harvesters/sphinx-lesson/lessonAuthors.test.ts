import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonAuthors } from '../../../../harvesters/sphinx-lesson/lessonAuthors.js';
import type { LessonSources } from '../../../../harvesters/sphinx-lesson/LessonSources.js';

const none: LessonSources = { episodes: new Map(), warnings: [] };

describe('lessonAuthors', () => {
  it('takes the CFF authors and reports the names another surface adds', () => {
    const sources: LessonSources = {
      ...none,
      cff: { authors: [{ type: 'Person', name: 'Radovan Bast' }], warnings: [] },
      bioschemas: { authors: [{ type: 'Person', name: 'Radovan Bast' }, { type: 'Person', name: 'Heli Juottonen' }], warnings: [] },
    };
    const { authors, warnings } = lessonAuthors(sources);
    assert.deepEqual(authors, [{ type: 'Person', name: 'Radovan Bast' }]);
    assert.deepEqual(warnings, ['bioschemas.yml lists 1 author(s) that CITATION.cff does not: Heli Juottonen']);
  });

  it('falls back to the Sphinx author as an organisation', () => {
    assert.deepEqual(lessonAuthors({ ...none, facts: { author: 'CodeRefinery contributors' } }).authors, [{ type: 'Organization', name: 'CodeRefinery contributors' }]);
  });

  it('drops a Sphinx author that names nobody, with a warning', () => {
    const { authors, warnings } = lessonAuthors({ ...none, facts: { author: 'The contributors' } });
    assert.deepEqual(authors, []);
    assert.equal(warnings.length, 1);
  });
});

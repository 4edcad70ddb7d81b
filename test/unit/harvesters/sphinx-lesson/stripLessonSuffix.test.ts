import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stripLessonSuffix } from '../../../../harvesters/sphinx-lesson/stripLessonSuffix.js';

describe('stripLessonSuffix', () => {
  const table: [string, string][] = [
    ['Introduction to version control - CodeRefinery lesson', 'Introduction to version control'],
    ['How to document your research software – CodeRefinery Lesson', 'How to document your research software'],
    ['Git - the simple guide', 'Git - the simple guide'],
    [' - CodeRefinery lesson', ' - CodeRefinery lesson'],
  ];
  for (const [title, expected] of table) {
    it(`reads ${JSON.stringify(title)} as ${JSON.stringify(expected)}`, () => assert.equal(stripLessonSuffix(title), expected));
  }
});

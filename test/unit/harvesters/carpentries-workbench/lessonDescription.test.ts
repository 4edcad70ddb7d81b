import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonDescription } from '../../../../harvesters/carpentries-workbench/lessonDescription.js';

describe('lessonDescription', () => {
  it('takes the first candidate that is real prose, as plain text', () => {
    const warnings: string[] = [];
    const description = lessonDescription([{ where: 'index.md' }, { value: 'A lesson about **automation**.', where: 'config.yaml' }], 'L', 'Software Carpentry', warnings);
    assert.equal(description, 'A lesson about automation.');
    assert.deepEqual(warnings, []);
  });

  it('passes over placeholders and the sandpaper boilerplate with a warning each, then generates one', () => {
    const warnings: string[] = [];
    const description = lessonDescription([
      { value: 'FIXME: describe the lesson', where: 'config.yaml description' },
      { value: 'A Carpentries Lesson teaching foundational data and coding skills to researchers worldwide', where: 'index.html JSON-LD description' },
    ], 'The Unix Shell', 'Software Carpentry', warnings);
    assert.equal(description, 'The Unix Shell: a lesson by Software Carpentry');
    assert.equal(warnings.length, 3, warnings.join('\n'));
  });
});

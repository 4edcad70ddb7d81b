import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonKeywords } from '../../../../harvesters/carpentries-workbench/lessonKeywords.js';

describe('lessonKeywords', () => {
  const cases: [string, unknown, string[], boolean][] = [
    ['the template default as a whole', 'software, data, lesson, The Carpentries', [], true],
    ['the template default as a list', ['software', 'data', 'lesson', 'The Carpentries'], [], true],
    ['the template default with a real keyword added', 'software, data, lesson, The Carpentries, unix', ['unix'], true],
    ['a real list with one template word', 'data, python', ['data', 'python'], false],
    ['a flow mapping written for a list', { shell: null, bash: null }, ['shell', 'bash'], false],
    ['YAML ~', null, [], false],
    ['a placeholder', 'FIXME', [], true],
  ];
  for (const [name, value, expected, warns] of cases) {
    it(`reads ${name}`, () => {
      const warnings: string[] = [];
      assert.deepEqual(lessonKeywords(value, 'config.yaml keywords', warnings), expected);
      assert.equal(warnings.length > 0, warns, warnings.join('\n'));
    });
  }
});

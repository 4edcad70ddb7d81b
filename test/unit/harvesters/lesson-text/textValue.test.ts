import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { textValue } from '../../../../harvesters/lesson-text/textValue.js';

describe('textValue', () => {
  const table: [string, unknown, string | undefined, number][] = [
    ['a string, cleaned', '  Intro \u200Bto  Git ', 'Intro to Git', 0],
    ['a number, as written', 2024, '2024', 0],
    ['an empty string, silently', '', undefined, 0],
    ['null (YAML ~), silently', null, undefined, 0],
    ['a list, with a warning', ['a'], undefined, 1],
    ['a YAML flow mapping {A, B}, with a warning', { A: null, B: null }, undefined, 1],
    ['a placeholder, with a warning', 'FIXME: describe how to cite this lesson.', undefined, 1],
    ['true, with a warning', true, undefined, 1],
  ];
  for (const [what, value, expected, warningCount] of table) {
    it(`reads ${what}`, () => {
      const warnings: string[] = [];
      assert.equal(textValue(value, 'f: x', warnings, { singleLine: true }), expected);
      assert.equal(warnings.length, warningCount, warnings.join('\n'));
      assert.ok(warnings.every((warning) => warning.startsWith('f: x: ')));
    });
  }

  it('truncates over-long text quickly, with a warning', () => {
    const warnings: string[] = [];
    const started = Date.now();
    const text = textValue('word '.repeat(2_000_000), 'f', warnings, { maxLength: 500 });
    assert.ok(Date.now() - started < 1000);
    assert.ok((text?.length ?? 0) <= 500 && text?.endsWith('…'));
    assert.equal(warnings.length, 1);
  });
});

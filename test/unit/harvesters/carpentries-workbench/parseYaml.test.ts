import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../../harvesters/carpentries-workbench/parseYaml.js';
import { ItemError } from '../../../../src/model/ItemError.js';

describe('parseYaml', () => {
  it('keeps unquoted dates as strings (YAML 1.2 core schema)', () => {
    assert.deepEqual(parseYaml('created: 2014-10-22\nversion: 2025.01.21\nnothing: ~\ntags: {A, B}', 'c.yaml'), {
      created: '2014-10-22', version: '2025.01.21', nothing: null, tags: { A: null, B: null },
    });
  });

  const broken: [string, string, number][] = [
    ['an unclosed flow sequence', 'a: 1\nb: [1, 2\nc: 3\n', 3],
    ['an unclosed quote, at the end of input where the parser notices it', "title: 'The Unix Shell\n", 2],
    ['a duplicate key', 'title: a\ntitle: b\n', 2],
    ['a tab indentation', 'a:\n\t- b\n', 2],
  ];
  for (const [name, text, line] of broken) {
    it(`throws an ItemError with the line for ${name}`, () => {
      assert.throws(() => parseYaml(text, 'lesson/config.yaml'), (error: unknown) =>
        error instanceof ItemError && error.location === 'lesson/config.yaml' && error.line === line && !/at line/.test(error.message));
    });
  }

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n');
    assert.throws(() => parseYaml(bomb, 'c.yaml'), ItemError);
  });
});

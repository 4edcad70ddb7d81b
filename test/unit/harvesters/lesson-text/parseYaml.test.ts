import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../../harvesters/lesson-text/parseYaml.js';
import { MAX_SOURCE_FILE_SIZE } from '../../../../harvesters/lesson-text/sourceFileSize.js';
import { ItemError } from '../../../../src/model/ItemError.js';

describe('parseYaml', () => {
  it('keeps unquoted dates and numbers as written (YAML 1.2 core schema)', () => {
    assert.deepEqual(parseYaml('created: 2014-10-22\ndate-released: 2025-03-19\nversion: 1.10\nother: 2025.01.21\ncount: 0x1F\nteaching: 5\n', 'x.yml'), {
      created: '2014-10-22', 'date-released': '2025-03-19', version: '1.10', other: '2025.01.21', count: '0x1F', teaching: '5',
    });
  });

  it('reads ~ as null and {A, B} as a mapping', () => {
    assert.deepEqual(parseYaml('created: ~\ntags: {Git, Shell}\n', 'x.yml'), { created: null, tags: { Git: null, Shell: null } });
  });

  it('reads JSON, which is YAML', () => {
    assert.deepEqual(parseYaml('{"name": "L", "n": [1]}', 'x.json'), { name: 'L', n: ['1'] });
  });

  const broken: [string, string, number][] = [
    ['an unclosed flow sequence', 'a: 1\nb: [1, 2\nc: 3\n', 3],
    ['an unclosed quote, at the end of input where the parser notices it', "title: 'The Unix Shell\n", 2],
    ['a duplicate key', 'title: a\ntitle: b\n', 2],
    ['a tab indentation', 'a:\n\t- b\n', 2],
  ];
  for (const [name, text, line] of broken) {
    it(`throws an ItemError with the line, and without the parser's own position, for ${name}`, () => {
      assert.throws(() => parseYaml(text, 'lesson/config.yaml'), (error: unknown) =>
        error instanceof ItemError && error.location === 'lesson/config.yaml' && error.line === line && !/at line/.test(error.message));
    });
  }

  it('throws an ItemError for an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => {
      const prev = i === 0 ? 'a' : `l${i - 1}`;
      return `l${i}: &l${i} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
    })].join('\n');
    assert.throws(() => parseYaml(bomb, 'bomb.yml'), ItemError);
  });

  it('refuses a text over the size limit at once, naming its size', () => {
    const huge = `title: '${'x'.repeat(MAX_SOURCE_FILE_SIZE)}'`;
    const started = performance.now();
    assert.throws(() => parseYaml(huge, 'lesson/config.yaml'), (error: unknown) =>
      error instanceof ItemError && error.location === 'lesson/config.yaml' && /2,097,161 bytes, larger than the 2 MiB limit/.test(error.message));
    assert.ok(performance.now() - started < 1_000);
  });
});

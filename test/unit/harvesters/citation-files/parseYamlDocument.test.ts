import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlDocument } from '../../../../harvesters/citation-files/parseYamlDocument.js';
import { ItemError } from '../../../../src/model/ItemError.js';

describe('parseYamlDocument', () => {
  it('keeps unquoted dates and numbers as written', () => {
    assert.deepEqual(parseYamlDocument('date-released: 2025-03-19\nversion: 1.10\nother: 2025.01.21\ncount: 0x1F\n', 'x.yml'), {
      'date-released': '2025-03-19', version: '1.10', other: '2025.01.21', count: '0x1F',
    });
  });

  it('reads ~ as null and {A, B} as a mapping', () => {
    assert.deepEqual(parseYamlDocument('created: ~\ntags: {Git, Shell}\n', 'x.yml'), { created: null, tags: { Git: null, Shell: null } });
  });

  it('reads JSON, which is YAML', () => {
    assert.deepEqual(parseYamlDocument('{"name": "L", "n": [1]}', 'x.json'), { name: 'L', n: ['1'] });
  });

  it('throws an ItemError with the line of a syntax error', () => {
    assert.throws(() => parseYamlDocument('a: 1\nb: "open\n', 'x.yml'), (error: unknown) => error instanceof ItemError && error.line !== undefined && error.location === 'x.yml');
  });

  it('throws an ItemError for an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => {
      const prev = i === 0 ? 'a' : `l${i - 1}`;
      return `l${i}: &l${i} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
    })].join('\n');
    assert.throws(() => parseYamlDocument(bomb, 'bomb.yml'), ItemError);
  });
});

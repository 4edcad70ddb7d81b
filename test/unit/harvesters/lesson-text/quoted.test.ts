import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quoted } from '../../../../harvesters/lesson-text/quoted.js';

describe('quoted', () => {
  it('quotes short values on one line', () => assert.equal(quoted('a\n b'), '"a b"'));
  it('cuts long values', () => assert.equal(quoted('x'.repeat(1_000), 10), `"${'x'.repeat(9)}…"`));
  it('quotes non-strings', () => assert.equal(quoted(42), '"42"'));
  it('never splits a surrogate pair', () => assert.equal(quoted('😀'.repeat(10), 4), '"😀…"'));
  it('quotes a 10 MB value in no time', () => {
    const started = performance.now();
    assert.equal(quoted('word '.repeat(2_000_000)).length, 82);
    assert.ok(performance.now() - started < 500);
  });
});

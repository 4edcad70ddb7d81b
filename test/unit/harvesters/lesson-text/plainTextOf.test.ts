import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { plainTextOf } from '../../../../harvesters/lesson-text/plainTextOf.js';

describe('plainTextOf', () => {
  it('strips inline Markdown and cleans whitespace', () => {
    assert.equal(plainTextOf('  Use   `grep`\n to **find** ', { maxLength: 100, singleLine: true }), 'Use grep to find');
  });

  it('cuts a long text at a word boundary with an ellipsis', () => {
    assert.equal(plainTextOf('alpha beta gamma delta', { maxLength: 12 }), 'alpha beta…');
  });

  it('bounds the work on a huge text and still marks the cut', () => {
    const started = performance.now();
    const text = plainTextOf(`${'[x](https://example.org/very/long/path) '.repeat(250_000)}`, { maxLength: 100 });
    assert.ok(text.length <= 100);
    assert.ok(text.endsWith('…'));
    assert.ok(performance.now() - started < 2_000);
  });
});

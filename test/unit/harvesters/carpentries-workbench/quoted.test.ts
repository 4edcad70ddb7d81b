import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quoted } from '../../../../harvesters/carpentries-workbench/quoted.js';

describe('quoted', () => {
  it('quotes short values on one line', () => assert.equal(quoted('a\n b'), '"a b"'));
  it('cuts long values', () => assert.equal(quoted('x'.repeat(1_000), 10), `"${'x'.repeat(9)}…"`));
  it('quotes non-strings', () => assert.equal(quoted(42), '"42"'));
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quote } from '../../../../harvesters/carpentries-feed/quote.js';

describe('quote', () => {
  it('quotes a short value as JSON', () => assert.equal(quote('a "b"'), '"a \\"b\\""'));
  it('cuts a long value to an excerpt', () => assert.equal(quote('x'.repeat(1_000), 3), '"xxx…"'));
});

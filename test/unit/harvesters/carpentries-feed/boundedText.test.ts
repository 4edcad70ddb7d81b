import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { boundedText } from '../../../../harvesters/carpentries-feed/boundedText.js';

describe('boundedText', () => {
  it('keeps a value that fits', () => assert.deepEqual(boundedText('shell', 5), { text: 'shell', cut: false }));
  it('cuts a value that does not fit', () => assert.deepEqual(boundedText('shell-extras', 5), { text: 'shell', cut: true }));
  it('never leaves half a surrogate pair', () => assert.deepEqual(boundedText('ab\u{1F41A}', 3), { text: 'ab', cut: true }));
});

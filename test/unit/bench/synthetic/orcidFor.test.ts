import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { orcidFor } from '../../../../bench/synthetic/orcidFor.js';
import { normaliseOrcid } from '../../../../src/normalise/normaliseOrcid.js';

describe('orcidFor', () => {
  for (const n of [0, 1, 42, 19_999, 9_999_999]) {
    it(`gives person ${n} an ORCID iD with a valid check character`, () => {
      const orcid = orcidFor(n);
      assert.match(orcid, /^0000-0002-\d{4}-\d{3}[\dX]$/);
      assert.equal(normaliseOrcid(orcid), `https://orcid.org/${orcid}`);
    });
  }

  it('gives different people different iDs', () => {
    assert.equal(new Set(Array.from({ length: 1000 }, (_v, n) => orcidFor(n))).size, 1000);
  });

  it('refuses person numbers that do not fit the block', () => {
    assert.throws(() => orcidFor(10_000_000), RangeError);
    assert.throws(() => orcidFor(-1), RangeError);
  });
});

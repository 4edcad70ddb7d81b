import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doiCandidates } from '../../../src/normalise/doiCandidates.js';

const cases: [string, string[]][] = [
  ['doi:10.5281/zenodo.1 and doi:10.5281/zenodo.1', ['10.5281/zenodo.1', '10.5281/zenodo.1']],
  ['See 10.1000/182.', ['10.1000/182']],
  ['(10.1000/182)', ['10.1000/182']],
  ['https://dl.acm.org/doi/abs/10.1145/3357223.3362719?x=1', ['10.1145/3357223.3362719']],
  ['https://journals.example.org/article?doi=10.1371/journal.pcbi.1004668', ['10.1371/journal.pcbi.1004668']],
  ['https://example.org/files/10.1234/abc', []],
  ['10.1234/xxxx', []],
];

describe('doiCandidates', () => {
  for (const [text, expected] of cases) {
    it(`lists ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(doiCandidates(text), expected);
    });
  }
});

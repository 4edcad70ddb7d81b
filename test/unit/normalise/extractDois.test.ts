import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractDois } from '../../../src/normalise/extractDois.js';
import { IDENTIFIER_BASES } from '../../../src/vocab/PROFILES.js';

/** [text, bare DOIs expected in order] */
const cases: [string, string[]][] = [
  ['Zenodo. http://doi.org/10.5281/zenodo.3266823', ['10.5281/zenodo.3266823']],
  [
    'Concept doi:10.5281/zenodo.8280234, version https://doi.org/10.5281/ZENODO.8280234 and [paper](https://doi.org/10.1016/j.cels.2018.05.012).',
    ['10.5281/zenodo.8280234', '10.1016/j.cels.2018.05.012'],
  ],
  ['# doi: 10.1234/zenodo.xxxxx\ndoi: 10.5281/zenodo.16925023', ['10.5281/zenodo.16925023']],
  ['[![DOI](https://zenodo.org/badge/DOI/10.5281/zenodo.3266823.svg)](https://doi.org/10.5281/zenodo.3266823)', ['10.5281/zenodo.3266823']],
  ['FIXME: describe how to cite this lesson.', []],
  ['', []],
];

describe('extractDois', () => {
  for (const [text, expected] of cases) {
    it(`finds ${expected.length === 0 ? 'no DOI' : expected.join(' and ')} in ${JSON.stringify(text.slice(0, 50))}`, () => {
      assert.deepEqual(extractDois(text), expected.map((doi) => IDENTIFIER_BASES.doi + doi));
    });
  }
});

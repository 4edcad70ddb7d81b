import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDoi } from '../../../src/normalise/normaliseDoi.js';
import { IDENTIFIER_BASES } from '../../../src/vocab/PROFILES.js';

/** The shell-novice CITATION file, verbatim (corpus carpentries-workbench/shell-novice/CITATION). */
const SHELL_NOVICE_CITATION = `Please cite as:

Gabriel A. Devenyi (Ed.), Gerard Capes (Ed.), Colin Morris (Ed.), Will Pitchers (Ed.),
Greg Wilson, Gerard Capes, Gabriel A. Devenyi, Christina Koch, Raniere Silva, Ashwin Srinath, … Vikram Chhatre.
(2019, July). swcarpentry/shell-novice: Software Carpentry: the UNIX shell, June 2019 (Version v2019.06.1).
Zenodo. http://doi.org/10.5281/zenodo.3266823
`;

/** [input, bare DOI or undefined, where the spelling comes from] */
const cases: [string, string | undefined, string][] = [
  ['10.5281/zenodo.3266823', '10.5281/zenodo.3266823', 'bare DOI'],
  ['10.5281/zenodo.8280234', '10.5281/zenodo.8280234', 'CodeRefinery documentation metadata.yml doi'],
  ['https://doi.org/10.5281/zenodo.16925023', '10.5281/zenodo.16925023', 'git-intro bioschemas.yml identifier'],
  ['doi:10.5281/zenodo.16925023', '10.5281/zenodo.16925023', 'corpus README attribution'],
  ['DOI: 10.5281/zenodo.16925023', '10.5281/zenodo.16925023', 'label with a space'],
  ['http://doi.org/10.5281/zenodo.3266823', '10.5281/zenodo.3266823', 'old resolver form in CITATION'],
  ['https://dx.doi.org/10.5281/zenodo.3266823', '10.5281/zenodo.3266823', 'dx resolver'],
  [SHELL_NOVICE_CITATION, '10.5281/zenodo.3266823', 'the whole shell-novice CITATION file'],
  ['https://doi.org/10.1016/j.cels.2018.05.012', '10.1016/j.cels.2018.05.012', 'Galaxy 101 citation url'],
  ['https://doi.org/10.1016/J.CELS.2018.05.012', '10.1016/j.cels.2018.05.012', 'upper case'],
  ['(doi:10.1016/S0140-6736(20)30183-5).', '10.1016/s0140-6736(20)30183-5', 'parentheses inside and around'],
  ['https://zenodo.org/badge/DOI/10.5281/zenodo.3266823.svg', '10.5281/zenodo.3266823', 'Zenodo badge image'],
  ['https://zenodo.org/doi/10.5281/zenodo.8280234', '10.5281/zenodo.8280234', 'Zenodo concept DOI link'],
  ['https://doi.org/10.1000%2F182', '10.1000/182', 'encoded slash'],
  ['10.1234/zenodo.xxxxx', undefined, 'placeholder DOI in the hold-out'],
  ['10.5281/zenodo.', undefined, 'Zenodo DOI without a record number'],
  ['10.12/abc', undefined, 'registrant code too short'],
  ['11.5281/zenodo.3266823', undefined, 'not the 10. directory'],
  ['https://github.com/owner/10.1234/abc', undefined, 'DOI-like path in a URL that is not about DOIs'],
  ['FIXME: describe how to cite this lesson.', undefined, 'hpc-intro CITATION'],
  ['', undefined, 'empty'],
];

describe('normaliseDoi', () => {
  for (const [input, expected, origin] of cases) {
    const outcome = expected === undefined ? 'rejects' : `maps to https://doi.org/${expected}`;
    it(`${outcome} for ${JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input)} (${origin})`, () => {
      assert.equal(normaliseDoi(input), expected === undefined ? undefined : IDENTIFIER_BASES.doi + expected);
    });
  }
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonDois } from '../../../../harvesters/carpentries-workbench/lessonDois.js';
import type { DoiSources, LessonDois } from '../../../../harvesters/carpentries-workbench/lessonDois.js';

const SHELL_NOVICE_CITATION = 'Please cite as:\n\n… (2019, July). swcarpentry/shell-novice: Software Carpentry: the UNIX shell, June 2019 (Version v2019.06.1).\nZenodo. http://doi.org/10.5281/zenodo.3266823\n';

describe('lessonDois', () => {
  const cases: [string, Partial<DoiSources>, LessonDois][] = [
    ['the release DOI of a free-text CITATION as an identifier only', { citation: SHELL_NOVICE_CITATION },
      { identifiers: ['https://doi.org/10.5281/zenodo.3266823'] }],
    ['the CFF doi as the lesson DOI', { cff: { doi: '10.5281/zenodo.1', identifierDois: ['10.5281/zenodo.2'], authors: [], warnings: [] } },
      { doi: 'https://doi.org/10.5281/zenodo.1', identifiers: ['https://doi.org/10.5281/zenodo.2'] }],
    ['the first CFF identifier when there is no doi', { cff: { identifierDois: ['10.5281/ZENODO.2'], authors: [], warnings: [] } },
      { doi: 'https://doi.org/10.5281/zenodo.2', identifiers: [] }],
    ['the Zenodo concept DOI, and the deposit DOI as an identifier',
      { zenodo: { conceptDoi: '10.5281/zenodo.1', doi: '10.5281/zenodo.3', creators: [], contributors: [], warnings: [] } },
      { doi: 'https://doi.org/10.5281/zenodo.1', identifiers: ['https://doi.org/10.5281/zenodo.3'] }],
    ['the same DOI from two files once', {
      cff: { doi: '10.5281/zenodo.1', identifierDois: [], authors: [], warnings: [] }, citation: 'doi:10.5281/zenodo.1' },
    { doi: 'https://doi.org/10.5281/zenodo.1', identifiers: [] }],
    ['nothing from the template CITATION', { citation: 'FIXME: describe how to cite this lesson.' }, { identifiers: [] }],
  ];
  for (const [name, sources, expected] of cases) {
    it(`takes ${name}`, () => {
      assert.deepEqual(lessonDois({ citationLocation: 'CITATION', ...sources }, []), expected);
    });
  }

  it('warns about a placeholder DOI', () => {
    const warnings: string[] = [];
    lessonDois({ cff: { doi: '10.1234/zenodo.xxxxx', identifierDois: [], authors: [], warnings: [] }, citationLocation: 'CITATION' }, warnings);
    assert.match(warnings.join('\n'), /placeholder DOI/);
  });
});

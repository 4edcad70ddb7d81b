import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonCitation } from '../../../../harvesters/carpentries-legacy/lessonCitation.js';

const at = (path: string): string => `lesson/${path}`;

describe('lessonCitation', () => {
  it('takes authors from CITATION.cff before AUTHORS, and the DOI from the first file that has one', () => {
    const cff = [
      'cff-version: 1.2.0', 'message: Cite it', 'title: T', 'doi: 10.5281/zenodo.1',
      'authors:', '  - given-names: Jane', '    family-names: Doe', '    orcid: https://orcid.org/0000-0002-1825-0097',
    ].join('\n');
    const result = lessonCitation({ cff, citation: 'See http://doi.org/10.5281/zenodo.2', authors: '- Someone Else\n' }, at, []);
    assert.deepEqual(result.authors.map((agent) => agent.name), ['Jane Doe']);
    assert.equal(result.doi, 'https://doi.org/10.5281/zenodo.1');
    assert.deepEqual(result.identifiers, ['https://doi.org/10.5281/zenodo.2']);
  });

  it('gives nothing but a warning for the template CITATION placeholder', () => {
    const warnings: string[] = [];
    const result = lessonCitation({ citation: 'FIXME: describe how to cite this lesson.\n' }, at, warnings);
    assert.deepEqual(result, { authors: [], contributors: [], identifiers: [] });
    assert.equal(warnings.length, 1);
  });

  it('turns a malformed .zenodo.json into a warning', () => {
    const warnings: string[] = [];
    const result = lessonCitation({ zenodo: '{"creators": [', authors: '- Jane Doe\n' }, at, warnings);
    assert.deepEqual(result.authors.map((agent) => agent.name), ['Jane Doe']);
    assert.ok(warnings.some((w) => w.includes('.zenodo.json')));
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonCitation } from '../../../../harvesters/citation-files/lessonCitation.js';
import type { CitationTexts } from '../../../../harvesters/citation-files/lessonCitation.js';
import { fixture } from './fixtures.js';

const at = (path: string): string => `lesson/${path}`;

const CFF = [
  'cff-version: 1.2.0', 'message: Cite it', 'title: Example Lesson (CFF)', 'version: 2024.01.1', 'date-released: 2024-01-15',
  'doi: 10.5281/zenodo.111', 'identifiers:', '  - type: doi', '    value: 10.5281/zenodo.222', 'license: CC-BY-4.0',
  'authors:', '  - given-names: Jane', '    family-names: Doe', '    orcid: https://orcid.org/0000-0002-1825-0097', '  - name: The Carpentries',
].join('\n');

describe('lessonCitation', () => {
  it('takes authors, DOI, version and release date from CITATION.cff before .zenodo.json and AUTHORS', () => {
    const result = lessonCitation({ cff: CFF, zenodo: JSON.stringify({ creators: [{ name: 'Someone Else' }] }), authors: 'Another Person\n' }, at, []);
    assert.deepEqual(result.authors, [
      { type: 'Person', name: 'Jane Doe', orcid: 'https://orcid.org/0000-0002-1825-0097' },
      { type: 'Organization', name: 'The Carpentries' },
    ]);
    assert.equal(result.doi, 'https://doi.org/10.5281/zenodo.111');
    assert.deepEqual(result.identifiers, ['https://doi.org/10.5281/zenodo.222']);
    assert.equal(result.version, '2024.01.1');
    assert.equal(result.datePublished, '2024-01-15');
    assert.equal(result.license, 'https://spdx.org/licenses/CC-BY-4.0');
    assert.deepEqual(result.titles, ['Example Lesson (CFF)']);
  });

  const dois: [string, CitationTexts, { doi?: string; identifiers: string[] }][] = [
    ['the release DOI of the shell-novice free-text CITATION as an identifier only', { citation: fixture('shell-novice/CITATION') },
      { identifiers: ['https://doi.org/10.5281/zenodo.3266823'] }],
    ['the Zenodo concept DOI as the lesson DOI, and the deposit DOI as an identifier',
      { zenodo: JSON.stringify({ conceptdoi: '10.5281/zenodo.100', doi: '10.5281/zenodo.101' }) },
      { doi: 'https://doi.org/10.5281/zenodo.100', identifiers: ['https://doi.org/10.5281/zenodo.101'] }],
    ['a Zenodo deposit DOI without a concept DOI as an identifier only', { zenodo: JSON.stringify({ doi: '10.5281/zenodo.101' }) },
      { identifiers: ['https://doi.org/10.5281/zenodo.101'] }],
    ['a free-text CITATION DOI as an identifier even when no other file has a DOI', { citation: 'See http://doi.org/10.5281/zenodo.2', authors: '- Someone Else\n' },
      { identifiers: ['https://doi.org/10.5281/zenodo.2'] }],
    ['the same DOI from two files once', { cff: 'cff-version: 1.2.0\ntitle: T\ndoi: 10.5281/zenodo.1\n', citation: 'doi:10.5281/zenodo.1' },
      { doi: 'https://doi.org/10.5281/zenodo.1', identifiers: [] }],
  ];
  for (const [what, texts, expected] of dois) {
    it(`takes ${what}`, () => {
      const { doi, identifiers } = lessonCitation(texts, at, []);
      assert.deepEqual(doi === undefined ? { identifiers } : { doi, identifiers }, expected);
    });
  }

  it('credits the shell-novice .zenodo.json creators, merging "Mike Renfro" into the entry with an ORCID, and its editors as contributors', () => {
    const result = lessonCitation({ zenodo: fixture('shell-novice/.zenodo.json'), authors: fixture('shell-novice/AUTHORS') }, at, []);
    assert.deepEqual(result.authors.filter((agent) => agent.name === 'Mike Renfro'), [
      { type: 'Person', name: 'Mike Renfro', orcid: 'https://orcid.org/0000-0002-2086-5963' },
    ]);
    assert.ok(result.authors.some((agent) => agent.name === 'Eli'), 'the stray quotation mark of “Eli is dropped');
    assert.deepEqual(result.contributors.map((agent) => agent.name), ['Gerard Capes', 'Jacob Deppen', 'bkmgit']);
  });

  it('falls back to AUTHORS lines, with a warning for each line that is not a name', () => {
    const warnings: string[] = [];
    const result = lessonCitation({ authors: 'Jane Doe\nFIXME\n' }, at, warnings);
    assert.deepEqual(result.authors, [{ type: 'Person', name: 'Jane Doe' }]);
    assert.deepEqual(result.contributors, []);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /^lesson\/AUTHORS:2: "FIXME" is not a name/);
  });

  it('gives nothing but a warning for the template CITATION placeholder', () => {
    const warnings: string[] = [];
    const result = lessonCitation({ citation: 'FIXME: describe how to cite this lesson.\n' }, at, warnings);
    assert.deepEqual(result, { authors: [], contributors: [], identifiers: [], titles: [] });
    assert.equal(warnings.length, 1);
  });

  it('drops a placeholder DOI with a warning', () => {
    const warnings: string[] = [];
    const result = lessonCitation({ cff: 'cff-version: 1.2.0\ntitle: T\ndoi: 10.1234/zenodo.xxxxx\n' }, at, warnings);
    assert.equal(result.doi, undefined);
    assert.ok(warnings.some((w) => w.includes('lesson/CITATION.cff') && w.includes('doi')), warnings.join('\n'));
  });

  it('turns a malformed .zenodo.json or CITATION.cff into a warning and reads the other files', () => {
    const warnings: string[] = [];
    const result = lessonCitation({ zenodo: '{"creators": [', cff: 'title: [unclosed\n', authors: '- Jane Doe\n' }, at, warnings);
    assert.deepEqual(result.authors.map((agent) => agent.name), ['Jane Doe']);
    assert.ok(warnings.some((w) => w.startsWith('lesson/.zenodo.json') && w.endsWith('file ignored')));
    assert.ok(warnings.some((w) => w.startsWith('lesson/CITATION.cff') && w.endsWith('file ignored')));
  });
});

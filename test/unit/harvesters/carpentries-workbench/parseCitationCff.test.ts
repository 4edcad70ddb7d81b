import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitationCff } from '../../../../harvesters/carpentries-workbench/parseCitationCff.js';

describe('parseCitationCff', () => {
  it('reads persons, entities, DOIs, version, licence and release date as strings', () => {
    const cff = parseCitationCff([
      'cff-version: 1.2.0',
      'title: "The Unix Shell"',
      'version: 2025-03-19',
      'date-released: 2025-03-19',
      'doi: 10.5281/zenodo.1',
      'license: [CC-BY-4.0, MIT]',
      'identifiers:',
      '  - type: url',
      '    value: https://example.org',
      '  - type: doi',
      '    value: 10.5281/zenodo.2',
      'authors:',
      '  - given-names: Ludwig',
      '    name-particle: van',
      '    family-names: Beethoven',
      '    orcid: 0000-0002-1825-0097',
      '  - name: CodeRefinery',
      '  - alias: bkmgit',
      '  - given-names: Bad',
      '    family-names: Orcid',
      '    orcid: https://orcid.org/0000-0002-1825-0098',
    ].join('\n'), 'CITATION.cff');
    assert.deepEqual(cff, {
      title: 'The Unix Shell',
      doi: '10.5281/zenodo.1',
      version: '2025-03-19',
      license: 'CC-BY-4.0',
      dateReleased: '2025-03-19',
      identifierDois: ['10.5281/zenodo.2'],
      authors: [
        { type: 'Person', name: 'Ludwig van Beethoven', orcid: 'https://orcid.org/0000-0002-1825-0097' },
        { type: 'Organization', name: 'CodeRefinery' },
        { type: 'Person', name: 'bkmgit' },
        { type: 'Person', name: 'Bad Orcid' },
      ],
      warnings: ['CITATION.cff authors[3]: invalid ORCID "https://orcid.org/0000-0002-1825-0098"; dropping the ORCID'],
    });
  });

  it('warns with the line and gives nothing for malformed YAML', () => {
    const cff = parseCitationCff('title: ok\nauthors: [\n', 'CITATION.cff');
    assert.deepEqual(cff.authors, []);
    assert.match(cff.warnings[0] ?? '', /^CITATION\.cff:\d+: malformed YAML/);
  });
});

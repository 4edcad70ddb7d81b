import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseZenodoJson } from '../../../../harvesters/citation-files/parseZenodoJson.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { fixture } from './fixtures.js';

describe('parseZenodoJson', () => {
  describe('on the shell-novice .zenodo.json', () => {
    const info = parseZenodoJson(fixture('shell-novice/.zenodo.json'), 'shell-novice/.zenodo.json');

    it('reads license.id as an SPDX IRI', () => assert.equal(info.license, 'https://spdx.org/licenses/CC-BY-4.0'));

    it('has no title and no DOI, because the file has none', () => {
      assert.equal(info.title, undefined);
      assert.equal(info.doi, undefined);
    });

    it('reads the editors as contributors, with bare ORCIDs as ORCID IRIs', () => {
      assert.deepEqual(info.contributors, [
        { type: 'Person', name: 'Gerard Capes' },
        { type: 'Person', name: 'Jacob Deppen', orcid: 'https://orcid.org/0000-0003-3768-4277' },
        { type: 'Person', name: 'bkmgit' },
      ]);
    });

    it('reads the 108 creators as 107 authors, merging the two "Mike Renfro" entries onto the one with an ORCID', () => {
      assert.equal(info.authors?.length, 107);
      assert.deepEqual(info.authors?.filter((agent) => agent.name === 'Mike Renfro'), [
        { type: 'Person', name: 'Mike Renfro', orcid: 'https://orcid.org/0000-0002-2086-5963' },
      ]);
    });

    it('keeps creators in file order and GitHub handles as names', () => {
      assert.deepEqual(info.authors?.slice(0, 3).map((agent) => agent.name), ['Gerard Capes', 'bkmgit', 'Jacob Deppen']);
    });

    it('drops the stray opening quote of "“Eli"', () => {
      assert.equal(info.authors?.at(-1)?.name, 'Eli');
    });

    it('gives 35 ORCID iDs, all valid IRIs', () => {
      const orcids = info.authors?.flatMap((agent) => (agent.orcid ? [agent.orcid] : [])) ?? [];
      assert.equal(orcids.length, 35);
      assert.ok(orcids.every((orcid) => /^https:\/\/orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(orcid)));
    });

    it('gives no warnings', () => assert.deepEqual(info.warnings, []));
  });

  it('turns "Family, Given" names into "Given Family"', () => {
    const info = parseZenodoJson('{"creators": [{"name": "Bast, Radovan"}, {"name": "van der Burg, Sven"}]}', '.zenodo.json');
    assert.deepEqual(info.authors?.map((agent) => agent.name), ['Radovan Bast', 'Sven van der Burg']);
  });

  it('takes conceptdoi as the DOI and the deposit doi as a further identifier', () => {
    const info = parseZenodoJson('{"conceptdoi": "10.5281/zenodo.100", "doi": "10.5281/zenodo.101"}', '.zenodo.json');
    assert.equal(info.doi, 'https://doi.org/10.5281/zenodo.100');
    assert.deepEqual(info.identifiers, ['https://doi.org/10.5281/zenodo.101']);
  });

  it('reads title, HTML description, keywords, version, date, language and related identifiers', () => {
    const info = parseZenodoJson(
      JSON.stringify({
        title: 'The Unix Shell',
        description: '<p>Learn the <b>shell</b> &amp; more.</p>',
        keywords: ['shell', 'bash, unix'],
        version: 'v2023.05',
        publication_date: '2023-05-01',
        language: 'eng',
        license: 'cc-by-4.0',
        doi: '10.5281/ZENODO.42',
        related_identifiers: [{ identifier: 'https://github.com/swcarpentry/shell-novice/tree/v2023.05', relation: 'isSupplementTo', scheme: 'url' }],
      }),
      '.zenodo.json',
    );
    assert.equal(info.title, 'The Unix Shell');
    assert.equal(info.description, 'Learn the shell & more.');
    assert.deepEqual(info.keywords, ['shell', 'bash', 'unix']);
    assert.equal(info.version, 'v2023.05');
    assert.equal(info.datePublished, '2023-05-01');
    assert.equal(info.inLanguage, 'en');
    assert.equal(info.license, 'https://spdx.org/licenses/CC-BY-4.0');
    assert.equal(info.doi, undefined, 'a deposit DOI names one release, not the lesson');
    assert.deepEqual(info.identifiers, ['https://doi.org/10.5281/zenodo.42']);
    assert.equal(info.repository, 'https://github.com/swcarpentry/shell-novice');
    assert.equal(info.relatedIdentifiers?.[0]?.relation, 'isSupplementTo');
  });

  it('throws an ItemError for truncated JSON', () => {
    assert.throws(() => parseZenodoJson(fixture('shell-novice/.zenodo.json').slice(0, 300), '.zenodo.json'), ItemError);
  });

  it('throws an ItemError for JSON that is not an object', () => {
    assert.throws(() => parseZenodoJson('[1, 2]', '.zenodo.json'), ItemError);
  });

  it('skips malformed creators with warnings and keeps the others', () => {
    const info = parseZenodoJson('{"creators": [{"name": "A B"}, "C D", {"orcid": "0000-0002-1825-0097"}, {"name": null}], "contributors": {"name": "X"}}', '.zenodo.json');
    assert.deepEqual(info.authors, [{ type: 'Person', name: 'A B' }]);
    assert.equal(info.contributors, undefined);
    assert.equal(info.warnings.length, 4, info.warnings.join('\n'));
  });
});

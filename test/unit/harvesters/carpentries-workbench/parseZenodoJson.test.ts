import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseZenodoJson } from '../../../../harvesters/carpentries-workbench/parseZenodoJson.js';
import type { Agent } from '../../../../src/model/Material.js';
import { SHELL_NOVICE } from './lessonFixtures.js';

describe('parseZenodoJson', () => {
  const cases: [string, unknown[], Agent[], RegExp | undefined][] = [
    ['a bare ORCID', [{ name: 'Jacob Deppen', orcid: '0000-0003-3768-4277' }],
      [{ type: 'Person', name: 'Jacob Deppen', orcid: 'https://orcid.org/0000-0003-3768-4277' }], undefined],
    ['an ORCID with an X check character', [{ name: 'Kelly Thorp', orcid: '0000-0001-9168-875X' }],
      [{ type: 'Person', name: 'Kelly Thorp', orcid: 'https://orcid.org/0000-0001-9168-875X' }], undefined],
    ['the GitHub handle bkmgit, kept as the credited name', [{ name: 'bkmgit' }], [{ type: 'Person', name: 'bkmgit' }], undefined],
    ['an ORCID with a wrong checksum, dropped with a warning', [{ name: 'Jane Doe', orcid: '0000-0003-3768-4278' }],
      [{ type: 'Person', name: 'Jane Doe' }], /invalid ORCID "0000-0003-3768-4278" for Jane Doe/],
    ['a stray opening quotation mark', [{ name: '“Eli' }], [{ type: 'Person', name: 'Eli' }], undefined],
    ['an entry without a name', [{ orcid: '0000-0003-3768-4277' }], [], /creators\[0\]: no name/],
    ['a placeholder name', [{ name: 'FIXME' }], [], /placeholder/],
  ];
  for (const [name, creators, expected, warning] of cases) {
    it(`reads ${name}`, () => {
      const result = parseZenodoJson(JSON.stringify({ creators }), '.zenodo.json');
      assert.deepEqual(result.creators, expected);
      if (warning) assert.match(result.warnings.join('\n'), warning);
      else assert.deepEqual(result.warnings, []);
    });
  }

  it('reads the shell-novice creators, editors and licence id', () => {
    const result = parseZenodoJson(readFileSync(join(process.cwd(), SHELL_NOVICE, '.zenodo.json'), 'utf8'), '.zenodo.json');
    assert.equal(result.creators.length, 108);
    assert.equal(result.creators.filter((agent) => agent.orcid).length, 35);
    assert.deepEqual(result.contributors, [
      { type: 'Person', name: 'Gerard Capes' },
      { type: 'Person', name: 'Jacob Deppen', orcid: 'https://orcid.org/0000-0003-3768-4277' },
      { type: 'Person', name: 'bkmgit' },
    ]);
    assert.equal(result.license, 'CC-BY-4.0');
    assert.equal(result.doi, undefined);
    assert.deepEqual(result.warnings, []);
  });

  it('reads the deposit and concept DOIs', () => {
    const result = parseZenodoJson('{"doi": "10.5281/zenodo.2", "conceptdoi": "10.5281/zenodo.1", "title": "T"}', 'z');
    assert.deepEqual([result.doi, result.conceptDoi, result.title], ['10.5281/zenodo.2', '10.5281/zenodo.1', 'T']);
  });

  it('warns and gives nothing for malformed JSON, a non-object or a non-list of creators', () => {
    assert.match(parseZenodoJson('{"creators": [', 'z').warnings[0] ?? '', /not valid JSON/);
    assert.match(parseZenodoJson('[]', 'z').warnings[0] ?? '', /not a JSON object/);
    assert.match(parseZenodoJson('{"creators": {"name": "x"}}', 'z').warnings[0] ?? '', /expected a list/);
  });
});

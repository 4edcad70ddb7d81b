import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { facetValues, normaliseFacetValue, type Facet } from '../../../src/journal/facetValues.js';
import type { CatalogRecord } from '../../../src/model/CatalogRecord.js';
import { emptyMaterial } from '../../../src/model/Material.js';

const record: CatalogRecord = {
  id: 'abc',
  provider: 'hpc-carpentry',
  material: emptyMaterial({
    name: 'Intro', description: 'd', url: 'https://x.test/',
    keywords: ['Shell', 'HPC', 'shell'], teaches: ['Use  SSH'], teachesSkills: ['https://skills.test/ssh'],
    educationalLevel: 'Beginner', inLanguage: 'en-GB', license: 'https://spdx.org/licenses/CC-BY-4.0',
  }),
  provenance: [], version: 1, created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z',
};

describe('facetValues', () => {
  it('indexes every facet of a record, normalised and without duplicates', () => {
    assert.deepEqual(facetValues(record), [
      { facet: 'provider', value: 'hpc-carpentry' },
      { facet: 'keyword', value: 'shell' },
      { facet: 'keyword', value: 'hpc' },
      { facet: 'teaches', value: 'use ssh' },
      { facet: 'teaches', value: 'https://skills.test/ssh' },
      { facet: 'level', value: 'beginner' },
      { facet: 'language', value: 'en-gb' },
      { facet: 'language', value: 'en' },
      { facet: 'license', value: 'https://spdx.org/licenses/CC-BY-4.0' },
    ]);
  });
});

describe('normaliseFacetValue', () => {
  const cases: [Facet, string, string][] = [
    ['keyword', '  Version   Control ', 'version control'],
    ['license', 'CC-BY-4.0', 'https://spdx.org/licenses/CC-BY-4.0'],
    ['license', 'https://spdx.org/licenses/MIT', 'https://spdx.org/licenses/MIT'],
    ['provider', 'https://w3id.org/faircat/providers/enccs', 'enccs'],
    ['provider', 'ENCCS', 'enccs'],
    ['language', 'EN-gb', 'en-gb'],
    ['teaches', 'https://skills.test/Git', 'https://skills.test/Git'],
    ['level', '   ', ''],
  ];
  for (const [facet, raw, expected] of cases) {
    it(`reads ${facet} ${JSON.stringify(raw)} as ${JSON.stringify(expected)}`, () => {
      assert.equal(normaliseFacetValue(facet, raw), expected);
    });
  }
});

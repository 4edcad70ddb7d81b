import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Provenance } from '../../../src/model/CatalogRecord.js';
import { stableHash, stableStringify } from '../../../src/model/stableHash.js';
import { recordHash } from '../../../src/journal/recordHash.js';
import { loadRecord, RECORD_FIXTURES } from '../../helpers/recordFixtures.js';

describe('recordHash', () => {
  for (const name of RECORD_FIXTURES) {
    it(`equals the stable hash of { material, provider, provenance } for the ${name} record fixture`, () => {
      const { material, provider, provenance } = loadRecord(name);
      assert.equal(recordHash(stableStringify(material), provider, provenance), stableHash({ material, provider, provenance }));
    });
  }

  it('changes when the provider or a statement of provenance changes', () => {
    const { material, provider, provenance } = loadRecord('full');
    const json = stableStringify(material);
    const moved: Provenance[] = provenance.map((p) => ({ ...p, location: `${p.location}#moved` }));
    assert.notEqual(recordHash(json, provider, provenance), recordHash(json, `${provider}-other`, provenance));
    assert.notEqual(recordHash(json, provider, provenance), recordHash(json, provider, moved));
  });
});

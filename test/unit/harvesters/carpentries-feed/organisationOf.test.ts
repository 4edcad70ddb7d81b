import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { organisationOf } from '../../../../harvesters/carpentries-feed/organisationOf.js';

describe('organisationOf', () => {
  for (const [what, entry, expected] of [
    ['carpentries_org of The Carpentries feeds', { carpentries_org: 'carpentries-incubator' }, { key: 'carpentries-incubator', name: 'The Carpentries Incubator' }],
    ['hpc_carpentry_org of HPC Carpentry’s feed', { hpc_carpentry_org: 'hpc-carpentry-incubator' }, { key: 'hpc-carpentry-incubator', name: 'HPC Carpentry Incubator' }],
    ['another *_org field of an unknown variant', { repo: 'x', coderefinery_org: 'CodeRefinery' }, { key: 'coderefinery', name: 'coderefinery' }],
    ['a known organisation in another case', { carpentries_org: ' SWCarpentry ' }, { key: 'swcarpentry', name: 'Software Carpentry' }],
    ['carpentrieslab', { carpentries_org: 'carpentrieslab' }, { key: 'carpentrieslab', name: 'The Carpentries Lab' }],
  ] as const) {
    it(`reads ${what}`, () => assert.deepEqual(organisationOf(entry), expected));
  }

  for (const [what, entry] of [
    ['an entry without an org field', { repo: 'x' }],
    ['an org that is not a string', { carpentries_org: ['carpentries-incubator'] }],
    ['an org that is not a key', { carpentries_org: '<script>alert(1)</script>' }],
    ['something that is not an entry', null],
  ] as const) {
    it(`gives no organisation for ${what}`, () => assert.equal(organisationOf(entry), undefined));
  }

  it('names an organisation whose key is also an object property by its key', () => {
    assert.deepEqual(organisationOf({ carpentries_org: 'constructor' }), { key: 'constructor', name: 'constructor' });
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cffAgents } from '../../../../harvesters/citation-files/cffAgents.js';

describe('cffAgents', () => {
  it('reads an entity as an organisation and a person by its name parts', () => {
    const warnings: string[] = [];
    assert.deepEqual(cffAgents([{ name: 'CodeRefinery' }, { 'given-names': 'Bjørn', 'family-names': 'Lindi', 'name-suffix': 'Jr.' }], 'authors', warnings), [
      { type: 'Organization', name: 'CodeRefinery' },
      { type: 'Person', name: 'Bjørn Lindi Jr.' },
    ]);
    assert.deepEqual(warnings, []);
  });

  it('reads a person known only by alias', () => {
    assert.deepEqual(cffAgents([{ alias: 'bkmgit' }], 'authors', []), [{ type: 'Person', name: 'bkmgit' }]);
  });

  it('skips entries without a name and values of the wrong shape, with warnings', () => {
    const warnings: string[] = [];
    assert.deepEqual(cffAgents([{ orcid: 'https://orcid.org/0000-0002-1825-0097' }, 'Jane', null], 'authors', warnings), []);
    assert.equal(warnings.length, 3);
    assert.match(warnings[0] ?? '', /^authors\[0\]: no usable name/);
  });

  it('warns about a mapping where a list belongs', () => {
    const warnings: string[] = [];
    assert.deepEqual(cffAgents({ name: 'X' }, 'authors', warnings), []);
    assert.equal(warnings.length, 1);
  });
});

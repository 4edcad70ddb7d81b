import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cslName } from '../../../src/citation/cslName.js';
import type { Agent } from '../../../src/model/Material.js';

describe('cslName', () => {
  const cases: [Agent, object][] = [
    [{ type: 'Person', name: 'Josiah Carberry' }, { family: 'Carberry', given: 'Josiah' }],
    [{ type: 'Person', name: 'G. A. Devenyi' }, { family: 'Devenyi', given: 'G. A.' }],
    [{ type: 'Person', name: 'Jan van der Berg' }, { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' }],
    [{ type: 'Person', name: 'bkmgit' }, { family: 'bkmgit' }],
    [{ type: 'Organization', name: 'The Carpentries' }, { literal: 'The Carpentries' }],
  ];
  for (const [agent, expected] of cases) {
    it(`reads "${agent.name}" (${agent.type}) as ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(cslName(agent), expected);
    });
  }
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dedupeAgents } from '../../../../harvesters/carpentries-workbench/dedupeAgents.js';
import type { Agent } from '../../../../src/model/Material.js';

const RENFRO = 'https://orcid.org/0000-0002-2086-5963';

describe('dedupeAgents', () => {
  const cases: [string, Agent[], Agent[]][] = [
    ['merges a name listed with and without an ORCID at the first position',
      [{ type: 'Person', name: 'Mike Renfro' }, { type: 'Person', name: 'X' }, { type: 'Person', name: 'Mike Renfro', orcid: RENFRO }],
      [{ type: 'Person', name: 'Mike Renfro', orcid: RENFRO }, { type: 'Person', name: 'X' }]],
    ['merges names that differ only in case and spacing',
      [{ type: 'Person', name: 'Jane  Doe' }, { type: 'Person', name: 'jane doe', url: 'https://github.com/jd' }],
      [{ type: 'Person', name: 'Jane  Doe', url: 'https://github.com/jd' }]],
    ['keeps two people of the same name with different ORCIDs',
      [{ type: 'Person', name: 'A B', orcid: 'https://orcid.org/0000-0002-1825-0097' }, { type: 'Person', name: 'A B', orcid: RENFRO }],
      [{ type: 'Person', name: 'A B', orcid: 'https://orcid.org/0000-0002-1825-0097' }, { type: 'Person', name: 'A B', orcid: RENFRO }]],
    ['merges one ORCID under two spellings', [{ type: 'Person', name: 'G. A. Devenyi', orcid: RENFRO }, { type: 'Person', name: 'Gabriel A. Devenyi', orcid: RENFRO }],
      [{ type: 'Person', name: 'G. A. Devenyi', orcid: RENFRO }]],
  ];
  for (const [name, agents, expected] of cases) {
    it(name, () => assert.deepEqual(dedupeAgents(agents), expected));
  }

  it('does not change its input', () => {
    const agents: Agent[] = [{ type: 'Person', name: 'A' }, { type: 'Person', name: 'A', orcid: RENFRO }];
    dedupeAgents(agents);
    assert.deepEqual(agents[0], { type: 'Person', name: 'A' });
  });
});

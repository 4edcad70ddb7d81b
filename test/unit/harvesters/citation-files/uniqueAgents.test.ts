import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueAgents } from '../../../../harvesters/citation-files/uniqueAgents.js';

describe('uniqueAgents', () => {
  it('merges a repeated name onto its first position, adding the ORCID the repeat carries', () => {
    assert.deepEqual(
      uniqueAgents([
        { type: 'Person', name: 'Mike Renfro' },
        { type: 'Person', name: 'Ann' },
        { type: 'Person', name: 'Mike Renfro', orcid: 'https://orcid.org/0000-0002-2086-5963' },
      ]),
      [{ type: 'Person', name: 'Mike Renfro', orcid: 'https://orcid.org/0000-0002-2086-5963' }, { type: 'Person', name: 'Ann' }],
    );
  });

  it('compares names without case and accents', () => {
    assert.equal(uniqueAgents([{ type: 'Person', name: 'Frank Löffler' }, { type: 'Person', name: 'frank loffler' }]).length, 1);
  });

  it('keeps two people of the same name with different ORCIDs', () => {
    const agents = uniqueAgents([
      { type: 'Person', name: 'Jane Doe', orcid: 'https://orcid.org/0000-0002-1825-0097' },
      { type: 'Person', name: 'Jane Doe', orcid: 'https://orcid.org/0000-0001-5109-3700' },
    ]);
    assert.equal(agents.length, 2);
  });

  it('does not change its input', () => {
    const input = [{ type: 'Person' as const, name: 'A' }, { type: 'Person' as const, name: 'A', url: 'https://example.org/a' }];
    uniqueAgents(input);
    assert.equal(input[0]?.url, undefined);
  });
});

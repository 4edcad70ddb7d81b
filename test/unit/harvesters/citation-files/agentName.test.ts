import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agentName } from '../../../../harvesters/citation-files/agentName.js';

describe('agentName', () => {
  const table: [string, string | undefined][] = [
    ['“Eli', 'Eli'],
    ['"Jane Doe"', 'Jane Doe'],
    ['Gabriel A. Devenyi (Ed.)', 'Gabriel A. Devenyi'],
    ['Jane Doe <jane@example.org>', 'Jane Doe'],
    ['Conor O’Brien', 'Conor O’Brien'],
    ['“”', undefined],
    ['et al.', undefined],
  ];
  for (const [input, expected] of table) {
    it(`reads ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => assert.equal(agentName(input), expected));
  }
});

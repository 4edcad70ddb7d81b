import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { creditedName } from '../../../../harvesters/carpentries-workbench/creditedName.js';

describe('creditedName', () => {
  const cases: [string, string | undefined][] = [
    ['“Eli', 'Eli'],
    ['Eli”', 'Eli'],
    ['"Eli', 'Eli'],
    ['Jane “JJ” Doe', 'Jane “JJ” Doe'],
    ["D'Arcy O'Neil", "D'Arcy O'Neil"],
    ['bkmgit', 'bkmgit'],
    ['  Frank   Löffler ', 'Frank Löffler'],
    ['“', undefined],
    ['team@carpentries.org', undefined],
  ];
  for (const [value, expected] of cases) {
    it(`credits ${JSON.stringify(value)} as ${JSON.stringify(expected)}`, () => assert.equal(creditedName(value), expected));
  }
});

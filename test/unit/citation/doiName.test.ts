import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doiName } from '../../../src/citation/doiName.js';

describe('doiName', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['https://doi.org/10.5281/zenodo.3266823', '10.5281/zenodo.3266823'],
    ['http://dx.doi.org/10.1000/xyz', '10.1000/xyz'],
    ['10.1000/xyz', '10.1000/xyz'],
    ['https://hdl.handle.net/20.500.12345/678', undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${String(input)} as ${String(expected)}`, () => {
      assert.equal(doiName(input), expected);
    });
  }
});

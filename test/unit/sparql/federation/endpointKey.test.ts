import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { endpointKey } from '../../../../src/sparql/federation/endpointKey.js';

const cases: [string, string | undefined][] = [
  ['http://b.example/sparql?query=ASK%7B%7D', 'http://b.example/sparql'],
  ['HTTP://B.EXAMPLE:80/sparql#x', 'http://b.example/sparql'],
  ['https://b.example:8443/sparql', 'https://b.example:8443/sparql'],
  ['not a url', undefined],
];

describe('endpointKey', () => {
  for (const [url, key] of cases) {
    it(`reads ${url} as ${key ?? 'no endpoint'}`, () => {
      assert.equal(endpointKey(url), key);
    });
  }
});

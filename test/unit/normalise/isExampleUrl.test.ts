import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isExampleUrl } from '../../../src/normalise/isExampleUrl.js';

const cases: [string, boolean, string][] = [
  ['https://example.com/materials/example-material', true, 'TeSS OAI-PMH test record sdo:url'],
  ['https://www.example.org/lesson', true, 'subdomain of example.org'],
  ['http://example.net', true, 'example.net'],
  ['https://lessons.example/x', true, '.example TLD'],
  ['https://site.invalid/', true, '.invalid TLD'],
  ['https://swcarpentry.github.io/shell-novice', false, 'a real lesson'],
  ['https://myexample.com/', false, 'a real domain that contains "example"'],
  ['not a url', false, 'unparseable'],
];

describe('isExampleUrl', () => {
  for (const [input, expected, origin] of cases) {
    it(`${expected ? 'flags' : 'does not flag'} ${JSON.stringify(input)} (${origin})`, () => {
      assert.equal(isExampleUrl(input), expected);
    });
  }
});

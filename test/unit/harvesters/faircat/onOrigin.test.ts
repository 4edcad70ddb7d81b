import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { onOrigin, originBase } from '../../../../harvesters/faircat/onOrigin.js';

describe('onOrigin', () => {
  const cases: [string, string, string][] = [
    ['http://faircat.test/materials?limit=5&after=abc', 'http://127.0.0.1:8080/', 'http://127.0.0.1:8080/materials?limit=5&after=abc'],
    ['https://catalog.example/changes/page/3', 'http://127.0.0.1:9/', 'http://127.0.0.1:9/changes/page/3'],
    ['changes', 'http://127.0.0.1:9/', 'http://127.0.0.1:9/changes'],
    ['https://evil.example/steal?x=1', 'https://catalog.example/', 'https://catalog.example/steal?x=1'],
  ];
  for (const [link, origin, expected] of cases) {
    it(`moves ${link} onto ${origin}`, () => {
      assert.equal(onOrigin(link, origin), expected);
    });
  }

  it('gives a base URL exactly one trailing slash', () => {
    assert.equal(originBase('http://a.test/faircat'), 'http://a.test/faircat/');
    assert.equal(originBase('http://a.test/'), 'http://a.test/');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isLanguageTag, languagesOf } from '../../../../harvesters/carpentries-feed/languageOf.js';

describe('languagesOf', () => {
  for (const [tags, expected] of [
    [['python', 'english'], ['en']],
    [['Español'], ['es']],
    [['spanish', 'english', 'espanol'], ['es', 'en']],
    [['French', 'deutsch', 'português'], ['fr', 'de', 'pt']],
    [['gap', 'tei', 'r', 'sql'], []],
    [[], []],
  ] as const) {
    it(`reads ${JSON.stringify(expected)} from ${JSON.stringify(tags)}`, () => {
      assert.deepEqual(languagesOf(tags).map((language) => language.tag), expected);
    });
  }

  it('gives the English name of the language for the description', () => {
    assert.deepEqual(languagesOf(['english']), [{ tag: 'en', name: 'English' }]);
  });
});

describe('isLanguageTag', () => {
  it('recognises language names but not ISO 639-3 codes that are subjects', () => {
    assert.equal(isLanguageTag(' English '), true);
    assert.equal(isLanguageTag('tei'), false);
  });
});

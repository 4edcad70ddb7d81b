import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { legacyOptionsFor, legacyOptionsSchema } from '../../../../harvesters/carpentries-legacy/legacyOptions.js';

describe('legacyOptionsSchema', () => {
  it('accepts lesson locations as strings or objects, and normalises strings to objects', () => {
    const options = legacyOptionsSchema.parse({
      lessons: [' github:a/b ', { location: './hpc-intro', repository: 'carpentries-incubator/hpc-intro' }, { location: 'x', url: 'https://x.org/l/' }],
    });
    assert.deepEqual(options.lessons, [
      { location: 'github:a/b' },
      { location: './hpc-intro', repository: 'carpentries-incubator/hpc-intro' },
      { location: 'x', url: 'https://x.org/l/' },
    ]);
  });

  const invalid: [string, unknown][] = [
    ['no lessons', {}],
    ['an empty list', { lessons: [] }],
    ['an empty location', { lessons: [''] }],
    ['a url that is not http(s)', { lessons: [{ location: 'x', url: 'javascript:alert(1)' }] }],
    ['an unknown key', { lessons: [{ location: 'x', path: 'y' }] }],
  ];
  for (const [what, value] of invalid) {
    it(`rejects ${what}`, () => assert.equal(legacyOptionsSchema.safeParse(value).success, false));
  }
});

describe('legacyOptionsFor', () => {
  it('reads exactly the one location given', () => {
    assert.deepEqual(legacyOptionsFor('github:a/b'), { lessons: [{ location: 'github:a/b' }] });
  });
});

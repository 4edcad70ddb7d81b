import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLegacyLocation } from '../../../../harvesters/carpentries-legacy/parseLegacyLocation.js';

describe('parseLegacyLocation', () => {
  const cases: [string, string, string, string | undefined][] = [
    ['github:carpentries-incubator/hpc-intro', 'https://raw.githubusercontent.com/carpentries-incubator/hpc-intro/gh-pages/', 'https://github.com/carpentries-incubator/hpc-intro', 'https://github.com/carpentries-incubator/hpc-intro'],
    ['github:hpc-carpentry/hpc-shell@main', 'https://raw.githubusercontent.com/hpc-carpentry/hpc-shell/main/', 'https://github.com/hpc-carpentry/hpc-shell', 'https://github.com/hpc-carpentry/hpc-shell'],
    ['https://github.com/a/b.git', 'https://raw.githubusercontent.com/a/b/gh-pages/', 'https://github.com/a/b', 'https://github.com/a/b'],
    ['https://github.com/a/b/tree/dev', 'https://raw.githubusercontent.com/a/b/dev/', 'https://github.com/a/b', 'https://github.com/a/b'],
    ['lessons/hpc-intro/', 'lessons/hpc-intro/', 'lessons/hpc-intro/', undefined],
    ['file:///srv/hpc-intro', 'file:///srv/hpc-intro/', 'file:///srv/hpc-intro', undefined],
  ];
  for (const [location, base, display, repository] of cases) {
    it(`reads ${location}`, () => {
      const parsed = parseLegacyLocation(location);
      assert.deepEqual([parsed.base, parsed.display, parsed.repository], [base, display, repository]);
    });
  }

  it('names GitHub files by their blob URL on the branch read', () => {
    assert.equal(parseLegacyLocation('github:a/b').fileLocation('_config.yml'), 'https://github.com/a/b/blob/gh-pages/_config.yml');
  });
});

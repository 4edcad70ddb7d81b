import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { episodeFileNames } from '../../../../harvesters/carpentries-workbench/episodeFileNames.js';
import type { EpisodeFileNames } from '../../../../harvesters/carpentries-workbench/episodeFileNames.js';

describe('episodeFileNames', () => {
  const cases: [string, unknown, EpisodeFileNames][] = [
    ['a list, in order', ['01-intro.md', '02-filedir.Rmd'], { names: ['01-intro.md', '02-filedir.Rmd'], rejected: [] }],
    ['a blank value (null)', null, { names: [], rejected: [] }],
    ['a flow mapping written for a list', { 'a.md': null, 'b.md': null }, { names: ['a.md', 'b.md'], rejected: [] }],
    ['a single name', 'intro.md', { names: ['intro.md'], rejected: [] }],
    ['paths, dot files and other extensions, rejected', ['../x.md', 'sub/y.md', '.hidden.md', 'z.html', 'ok.md'],
      { names: ['ok.md'], rejected: ['../x.md', 'sub/y.md', '.hidden.md', 'z.html'] }],
    ['a name listed twice, once', ['a.md', 'a.md'], { names: ['a.md'], rejected: [] }],
  ];
  for (const [name, value, expected] of cases) {
    it(`reads ${name}`, () => assert.deepEqual(episodeFileNames(value), expected));
  }
});

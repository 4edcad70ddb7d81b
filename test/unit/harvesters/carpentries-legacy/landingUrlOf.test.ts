import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { landingUrlOf } from '../../../../harvesters/carpentries-legacy/landingUrlOf.js';
import type { LandingUrlInputs } from '../../../../harvesters/carpentries-legacy/landingUrlOf.js';

describe('landingUrlOf', () => {
  const repository = 'https://github.com/carpentries-incubator/hpc-intro';
  const cases: [string, LandingUrlInputs, string | undefined][] = [
    ['the url option first', { optionUrl: 'https://www.hpc-carpentry.org/hpc-intro', config: { url: 'https://x.org' }, repository }, 'https://www.hpc-carpentry.org/hpc-intro/'],
    ['url + baseurl of _config.yml', { config: { url: 'https://hpc-carpentry.github.io/', baseurl: '/hpc-intro/' }, repository }, 'https://hpc-carpentry.github.io/hpc-intro/'],
    ['url alone', { config: { url: 'https://lessons.example.org' } }, 'https://lessons.example.org/'],
    ['the GitHub Pages site of the repository', { config: {}, repository }, 'https://carpentries-incubator.github.io/hpc-intro/'],
    ['the GitHub Pages site, not localhost', { config: { url: 'http://localhost:4000' }, repository }, 'https://carpentries-incubator.github.io/hpc-intro/'],
    ['the GitHub Pages site, not a placeholder', { config: { url: 'FIXME' }, repository }, 'https://carpentries-incubator.github.io/hpc-intro/'],
    ['the root of a user site', { config: {}, repository: 'https://github.com/hpc-carpentry/hpc-carpentry.github.io' }, 'https://hpc-carpentry.github.io/'],
    ['nothing without url and repository', { config: { baseurl: '/hpc-intro' } }, undefined],
  ];
  for (const [what, inputs, expected] of cases) {
    it(`takes ${what}`, () => assert.equal(landingUrlOf(inputs, '_config.yml', []), expected));
  }

  it('warns when it drops a placeholder url and when it guesses the GitHub Pages site', () => {
    const warnings: string[] = [];
    landingUrlOf({ config: { url: '<YOUR SITE>' }, repository }, '_config.yml', warnings);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0] ?? '', /placeholder/);
    assert.match(warnings[1] ?? '', /GitHub Pages/);
  });
});

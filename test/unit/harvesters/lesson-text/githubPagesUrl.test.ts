import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { githubPagesUrl } from '../../../../harvesters/lesson-text/githubPagesUrl.js';

describe('githubPagesUrl', () => {
  const cases: [string, string | undefined][] = [
    ['https://github.com/swcarpentry/shell-novice', 'https://swcarpentry.github.io/shell-novice/'],
    ['https://github.com/ENCCS/gpu-programming', 'https://enccs.github.io/gpu-programming/'],
    ['https://github.com/hpc-carpentry/hpc-carpentry.github.io', 'https://hpc-carpentry.github.io/'],
    ['https://gitlab.com/a/b', undefined],
    ['https://github.com/a', undefined],
  ];
  for (const [repository, expected] of cases) {
    it(`gives ${String(expected)} for ${repository}`, () => assert.equal(githubPagesUrl(repository), expected));
  }
});

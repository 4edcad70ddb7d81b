import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSphinxLocation } from '../../../../harvesters/sphinx-lesson/parseSphinxLocation.js';

describe('parseSphinxLocation', () => {
  it('reads github:owner/repo@branch as raw files of that branch', () => {
    assert.deepEqual(parseSphinxLocation('github:ENCCS/gpu-programming@main'), {
      display: 'https://github.com/enccs/gpu-programming',
      base: 'https://raw.githubusercontent.com/ENCCS/gpu-programming/main/',
      fileBase: 'https://github.com/ENCCS/gpu-programming/blob/main/',
      repository: 'https://github.com/enccs/gpu-programming',
    });
  });

  it('reads a GitHub URL with .git as the default branch', () => {
    assert.equal(parseSphinxLocation('https://github.com/coderefinery/git-intro.git').base, 'https://raw.githubusercontent.com/coderefinery/git-intro/HEAD/');
  });

  it('reads a local directory, with its @gh-pages sibling as the built site', () => {
    assert.deepEqual(parseSphinxLocation('test/fixtures/sphinx-lesson/git-intro/'), {
      display: 'test/fixtures/sphinx-lesson/git-intro/',
      base: 'test/fixtures/sphinx-lesson/git-intro/',
      fileBase: 'test/fixtures/sphinx-lesson/git-intro/',
      siblingSite: 'test/fixtures/sphinx-lesson/git-intro@gh-pages/',
    });
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl } from '../../../src/normalise/canonicalUrl.js';

/** [input, identity form or undefined, where the value comes from] */
const cases: [string, string | undefined, string][] = [
  ['https://swcarpentry.github.io/shell-novice', 'https://swcarpentry.github.io/shell-novice', 'shell-novice config.yaml url'],
  ['https://swcarpentry.github.io/shell-novice/index.html', 'https://swcarpentry.github.io/shell-novice', 'Workbench JSON-LD @id'],
  ['http://swcarpentry.github.io/shell-novice/', 'https://swcarpentry.github.io/shell-novice', 'INTERSECT-style http link'],
  ['https://coderefinery.github.io/git-intro/', 'https://coderefinery.github.io/git-intro', 'git-intro CITATION.cff url'],
  ['https://coderefinery.github.io/git-intro', 'https://coderefinery.github.io/git-intro', 'git-intro bioschemas.yml url'],
  ['http://hpc-carpentry.org/hpc-intro/', 'https://hpc-carpentry.org/hpc-intro', 'HPC Carpentry feed rendered_site'],
  ['https://hsf-training.github.io/hsf-training-docker/index.html', 'https://hsf-training.github.io/hsf-training-docker', 'INTERSECT webpage'],
  ['https://www.archer2.ac.uk/training/courses/231101-efficient-parallel-io/', 'https://archer2.ac.uk/training/courses/231101-efficient-parallel-io', 'ARCHER2 course url'],
  ['https://coderefinery.org', 'https://coderefinery.org', 'site root'],
  ['https://GitHub.com/swcarpentry/shell-novice?tab=readme-ov-file#readme', 'https://github.com/swcarpentry/shell-novice', 'query and fragment'],
  ['https://github.com/swcarpentry/shell-novice', 'https://github.com/swcarpentry/shell-novice', 'a repository stays a repository'],
  ['https://enccs.github.io/HPDA-Python/', 'https://enccs.github.io/HPDA-Python', 'path case is kept'],
  ['https://a.org//lessons//x/', 'https://a.org/lessons/x', 'repeated slashes'],
  ['javascript:alert(1)', undefined, 'not a web URL'],
  ['', undefined, 'empty'],
];

describe('canonicalUrl', () => {
  for (const [input, expected, origin] of cases) {
    it(`${expected === undefined ? 'rejects' : `identifies as ${expected}`} ${JSON.stringify(input)} (${origin})`, () => {
      assert.equal(canonicalUrl(input), expected);
    });
  }

  it('keeps a GitHub Pages site and its repository distinct', () => {
    assert.notEqual(canonicalUrl('https://swcarpentry.github.io/shell-novice/'), canonicalUrl('https://github.com/swcarpentry/shell-novice'));
  });
});

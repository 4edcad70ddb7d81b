import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseRepository } from '../../../src/normalise/normaliseRepository.js';

/** [input, repository URL or undefined, where the value comes from] */
const cases: [string, string | undefined, string][] = [
  ['https://github.com/swcarpentry/shell-novice', 'https://github.com/swcarpentry/shell-novice', 'shell-novice config.yaml source'],
  ['carpentries-incubator/shell-extras', 'https://github.com/carpentries-incubator/shell-extras', 'Carpentries feed full_name'],
  ['<USERNAME>/<PROJECT>', undefined, 'hpc-intro _config.yml repository placeholder'],
  ['https://github.com/hsf-training/hsf-training-advanced-git-webpage/', 'https://github.com/hsf-training/hsf-training-advanced-git-webpage', 'INTERSECT repository with trailing slash'],
  ['https://github.com/INTERSECT-training/CI-CD', 'https://github.com/intersect-training/ci-cd', 'GitHub names are case-insensitive'],
  ['https://github.com/Owner/Repo/', 'https://github.com/owner/repo', 'mixed case and trailing slash'],
  ['https://github.com/flatironinstitute/sciware/tree/main/00_Founding', 'https://github.com/flatironinstitute/sciware', 'Sciware source: a folder of the repository'],
  ['https://github.com/EPCCed/archer2-parallelIO-2022-08-23', 'https://github.com/epcced/archer2-parallelio-2022-08-23', 'ARCHER2 commented-out materials link'],
  ['git@github.com:coderefinery/git-intro.git', 'https://github.com/coderefinery/git-intro', 'SSH remote'],
  ['ssh://git@github.com/coderefinery/git-intro.git', 'https://github.com/coderefinery/git-intro', 'SSH URL'],
  ['git+https://github.com/coderefinery/git-intro.git', 'https://github.com/coderefinery/git-intro', 'npm-style URL'],
  ['http://www.github.com/coderefinery/git-intro.git', 'https://github.com/coderefinery/git-intro', 'http, www and .git'],
  ['github.com/coderefinery/git-intro', 'https://github.com/coderefinery/git-intro', 'no scheme'],
  ['https://github.com/coderefinery/git-intro#readme', 'https://github.com/coderefinery/git-intro', 'fragment'],
  ['https://gitlab.com/group/subgroup/Project/-/tree/main', 'https://gitlab.com/group/subgroup/Project', 'GitLab nested groups, deep link'],
  ['git@gitlab.com:group/project.git', 'https://gitlab.com/group/project', 'GitLab SSH remote'],
  ['https://gitlab.version.fz-juelich.de/group/project.git', 'https://gitlab.version.fz-juelich.de/group/project', 'self-hosted GitLab'],
  ['https://codeberg.org/owner/repo/src/branch/main', 'https://codeberg.org/owner/repo', 'Codeberg deep link'],
  ['https://swcarpentry.github.io/shell-novice', undefined, 'a GitHub Pages site is not a repository'],
  ['https://github.com/swcarpentry', undefined, 'an owner without a repository'],
  ['https://github.com/orgs/swcarpentry/repositories', undefined, 'a GitHub page, not a repository'],
  ['https://indico.cern.ch/event/979067/', undefined, 'not a code forge'],
  ['', undefined, 'INTERSECT repository: empty string'],
  ['FIXME', undefined, 'placeholder'],
];

describe('normaliseRepository', () => {
  for (const [input, expected, origin] of cases) {
    it(`${expected === undefined ? 'rejects' : `maps to ${expected}`} ${JSON.stringify(input)} (${origin})`, () => {
      assert.equal(normaliseRepository(input), expected);
    });
  }
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLessonLocation } from '../../../../harvesters/lesson-text/parseLessonLocation.js';

describe('parseLessonLocation', () => {
  // location, default branch, display, base, repository, fileLocation('config.yaml')
  const cases: [string, string | undefined, string, string, string | undefined, string][] = [
    ['github:swcarpentry/shell-novice', undefined, 'https://github.com/swcarpentry/shell-novice',
      'https://raw.githubusercontent.com/swcarpentry/shell-novice/HEAD/', 'https://github.com/swcarpentry/shell-novice',
      'https://github.com/swcarpentry/shell-novice/blob/HEAD/config.yaml'],
    ['github:swcarpentry/shell-novice@main', undefined, 'https://github.com/swcarpentry/shell-novice',
      'https://raw.githubusercontent.com/swcarpentry/shell-novice/main/', 'https://github.com/swcarpentry/shell-novice',
      'https://github.com/swcarpentry/shell-novice/blob/main/config.yaml'],
    ['github:ENCCS/gpu-programming@main', undefined, 'https://github.com/enccs/gpu-programming',
      'https://raw.githubusercontent.com/ENCCS/gpu-programming/main/', 'https://github.com/enccs/gpu-programming',
      'https://github.com/ENCCS/gpu-programming/blob/main/config.yaml'],
    ['https://github.com/carpentries/sandpaper-docs/', undefined, 'https://github.com/carpentries/sandpaper-docs',
      'https://raw.githubusercontent.com/carpentries/sandpaper-docs/HEAD/', 'https://github.com/carpentries/sandpaper-docs',
      'https://github.com/carpentries/sandpaper-docs/blob/HEAD/config.yaml'],
    ['https://github.com/a/b.git', undefined, 'https://github.com/a/b', 'https://raw.githubusercontent.com/a/b/HEAD/', 'https://github.com/a/b',
      'https://github.com/a/b/blob/HEAD/config.yaml'],
    ['https://github.com/a/b/tree/dev', 'gh-pages', 'https://github.com/a/b', 'https://raw.githubusercontent.com/a/b/dev/', 'https://github.com/a/b',
      'https://github.com/a/b/blob/dev/config.yaml'],
    ['github:carpentries-incubator/hpc-intro', 'gh-pages', 'https://github.com/carpentries-incubator/hpc-intro',
      'https://raw.githubusercontent.com/carpentries-incubator/hpc-intro/gh-pages/', 'https://github.com/carpentries-incubator/hpc-intro',
      'https://github.com/carpentries-incubator/hpc-intro/blob/gh-pages/config.yaml'],
    ['test/fixtures/lesson', undefined, 'test/fixtures/lesson', 'test/fixtures/lesson/', undefined, 'test/fixtures/lesson/config.yaml'],
    ['lessons/x/', undefined, 'lessons/x/', 'lessons/x/', undefined, 'lessons/x/config.yaml'],
    ['file:///srv/lessons/x', undefined, 'file:///srv/lessons/x', 'file:///srv/lessons/x/', undefined, 'file:///srv/lessons/x/config.yaml'],
  ];
  for (const [location, defaultRef, display, base, repository, file] of cases) {
    it(`reads ${location}${defaultRef === undefined ? '' : ` with default branch ${defaultRef}`}`, () => {
      const parsed = parseLessonLocation(location, defaultRef);
      assert.deepEqual([parsed.display, parsed.base, parsed.repository, parsed.fileLocation('config.yaml')], [display, base, repository, file]);
    });
  }

  it('keeps the GitHub coordinates in the case given, for raw and blob URLs', () => {
    assert.deepEqual(parseLessonLocation('github:ENCCS/gpu-programming').github, { owner: 'ENCCS', repo: 'gpu-programming', ref: 'HEAD' });
  });

  it('names the @gh-pages sibling of a local directory as its built site', () => {
    const parsed = parseLessonLocation('test/fixtures/sphinx-lesson/git-intro/');
    assert.equal(parsed.siblingSite, 'test/fixtures/sphinx-lesson/git-intro@gh-pages/');
    assert.equal(parsed.fileBase, 'test/fixtures/sphinx-lesson/git-intro/');
    assert.equal(parseLessonLocation('github:a/b').siblingSite, undefined);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLessonLocation } from '../../../../harvesters/carpentries-workbench/parseLessonLocation.js';

describe('parseLessonLocation', () => {
  const cases: [string, string, string, string | undefined, string][] = [
    // location, display, base, repository, fileLocation('config.yaml')
    ['github:swcarpentry/shell-novice', 'https://github.com/swcarpentry/shell-novice',
      'https://raw.githubusercontent.com/swcarpentry/shell-novice/HEAD/', 'https://github.com/swcarpentry/shell-novice',
      'https://github.com/swcarpentry/shell-novice/blob/HEAD/config.yaml'],
    ['github:swcarpentry/shell-novice@main', 'https://github.com/swcarpentry/shell-novice',
      'https://raw.githubusercontent.com/swcarpentry/shell-novice/main/', 'https://github.com/swcarpentry/shell-novice',
      'https://github.com/swcarpentry/shell-novice/blob/main/config.yaml'],
    ['https://github.com/carpentries/sandpaper-docs/', 'https://github.com/carpentries/sandpaper-docs',
      'https://raw.githubusercontent.com/carpentries/sandpaper-docs/HEAD/', 'https://github.com/carpentries/sandpaper-docs',
      'https://github.com/carpentries/sandpaper-docs/blob/HEAD/config.yaml'],
    ['https://github.com/a/b.git', 'https://github.com/a/b', 'https://raw.githubusercontent.com/a/b/HEAD/', 'https://github.com/a/b',
      'https://github.com/a/b/blob/HEAD/config.yaml'],
    ['https://github.com/a/b/tree/gh-pages', 'https://github.com/a/b', 'https://raw.githubusercontent.com/a/b/gh-pages/', 'https://github.com/a/b',
      'https://github.com/a/b/blob/gh-pages/config.yaml'],
    ['test/fixtures/lesson', 'test/fixtures/lesson', 'test/fixtures/lesson/', undefined, 'test/fixtures/lesson/config.yaml'],
    ['lessons/x/', 'lessons/x/', 'lessons/x/', undefined, 'lessons/x/config.yaml'],
    ['file:///srv/lessons/x', 'file:///srv/lessons/x', 'file:///srv/lessons/x/', undefined, 'file:///srv/lessons/x/config.yaml'],
  ];
  for (const [location, display, base, repository, file] of cases) {
    it(`reads ${location}`, () => {
      const parsed = parseLessonLocation(location);
      assert.deepEqual([parsed.display, parsed.base, parsed.repository, parsed.fileLocation('config.yaml')], [display, base, repository, file]);
    });
  }
});

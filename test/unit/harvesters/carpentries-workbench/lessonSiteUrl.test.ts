import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { githubPagesUrl, lessonSiteUrl } from '../../../../harvesters/carpentries-workbench/lessonSiteUrl.js';

describe('lessonSiteUrl', () => {
  const cases: [unknown, string | undefined, number][] = [
    ['https://swcarpentry.github.io/shell-novice', 'https://swcarpentry.github.io/shell-novice/', 0],
    ['https://swcarpentry.github.io/shell-novice/', 'https://swcarpentry.github.io/shell-novice/', 0],
    ['https://swcarpentry.github.io/shell-novice/index.html', 'https://swcarpentry.github.io/shell-novice/', 0],
    ['HTTPS://Example.ORG/lesson?x=1#top', 'https://example.org/lesson/', 0],
    ['https://<USERNAME>.github.io/<PROJECT>', undefined, 1],
    ['javascript:alert(1)', undefined, 1],
    [null, undefined, 0],
  ];
  for (const [value, expected, warningCount] of cases) {
    it(`reads ${JSON.stringify(value)}`, () => {
      const warnings: string[] = [];
      assert.equal(lessonSiteUrl(value, 'config.yaml url', warnings), expected);
      assert.equal(warnings.length, warningCount);
    });
  }
});

describe('githubPagesUrl', () => {
  const cases: [string, string | undefined][] = [
    ['https://github.com/swcarpentry/shell-novice', 'https://swcarpentry.github.io/shell-novice/'],
    ['https://github.com/carpentries/carpentries.github.io', 'https://carpentries.github.io/'],
    ['https://gitlab.com/a/b', undefined],
  ];
  for (const [repository, expected] of cases) {
    it(`derives the site of ${repository}`, () => assert.equal(githubPagesUrl(repository), expected));
  }
});

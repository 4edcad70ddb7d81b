import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lessonSiteUrl, siteRoot } from '../../../../harvesters/carpentries-workbench/lessonSiteUrl.js';

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

describe('siteRoot', () => {
  const cases: [string, string][] = [
    ['https://swcarpentry.github.io/shell-novice/index.html', 'https://swcarpentry.github.io/shell-novice/'],
    ['https://swcarpentry.github.io/shell-novice', 'https://swcarpentry.github.io/shell-novice/'],
    ['https://example.org/lesson/?x=1#top', 'https://example.org/lesson/'],
  ];
  for (const [url, expected] of cases) {
    it(`gives ${expected} for ${url}`, () => assert.equal(siteRoot(url), expected));
  }
});

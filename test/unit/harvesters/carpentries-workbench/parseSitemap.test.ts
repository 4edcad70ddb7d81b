import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSitemap } from '../../../../harvesters/carpentries-workbench/parseSitemap.js';
import { SHELL_NOVICE_SITE } from './lessonFixtures.js';

describe('parseSitemap', () => {
  it('lists the 38 pages of the shell-novice sitemap in order, learner and instructor copies', () => {
    const pages = parseSitemap(readFileSync(join(process.cwd(), SHELL_NOVICE_SITE, 'sitemap.xml'), 'utf8'));
    assert.equal(pages.length, 38);
    assert.equal(pages[0], 'https://swcarpentry.github.io/shell-novice/01-intro.html');
    assert.ok(pages.includes('https://swcarpentry.github.io/shell-novice/instructor/02-filedir.html'));
  });

  it('reads what a truncated or foreign file has', () => {
    assert.deepEqual(parseSitemap('<urlset><url><loc> https://a.example/x.html </loc></url><url><loc>'), ['https://a.example/x.html']);
    assert.deepEqual(parseSitemap('not xml at all'), []);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { siteEpisodes } from '../../../../harvesters/carpentries-workbench/siteEpisodes.js';

describe('siteEpisodes', () => {
  const sidebar = [{ href: 'b.html', title: 'Bee' }, { href: 'a.html', title: 'Ay' }];
  const sitemap = ['index.html', 'z.html', 'y.html', 'key-points.html', 'CODE_OF_CONDUCT.html', '404.html'];

  it('takes config.yaml episodes first, at their places there', () => {
    assert.deepEqual(siteEpisodes(['01-intro.md', '02-filedir.Rmd'], sidebar, sitemap), {
      episodes: [{ slug: '01-intro', position: 1 }, { slug: '02-filedir', position: 2 }], from: 'config.yaml',
    });
  });

  it('takes the sidebar when config.yaml lists none', () => {
    assert.deepEqual(siteEpisodes(null, sidebar, sitemap), {
      episodes: [{ slug: 'b', position: 1, title: 'Bee' }, { slug: 'a', position: 2, title: 'Ay' }], from: 'sidebar',
    });
  });

  it('takes the learner pages of the sitemap by name, without the pages every site has', () => {
    assert.deepEqual(siteEpisodes(undefined, [], sitemap), { episodes: [{ slug: 'y', position: 1 }, { slug: 'z', position: 2 }], from: 'sitemap.xml' });
  });
});

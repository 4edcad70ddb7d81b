import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readWorkbenchSite } from '../../../../harvesters/carpentries-workbench/readWorkbenchSite.js';
import { localReader } from '../../../helpers/localReader.js';
import { memoryReader } from '../../../helpers/memoryReader.js';
import { SHELL_NOVICE_SITE, sitePage } from './lessonFixtures.js';


describe('readWorkbenchSite', () => {
  it('reads the site files, the episode pages config.yaml lists, and md5sum.txt of the sibling @md-outputs directory', async () => {
    const site = await readWorkbenchSite({ site: SHELL_NOVICE_SITE }, localReader());
    assert.deepEqual([...site.files.keys()], ['config.yaml', 'index.html', 'sitemap.xml', 'pkgdown.yml', '02-filedir.html', 'md-outputs/md5sum.txt']);
    assert.equal(site.mdOutputs, 'test/fixtures/carpentries-workbench/shell-novice@md-outputs/');
  });

  it('finds the md-outputs branch of a github.io site on GitHub, and makes a failure to read it a warning', async () => {
    const base = 'https://example.github.io/lesson/';
    const md5 = 'https://raw.githubusercontent.com/example/lesson/md-outputs/md5sum.txt';
    const reader = memoryReader({ [`${base}index.html`]: sitePage({ main: '<p>x</p>' }) }, [md5]);
    const site = await readWorkbenchSite({ site: 'https://example.github.io/lesson' }, reader);
    assert.ok(reader.asked.includes(md5));
    assert.ok(site.warnings?.some((w) => w.includes('md5sum.txt') && w.includes('HTTP 503')));
  });

  it('takes the repository of config.yaml source for md-outputs, and an explicit mdOutputs before both', async () => {
    const base = 'https://lessons.example.org/shell/';
    const reader = memoryReader({ [`${base}config.yaml`]: "source: 'https://github.com/Owner/Shell'\n" });
    await readWorkbenchSite({ site: base }, reader);
    assert.ok(reader.asked.includes('https://raw.githubusercontent.com/owner/shell/md-outputs/md5sum.txt'));
    const explicit = memoryReader({});
    await readWorkbenchSite({ site: base, mdOutputs: 'https://mirror.example.org/md' }, explicit);
    assert.ok(explicit.asked.includes('https://mirror.example.org/md/md5sum.txt'));
  });

  it('reads the pages the sidebar lists when there is no config.yaml, and lists a page over the size limit by its size only', async () => {
    const base = 'https://example.github.io/lesson/';
    const sidebar = '<div id="sidebar"><div class="accordion-header"><a href="a.html">1. A</a></div></div>';
    const reader = memoryReader({ [`${base}index.html`]: sitePage().replace('<main', `${sidebar}<main`), [`${base}a.html`]: 'x'.repeat(3 * 1024 * 1024) });
    const site = await readWorkbenchSite({ site: base }, reader);
    assert.deepEqual([...(site.tooLarge ?? new Map()).keys()], ['a.html']);
  });

  it('never asks the network for a local site', async () => {
    const reader = memoryReader({});
    const local = { ...reader, resolve: (base: string, relative: string): string => `${base}${relative}` };
    await readWorkbenchSite({ site: 'lessons/site' }, local);
    assert.ok(reader.asked.every((location) => location.startsWith('lessons/site/')), reader.asked.join('\n'));
  });
});

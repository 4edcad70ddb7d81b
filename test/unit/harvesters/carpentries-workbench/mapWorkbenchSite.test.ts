import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mapWorkbenchSite } from '../../../../harvesters/carpentries-workbench/mapWorkbenchSite.js';
import { readWorkbenchSite } from '../../../../harvesters/carpentries-workbench/readWorkbenchSite.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { isPlaceholder } from '../../../../src/normalise/index.js';
import { expectedGraph, graphDifference, harvestedQuads, recordOf } from '../../../helpers/harvestedGraph.js';
import { localReader } from '../../../helpers/localReader.js';
import { FIXTURES, SHELL_NOVICE_SITE, siteOf, sitePage } from './lessonFixtures.js';

const BOILERPLATE = 'A Carpentries Lesson teaching foundational data and coding skills to researchers worldwide';

/** The JSON-LD sandpaper writes into every page, with its quirks. */
function sandpaperJsonLd(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org', '@type': 'LearningResource', '@id': 'https://example.github.io/example-lesson/index.html', inLanguage: 'en',
    'dct:conformsTo': 'https://bioschemas.org/profiles/LearningResource/1.0-RELEASE', description: BOILERPLATE,
    keywords: 'software, data, lesson, The Carpentries', name: 'Example Lesson', creativeWorkStatus: 'active',
    url: 'https://example.github.io/example-lesson/index.html', identifier: 'https://example.github.io/example-lesson/index.html',
    dateCreated: '2020-01-31', dateModified: '2026-06-30', datePublished: '2026-06-30', ...overrides,
  };
}

const SIDEBAR = '<div id="sidebar"><div class="accordion-header"><a href="index.html">Summary</a></div>'
  + '<div class="accordion-header"><a href="intro.html">1. Introduction</a></div><div class="accordion-header"><a href="next.html">2. Next steps</a></div></div>';

const EPISODE = sitePage({
  jsonLd: sandpaperJsonLd({ name: 'Introduction', dateModified: '2025-10-25' }),
  main: '<h1>Introduction</h1><div class="overview card"><div class="inner"><h3 class="card-title">Questions</h3><ul><li>Why?</li></ul></div>'
    + '<div class="inner"><h3 class="card-title">Objectives</h3><ul><li>Use <code>ls</code>.</li><li>FIXME</li></ul></div></div>'
    + '<p>Body.</p><div class="callout keypoints"><div class="callout-content"><ul><li>It works.</li></ul></div></div>',
});

describe('mapWorkbenchSite', () => {
  describe('on the real shell-novice built site', async () => {
    const site = await readWorkbenchSite({ site: SHELL_NOVICE_SITE }, localReader());
    const { material, warnings } = mapWorkbenchSite(site);

    it('gives the hand-written expected graph', () => {
      const record = recordOf(material, { provider: 'software-carpentry', sourceId: 'software-carpentry-lessons', sourceKind: 'carpentries-workbench', location: SHELL_NOVICE_SITE });
      const difference = graphDifference(harvestedQuads(record), expectedGraph(join(FIXTURES, 'shell-novice-site.expected.ttl')));
      assert.equal(difference, undefined, difference);
    });

    it('drops the boilerplate description, template keywords, undeclared dct: prefix and build dates, saying so', () => {
      assert.ok(!JSON.stringify(material).includes(BOILERPLATE));
      assert.deepEqual(material.keywords, []);
      assert.equal(material.datePublished, undefined);
      assert.ok(warnings.some((w) => w.includes('"dct:conformsTo"') && w.includes('not declared')));
      assert.ok(warnings.some((w) => w.includes('index.html dateModified') && w.includes('2026-06-30 is the date the site was built')));
    });

    it('keeps the config.yaml position of the one episode page the fixture has, and warns about the others', () => {
      assert.deepEqual(material.hasPart.map((part) => [part.position, part.slug]), [[2, '02-filedir']]);
      assert.equal(warnings.filter((w) => w.includes('missing from')).length, 6);
    });

    it('lets no placeholder reach the material', () => {
      const texts = [material.name, material.description, ...material.teaches, ...material.hasPart.flatMap((part) => [part.name, ...part.keypoints])];
      for (const text of texts) assert.ok(!isPlaceholder(text), text);
    });
  });

  describe('on small sites', () => {
    it('reads a site without config.yaml from its JSON-LD, sidebar and footer', () => {
      const { material, warnings } = mapWorkbenchSite(siteOf({
        'index.html': sitePage({
          jsonLd: sandpaperJsonLd(),
          main: `<h1 class="schedule-heading">Summary and Setup</h1><p>A lesson about <em>automation</em>.</p><ul><li>one</li><li>two</li></ul>`
            + '<div class="callout prereq"><div class="callout-content"><p>A shell.</p></div></div><section><p>Setup text.</p></section>',
          footer: '<p>Materials licensed under <a href="LICENSE.html">CC-BY 4.0</a> by the authors</p><p><a class="external-link" href="https://github.com/example/example-lesson/">Source</a></p>',
        }).replace('<main', `${SIDEBAR}<main`),
        'intro.html': EPISODE,
      }));
      assert.equal(material.name, 'Example Lesson');
      assert.equal(material.url, 'https://example.github.io/example-lesson/');
      assert.equal(material.description, 'A lesson about automation.\n\n- one\n- two');
      assert.deepEqual(material.competencyRequired, ['A shell.']);
      assert.equal(material.license, 'https://spdx.org/licenses/CC-BY-4.0');
      assert.equal(material.repository, 'https://github.com/example/example-lesson');
      assert.equal(material.inLanguage, 'en');
      assert.equal(material.dateCreated, '2020-01-31');
      assert.equal(material.creativeWorkStatus, undefined, 'the JSON-LD "active" is a template constant');
      assert.deepEqual(material.keywords, []);
      assert.ok(warnings.some((w) => w.includes('JSON-LD keywords') && w.includes('template default')));
      assert.deepEqual(material.hasPart.map((part) => [part.position, part.slug, part.name, part.teaches, part.questions, part.keypoints]), [
        [1, 'intro', 'Introduction', ['Use ls.'], ['Why?'], ['It works.']],
      ]);
      assert.ok(warnings.some((w) => w.includes('next.html') && w.includes('listed in sidebar')));
      assert.ok(warnings.some((w) => w.includes('objectives') && w.includes('placeholder')));
      assert.equal(material.dateModified, '2025-10-25', 'the content date of the episode page, not the build date of index.html');
    });

    it('orders episodes from sitemap.xml when neither config.yaml nor the sidebar lists them', () => {
      const sitemap = ['b-second', 'a-first', 'index', 'key-points', 'instructor/a-first', '404'].map((page) => `<url><loc>https://example.github.io/example-lesson/${page}.html</loc></url>`).join('');
      const { material } = mapWorkbenchSite(siteOf({
        'index.html': sitePage({ jsonLd: sandpaperJsonLd() }),
        'sitemap.xml': `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemap}</urlset>`,
        'a-first.html': EPISODE,
        'b-second.html': EPISODE,
      }));
      assert.deepEqual(material.hasPart.map((part) => [part.position, part.slug]), [[1, 'a-first'], [2, 'b-second']]);
    });

    it('generates a description when the JSON-LD has only the boilerplate and the page no summary', () => {
      const { material, warnings } = mapWorkbenchSite(siteOf({ 'index.html': sitePage({ jsonLd: sandpaperJsonLd() }) }));
      assert.equal(material.description, 'Example Lesson: a lesson by The Carpentries community');
      assert.ok(warnings.some((w) => w.includes('JSON-LD description') && w.includes('dropped placeholder description')));
    });
  });

  describe('on broken and hostile sites', () => {
    it('throws an ItemError naming index.html when the site has none', () => {
      assert.throws(() => mapWorkbenchSite(siteOf({ 'sitemap.xml': '<urlset/>' })), (error: unknown) =>
        error instanceof ItemError && error.location === 'https://example.github.io/example-lesson/index.html' && /not a built Workbench lesson site/.test(error.message));
    });

    it('throws an ItemError when neither config.yaml nor the JSON-LD names the lesson', () => {
      assert.throws(() => mapWorkbenchSite(siteOf({ 'index.html': sitePage({ main: '<p>Text.</p>' }) })), (error: unknown) =>
        error instanceof ItemError && /no lesson title/.test(error.message));
    });

    it('reads around broken JSON-LD, a truncated config.yaml and a malformed sitemap, with warnings', () => {
      const { material, warnings } = mapWorkbenchSite(siteOf({
        'index.html': sitePage({ jsonLd: '{"name": "Cut', main: '<h1>Summary</h1><p>Text.</p>' }).replace('</head>', `<script type="application/ld+json">${JSON.stringify(sandpaperJsonLd())}</script></head>`),
        'config.yaml': "title: 'Example\n  url: [",
        'sitemap.xml': '<urlset><url><loc>https://example.github.io/example-lesson/x.html',
        'pkgdown.yml': 'last_built: {',
      }));
      assert.equal(material.name, 'Example Lesson');
      assert.ok(warnings.some((w) => w.includes('not JSON')));
      assert.ok(warnings.some((w) => w.includes('config.yaml') && w.includes('read from the pages instead')));
    });

    it('keeps a <script> title as text, never as markup, and drops a javascript: site URL', () => {
      const { material } = mapWorkbenchSite(siteOf({
        'index.html': sitePage({ jsonLd: sandpaperJsonLd({ name: '<script>alert(1)</script> Shell', url: 'javascript:alert(1)', '@id': 'javascript:alert(1)' }) }),
      }));
      assert.equal(material.name, '<script>alert(1)</script> Shell');
      assert.equal(material.url, 'https://example.github.io/example-lesson/');
    });

    it('leaves out a 10 MB episode page with a warning naming it and its size', () => {
      const started = performance.now();
      const { material, warnings } = mapWorkbenchSite(siteOf({
        'index.html': sitePage({ jsonLd: sandpaperJsonLd() }).replace('<main', `${SIDEBAR}<main`),
        'intro.html': `${EPISODE}${'<p>word</p>'.repeat(1_000_000)}`,
        'next.html': EPISODE,
      }));
      assert.deepEqual(material.hasPart.map((part) => part.slug), ['next']);
      assert.ok(warnings.some((w) => w.includes('intro.html: 11,') && w.includes('larger than the 2 MiB limit')), warnings.join('\n'));
      assert.ok(performance.now() - started < 5_000);
    });
  });
});

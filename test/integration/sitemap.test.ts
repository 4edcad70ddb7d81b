import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import * as cheerio from 'cheerio';
import { pino } from 'pino';
import { sitemapRoutes } from '../../src/http/routes/sitemapRoutes.js';
import { startCatalog, TEST_BASE_URL, type RunningCatalog } from '../helpers/startCatalog.js';

function locations(xml: string): { loc: string; lastmod: string }[] {
  const $ = cheerio.load(xml, { xml: true });
  return $('loc').toArray().map((loc) => ({ loc: $(loc).text(), lastmod: $(loc).siblings('lastmod').text() }));
}

describe('the sitemap and robots.txt', () => {
  let running: RunningCatalog;
  let pages: string[];
  before(async () => {
    running = await startCatalog();
    pages = running.catalog.journal.listActive({ limit: 10_000 }).map((r) => `${TEST_BASE_URL}materials/${r.id}`);
  });
  after(async () => {
    await running.stop({ removeData: true });
  });

  test('lists every record page with its lastmod', async () => {
    const response = await fetch(`${running.url}sitemap.xml`);
    assert.match(response.headers.get('content-type') ?? '', /^application\/xml/);
    const xml = await response.text();
    assert.match(xml, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    const entries = locations(xml);
    assert.deepEqual(entries.map((e) => e.loc), pages);
    assert.ok(entries.every((e) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(e.lastmod)));
  });

  test('is linked from robots.txt', async () => {
    const text = await (await fetch(`${running.url}robots.txt`)).text();
    assert.match(text, /^User-agent: \*$/m);
    assert.match(text, new RegExp(`^Sitemap: ${TEST_BASE_URL}sitemap\\.xml$`, 'm'));
    assert.doesNotMatch(text, /^Disallow: \/materials/m, 'feeds and record pages stay open to harvesters that honour robots.txt');
  });

  test('becomes a sitemap index of numbered sitemaps beyond the URL limit of one file', async () => {
    const app = express();
    app.use(sitemapRoutes({ config: running.config, journal: running.catalog.journal, graph: running.catalog.graph!, iris: running.catalog.iris, logger: pino({ level: 'silent' }) }, 10));
    const server: Server = await new Promise((done) => {
      const s = app.listen(0, '127.0.0.1', () => done(s));
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const index = await (await fetch(`${base}sitemap.xml`)).text();
      assert.match(index, /<sitemapindex /);
      const files = locations(index).map((e) => e.loc);
      assert.equal(files.length, Math.ceil(pages.length / 10));
      const listed: string[] = [];
      for (const file of files) {
        const entries = locations(await (await fetch(file.replace(TEST_BASE_URL, base))).text());
        assert.ok(entries.length <= 10);
        listed.push(...entries.map((e) => e.loc));
      }
      assert.deepEqual(listed, pages);
      assert.equal((await fetch(`${base}sitemaps/${files.length}.xml`)).status, 404);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});

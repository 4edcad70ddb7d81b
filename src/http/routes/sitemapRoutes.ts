import { Router } from 'express';
import type { AppContext } from '../AppContext.js';
import { NotFound } from '../errors/NotFound.js';
import { SITEMAP_MAX_URLS, sitemapIndexXml, sitemapXml } from '../sitemap/sitemapXml.js';
import { listSitemapEntries } from '../../journal/listSitemapEntries.js';

/**
 * `GET /sitemap.xml` (DESIGN §4): every record page with its `lastmod`; beyond 50,000 records a sitemap index of
 * `/sitemaps/{n}.xml` files. `GET /robots.txt` points crawlers to it and keeps them off the protocol endpoints.
 *
 * @param maxUrls URLs per sitemap file (the protocol's 50,000; smaller only in tests)
 */
export function sitemapRoutes(context: AppContext, maxUrls = SITEMAP_MAX_URLS): Router {
  const router = Router();
  const base = context.config.baseUrl;
  const pageUrl = (id: string): string => `${base}materials/${id}`;
  const fileUrl = (index: number): string => `${base}sitemaps/${index}.xml`;
  const etag = (): string => `"sitemap-${context.journal.catalogVersion()}"`;
  router.get('/sitemap.xml', (req, res) => {
    res.set('ETag', etag());
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const total = context.journal.countActive();
    res.type('application/xml');
    if (total <= maxUrls) {
      res.send(sitemapXml(listSitemapEntries(context.journal, 0, maxUrls), pageUrl));
      return;
    }
    const lastmod = context.journal.db.prepare("SELECT max(modified) AS m FROM materials WHERE status = 'active'").get() as { m: string | null };
    res.send(sitemapIndexXml(Math.ceil(total / maxUrls), fileUrl, lastmod.m ?? undefined));
  });
  router.get('/sitemaps/:file', (req, res) => {
    const match = /^(\d{1,6})\.xml$/.exec(req.params.file);
    const index = match ? Number(match[1]) : Number.NaN;
    const total = context.journal.countActive();
    if (!Number.isInteger(index) || index >= Math.ceil(total / maxUrls)) throw new NotFound(`There is no sitemap ${req.params.file}.`);
    res.set('ETag', etag());
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.type('application/xml').send(sitemapXml(listSitemapEntries(context.journal, index * maxUrls, maxUrls), pageUrl));
  });
  router.get('/robots.txt', (_req, res) => {
    res.type('text/plain').set('Cache-Control', 'public, max-age=86400').send(
      ['User-agent: *', 'Disallow: /sparql', 'Disallow: /admin/', 'Allow: /', '', `Sitemap: ${base}sitemap.xml`, ''].join('\n'),
    );
  });
  return router;
}

import type { SitemapEntry } from '../../journal/listSitemapEntries.js';
import { XML_NAMESPACES } from '../../vocab/index.js';
import { xmlElement } from '../xml/xmlElement.js';

/** Most URLs one sitemap file may list (sitemaps.org protocol: 50,000 URLs, 50 MB uncompressed). */
export const SITEMAP_MAX_URLS = 50_000;

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * A sitemap (sitemaps.org protocol 0.9 `urlset`) of record pages, each with `lastmod` as a W3C Datetime to the
 * second. Pure.
 */
export function sitemapXml(entries: readonly SitemapEntry[], pageUrl: (id: string) => string): string {
  return DECLARATION + xmlElement('urlset', { xmlns: XML_NAMESPACES.sitemap },
    entries.map((entry) => xmlElement('url', {}, xmlElement('loc', {}, pageUrl(entry.id)), xmlElement('lastmod', {}, w3cDatetime(entry.modified)))),
  ).text;
}

/** A sitemap index (sitemaps.org 0.9 `sitemapindex`) over numbered sitemap files. Pure. */
export function sitemapIndexXml(files: number, fileUrl: (index: number) => string, lastmod: string | undefined): string {
  return DECLARATION + xmlElement('sitemapindex', { xmlns: XML_NAMESPACES.sitemap },
    Array.from({ length: files }, (_, index) => xmlElement('sitemap', {}, xmlElement('loc', {}, fileUrl(index)), lastmod ? xmlElement('lastmod', {}, w3cDatetime(lastmod)) : undefined)),
  ).text;
}

function w3cDatetime(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

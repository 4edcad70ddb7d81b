import { load } from 'cheerio';

/**
 * The page URLs of a `sitemap.xml` (Sitemaps protocol 0.9, https://www.sitemaps.org/protocol.html: `<urlset>` of
 * `<url><loc>`), in document order, trimmed. A sitemap index or a broken file gives what `<loc>` elements it has.
 * Pure.
 */
export function parseSitemap(xml: string): string[] {
  const $ = load(xml, { xml: true });
  return $('url > loc')
    .map((_index, element) => $(element).text().trim())
    .get()
    .filter((loc) => loc !== '');
}

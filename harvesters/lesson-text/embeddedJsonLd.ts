import type { CheerioAPI } from 'cheerio';
import { isRecord } from './looseValues.js';

/** The JSON-LD nodes a page embeds, and what could not be read. */
export interface EmbeddedJsonLd {
  /** Every node of every `application/ld+json` script: top-level objects, array items and `@graph` members. */
  nodes: Record<string, unknown>[];
  warnings: string[];
}

/**
 * The JSON-LD a built lesson page embeds in `<script type="application/ld+json">` (JSON-LD 1.1 §7, "Embedding
 * JSON-LD in HTML Documents"), parsed as plain JSON: no context is fetched or applied, so callers read the
 * schema.org terms the lesson templates write (`name`, `url`, `dateModified`…) by their compact keys. A script
 * that is not JSON is a warning naming `location`. Pure.
 */
export function embeddedJsonLd($: CheerioAPI, location: string): EmbeddedJsonLd {
  const nodes: Record<string, unknown>[] = [];
  const warnings: string[] = [];
  $('script[type="application/ld+json"]').each((index, element) => {
    let value: unknown;
    try {
      value = JSON.parse($(element).text());
    } catch (error) {
      warnings.push(`${location}: JSON-LD script ${index + 1} is not JSON (${error instanceof Error ? error.message : String(error)}); ignored`);
      return;
    }
    const collect = (item: unknown): void => {
      if (Array.isArray(item)) item.forEach(collect);
      else if (isRecord(item)) {
        nodes.push(item);
        if (Array.isArray(item['@graph'])) item['@graph'].forEach(collect);
      }
    };
    collect(value);
  });
  return { nodes, warnings };
}

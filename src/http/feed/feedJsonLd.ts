import type { StoredRecord } from '../../journal/StoredRecord.js';
import type { FeedView } from './FeedView.js';

/** The catalog's description, carried by every feed page. */
export interface FeedCatalog {
  title: string;
  description: string;
  license: string;
}

/**
 * A feed page as compacted JSON-LD in the bundled context (`contextUrl`): a `schema:DataFeed` that is also a
 * `hydra:Collection`, its `hydra:view` (a `hydra:PartialCollectionView` with first/next/previous) and one
 * `schema:DataFeedItem` per record (`dateCreated`, `dateModified` as `xsd:dateTime`, `item`: the record node exactly
 * as `/materials/{id}` serves it). `feedQuads` is the same graph; a test keeps them isomorphic. The route serves
 * the same document as text built from the stored JSON-LD (`feedJsonLdBytes`); a test keeps the two byte-identical.
 * Pure.
 */
export function feedJsonLd(view: FeedView, catalog: FeedCatalog, contextUrl: string): Record<string, unknown> {
  return { ...feedHead(view, catalog, contextUrl), dataFeedElement: view.records.map(feedItem) };
}

/** The feed page document without its items (`dataFeedElement`, which comes last). Pure. */
export function feedHead(view: FeedView<{ id: string }>, catalog: FeedCatalog, contextUrl: string): Record<string, unknown> {
  return {
    '@context': contextUrl,
    '@id': view.collection,
    '@type': ['DataFeed', 'hydra:Collection'],
    name: catalog.title,
    description: catalog.description,
    license: catalog.license,
    'hydra:totalItems': view.totalItems,
    'hydra:view': {
      '@id': view.page,
      '@type': 'hydra:PartialCollectionView',
      'hydra:first': { '@id': view.first },
      ...(view.next === undefined ? {} : { 'hydra:next': { '@id': view.next } }),
      ...(view.previous === undefined ? {} : { 'hydra:previous': { '@id': view.previous } }),
    },
  };
}

/** One `schema:DataFeedItem` around a stored record's JSON-LD node. */
export function feedItem(stored: StoredRecord): Record<string, unknown> {
  const { '@context': _context, ...item } = JSON.parse(stored.jsonld) as Record<string, unknown>;
  return {
    '@type': 'DataFeedItem',
    dateCreated: { '@value': stored.record.created, '@type': 'xsd:dateTime' },
    dateModified: { '@value': stored.record.modified, '@type': 'xsd:dateTime' },
    item,
  };
}

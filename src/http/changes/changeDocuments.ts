import type { ChangeEntry } from '../../journal/listChanges.js';
import { CHANGE_DISCOVERY_TERMS } from './changeContext.js';

/** Activities per `/changes` page. */
export const CHANGES_PAGE_SIZE = 100;

/** Where the change stream lives and how to name records. */
export interface ChangeStreamIris {
  /** `<base>changes` */
  collection: string;
  page(index: number): string;
  record(id: string): string;
  context: string;
}

/** Index of the last page for `total` activities (page 0 exists even when the log is empty). */
export function lastPageIndex(total: number): number {
  return Math.max(0, Math.ceil(total / CHANGES_PAGE_SIZE) - 1);
}

/**
 * The change stream's entry point (IIIF Change Discovery 1.0 §2.1, an AS2 `OrderedCollection`): `totalItems`,
 * `first` and `last`, so that a consumer can walk back from `last` to the time of its previous crawl. Pure.
 */
export function changeCollection(iris: ChangeStreamIris, total: number): Record<string, unknown> {
  return {
    '@context': [iris.context, CHANGE_DISCOVERY_TERMS],
    id: iris.collection,
    type: 'OrderedCollection',
    totalItems: total,
    first: { id: iris.page(0), type: 'OrderedCollectionPage' },
    last: { id: iris.page(lastPageIndex(total)), type: 'OrderedCollectionPage' },
  };
}

/**
 * One page of the change stream (IIIF Change Discovery 1.0 §2.2, an AS2 `OrderedCollectionPage`), activities oldest
 * to newest: each a `Create`, `Update` or `Delete` of a record (`object` with the record IRI and its type) with
 * `endTime` (§2.3). `partOf`, `startIndex` and `prev`/`next` between pages. Pure.
 */
export function changePage(iris: ChangeStreamIris, index: number, total: number, entries: readonly ChangeEntry[]): Record<string, unknown> {
  return {
    '@context': [iris.context, CHANGE_DISCOVERY_TERMS],
    id: iris.page(index),
    type: 'OrderedCollectionPage',
    partOf: { id: iris.collection, type: 'OrderedCollection' },
    startIndex: index * CHANGES_PAGE_SIZE,
    ...(index > 0 ? { prev: { id: iris.page(index - 1), type: 'OrderedCollectionPage' } } : {}),
    ...(index < lastPageIndex(total) ? { next: { id: iris.page(index + 1), type: 'OrderedCollectionPage' } } : {}),
    orderedItems: entries.map((entry) => ({
      type: entry.type,
      object: { id: iris.record(entry.materialId), type: 'LearningResource' },
      endTime: entry.at,
    })),
  };
}

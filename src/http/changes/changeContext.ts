import { AS, XSD } from '../../vocab/index.js';

/**
 * The terms of IIIF Change Discovery 1.0 (ActivityStreams 2.0) that `/changes` documents use, as an embedded
 * context after the bundled one: `id`/`type` as aliases of `@id`/`@type` and the AS2 terms with their IRIs
 * (https://iiif.io/api/discovery/1.0/#json-ld-contexts-and-extensions). Embedded rather than added to the bundled
 * context because `object`, `endTime`, `id` and `type` would change the meaning of schema.org terms in every other
 * document (decision 0011). Nothing is fetched: the bundled context is the only referenced one.
 */
export const CHANGE_DISCOVERY_TERMS = Object.freeze({
  id: '@id',
  type: '@type',
  OrderedCollection: AS.OrderedCollection,
  OrderedCollectionPage: AS.OrderedCollectionPage,
  Create: AS.Create,
  Update: AS.Update,
  Delete: AS.Delete,
  totalItems: { '@id': AS.totalItems, '@type': XSD.nonNegativeInteger },
  startIndex: { '@id': AS.startIndex, '@type': XSD.nonNegativeInteger },
  first: { '@id': AS.first, '@type': '@id' },
  last: { '@id': AS.last, '@type': '@id' },
  next: { '@id': AS.next, '@type': '@id' },
  prev: { '@id': AS.prev, '@type': '@id' },
  partOf: { '@id': AS.partOf, '@type': '@id' },
  orderedItems: { '@id': AS.items, '@container': '@list' },
  object: { '@id': AS.object, '@type': '@id' },
  endTime: { '@id': AS.endTime, '@type': XSD.dateTime },
});

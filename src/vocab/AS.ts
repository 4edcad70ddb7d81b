import { namespace } from './namespace.js';

/**
 * ActivityStreams 2.0 (https://www.w3.org/TR/activitystreams-vocabulary/), the terms the change stream uses in the
 * shape of IIIF Change Discovery 1.0.
 */
export const AS = namespace('https://www.w3.org/ns/activitystreams#', [
  'OrderedCollection', 'OrderedCollectionPage', 'Create', 'Update', 'Delete',
  'first', 'last', 'next', 'prev', 'partOf', 'items', 'totalItems', 'startIndex', 'endTime', 'object',
]);

import { namespace } from './namespace.js';

/** DCMI Metadata Terms. */
export const DCT = namespace('http://purl.org/dc/terms/', [
  'conformsTo', 'source', 'created', 'modified', 'title', 'description', 'license', 'publisher',
]);

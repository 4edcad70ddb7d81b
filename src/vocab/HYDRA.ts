import { namespace } from './namespace.js';

/** Hydra Core Vocabulary (https://www.w3.org/ns/hydra/core): collections and their paged views. */
export const HYDRA = namespace('http://www.w3.org/ns/hydra/core#', [
  'Collection', 'PartialCollectionView', 'view', 'first', 'last', 'next', 'previous', 'totalItems', 'member',
]);

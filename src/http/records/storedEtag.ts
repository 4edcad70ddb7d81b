import type { CatalogIris } from '../../model/CatalogIris.js';
import { strongEtag } from './strongEtag.js';

/**
 * A strong entity tag (RFC 9110 §8.8.3) for a representation served as the bytes the journal stores (a current
 * record's JSON-LD), derived from what identifies those bytes instead of from the bytes themselves: the media type,
 * the stored revision (record hash and version: the harvest writes a new version whenever it rewrites the record)
 * and the IRIs the serialisations embed (the journal serialises every record again when they change, keeping hash
 * and version). Equal tags therefore mean equal bytes, without hashing a body on every request: the digest of
 * `strongEtag` over these few lines instead of over the body. Pure.
 */
export function storedEtag(type: string, revision: string, iris: Pick<CatalogIris, 'pidBase' | 'baseUrl'>): string {
  return strongEtag(type, `${revision}\n${iris.pidBase}\n${iris.baseUrl}`);
}

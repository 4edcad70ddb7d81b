import { createHash } from 'node:crypto';
import type { Provenance } from '../model/CatalogRecord.js';
import { stableStringify } from '../model/stableHash.js';

/**
 * The hash a record is versioned by: SHA-256 of the stable JSON of `{ material, provider, provenance }` (what the
 * record says and where each statement came from, never when a run happened, so an unchanged re-harvest gives the
 * same hash), written from the material's stable JSON `materialJson` that the caller already has (the
 * contribution's), instead of stringifying the material again. Equal to `stableHash({ material, provider,
 * provenance })`: stable JSON sorts the keys, and `material` < `provenance` < `provider`. Pure.
 */
export function recordHash(materialJson: string, provider: string, provenance: readonly Provenance[]): string {
  return createHash('sha256')
    .update(`{"material":${materialJson},"provenance":${stableStringify(provenance)},"provider":${JSON.stringify(provider)}}`)
    .digest('hex');
}

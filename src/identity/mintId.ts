import { createHash } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case: no i, l, o, u

/**
 * Mints the opaque id of a new record from its strongest identity key: Crockford base32 of the key's
 * SHA-256, `length` characters (10 by default: 50 bits). The id is minted once and then stored: it never
 * changes when the key (e.g. a URL) later changes. Deterministic, so a catalog rebuilt from the same sources
 * mints the same ids. Pure.
 */
export function mintId(key: string, length = 10): string {
  const digest = createHash('sha256').update(key).digest();
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && id.length < length) {
      id += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (id.length >= length) break;
  }
  return id;
}

/** True for strings that have the shape of a minted id (used to reject junk in URLs early). */
export function isMintedId(value: string): boolean {
  return /^[0-9a-hjkmnp-tv-z]{10,52}$/.test(value);
}

import { createHash } from 'node:crypto';

/**
 * A strong entity tag (RFC 9110 §8.8.3) for one representation: a digest of its media type and exact bytes,
 * so two representations share a tag only when they are byte-for-byte the same. Pure.
 */
export function strongEtag(type: string, body: string): string {
  return `"${createHash('sha256').update(type).update('\n').update(body).digest('base64url').slice(0, 32)}"`;
}

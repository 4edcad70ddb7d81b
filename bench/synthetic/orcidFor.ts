import { orcidCheckCharacter } from '../../src/normalise/normaliseOrcid.js';

/**
 * A valid ORCID iD (bare form, `0000-0002-0001-2345`-like, with its ISO 7064 MOD 11-2 check character) for person
 * number `n` (0 ≤ n < 10⁷): distinct people get distinct iDs in the `0000-0002-…` block that ORCID hands out.
 */
export function orcidFor(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10_000_000) throw new RangeError(`person number out of range: ${n}`);
  const digits = `00000002${String(n).padStart(7, '0')}`;
  const full = `${digits}${orcidCheckCharacter(digits)}`;
  return `${full.slice(0, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}

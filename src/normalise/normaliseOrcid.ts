import { IDENTIFIER_BASES } from '../vocab/PROFILES.js';

/** An ORCID iD with optional prefix: 'orcid:', 'ORCID: ', '[http[s]://][www.]orcid.org/'. */
const ORCID_FORM =
  /^(?:orcid\s*:?\s*)?(?:(?:https?:\/\/)?(?:www\.)?orcid\.org\/)?(\d{4})[-\s]?(\d{4})[-\s]?(\d{4})[-\s]?(\d{3}[\dXx])\/?$/i;

/**
 * The ISO 7064 MOD 11-2 check character of the first 15 digits of an ORCID iD
 * (https://support.orcid.org/hc/en-us/articles/360006897674).
 */
export function orcidCheckCharacter(digits: string): string {
  let total = 0;
  for (const digit of digits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/**
 * Normalises an ORCID iD to `https://orcid.org/XXXX-XXXX-XXXX-XXXX` (the form ORCID asks to display and link).
 * Reads bare ids (`0000-0003-3768-4277`, as in `.zenodo.json`), ids without hyphens or with spaces, the
 * `https://orcid.org/…` form, `http://` and `www.` variants, and `orcid:` prefixes. A lower-case check
 * character `x` is upper-cased.
 *
 * Returns undefined unless the last character is the ISO 7064 MOD 11-2 checksum of the other 15 digits, so
 * typos do not become someone else's identity. Sandbox iDs (`sandbox.orcid.org`) are rejected.
 */
export function normaliseOrcid(value: string): string | undefined {
  const match = ORCID_FORM.exec(value.trim());
  if (!match) return undefined;
  const [, a = '', b = '', c = '', d = ''] = match;
  const digits = (a + b + c + d).toUpperCase();
  if (orcidCheckCharacter(digits.slice(0, 15)) !== digits.slice(15)) return undefined;
  return `${IDENTIFIER_BASES.orcid}${a}-${b}-${c}-${d.toUpperCase()}`;
}

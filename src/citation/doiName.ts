import { IDENTIFIER_BASES } from '../vocab/index.js';

/** A DOI IRI (`https://doi.org/10.…`) as the bare DOI name (`10.…`) that citation formats expect. Pure. */
export function doiName(doi: string | undefined): string | undefined {
  if (doi === undefined) return undefined;
  const name = doi.startsWith(IDENTIFIER_BASES.doi) ? doi.slice(IDENTIFIER_BASES.doi.length) : doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  return /^10\.\d{4,9}\//.test(name) ? name : undefined;
}

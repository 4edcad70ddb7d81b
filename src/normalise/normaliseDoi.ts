import { IDENTIFIER_BASES } from '../vocab/PROFILES.js';
import { doiCandidates } from './doiCandidates.js';

/**
 * Normalises a DOI to its resolver IRI `https://doi.org/10.…` in lower case (DOIs are case-insensitive,
 * DOI Handbook §2.4), from `10.5281/zenodo.3266823`, `doi:10.…`, `DOI: 10.…`, `http://doi.org/10.…`,
 * `https://dx.doi.org/10.…`, or a text that names one (the shell-novice `CITATION`: the first DOI wins; use
 * {@link extractDois} for all of them).
 *
 * Returns undefined for anything without a `10.NNNN/suffix` DOI, for placeholders (`10.1234/zenodo.xxxxx`),
 * and for URLs that merely contain a DOI-like path without presenting it as a DOI.
 */
export function normaliseDoi(value: string): string | undefined {
  const [first] = doiCandidates(value);
  return first === undefined ? undefined : IDENTIFIER_BASES.doi + first;
}

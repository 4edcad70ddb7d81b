import { IDENTIFIER_BASES } from '../vocab/PROFILES.js';
import { doiCandidates } from './doiCandidates.js';

/**
 * All DOIs in a free text (a `CITATION` file, a README, a description), as `https://doi.org/…` IRIs in
 * lower case, in order of first appearance, without duplicates. Same reading rules as {@link normaliseDoi}.
 */
export function extractDois(text: string): string[] {
  return [...new Set(doiCandidates(text))].map((doi) => IDENTIFIER_BASES.doi + doi);
}

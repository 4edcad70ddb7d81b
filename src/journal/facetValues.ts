import type { CatalogRecord } from '../model/CatalogRecord.js';
import { IDENTIFIER_BASES } from '../vocab/index.js';

/** The facets the feed filters on (DESIGN §4 `/materials`). */
export const FACETS = ['provider', 'keyword', 'teaches', 'level', 'language', 'license'] as const;
export type Facet = (typeof FACETS)[number];

/** One indexed value of one facet of a record. */
export interface FacetValue {
  facet: Facet;
  value: string;
}

/**
 * The normalised facet values of a record, as `facet_postings` stores them and `normaliseFacetValue` matches
 * them: provider id, keywords and learning objectives case-folded, competency IRIs as they are, educational level
 * case-folded, the BCP 47 language tag lower-cased (RFC 5646 §2.1.1: tags are case-insensitive) with each of its
 * prefixes (so that `en` matches `en-GB`, RFC 4647 §3.3.1 basic filtering), the licence IRI. Pure; no duplicates.
 */
export function facetValues(record: CatalogRecord): FacetValue[] {
  const { material } = record;
  const out = new Map<string, FacetValue>();
  const add = (facet: Facet, raw: string | undefined): void => {
    if (raw === undefined) return;
    const value = normaliseFacetValue(facet, raw);
    if (value !== '') out.set(`${facet}\u0000${value}`, { facet, value });
  };
  add('provider', record.provider);
  for (const keyword of material.keywords) add('keyword', keyword);
  for (const objective of material.teaches) add('teaches', objective);
  for (const skill of material.teachesSkills) add('teaches', skill);
  add('level', material.educationalLevel);
  for (const range of languageRanges(material.inLanguage)) add('language', range);
  add('license', material.license);
  return [...out.values()];
}

/**
 * Normalises a facet value, stored or asked for, so that both compare equal: whitespace collapsed, case folded
 * (IRIs keep their case; the licence also accepts a bare SPDX id, `CC-BY-4.0`, and the provider its IRI). Pure.
 */
export function normaliseFacetValue(facet: Facet, raw: string): string {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value === '') return '';
  const isIri = /^https?:\/\//i.test(value);
  switch (facet) {
    case 'license':
      return isIri ? value : `${IDENTIFIER_BASES.spdx}${value}`;
    case 'provider':
      return isIri ? value.replace(/\/+$/, '').split('/').pop() ?? value : value.toLowerCase();
    default:
      return isIri ? value : value.toLowerCase();
  }
}

/** `en-GB-oxendict` → `en-GB-oxendict`, `en-GB`, `en`: the tag and every prefix that is itself a language range. */
function languageRanges(tag: string | undefined): string[] {
  if (tag === undefined) return [];
  const parts = tag.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

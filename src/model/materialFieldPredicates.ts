import { FAIRCAT, RDF, SCHEMA } from '../vocab/index.js';
import type { Material } from './Material.js';

/**
 * The RDF property each `Material` field maps to in `materialToQuads` (DESIGN §3): what a source's statement
 * names when PROV says which values of a merged record it supplied (`faircat:supplied`).
 */
export const MATERIAL_FIELD_PREDICATES: Readonly<Record<keyof Material, string>> = Object.freeze({
  types: RDF.type,
  name: SCHEMA.name,
  alternateNames: SCHEMA.alternateName,
  description: SCHEMA.description,
  keywords: SCHEMA.keywords,
  url: SCHEMA.url,
  doi: SCHEMA.identifier,
  repository: FAIRCAT.sourceRepository,
  identifiers: SCHEMA.identifier,
  authors: SCHEMA.author,
  contributors: SCHEMA.contributor,
  license: SCHEMA.license,
  inLanguage: SCHEMA.inLanguage,
  educationalLevel: SCHEMA.educationalLevel,
  learningResourceType: SCHEMA.learningResourceType,
  teaches: SCHEMA.teaches,
  teachesSkills: SCHEMA.teaches,
  competencyRequired: SCHEMA.competencyRequired,
  audience: SCHEMA.audience,
  timeRequired: SCHEMA.timeRequired,
  dateCreated: SCHEMA.dateCreated,
  dateModified: SCHEMA.dateModified,
  datePublished: SCHEMA.datePublished,
  version: SCHEMA.version,
  hasPart: SCHEMA.hasPart,
  isPartOf: SCHEMA.isPartOf,
  sameAs: SCHEMA.sameAs,
  creativeWorkStatus: SCHEMA.creativeWorkStatus,
});

/** The distinct properties of some fields, in the order of the fields. */
export function predicatesOfFields(fields: readonly string[]): string[] {
  const table = MATERIAL_FIELD_PREDICATES as Readonly<Record<string, string>>;
  return [...new Set(fields.map((field) => table[field]).filter((iri): iri is string => iri !== undefined))];
}

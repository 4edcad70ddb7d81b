/**
 * A training material as FAIRCat understands it, independent of any source format or serialisation.
 * Harvesters produce it (pure `map`), the journal stores it as JSON, and `materialToQuads` maps it to
 * schema.org / Bioschemas TrainingMaterial 1.0-RELEASE triples (DESIGN §3).
 *
 * All IRIs are absolute strings; all dates are ISO 8601 strings (`YYYY-MM-DD` or a full date-time);
 * durations are ISO 8601 durations (`PT45M`). Lists are ordered and free of duplicates.
 */
export interface Material {
  /** Every schema.org type of the material; `LearningResource` is always first. */
  types: MaterialType[];
  name: string;
  /** Other titles the same material carries on other surfaces (site, CFF, Sphinx project…). */
  alternateNames: string[];
  description: string;
  keywords: string[];
  /** Landing page of the material. */
  url: string;
  /** DOI of the material (concept DOI where there is one), as `https://doi.org/10.…`. */
  doi?: string;
  /** Source code repository of the material, e.g. `https://github.com/swcarpentry/shell-novice`. */
  repository?: string;
  /** Further identifiers from the source (other DOIs, handles), as IRIs. */
  identifiers: string[];
  authors: Agent[];
  contributors: Agent[];
  /** SPDX licence IRI, `https://spdx.org/licenses/<id>`. */
  license?: string;
  /** BCP 47 language tag. */
  inLanguage?: string;
  educationalLevel?: string;
  learningResourceType: string[];
  /** Learning objectives as text (and, once linked, competency concept IRIs in `teachesSkills`). */
  teaches: string[];
  /** Competency concept IRIs the material teaches. */
  teachesSkills: string[];
  /** Prerequisites as text. */
  competencyRequired: string[];
  audience: string[];
  timeRequired?: string;
  dateCreated?: string;
  dateModified?: string;
  datePublished?: string;
  version?: string;
  /** Episodes or sections, in their order. */
  hasPart: MaterialPart[];
  /** IRI of a larger work (curriculum, course, site) this material is part of. */
  isPartOf?: string;
  sameAs: string[];
  /** Life cycle, e.g. the Carpentries `pre-alpha`, `alpha`, `beta`, `stable`. */
  creativeWorkStatus?: string;
}

export type MaterialType = 'LearningResource' | 'Course' | 'CreativeWork';

/** A person or organisation credited for a material. */
export interface Agent {
  type: 'Person' | 'Organization';
  name: string;
  /** ORCID iD as `https://orcid.org/0000-…`, validated. */
  orcid?: string;
  /** Another web identity (GitHub profile, home page). */
  url?: string;
}

/** An episode or section of a material, in order. */
export interface MaterialPart {
  /** 1-based position in the material. */
  position: number;
  /** Stable slug of the part within its material (file name without extension). */
  slug: string;
  name: string;
  url?: string;
  description?: string;
  teaches: string[];
  questions: string[];
  keypoints: string[];
  timeRequired?: string;
}

/** Builds a material with empty lists, so that maps only set what their source has. */
export function emptyMaterial(fields: Pick<Material, 'name' | 'description' | 'url'> & Partial<Material>): Material {
  return {
    types: ['LearningResource'],
    alternateNames: [],
    keywords: [],
    identifiers: [],
    authors: [],
    contributors: [],
    learningResourceType: [],
    teaches: [],
    teachesSkills: [],
    competencyRequired: [],
    audience: [],
    hasPart: [],
    sameAs: [],
    ...fields,
  };
}

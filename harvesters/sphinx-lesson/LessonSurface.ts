import type { CitationInfo } from '../citation-files/index.js';

/**
 * What one metadata surface of a lesson (`bioschemas.yml`, CodeRefinery `metadata.yml`) says, normalised: the
 * citation fields plus the Bioschemas TrainingMaterial fields that citation files lack. `mapSphinxLesson` takes
 * each field from the first surface that has it.
 */
export interface LessonSurface extends CitationInfo {
  educationalLevel?: string;
  learningResourceType?: string[];
  teaches?: string[];
  audience?: string[];
  competencyRequired?: string[];
  /** IRI of the collection the lesson belongs to (`https://coderefinery.org/`). */
  isPartOf?: string;
  dateCreated?: string;
  dateModified?: string;
}

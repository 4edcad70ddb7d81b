/** A CITATION.cff document as FAIRCat writes it (Citation File Format 1.2.0, the keys it uses). */
export interface CffDocument {
  'cff-version': '1.2.0';
  message: string;
  title: string;
  authors: (CffPerson | CffEntity)[];
  abstract?: string;
  keywords?: string[];
  url?: string;
  'repository-code'?: string;
  doi?: string;
  license?: string;
  version?: string;
  'date-released'?: string;
  identifiers: { type: 'doi' | 'url' | 'other'; value: string; description?: string }[];
}

/** CFF 1.2.0 `definitions.person`. */
export interface CffPerson {
  'given-names'?: string;
  'family-names'?: string;
  'name-particle'?: string;
  'name-suffix'?: string;
  orcid?: string;
  website?: string;
}

/** CFF 1.2.0 `definitions.entity`: an organisation, or a person whose name cannot be split. */
export interface CffEntity {
  name: string;
  orcid?: string;
  website?: string;
}
